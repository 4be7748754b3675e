/**
 * The trust boundary of the probes, on the real engine: a hostile or careless
 * compose file cannot make a probe reach the host, another container or the
 * user's data, cannot hand the runner's tokens to a container, and leaves
 * nothing behind. Every fixture is copied to a temp dir first, so the files
 * the test checks are its own.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/compose/index.js';
import { runProbes } from '../../src/probes/index.js';
import type { ProbeId, ProbeResult, ProbeState } from '../../src/probes/types.js';
import { buildRedisModel } from '../../src/redis/index.js';
import { engineChanges, engineSnapshot, requireEngine } from '../probes/helpers.js';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/security');
const LONG = 180_000;
const temps: string[] = [];

interface SecurityRun {
  results: ProbeResult[];
  logLines: string[];
  state: ProbeState;
  dir: string;
  engine: string[];
}

/** Every file under `dir` with its bytes, to prove nothing was written there. */
function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        out[`${relative(dir, p)}/`] = '';
        walk(p);
      } else out[relative(dir, p)] = readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return out;
}

async function probe(
  fixture: string,
  probes: ProbeId[],
  env: Record<string, string> = {},
): Promise<SecurityRun> {
  const dir = mkdtempSync(join(tmpdir(), `rr-security-${fixture}-`));
  temps.push(dir);
  cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  const project = await loadProject({
    files: [],
    projectDirectory: dir,
    cwd: dir,
    env: { ...process.env, ...env },
  });
  const redis = buildRedisModel(project);
  const states: ProbeState[] = [];
  const logLines: string[] = [];
  const before = engineSnapshot();
  const run = await runProbes({
    project,
    redis,
    probes,
    timeoutSeconds: 60,
    pull: 'never',
    mask: (t) => t,
    saveState: (s) => states.push(s),
    log: (line) => logLines.push(line),
    warn: (line) => logLines.push(`warning: ${line}`),
  });
  const state = states[0]!;
  return {
    results: run.results,
    logLines,
    state,
    dir,
    engine: await engineChanges(before, state?.projectName),
  };
}

function only(run: SecurityRun, probe: ProbeId, service = 'redis'): ProbeResult {
  const found = run.results.find((r) => r.probe === probe && r.service === service);
  if (!found) throw new Error(`no ${probe} result for ${service}: ${JSON.stringify(run.results)}`);
  return found;
}

