import { serverAnchor, servicePosition } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/**
 * Without requirepass (or an ACL password for the default user) every client
 * on the network can run any command, including FLUSHALL and CONFIG SET.
 */
export const authMissing: Rule = {
  id: 'auth-missing',
  defaultSeverity: 'error',
  summary: 'No requirepass and no ACL password for the default user',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      if (server.password !== undefined) continue;
      // A config we cannot read may set a password: say nothing rather than guess.
      if (server.configKnown === false) continue;
      const env = server.service.environment ?? {};
      let pos = serverAnchor(project, server);
      let how =
        'start it with a password: a mounted redis.conf with `requirepass`, or ' +
        '`command: ["sh", "-c", "exec redis-server --requirepass \\"$$REDIS_PASSWORD\\""]` with REDIS_PASSWORD: ${REDIS_PASSWORD:?}';
      if (server.family === 'bitnami') {
        if ('ALLOW_EMPTY_PASSWORD' in env)
          pos = servicePosition(project, server.name, 'environment', 'ALLOW_EMPTY_PASSWORD');
        how = 'set REDIS_PASSWORD: ${REDIS_PASSWORD:?} and remove ALLOW_EMPTY_PASSWORD=yes';
      } else if (server.family === 'redis-stack') {
        how = 'set REDIS_ARGS: "--requirepass ${REDIS_PASSWORD:?}" (or a mounted config)';
      } else if (server.family === 'dragonfly') {
        how = 'pass --requirepass (or DFLY_requirepass) from a required variable';
      }
      findings.push({
        service: server.name,
        pos,
        message: `Redis accepts every client without a password (any container on the network can read, write or FLUSHALL): ${how}.`,
      });
    }
    return findings;
  },
};
