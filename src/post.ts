import * as core from '@actions/core';
import { parseComposeCommand } from './options.js';
import {
  allowedComposeCommands,
  parseProbeState,
  PROBE_STATE_KEY,
  tempRoots,
} from './probe-state.js';
import { teardown } from './probes/teardown.js';

/**
 * The action's post step: tears down what main started for the probes, from
 * the state main saved. It runs even when main failed or was cancelled, so it
 * never fails the job itself: a teardown problem is a warning.
 */
export async function runPost(): Promise<void> {
  const raw = core.getState(PROBE_STATE_KEY);
  if (!raw) {
    core.debug('redis-readiness post: no probe state saved, nothing to tear down.');
    return;
  }
  try {
    const parsed = parseProbeState(raw, {
      composeCommands: allowedComposeCommands(
        parseComposeCommand(core.getInput('compose-command')),
      ),
      tempRoots: tempRoots(),
    });
    if ('problem' in parsed) {
      core.warning(`redis-readiness post: ${parsed.problem}; nothing was run or deleted.`);
      return;
    }
    const { state } = parsed;
    core.info(`redis-readiness: tearing down compose project ${state.projectName}`);
    const problem = await teardown(state);
    if (problem) core.warning(`redis-readiness: ${problem}`);
  } catch (error) {
    core.warning(
      `redis-readiness could not tear down the probe project: ${(error as Error).message}`,
    );
  }
}

await runPost();
