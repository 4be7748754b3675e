import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProject } from '../../src/compose/index.js';
import type { ProbeOptions } from '../../src/probes/types.js';
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

/** The engine's containers, volumes and networks at one moment. */
export interface EngineSnapshot {
  /** Entries are `<id or name> <compose project label>`. */
  containers: Set<string>;
  volumes: Set<string>;
  networks: Set<string>;
  /** Volumes no container uses. */
  dangling: Set<string>;
  /** When each entry was created (ms since the epoch). */
  created: Map<string, number>;
}

const PROJECT_FORMAT = '{{.Label "com.docker.compose.project"}}';

function listEngine(args: string[]): string[] {
  let out: string;
  try {
    out = execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    // A volume removed between `ls` and `inspect`: the others are still printed.
    out = String((error as { stdout?: string }).stdout ?? '');
  }
  return out.split('\n').filter(Boolean);
}

/** `<key...>|<created>` lines into entries and their creation times. */
function withCreated(lines: string[], created: Map<string, number>): Set<string> {
  const out = new Set<string>();
  for (const line of lines) {
    const [key, when] = line.split('|');
    out.add(key!);
    const ms = Date.parse((when ?? '').replace(/ UTC$/, '').replace(/\.\d+/, ''));
    created.set(key!, Number.isNaN(ms) ? 0 : ms);
  }
  return out;
}

export function engineSnapshot(): EngineSnapshot {
  const created = new Map<string, number>();
  const names = listEngine(['volume', 'ls', '-q']);
  const volumeLines = names.length
    ? listEngine([
        'volume',
        'inspect',
        '--format',
        '{{.Name}} {{index .Labels "com.docker.compose.project"}}|{{.CreatedAt}}',
        '--',
        ...names,
      ])
    : [];
  return {
    containers: withCreated(
      listEngine([
        'ps',
        '-a',
        '--no-trunc',
        '--format',
        `{{.ID}} ${PROJECT_FORMAT}|{{.CreatedAt}}`,
      ]),
      created,
    ),
    volumes: withCreated(volumeLines, created),
    networks: withCreated(
      listEngine([
        'network',
        'ls',
        '--no-trunc',
        '--format',
        `{{.ID}} ${PROJECT_FORMAT}|{{.CreatedAt}}`,
      ]),
      created,
    ),
    dangling: new Set(listEngine(['volume', 'ls', '-q', '--filter', 'dangling=true'])),
    created,
  };
}

/** A resource older than this was there before the test suite: the user's own, never ours to remove. */
const PRE_EXISTING_MS = 10 * 60_000;

/**
 * What a probe run changed on the engine since `before`, as "added volume
 * <name>" lines; empty when it left nothing and touched nothing.
 *
 * The engine is shared by the test files running alongside (and, on a
 * developer machine, by other people), so a change counts only when it can
 * be the run's: added containers, networks and named volumes labelled with
 * (or named after) its project, added anonymous volumes that nothing uses
 * (an anonymous volume has no label: a leaked one is dangling); removed
 * resources that are no compose project's and existed well before the suite
 * (a neighbouring test's own resources come and go). A change must last a
 * few seconds to count, so a neighbour's run in progress does not.
 */
export async function engineChanges(
  before: EngineSnapshot,
  ownProject?: string,
): Promise<string[]> {
  const projectOf = (entry: string) => entry.split(' ')[1] ?? '';
  const ours = (entry: string) => ownProject !== undefined && projectOf(entry) === ownProject;
  const preExisting = (entry: string) =>
    projectOf(entry) === '' && (before.created.get(entry) ?? 0) < Date.now() - PRE_EXISTING_MS;
  const diff = (): string[] => {
    const now = engineSnapshot();
    const out: string[] = [];
    for (const kind of ['containers', 'networks', 'volumes'] as const) {
      for (const e of now[kind]) {
        if (before[kind].has(e)) continue;
        const name = e.split(' ')[0]!;
        const anonymousLeak =
          kind === 'volumes' && /^[0-9a-f]{64}$/.test(name) && now.dangling.has(name);
        const namedAfterUs = ownProject !== undefined && name.startsWith(`${ownProject}_`);
        if (ours(e) || anonymousLeak || namedAfterUs) out.push(`added ${kind} ${e}`);
      }
      for (const e of before[kind]) {
        if (!now[kind].has(e) && preExisting(e)) out.push(`removed ${kind} ${e}`);
      }
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
