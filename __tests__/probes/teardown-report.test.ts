/**
 * What teardown says when it cannot finish. The compose CLI is faked here to
 * check the commands and the message; the real engine cases (a failed run,
 * idempotence, the user's resources untouched) are in teardown.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { teardown } from '../../src/probes/index.js';
import type { CommandResult, CommandRunner } from '../../src/probes/process.js';
import type { ProbeState } from '../../src/probes/types.js';

const state: ProbeState = {
  composeCommand: ['docker', 'compose'],
  projectName: 'redis-readiness-abc123',
  tempPaths: [],
  workingDir: '/tmp',
};

const DAEMON_GONE =
  'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';

function fake(answer: (argv: string[]) => Partial<CommandResult>): {
  run: CommandRunner;
  calls: string[];
} {
  const calls: string[] = [];
  const run: CommandRunner = async (argv) => {
    calls.push(argv.join(' '));
    return {
      argv,
      code: 0,
      stdout: '',
      stderr: '',
      durationMs: 1,
      timedOut: false,
      ...answer(argv),
    };
  };
  return { run, calls };
}

describe('teardown reports what it could not remove', () => {
  it('says nothing when compose down succeeds', async () => {
    const { run, calls } = fake(() => ({}));
    expect(await teardown(state, run)).toBeUndefined();
    expect(calls).toEqual([
      'docker compose -p redis-readiness-abc123 down -v --remove-orphans --timeout 5',
    ]);
  });

  it('names the engine that does not answer and the command to run later', async () => {
    const { run, calls } = fake(() => ({ code: 1, stderr: DAEMON_GONE }));
    const problem = await teardown(state, run);
    expect(problem).toBe(
      `could not remove everything of the probe project redis-readiness-abc123: the engine did not answer (${DAEMON_GONE}). ` +
        'Once the engine answers, run: docker compose -p redis-readiness-abc123 down -v --remove-orphans',
    );
    // down, then the sweep's three listings, then the check's three.
    expect(calls).toHaveLength(7);
    expect(calls[1]).toBe(
      'docker ps -aq --filter label=com.docker.compose.project=redis-readiness-abc123',
    );
  });

  it('lists what is still there when the engine answers but removal failed', async () => {
    const { run } = fake((argv) => {
      if (argv.includes('down')) return { code: 1, stderr: 'network in use' };
      if (argv[1] === 'ps') return { stdout: 'c0ffee\n' };
      if (argv[1] === 'rm') return { code: 1, stderr: 'removal in progress' };
      return {};
    });
    expect(await teardown(state, run)).toMatch(
      /^could not remove everything of the probe project redis-readiness-abc123: still there: container c0ffee\. Once the engine answers, run: /,
    );
  });
});
