import { expect, it } from 'vitest';
import { runAction, STACK_TRACE } from '../action/harness.js';
import { FIXTURE_PASSWORD } from '../probes/helpers.js';
import { leftovers, ours, processesOf, runnerFiles, startAction, waitFor } from './helpers.js';

const READY = '__tests__/fixtures/probes/ready/compose.yaml';
const LONG = 180_000;

/** the action under faults (registered inside the one concurrent suite of faults.test.ts). */
export function registerActionFaults(): void {
  it(
    'SIGTERM mid-probe (a cancelled job), then the post step: everything torn down',
    async () => {
      const files = runnerFiles();
      const main = startAction(files, {
        'compose-file': READY,
        probes: 'health,persistence',
        pull: 'never',
        timeout: '20',
      });
      // Mid-probe: the persistence probe has restarted Redis once.
      await waitFor('the persistence probe', () => /^restart redis: exit/m.test(main.stdout()));
      const project = JSON.parse(files.state()['probe-state']!).projectName as string;
      expect(leftovers(project).length).toBeGreaterThan(0);
      main.child.kill('SIGTERM');
      const { code, signal } = await main.exited;
      expect({ code, signal }).toEqual({ code: 143, signal: null });
      expect(main.stdout()).toContain(`SIGTERM: tearing down compose project ${project}`);
      expect(main.stdout() + main.stderr()).not.toMatch(STACK_TRACE);

      const post = runAction(
        {},
        {
          entry: 'dist/post/index.js',
          env: { 'STATE_probe-state': files.state()['probe-state']! },
        },
      );
      expect(post.status, post.stdout + post.stderr).toBe(0);
      expect(post.stdout).toContain(`tearing down compose project ${project}`);
      // A compose command main had running must not outlive it and re-create anything.
      await waitFor('compose children to end', () => processesOf(project).length === 0, 30_000);
      expect(leftovers(project)).toEqual([]);
      expect(ours(main.stdout() + post.stdout)).not.toContain(FIXTURE_PASSWORD);
    },
    LONG,
  );

  it(
    'four runs at once against the same project: four correct reports, no collisions, clean engine',
    async () => {
      // Every probe but persistence: what could collide (project, volume,
      // network and helper container names) is all exercised, and four
      // persistence probes at once would cost a minute on a 2-core runner;
      // the SIGTERM case above and the probe suite cover persistence.
      const runs = [0, 1, 2, 3].map(() => {
        const files = runnerFiles();
        const run = startAction(files, {
          'compose-file': READY,
          probes: 'health,ping,auth,network,config',
          pull: 'never',
          timeout: '60',
        });
        return { files, run };
      });
      const exits = await Promise.all(runs.map((r) => r.run.exited));
      const projects = new Set<string>();
      runs.forEach(({ files, run }, i) => {
        const log = run.stdout() + run.stderr();
        expect(exits[i], log).toEqual({ code: 0, signal: null });
        const probes = JSON.parse(files.outputs().probes!) as { probe: string; status: string }[];
        expect(probes.map((p) => `${p.probe}:${p.status}`).sort()).toEqual([
          'auth:pass',
          'config:pass',
          'health:pass',
          'network:pass',
          'ping:pass',
        ]);
        expect(files.outputs().result).toBe('pass');
        const project = JSON.parse(files.state()['probe-state']!).projectName as string;
        projects.add(project);
        expect(leftovers(project)).toEqual([]);
        expect(ours(log) + files.summary()).not.toContain(FIXTURE_PASSWORD);
      });
      expect(projects.size).toBe(4);
    },
    LONG,
  );
}
