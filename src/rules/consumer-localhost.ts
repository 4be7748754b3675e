import { allConsumers, consumerLabel, LOCALHOST } from './consumers.js';
import type { Rule, RuleFinding } from './types.js';

/** In a container, localhost is that container: Redis in another service is never there. */
export const consumerLocalhost: Rule = {
  id: 'consumer-localhost',
  defaultSeverity: 'error',
  summary: 'A consumer in a container points at localhost/127.0.0.1',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    for (const c of allConsumers(redis)) {
      if (!c.host || c.hostUnknown || !LOCALHOST.test(c.host)) continue;
      const service = project.model.services[c.service] ?? project.inactiveServices[c.service];
      const mode = service?.network_mode ?? '';
      if (mode === 'host' || mode.startsWith('service:') || mode.startsWith('container:')) continue;
      const target = redis.services[0]?.name ?? 'redis';
      findings.push({
        service: c.service,
        pos: c.pos,
        message: `${consumerLabel(c)} points at ${c.host}, which inside a container is the container itself: use the Redis service name (e.g. ${target}).`,
      });
    }
    return findings;
  },
};
