import type { ComposeProject } from '../compose/types.js';
import { positionOf } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/**
 * Whether `service` only starts once `redis` is healthy: directly
 * (depends_on redis condition service_healthy) or through a chain of
 * services each of which it waits for to be healthy (a service that waits
 * for a healthy service that waits for a healthy Redis does wait). A
 * `service_started` link is not counted: it promises nothing about health.
 */
function waitsForHealthy(project: ComposeProject, service: string, redis: string): boolean {
  const lookup = (name: string) => project.model.services[name] ?? project.inactiveServices[name];
  const seen = new Set<string>([service]);
  const queue = [service];
  while (queue.length > 0) {
    const current = lookup(queue.shift()!);
    for (const [dependency, config] of Object.entries(current?.depends_on ?? {})) {
      if (config?.condition !== 'service_healthy') continue;
      if (dependency === redis) return true;
      if (seen.has(dependency)) continue;
      seen.add(dependency);
      queue.push(dependency);
    }
  }
  return false;
}

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
        // A consumer outside the active profiles is not started here.
        const service = project.model.services[c.service];
        if (!service) continue;
        if (waitsForHealthy(project, c.service, server.name)) continue;
        const dependency = service.depends_on?.[server.name];
        const pos = dependency
          ? positionOf(project, ['services', c.service, 'depends_on', server.name])
          : service.depends_on
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
