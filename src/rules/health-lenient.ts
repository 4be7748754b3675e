import { healthcheckFix } from './health-fix.js';
import { servicePosition } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/**
 * redis-cli exits 0 on error replies (NOAUTH, LOADING, MISCONF) unless run
 * with -e, so `redis-cli ping` (even `|| exit 1`) reports healthy while Redis
 * refuses every command.
 */
export const healthLenient: Rule = {
  id: 'health-lenient',
  defaultSeverity: 'warning',
  summary: 'The healthcheck passes on error replies (redis-cli without -e or an output check)',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      const health = server.health;
      if (health.state !== 'present' || health.outputChecked) continue;
      const call = health.calls.find((c) => !c.errorExit);
      if (!call) continue;
      const finding: RuleFinding = {
        service: server.name,
        pos: servicePosition(project, server.name, 'healthcheck', 'test'),
        message: `${call.program} exits 0 on error replies (NOAUTH, LOADING, MISCONF), so this healthcheck passes while Redis refuses commands: use ${call.program} -e, or check the output (| grep -q PONG).`,
      };
      // One fix for the whole healthcheck, the same whichever health rule offers it.
      const fix = healthcheckFix(project, server);
      if (fix) finding.fix = fix;
      findings.push(finding);
    }
    return findings;
  },
};
