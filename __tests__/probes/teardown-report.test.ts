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
    const filter = '--filter label=com.docker.compose.project=redis-readiness-abc123';
    const listings = [
      `docker ps -aq ${filter}`,
      `docker volume ls -q ${filter}`,
      `docker network ls -q ${filter}`,
    ];
    // What is ours before (to record its volumes), down, then what is left.
    expect(calls).toEqual([
      ...listings,
      'docker compose -p redis-readiness-abc123 down -v --remove-orphans --timeout 5',
      ...listings,
    ]);
  });

  it('removes the volumes its containers used, and only anonymous ones or ours', async () => {
    const anonymous = 'a'.repeat(64);
    const { run, calls } = fake((argv) => {
      if (argv[1] === 'ps' && !calls.some((c) => c.includes(' down ')))
        return { stdout: 'c0ffee\n' };
      if (argv[1] === 'inspect') {
        return {
          stdout: JSON.stringify([
            {
              Mounts: [
                { Type: 'volume', Name: anonymous },
                { Type: 'volume', Name: 'users-volume' },
                { Type: 'bind', Source: '/srv' },
              ],
            },
          ]),
        };
      }
      if (argv[1] === 'volume' && argv[2] === 'ls' && !argv.includes('--filter')) {
        return { stdout: `${anonymous}\nusers-volume\nredis-readiness-abc123_old\n` };
      }
      return {};
    });
    expect(
      await teardown({ ...state, volumes: ['redis-readiness-abc123_old', 'other_x'] }, run),
    ).toBeUndefined();
    expect(calls).toContain('docker inspect -- c0ffee');
    expect(calls).toContain(`docker volume rm -f -- redis-readiness-abc123_old ${anonymous}`);
    expect(calls.join('\n')).not.toMatch(/rm .*(users-volume|other_x)/);
  });

  it('names the engine that does not answer and the command to run later', async () => {
    const { run, calls } = fake(() => ({ code: 1, stderr: DAEMON_GONE }));
    const problem = await teardown(state, run);
    expect(problem).toBe(
      `could not remove everything of the probe project redis-readiness-abc123: the engine did not answer (${DAEMON_GONE}). ` +
        'Once the engine answers, run: docker compose -p redis-readiness-abc123 down -v --remove-orphans',
    );
    // listings, down, listings, then the check after the sweep: nothing else.
    expect(calls).toHaveLength(10);
    expect(calls[3]).toBe(
      'docker compose -p redis-readiness-abc123 down -v --remove-orphans --timeout 5',
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
