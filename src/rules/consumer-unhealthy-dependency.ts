import { positionOf } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/**
 * `depends_on: [redis]` only waits for the container to start; Celery and
 * friends then crash-loop or give up while Redis loads its data.
 */
export const consumerUnhealthyDependency: Rule = {
  id: 'consumer-unhealthy-dependency',
  defaultSeverity: 'warning',
  summary: 'A consumer does not wait for Redis with depends_on condition: service_healthy',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      const done = new Set<string>();
      for (const c of server.consumers) {
        if (done.has(c.service)) continue;
        done.add(c.service);
        const service = project.model.services[c.service] ?? project.inactiveServices[c.service];
        const dependency = service?.depends_on?.[server.name];
        if (dependency?.condition === 'service_healthy') continue;
        const pos = dependency
          ? positionOf(project, ['services', c.service, 'depends_on', server.name])
          : service?.depends_on
            ? positionOf(project, ['services', c.service, 'depends_on'])
            : c.pos;
        findings.push({
          service: server.name,
          pos,
          message: dependency
            ? `service '${c.service}' uses '${server.name}' (${c.variable}) but only waits for it to start: write depends_on: {${server.name}: {condition: service_healthy}} (with a healthcheck on ${server.name}).`
            : `service '${c.service}' uses '${server.name}' (${c.variable}) but does not wait for it: add depends_on: {${server.name}: {condition: service_healthy}} (with a healthcheck on ${server.name}).`,
        });
      }
    }
    return findings;
  },
};
