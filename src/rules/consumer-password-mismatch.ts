import { consumerLabel } from './consumers.js';
import type { Rule, RuleFinding } from './types.js';

/** Compared after interpolation; neither value is ever printed. */
export const consumerPasswordMismatch: Rule = {
  id: 'consumer-password-mismatch',
  defaultSeverity: 'error',
  summary: "The consumer's password differs from the server's",
  check({ redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      const expected = server.password?.value;
      if (expected === undefined || server.password?.via === 'acl-default-user') continue;
      for (const c of server.consumers) {
        if (!c.password || c.passwordUnknown || c.urlError) continue;
        if (c.username && c.username !== 'default') continue;
        if (c.password === expected) continue;
        findings.push({
          service: server.name,
          pos: c.pos,
          message: `${consumerLabel(c)} sends a different password than '${server.name}' requires, so it gets WRONGPASS: take both from the same variable (\${REDIS_PASSWORD}).`,
        });
      }
    }
    return findings;
  },
};
