import { describe, expect, it } from 'vitest';
import type { CommandResult, CommandRunner } from '../../src/probes/process.js';
import {
  ComposeRuntime,
  composeEnvironment,
  ComposeUnavailableError,
  detectCompose,
  dockerCliFor,
  parseComposeVersion,
  PROJECT_PREFIX,
  teardownArgs,
  uniqueProjectName,
  type ComposeVersion,
} from '../../src/probes/runtime.js';

/** A runner that answers from a table keyed by argv, and records every call. */
function fakeRunner(
  answers: Record<string, Partial<CommandResult>>,
): CommandRunner & { calls: string[][] } {
  const calls: string[][] = [];
  const run = (async (argv: string[]) => {
    calls.push(argv);
    const answer = answers[argv.join(' ')] ?? { spawnError: 'ENOENT' };
    return { argv, code: 0, stdout: '', stderr: '', durationMs: 1, timedOut: false, ...answer };
  }) as CommandRunner & { calls: string[][] };
  run.calls = calls;
  return run;
}

const ENGINE_OK = { 'docker version --format {{.Server.Version}}': { stdout: '20.10.24\n' } };

describe('parseComposeVersion', () => {
  it.each([
    ['2.26.1-4\n', 2, 26],
    ['v2.29.7', 2, 29],
    ['5.0.1', 5, 0],
    ['v5.1.0-desktop.1', 5, 1],
    ['1.29.2', 1, 29],
  ])('reads %j as major %i', (text, major, minor) => {
    expect(parseComposeVersion(text)).toMatchObject({ major, minor });
  });

  it('returns undefined for output that names no version', () => {
    expect(parseComposeVersion("docker: 'compose' is not a docker command.")).toBeUndefined();
  });
});

