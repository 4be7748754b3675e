import { healthcheckFix } from './health-fix.js';
import { servicePosition } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/**
 * redis-cli without credentials gets NOAUTH from a password-protected
 * server; it still exits 0 (unless -e), so the check either fails forever
 * or passes while printing the error.
 */
export const healthUnauthenticated: Rule = {
  id: 'health-unauthenticated',
  defaultSeverity: 'error',
  summary: 'The server requires a password but the healthcheck does not send one',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      if (server.password === undefined) continue;
      const health = server.health;
      if (health.state !== 'present' || health.envAuth) continue;
      const call = health.calls.find((c) => !c.sendsAuth);
      if (!call) continue;
      const finding: RuleFinding = {
        service: server.name,
        pos: servicePosition(project, server.name, 'healthcheck', 'test'),
        message: `Redis requires a password but the healthcheck's ${call.program} sends none, so it only ever sees NOAUTH: add REDISCLI_AUTH: \${REDIS_PASSWORD:?} to the service environment (keeps the password off the command line) and use ${call.program} -e.`,
      };
      // Mechanical when the container already holds the password in a variable;
      // the same fix every health rule offers for this healthcheck.
      const fix = healthcheckFix(project, server);
      if (fix) finding.fix = fix;
      findings.push(finding);
    }
    return findings;
  },
};
