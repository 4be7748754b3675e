import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceMap } from '../../src/compose/source-map.js';
import type { ComposeModel, ComposeProject } from '../../src/compose/types.js';
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

function parseDotenv(file: string): Record<string, string> {
  const values: Record<string, string> = {};
  if (!existsSync(file)) return values;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (m) values[m[1]!] = m[2]!.trim();
  }
  return values;
}

/**
 * A ComposeProject for a fixture, with the model taken from
 * `docker compose config --format json` (what the loader's model must equal),
 * and the real Redis model built from it.
 */
export function loadFixture(
  name: string,
  env: Record<string, string> = {},
): Pick<ProbeOptions, 'project' | 'redis'> {
  const dir = join(FIXTURES, name);
  const environment = { ...parseDotenv(join(dir, '.env')), ...env };
  const json = execFileSync(
    'docker',
    ['compose', '--project-directory', dir, 'config', '--format', 'json'],
    {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    },
  );
  const model = JSON.parse(json) as ComposeModel;
  const project: ComposeProject = {
    name: model.name,
    workingDir: dir,
    files: [join(dir, 'compose.yaml'), join(dir, '.env')].filter((f) => existsSync(f)),
    model,
    inactiveServices: {},
    sources: new SourceMap(),
    issues: [],
    environment,
  };
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
