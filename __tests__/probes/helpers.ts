import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProject } from '../../src/compose/index.js';
import type { ProbeOptions, ProbeRun, ProbeState } from '../../src/probes/types.js';
import { PROJECT_PREFIX } from '../../src/probes/runtime.js';
import { buildRedisModel } from '../../src/redis/index.js';

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/probes');

/** The password every fixture's .env sets (a test value, never a real secret). */
export const FIXTURE_PASSWORD = 'Rr-probe-canary-9c1f7e2ab4d3';

/** Fails (never skips) when the engine is missing, with what to run. */
export function requireEngine(): void {
  try {
    execFileSync('docker', ['info', '--format', '{{.ServerVersion}}'], { stdio: 'pipe' });
    execFileSync('docker', ['compose', 'version', '--short'], { stdio: 'pipe' });
    execFileSync('docker', ['image', 'inspect', 'redis:7-alpine', 'redis:8.6'], { stdio: 'pipe' });
  } catch {
    throw new Error(
      'The probe tests need a Docker engine, compose v2 and the offline Redis images: run .ci/rig/install-engine.sh, then .ci/rig/build-redis-image.sh',
    );
  }
}

/** The fixture loaded by the real loader and Redis model, as the action does. */
export async function loadFixture(
  name: string,
  env: Record<string, string> = {},
): Promise<Pick<ProbeOptions, 'project' | 'redis'>> {
  const dir = join(FIXTURES, name);
  const project = await loadProject({
    files: [],
    projectDirectory: dir,
    cwd: dir,
    env: { ...process.env, ...env },
  });
  return { project, redis: buildRedisModel(project) };
}

export function maskWith(secrets: string[]): (text: string) => string {
  return (text) => secrets.reduce((t, s) => (s ? t.split(s).join('***') : t), text);
}

export interface ProbeRunResult {
  run: ProbeRun;
  state: ProbeState;
  logLines: string[];
}

/** Our containers, volumes and networks still present for a project (should be none). */
export function leftovers(projectName: string): string[] {
  const list = (args: string[]) =>
    execFileSync('docker', args, { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.startsWith(projectName));
  return [
    ...list(['ps', '-a', '--format', '{{.Names}}']),
    ...list(['volume', 'ls', '--format', '{{.Name}}']),
    ...list(['network', 'ls', '--format', '{{.Name}}']),
  ];
}

/** Any leftover of any probe run (used at the end of the suite). */
export function allLeftovers(): string[] {
  return leftovers(PROJECT_PREFIX);
}

/** The engine's containers, volumes and networks at one moment. */
export interface EngineSnapshot {
  containers: Set<string>;
  volumes: Set<string>;
  networks: Set<string>;
  /** Volumes no container uses. */
  dangling: Set<string>;
}

function listEngine(args: string[]): string[] {
  return execFileSync('docker', args, { encoding: 'utf8' }).split('\n').filter(Boolean);
}

export function engineSnapshot(): EngineSnapshot {
  return {
    containers: new Set(
      listEngine([
        'ps',
        '-a',
        '--no-trunc',
        '--format',
        '{{.ID}} {{.Label "com.docker.compose.project"}}',
      ]),
    ),
    volumes: new Set(
      listEngine(['volume', 'ls', '--format', '{{.Name}} {{.Label "com.docker.compose.project"}}']),
    ),
    dangling: new Set(listEngine(['volume', 'ls', '-q', '--filter', 'dangling=true'])),
    networks: new Set(
      listEngine([
        'network',
        'ls',
        '--no-trunc',
        '--format',
        '{{.ID}} {{.Label "com.docker.compose.project"}}',
      ]),
    ),
  };
}

/**
 * What changed on the engine since `before`, as "added container <id>" lines.
 * The engine may be shared (other developers, other test files running
 * alongside): containers and networks of another compose project are not
 * ours to count, and a volume only counts when nothing uses it any more (an
 * anonymous volume has no label; a leaked one is dangling, and one in use
 * belongs to a container whose owner may remove it). A difference must
 * last a few seconds to count, so that a neighbour's run in progress does not.
 */
export async function engineChanges(
  before: EngineSnapshot,
  ownProject?: string,
): Promise<string[]> {
  const theirs = (entry: string) => {
    const project = entry.split(' ')[1] ?? '';
    return project !== '' && project !== ownProject;
  };
  const diff = (): string[] => {
    const now = engineSnapshot();
    const { dangling } = now;
    // An anonymous volume in use belongs to a running container, whose owner may remove it.
    const anonymousInUse = (v: string) =>
      /^[0-9a-f]{64}$/.test(v.split(' ')[0]!) && !before.dangling.has(v.split(' ')[0]!);
    const out: string[] = [];
    for (const kind of ['containers', 'networks'] as const) {
      for (const e of now[kind])
        if (!before[kind].has(e) && !theirs(e)) out.push(`added ${kind} ${e}`);
      for (const e of before[kind])
        if (!now[kind].has(e) && !theirs(e)) out.push(`removed ${kind} ${e}`);
    }
    for (const v of now.volumes) {
      if (!before.volumes.has(v) && !theirs(v) && dangling.has(v.split(' ')[0]!))
        out.push(`added volume ${v}`);
    }
    for (const v of before.volumes) {
      if (!now.volumes.has(v) && !theirs(v) && !anonymousInUse(v)) out.push(`removed volume ${v}`);
    }
    return out.sort();
  };
  let changes = diff();
  for (let i = 0; i < 5 && changes.length > 0; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    const again = diff();
    changes = changes.filter((c) => again.includes(c));
  }
  return changes;
}
