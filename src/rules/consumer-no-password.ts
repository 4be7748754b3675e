import { consumerLabel } from './consumers.js';
import type { Rule, RuleFinding } from './types.js';

/**
 * A client without credentials gets NOAUTH on its first command. When a
 * variable beside it may hold the password under a name that cannot be
 * mapped with certainty (REDIS_URL beside REDIS_PASSWORD, an app-specific
 * *_AUTH), the finding is a notice: the application may well use it.
 */
export const consumerNoPassword: Rule = {
  id: 'consumer-no-password',
  defaultSeverity: 'error',
  summary: "Redis requires auth and the consumer's URL carries none",
  check({ redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      if (server.password === undefined) continue;
      for (const c of server.consumers) {
        if (c.password || c.passwordUnknown || c.urlError) continue;
        const how =
          c.kind === 'url'
            ? `use redis://:\${REDIS_PASSWORD}@${server.name}:${server.port}/0 (percent-encoded)`
            : 'set the matching *_PASSWORD variable from the same secret';
        if (c.passwordMaybe && c.passwordMaybe.length > 0) {
          const names = c.passwordMaybe.slice(0, 3).join(', ');
          findings.push({
            service: server.name,
            severity: 'notice',
            pos: c.pos,
            message: `${consumerLabel(c)} carries no password for '${server.name}', which requires one; ${names} may hold it if the application reads it: if it does not, ${how}.`,
          });
          continue;
        }
        findings.push({
          service: server.name,
          pos: c.pos,
          message: `${consumerLabel(c)} connects to '${server.name}' without a password, but Redis requires one: ${how}.`,
        });
      }
    }
    return findings;
  },
};
