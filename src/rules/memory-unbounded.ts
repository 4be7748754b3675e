import { servicePosition } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/** With a cgroup limit but no maxmemory, the kernel OOM-kills Redis instead of Redis refusing writes. */
export const memoryUnbounded: Rule = {
  id: 'memory-unbounded',
  defaultSeverity: 'warning',
  summary: 'A container memory limit without maxmemory',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      const limit = server.service.mem_limit ?? server.service.deploy?.resources?.limits?.memory;
      if (limit === undefined || limit === null) continue;
      if (server.directives.some((d) => d.name === 'maxmemory' && d.origin !== 'default')) continue;
      if (server.configKnown === false) continue;
      const path =
        server.service.mem_limit !== undefined
          ? ['mem_limit']
          : ['deploy', 'resources', 'limits', 'memory'];
      findings.push({
        service: server.name,
        pos: servicePosition(project, server.name, ...path),
        message: `the container is limited to ${limit} but Redis has no maxmemory, so it grows until the kernel OOM-kills it: set maxmemory to about 75-80% of the limit (and maxmemory-policy noeviction for a broker).`,
      });
    }
    return findings;
  },
};
