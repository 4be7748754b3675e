import { WRITE_COMMANDS } from '../redis/healthcheck.js';
import { healthcheckFix } from './health-fix.js';
import { servicePosition } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/** A writing healthcheck adds or changes a key on every interval, forever (and dirties RDB snapshots). */
export const healthWrites: Rule = {
  id: 'health-writes',
  defaultSeverity: 'notice',
  summary: 'The healthcheck writes data (e.g. incr ping)',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      const health = server.health;
      const call = health.calls.find(
        (c) => c.command[0] !== undefined && WRITE_COMMANDS.has(c.command[0]),
      );
      if (!call) continue;
      const finding: RuleFinding = {
        service: server.name,
        pos: servicePosition(project, server.name, 'healthcheck', 'test'),
        message: `the healthcheck runs '${call.command[0]}', which writes to the database on every check: use a read-only command such as ping.`,
      };
      const fix = healthcheckFix(project, server);
      if (fix) finding.fix = fix;
      findings.push(finding);
    }
    return findings;
  },
};
