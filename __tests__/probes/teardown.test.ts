// needs: engine compose
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runProbes, teardown } from '../../src/probes/index.js';
import type { ProbeState } from '../../src/probes/types.js';
import { FIXTURE_PASSWORD, leftovers, loadFixture, maskWith, requireEngine } from './helpers.js';

const docker = (...args: string[]) => execFileSync('docker', args, { encoding: 'utf8' }).trim();

describe('teardown', () => {
  beforeAll(() => requireEngine());

  it('tears down even when the run fails half-way, removes only what is ours, and is idempotent', async () => {
    const { project, redis } = await loadFixture('ready');
    // Resources of "the user": same image, a similar name, but not our project.
    const suffix = Date.now().toString(36);
    const userVolume = `user-data-${suffix}`;
    const userNetwork = `user-net-${suffix}`;
    const userContainer = `user-redis-${suffix}`;
    docker('volume', 'create', userVolume);
    docker('network', 'create', userNetwork);
    docker(
      'create',
      '--name',
      userContainer,
      '--network',
      userNetwork,
      '-v',
      `${userVolume}:/data`,
      'redis:7-alpine',
    );
    try {
      let state: ProbeState | undefined;
      let stateExistedBeforeUp = false;
      const run = runProbes({
        project,
        redis,
        probes: ['health', 'ping'],
        timeoutSeconds: 60,
        pull: 'never',
        mask: maskWith([FIXTURE_PASSWORD]),
        saveState: (s) => {
          state = s;
          stateExistedBeforeUp = leftovers(s.projectName).length === 0;
        },
        log: (line) => {
          // Fail the run from the inside once Redis is up and a probe has run.
          if (line.startsWith('probe health'))
            throw new Error('simulated failure in the middle of a run');
        },
      });
      await expect(run).rejects.toThrow('simulated failure');
      expect(state).toBeDefined();
      expect(stateExistedBeforeUp).toBe(true);
      expect(leftovers(state!.projectName)).toEqual([]);
      for (const path of state!.tempPaths) expect(existsSync(path)).toBe(false);
      // A second teardown (the post step after main's own) finds nothing and does not fail.
      await teardown(state!);
      expect(leftovers(state!.projectName)).toEqual([]);
      expect(docker('volume', 'inspect', '-f', '{{.Name}}', userVolume)).toBe(userVolume);
      expect(docker('network', 'inspect', '-f', '{{.Name}}', userNetwork)).toBe(userNetwork);
      expect(docker('inspect', '-f', '{{.Name}}', userContainer)).toBe(`/${userContainer}`);
    } finally {
      docker('rm', '-f', userContainer);
      docker('network', 'rm', userNetwork);
      docker('volume', 'rm', userVolume);
    }
  }, 300_000);

  it('fails every requested probe with one message saying what to install when compose is missing', async () => {
    const { project, redis } = await loadFixture('ready');
    const states: ProbeState[] = [];
    const run = await runProbes({
      project,
      redis,
      probes: ['health', 'ping'],
      timeoutSeconds: 10,
      pull: 'never',
      composeCommand: ['/nonexistent/docker-compose'],
      mask: maskWith([FIXTURE_PASSWORD]),
      saveState: (s) => states.push(s),
    });
    expect(states).toEqual([]);
    expect(run.results.map((r) => [r.probe, r.status])).toEqual([
      ['health', 'fail'],
      ['ping', 'fail'],
    ]);
    expect(run.results[0]!.summary).toMatch(
      /No usable Docker Compose: \/nonexistent\/docker-compose: not found\. Install Docker Engine with the Compose v2 plugin/,
    );
  });
});
