/**
 * Some tests need parts from outside the repository: a Docker engine, the
 * Compose v2 CLI, a native redis-server. Each such test file says so in a
 * line of its own near the top:
 *
 *   // needs: engine compose redis-server
 *
 * Where a part does not answer, `npm test` leaves those files out and says so
 * in one line, unless REDIS_READINESS_REQUIRE_ENGINE=1 (CI's .ci/run sets it),
 * in which case they run and fail with what to install.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export type OutsidePart = 'engine' | 'compose' | 'redis-server';

const PROBES: Record<OutsidePart, [string, string[]]> = {
  engine: ['docker', ['info', '--format', '{{.ServerVersion}}']],
  compose: ['docker', ['compose', 'version', '--short']],
  'redis-server': ['redis-server', ['--version']],
};

export const HOW_TO_ENABLE =
  'sudo bash .ci/rig/install-engine.sh && sudo bash .ci/rig/build-redis-image.sh (Debian 12; see README, Development)';

export function answers(part: OutsidePart): boolean {
  const [command, args] = PROBES[part];
  const r = spawnSync(command, args, { stdio: 'ignore', timeout: 15_000 });
  return r.status === 0;
}

/** The parts a test file declares, from its `// needs:` line. */
function needsOf(text: string): OutsidePart[] {
  const line = /^\/\/ needs: ([a-z -]+)$/m.exec(text.slice(0, 4000))?.[1] ?? '';
  return line.split(/\s+/).filter((p): p is OutsidePart => p in PROBES);
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === 'fixtures' || e.name === 'corpus'
        ? []
        : testFiles(join(dir, e.name))
      : e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/** Test files to leave out because a part they need does not answer (none when required). */
export function filesToLeaveOut(root: string): { files: string[]; missing: OutsidePart[] } {
  if (process.env.REDIS_READINESS_REQUIRE_ENGINE === '1') return { files: [], missing: [] };
  const status = new Map<OutsidePart, boolean>();
  const ok = (p: OutsidePart) => {
    if (!status.has(p)) status.set(p, answers(p));
    return status.get(p)!;
  };
  const files = testFiles(join(root, '__tests__')).filter((f) =>
    needsOf(readFileSync(f, 'utf8')).some((p) => !ok(p)),
  );
  const missing = [...status].filter(([, up]) => !up).map(([p]) => p);
  return { files: files.map((f) => relative(root, f)), missing };
}
