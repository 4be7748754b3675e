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

const filter = '--filter label=com.docker.compose.project=redis-readiness-abc123';
const listings = [
  `docker ps -aq ${filter}`,
  `docker volume ls -q ${filter}`,
  `docker network ls -q ${filter}`,
];
const composeDown = 'docker compose -p redis-readiness-abc123 down -v --remove-orphans --timeout 5';

describe('teardown reports what it could not remove', () => {
  it('removes what is labelled as ours through the engine, containers first, and checks', async () => {
    let removed = false;
    const { run, calls } = fake((argv) => {
      if (argv[1] === 'rm') removed = true;
      if (removed) return {};
      if (argv[1] === 'ps') return { stdout: 'c0ffee\n' };
      if (argv[1] === 'volume' && argv[2] === 'ls')
        return { stdout: 'redis-readiness-abc123_data\n' };
      if (argv[1] === 'network' && argv[2] === 'ls') return { stdout: 'n3t\n' };
      return {};
    });
    expect(await teardown(state, run)).toBeUndefined();
    expect(calls).toEqual([
      ...listings,
      'docker rm -f -v -- c0ffee',
      'docker volume rm -f -- redis-readiness-abc123_data',
      'docker network rm -- n3t',
      ...listings,
    ]);
  });

  it('removes the volumes its earlier containers used, and only anonymous ones or ours', async () => {
    const anonymous = 'a'.repeat(64);
    const { run, calls } = fake(() => ({}));
    expect(
      await teardown(
        { ...state, volumes: ['redis-readiness-abc123_old', 'other_x', anonymous, 'users-volume'] },
        run,
      ),
    ).toBeUndefined();
    expect(calls).toContain(`docker volume rm -f -- redis-readiness-abc123_old ${anonymous}`);
    expect(calls.join('\n')).not.toMatch(/rm .*(users-volume|other_x)/);
  });

  it('falls back to compose down by project name when something is left, then sweeps again', async () => {
    let listed = 0;
    const { run, calls } = fake((argv) => {
      if (argv[1] === 'ps') listed++;
      // A container an aborted `up` was still creating shows up after the first sweep.
      if (argv[1] === 'ps' && listed === 2) return { stdout: 'late0\n' };
      return {};
    });
    expect(await teardown(state, run)).toBeUndefined();
    expect(calls).toEqual([...listings, ...listings, composeDown, ...listings]);
  });

  it('names the engine that does not answer and the command to run later', async () => {
    const { run, calls } = fake(() => ({ code: 1, stderr: DAEMON_GONE }));
    const problem = await teardown(state, run);
    expect(problem).toBe(
      `could not remove everything of the probe project redis-readiness-abc123: the engine did not answer (${DAEMON_GONE}). ` +
        'Once the engine answers, run: docker compose -p redis-readiness-abc123 down -v --remove-orphans',
    );
    // listings, listings, compose down, listings: nothing else.
    expect(calls).toEqual([...listings, ...listings, composeDown, ...listings]);
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

  it('names a recorded volume whose removal failed', async () => {
    const anonymous = 'b'.repeat(64);
    const { run } = fake((argv) => {
      if (argv[1] === 'volume' && argv[2] === 'rm') return { code: 1, stderr: 'volume is in use' };
      if (argv[1] === 'volume' && argv[2] === 'ls' && !argv.includes('--filter'))
        return { stdout: `${anonymous}\n` };
      return {};
    });
    expect(await teardown({ ...state, volumes: [anonymous] }, run)).toMatch(
      new RegExp(`still there: volume ${anonymous}\\. Once`),
    );
  });
});
