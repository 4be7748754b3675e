import { parseDuration } from './duration.js';
import { aofOn, servicePosition, snapshotsOff } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/** Recommended minimum: a final RDB save of a few GB takes tens of seconds. */
const MIN_GRACE_SECONDS = 30;

/**
 * On stop Redis writes a final snapshot; Docker kills it with SIGKILL after
 * stop_grace_period (10 s by default), which can cut that save short.
 */
export const persistStopGrace: Rule = {
  id: 'persist-stop-grace',
  defaultSeverity: 'notice',
  summary: 'Persistence is on and stop_grace_period is below what a final save may need',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      if (snapshotsOff(server) && !aofOn(server)) continue;
      const written = server.service.stop_grace_period;
      const seconds = written === undefined ? 10 : parseDuration(written);
      if (seconds === undefined || seconds >= MIN_GRACE_SECONDS) continue;
      findings.push({
        service: server.name,
        pos: servicePosition(
          project,
          server.name,
          ...(written === undefined ? [] : ['stop_grace_period']),
        ),
        message: `stop_grace_period is ${written ?? '10s (Docker default)'}; Docker kills Redis after it, possibly during its final save on shutdown: set stop_grace_period: ${MIN_GRACE_SECONDS}s or more.`,
      });
    }
    return findings;
  },
};