/** A container outside any probe project, as a user's own running Redis would be. */
function startOutsideContainer(): string {
  const name = `rr-security-outside-${randomBytes(4).toString('hex')}`;
  execFileSync('docker', [
    'run',
    '-d',
    '--name',
    name,
    'redis:7-alpine',
    'redis-server',
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  return name;
}

function outsideKeys(name: string): string {
  return execFileSync('docker', ['exec', name, 'redis-cli', 'dbsize'], { encoding: 'utf8' }).trim();
}

describe('probe isolation on the real engine', () => {
  let outside = '';
  beforeAll(() => {
    requireEngine();
    outside = startOutsideContainer();
  }, 60_000);
  afterAll(() => {
    if (outside) execFileSync('docker', ['rm', '-f', '-v', '--', outside], { stdio: 'ignore' });
    for (const t of temps) rmSync(t, { recursive: true, force: true });
  });

  it(
    'refuses a service that mounts the Docker socket or the host root, and starts nothing',
    async () => {
      const run = await probe('host-mounts', ['health', 'ping']);
      for (const p of ['health', 'ping'] as const) {
        const r = only(run, p);
        expect(r.status, r.summary).toBe('skip');
        expect(r.summary).toMatch(/probe-isolation/);
        expect(r.summary).toMatch(/\/var\/run\/docker\.sock/);
      }
      expect(run.logLines.join('\n')).not.toMatch(/probes: starting .*redis/);
      expect(run.engine).toEqual([]);
    },
    LONG,
  );

  it(
    'drops privileged, cap_add, host namespaces and security_opt: the server runs with Docker defaults',
    async () => {
      const ns = (kind: string) =>
        execFileSync('ls', ['-l', `/proc/self/ns/${kind}`], { encoding: 'utf8' })
          .split('->')[1]!
          .trim();
      const run = await probe('host-privileges', ['health', 'ping'], {
        HOST_PID_NS: ns('pid'),
        HOST_IPC_NS: ns('ipc'),
        HOST_UTS_NS: ns('uts'),
      });
      const health = only(run, 'health');
      expect(health.status, `${health.summary}\n${health.evidence.join('\n')}`).toBe('pass');
      expect(only(run, 'ping').status).toBe('pass');
      expect(run.logLines.join('\n')).toMatch(/dropped .*privileged/);
      expect(run.engine).toEqual([]);
    },
    LONG,
  );

  it(
    'refuses network_mode container:<outside>: no canary key reaches the outside container',
    async () => {
      const run = await probe('network-container', ['ping', 'persistence'], {
        OUTSIDE_CONTAINER: outside,
      });
      expect(outsideKeys(outside)).toBe('0');
      for (const p of ['ping', 'persistence'] as const) {
        expect(only(run, p).status).toBe('skip');
        expect(only(run, p).summary).toMatch(/network_mode/);
      }
      expect(run.engine).toEqual([]);
    },
    LONG,
  );

  it(
    "refuses volumes_from another container's volumes",
    async () => {
      const run = await probe('volumes-from', ['ping'], { OUTSIDE_CONTAINER: outside });
      expect(only(run, 'ping').status).toBe('skip');
      expect(only(run, 'ping').summary).toMatch(/volumes_from/);
      expect(run.engine).toEqual([]);
    },
    LONG,
  );

  it(
    'never writes into a bind-mounted data dir written with trailing slashes, and still says it persists',
    async () => {
      const before = filesUnder(join(FIXTURES, 'data-trailing-slash/redis-data'));
      const run = await probe('data-trailing-slash', ['persistence']);
      expect(filesUnder(join(run.dir, 'redis-data'))).toEqual(before);
      const p = only(run, 'persistence');
      expect(p.evidence.join('\n')).toMatch(/data dir on bind mount/);
      expect(p.evidence.join('\n')).toMatch(/3\. down .*kept 3\/3/);
      expect(p.status, p.summary).toBe('pass');
      expect(run.engine).toEqual([]);
    },
    LONG,
  );

  it(
    'never writes below a bind mount above the data dir (--dir /data/db under ./state:/data)',
    async () => {
      const before = filesUnder(join(FIXTURES, 'data-dir-nested/state'));
      const run = await probe('data-dir-nested', ['persistence']);
      expect(filesUnder(join(run.dir, 'state'))).toEqual(before);
      const p = only(run, 'persistence');
      expect(p.evidence.join('\n')).toMatch(/data dir on bind mount/);
      expect(p.status, p.summary).toBe('pass');
      expect(run.engine).toEqual([]);
    },
    LONG,
  );

  it(
    "never hands the runner's tokens to a container, even when the compose file asks for them",
    async () => {
      const tokens = {
        GITHUB_TOKEN: 'ghs_RunnerSecret0123456789abcdefABCDEF',
        ACTIONS_RUNTIME_TOKEN: 'RunnerSecret-runtime-0123456789abcdef',
      };
      const saved = { ...process.env };
      Object.assign(process.env, tokens);
      try {
        const run = await probe('runner-token', ['health'], tokens);
        const health = only(run, 'health');
        expect(health.status, `${health.summary}\n${health.evidence.join('\n')}`).toBe('pass');
        expect(run.engine).toEqual([]);
      } finally {
        for (const k of Object.keys(tokens)) if (!(k in saved)) delete process.env[k];
      }
    },
    LONG,
  );

  it(
    'probes a service named "-d" (service names always follow "--")',
    async () => {
      const run = await probe('dash-service', ['health', 'ping', 'persistence']);
      for (const p of ['health', 'ping', 'persistence'] as const) {
        const r = only(run, p, '-d');
        expect(r.status, `${p}: ${r.summary}\n${r.evidence.join('\n')}`).toBe('pass');
      }
      expect(run.engine).toEqual([]);
    },
    LONG,
  );

  it(
    'runs down/up for an anonymous data volume (it loses the data, as persist-no-volume says) and removes every volume it used',
    async () => {
      const run = await probe('anon-volume', ['persistence']);
      const p = only(run, 'persistence');
      expect(p.evidence.join('\n')).toMatch(/data dir on anonymous volume/);
      expect(p.evidence.join('\n')).toMatch(/3\. down .*LOST/);
      expect(p.status).toBe('fail');
      expect(p.summary).toMatch(/down and up lost/);
      expect(run.engine).toEqual([]);
    },
    LONG,
  );
});
