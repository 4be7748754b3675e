// needs: engine compose
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { ensureBundle } from '../action/harness.js';
import { requireEngine } from '../probes/helpers.js';
import { registerActionFaults } from './action-faults.cases.js';
import { removeRunnerFiles } from './helpers.js';
import { registerProbeFaults } from './probe-faults.cases.js';
import { registerProbeSecrets } from './secrets-probes.cases.js';

/**
 * Faults during probes, concurrency and secrets (issue 6, Robustness). One
 * file, one concurrent suite: vitest runs files one at a time on a 2-core
 * runner, and these cases mostly wait on the engine, so side by side they
 * take about as long as the slowest. Each case uses its own compose project
 * and checks that nothing of it is left.
 */
const docker = (...args: string[]) => execFileSync('docker', args, { encoding: 'utf8' }).trim();

/** Resources of "the user" on the same engine, with names close to ours: no fault may touch them. */
const suffix = `${Date.now().toString(36)}-faults`;
const user = {
  volume: `user-redis-readiness-data-${suffix}`,
  container: `user-redis-readiness-${suffix}`,
};

beforeAll(() => {
  requireEngine();
  ensureBundle();
  docker('volume', 'create', user.volume);
  docker('create', '--name', user.container, '-v', `${user.volume}:/data`, 'redis:7-alpine');
}, 600_000);

afterAll(() => {
  removeRunnerFiles();
  try {
    expect(docker('inspect', '-f', '{{.Name}}', user.container)).toBe(`/${user.container}`);
    expect(docker('volume', 'inspect', '-f', '{{.Name}}', user.volume)).toBe(user.volume);
  } finally {
    docker('rm', '-f', user.container);
    docker('volume', 'rm', user.volume);
  }
});

describe.concurrent('faults, concurrency and secrets on the real engine', () => {
  registerProbeFaults();
  registerActionFaults();
  registerProbeSecrets();
});
