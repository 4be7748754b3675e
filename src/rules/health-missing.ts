import { servicePosition } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/** Without a healthcheck `depends_on: condition: service_healthy` cannot work and restarts go unnoticed. */
export const healthMissing: Rule = {
  id: 'health-missing',
  defaultSeverity: 'warning',
  summary: 'No healthcheck (or disabled)',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      const health = server.health;
      if (health.state === 'present') continue;
      // A HEALTHCHECK in the Dockerfile the service is built from applies too.
      if (health.state === 'missing' && server.imageHealthcheck) continue;
      const cli = server.family === 'valkey' ? 'valkey-cli' : 'redis-cli';
      findings.push({
        service: server.name,
        pos: servicePosition(
          project,
          server.name,
          ...(health.state === 'disabled' ? ['healthcheck'] : []),
        ),
        message: `${health.state === 'disabled' ? 'the healthcheck is disabled' : 'there is no healthcheck'}, so consumers cannot wait for Redis to be ready: add \`healthcheck: {test: ["CMD-SHELL", "${cli} -e ping | grep -q PONG"]}\` (with REDISCLI_AUTH set when Redis has a password).`,
      });
    }
    return findings;
  },
};
