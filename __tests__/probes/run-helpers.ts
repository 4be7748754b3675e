import { expect } from 'vitest';
import { runProbes } from '../../src/probes/index.js';
import type { RedisProjectModel } from '../../src/redis/types.js';
import type { ProbeId, ProbeResult, ProbeRun, ProbeState } from '../../src/probes/types.js';
import {
  engineChanges,
  engineSnapshot,
  FIXTURE_PASSWORD,
  leftovers,
  loadFixture,
  maskWith,
} from './helpers.js';

export interface FixtureRun {
  run: ProbeRun;
  state: ProbeState;
  byProbe: Map<ProbeId, ProbeResult>;
  /** Everything the run printed or returned, as one string. */
  text: string;
  /** The run's log lines, in order. */
  logLines: string[];
}

/**
 * Runs the probes on a fixture exactly as the action does (real compose,
 * `--pull never`), then checks what every probe run must guarantee: nothing
 * of ours is left on the engine (the engine's containers, volumes and
 * networks are as before), and the password appears nowhere.
 */
export async function probeFixture(
  name: string,
  probes: ProbeId[],
  options: {
    env?: Record<string, string>;
    timeoutSeconds?: number;
    mask?: (t: string) => string;
    /** Changes the Redis model before the run (to stage a model/server disagreement). */
    editModel?: (redis: RedisProjectModel) => void;
  } = {},
): Promise<FixtureRun> {
  const { project, redis } = await loadFixture(name, options.env);
  options.editModel?.(redis);
  const states: ProbeState[] = [];
  const logLines: string[] = [];
  const before = engineSnapshot();
  const run = await runProbes({
    project,
    redis,
    probes,
    timeoutSeconds: options.timeoutSeconds ?? 60,
    pull: 'never',
    mask: options.mask ?? maskWith([FIXTURE_PASSWORD]),
    saveState: (s) => states.push(s),
    log: (line) => logLines.push(line),
  });
  // Saved again whenever the run records more volumes: always the same project.
  expect(new Set(states.map((s) => s.projectName)).size).toBe(1);
  const state = states.at(-1)!;
  expect(leftovers(state.projectName)).toEqual([]);
  // Nothing else either: no anonymous volume, container or network of the run survives it.
  expect(await engineChanges(before, state.projectName)).toEqual([]);
  const text = JSON.stringify(run) + logLines.join('\n');
  expect(text).not.toContain(FIXTURE_PASSWORD);
  const byProbe = new Map(
    run.results.filter((r) => r.service === 'redis').map((r) => [r.probe, r]),
  );
  return { run, state, byProbe, text, logLines };
}

export function result(fixture: FixtureRun, probe: ProbeId): ProbeResult {
  const found = fixture.byProbe.get(probe);
  if (!found) throw new Error(`no ${probe} result in ${JSON.stringify(fixture.run.results)}`);
  return found;
}
