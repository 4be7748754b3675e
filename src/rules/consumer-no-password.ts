import { consumerLabel } from './consumers.js';
import type { Rule, RuleFinding } from './types.js';

/** A client without credentials gets NOAUTH on its first command. */
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
        findings.push({
          service: server.name,
          pos: c.pos,
          message:
            c.kind === 'url'
              ? `${consumerLabel(c)} connects to '${server.name}' without a password, but Redis requires one: use redis://:\${REDIS_PASSWORD}@${server.name}:${server.port}/0 (percent-encoded).`
              : `${consumerLabel(c)} connects to '${server.name}' without a password, but Redis requires one: set the matching *_PASSWORD variable from the same secret.`,
        });
      }
    }
    return findings;
  },
};
