import { lastDirective } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

const LOOPBACK = /^-?(127\.\d+\.\d+\.\d+|::1|localhost)$/i;

/** Inside a container 127.0.0.1 is the container itself: other services cannot connect (the healthcheck still passes). */
export const configBindLoopback: Rule = {
  id: 'config-bind-loopback',
  defaultSeverity: 'error',
  summary: 'The config binds only to 127.0.0.1/::1 inside the container',
  check({ redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      const bind = lastDirective(server, 'bind');
      if (!bind || bind.args.length === 0 || !bind.args.every((a) => LOOPBACK.test(a))) continue;
      findings.push({
        service: server.name,
        pos: bind.pos,
        message: `bind ${bind.args.join(' ')} listens only inside the Redis container, so other services cannot connect: use \`bind * -::*\` (or 0.0.0.0) and keep the port unpublished or bound to 127.0.0.1 on the host.`,
      });
    }
    return findings;
  },
};