describe('detectCompose', () => {
  it('accepts docker compose v2 and v5 by major version', async () => {
    for (const version of ['2.26.1-4', 'v5.0.0']) {
      const run = fakeRunner({
        'docker compose version --short': { stdout: version },
        ...ENGINE_OK,
      });
      const found = await detectCompose(undefined, run);
      expect(found.command).toEqual(['docker', 'compose']);
      expect(found.version.raw).toBe(version);
    }
  });

  it('falls back to a standalone docker-compose only when it is v2 or later', async () => {
    const run = fakeRunner({
      'docker compose version --short': {
        code: 1,
        stderr: "docker: 'compose' is not a docker command.",
      },
      'docker-compose version --short': { stdout: '2.20.0' },
      ...ENGINE_OK,
    });
    expect((await detectCompose(undefined, run)).command).toEqual(['docker-compose']);
  });

  it('refuses compose v1 with one message that says what to install', async () => {
    const run = fakeRunner({
      'docker compose version --short': {
        code: 1,
        stderr: "docker: 'compose' is not a docker command.",
      },
      'docker-compose version --short': { stdout: '1.29.2' },
    });
    const error = await detectCompose(undefined, run).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ComposeUnavailableError);
    expect(String(error)).toMatch(/1\.29\.2 \(v1\) is not supported/);
    expect(String(error)).toMatch(/Install Docker Engine with the Compose v2 plugin/);
  });

  it('says so when docker itself is missing', async () => {
    const error = await detectCompose(undefined, fakeRunner({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ComposeUnavailableError);
    expect(String(error)).toMatch(/docker compose: not found; docker-compose: not found/);
  });

  it('says so when compose is there but the engine does not answer', async () => {
    const run = fakeRunner({
      'docker compose version --short': { stdout: '2.26.1' },
      'docker version --format {{.Server.Version}}': {
        code: 1,
        stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock.',
      },
    });
    await expect(detectCompose(undefined, run)).rejects.toThrow(
      /engine does not answer.*Cannot connect/,
    );
  });

  it('uses only the given compose command when there is one', async () => {
    const run = fakeRunner({
      '/opt/bin/docker compose version --short': { stdout: 'v5.0.0' },
      '/opt/bin/docker version --format {{.Server.Version}}': { stdout: '28.0.0' },
    });
    const found = await detectCompose(['/opt/bin/docker', 'compose'], run);
    expect(found.command).toEqual(['/opt/bin/docker', 'compose']);
    expect(run.calls.map((c) => c[0])).toEqual(['/opt/bin/docker', '/opt/bin/docker']);
  });
});

function runtime(version: ComposeVersion, command = ['docker', 'compose']): ComposeRuntime {
  return new ComposeRuntime({
    command,
    version,
    projectName: 'redis-readiness-test1',
    projectDirectory: '/tmp/rr',
    files: ['/tmp/rr/redis-readiness.probe.json'],
    env: {},
  });
}

const V2 = parseComposeVersion('2.26.1-4')!;
const V5 = parseComposeVersion('v5.0.0')!;
const BASE = [
  '-p',
  'redis-readiness-test1',
  '--project-directory',
  '/tmp/rr',
  '-f',
  '/tmp/rr/redis-readiness.probe.json',
];

describe('ComposeRuntime argv', () => {
  it.each([
    ['v2', V2],
    ['v5', V5],
  ])('%s: up starts only the named services, and pulls as asked', (_label, version) => {
    expect(runtime(version).upArgs(['redis'], 'never')).toEqual([
      'docker',
      'compose',
      ...BASE,
      'up',
      '-d',
      '--pull',
      'never',
      '--',
      'redis',
    ]);
  });

  it('never waits for the first healthcheck (the probes wait for Redis to answer)', () => {
    const old = runtime(parseComposeVersion('2.16.0')!);
    expect(old.upArgs(['redis'], 'missing')).not.toContain('--wait');
    expect(old.upArgs(['redis'], 'missing')).not.toContain('--wait-timeout');
    expect(old.upArgs(['redis'], 'missing')).toContain('missing');
  });

  it.each([
    ['v2', V2],
    ['v5', V5],
  ])('%s: lifecycle commands address our project and one service', (_label, version) => {
    const rt = runtime(version);
    const tail = (argv: string[]) => argv.slice(2 + BASE.length);
    expect(rt.baseArgs()).toEqual(['docker', 'compose', ...BASE]);
    expect(tail(rt.restartArgs('redis'))).toEqual(['restart', '--', 'redis']);
    expect(tail(rt.recreateArgs('redis'))).toEqual([
      'up',
      '-d',
      '--no-deps',
      '--force-recreate',
      '--no-build',
      '--pull',
      'never',
      '--',
      'redis',
    ]);
    expect(tail(rt.stopArgs('redis'))).toEqual(['stop', '--', 'redis']);
    expect(tail(rt.startArgs('redis'))).toEqual(['start', '--', 'redis']);
    expect(tail(rt.killArgs('redis'))).toEqual(['kill', '-s', 'SIGKILL', '--', 'redis']);
    expect(tail(rt.upAgainArgs('-d')).slice(-2)).toEqual(['--', '-d']);
    // Only this service's containers, volumes kept: never the other probed services'.
    expect(tail(rt.removeKeepVolumesArgs('redis'))).toEqual([
      'rm',
      '--stop',
      '--force',
      '--',
      'redis',
    ]);
    expect(tail(rt.upAgainArgs('redis'))).toEqual([
      'up',
      '-d',
      '--no-deps',
      '--no-build',
      '--pull',
      'never',
      '--',
      'redis',
    ]);
    expect(tail(rt.logsArgs('redis'))).toEqual([
      'logs',
      '--no-color',
      '--no-log-prefix',
      '--tail',
      '50',
      '--',
      'redis',
    ]);
  });

  it('passes secrets to exec by name only, never by value', () => {
    const argv = runtime(V5).execArgs('redis', 'redis-cli ping', ['REDIS_READINESS_PASSWORD']);
    expect(argv.slice(2 + BASE.length)).toEqual([
      'exec',
      '-T',
      '-e',
      'REDIS_READINESS_PASSWORD',
      '--',
      'redis',
      'sh',
      '-c',
      'redis-cli ping',
    ]);
  });

  it('runs helpers on our project network with our label, with the docker CLI of the compose command', () => {
    const argv = runtime(V2, ['/usr/local/bin/docker', 'compose']).helperArgs(
      'sha256:abc',
      'redis-readiness-test1_default',
      'redis-cli ping',
      ['PW'],
    );
    expect(argv[0]).toBe('/usr/local/bin/docker');
    expect(argv).toContain('--rm');
    expect(argv[argv.indexOf('--network') + 1]).toBe('redis-readiness-test1_default');
    expect(argv[argv.indexOf('--label') + 1]).toBe(
      'com.docker.compose.project=redis-readiness-test1',
    );
    expect(argv[argv.indexOf('--name') + 1]).toMatch(/^redis-readiness-test1-probe-[0-9a-f]{6}$/);
    expect(argv.slice(-4)).toEqual(['--', 'sha256:abc', '-c', 'redis-cli ping']);
    expect(argv.join(' ')).toContain('-e PW');
  });

  it('finds the service container by compose labels of our project only', () => {
    expect(runtime(V5).containerIdsArgs('redis')).toEqual([
      'docker',
      'ps',
      '-a',
      '-q',
      '--no-trunc',
      '--filter',
      'label=com.docker.compose.project=redis-readiness-test1',
      '--filter',
      'label=com.docker.compose.service=redis',
      '--filter',
      'label=com.docker.compose.oneoff=False',
    ]);
  });

  it('uses a standalone docker-compose binary as given, with docker for the helpers', () => {
    const rt = runtime(V2, ['docker-compose']);
    expect(rt.restartArgs('redis')[0]).toBe('docker-compose');
    expect(dockerCliFor(['docker-compose'])).toEqual(['docker']);
  });

  it('tears down by project name alone, removing volumes and orphans', () => {
    expect(teardownArgs(['docker', 'compose'], 'redis-readiness-x')).toEqual([
      'docker',
      'compose',
      '-p',
      'redis-readiness-x',
      'down',
      '-v',
      '--remove-orphans',
      '--timeout',
      '5',
    ]);
  });

  it("gives compose the engine variables only: never the runner's tokens or COMPOSE_FILE", () => {
    const env = composeEnvironment(
      {
        PATH: '/usr/bin',
        HOME: '/root',
        DOCKER_HOST: 'unix:///run/docker.sock',
        COMPOSE_FILE: '/elsewhere/compose.yaml',
        COMPOSE_PROJECT_NAME: 'prod',
        COMPOSE_PROFILES: 'all',
        GITHUB_TOKEN: 'ghs_x',
        ACTIONS_RUNTIME_TOKEN: 'rt',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'idt',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x',
        ACTIONS_CACHE_URL: 'https://cache',
        AWS_SECRET_ACCESS_KEY: 'aws',
      },
      { APP_SECRET: 'from-env', DOCKER_HOST: 'tcp://pr-controlled:2375' },
      ['APP_SECRET', 'DOCKER_HOST'],
    );
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/root',
      DOCKER_HOST: 'unix:///run/docker.sock',
      APP_SECRET: 'from-env',
    });
  });

  it('names every run uniquely under our prefix, as compose accepts project names', () => {
    const names = new Set(Array.from({ length: 50 }, () => uniqueProjectName()));
    expect(names.size).toBe(50);
    for (const name of names) {
      expect(name.startsWith(PROJECT_PREFIX)).toBe(true);
      expect(name).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
    }
  });
});
