import { lastDirective, rolesOf } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/**
 * Under `allkeys-*` Redis evicts any key at maxmemory, including queued
 * tasks and kombu's binding sets; `volatile-*` only touches keys with a TTL
 * (Celery results), which is milder. Brokers want `noeviction`.
 */
export const memoryEviction: Rule = {
  id: 'memory-eviction',
  defaultSeverity: 'error',
  summary: 'maxmemory-policy allkeys-* on a broker (notice for volatile-*)',
  check({ redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      const roles = rolesOf(server);
      // Evicting results before anyone reads them breaks a result backend too (see the rule page).
      if (!roles.has('broker') && !roles.has('result-backend') && !roles.has('unknown')) continue;
      const policy = lastDirective(server, 'maxmemory-policy');
      const value = policy?.args[0]?.toLowerCase() ?? '';
      if (!policy || !/^(allkeys|volatile)-/.test(value)) continue;
      const allkeys = value.startsWith('allkeys-');
      findings.push({
        service: server.name,
        severity: allkeys ? 'error' : 'notice',
        pos: policy.pos,
        message: allkeys
          ? `maxmemory-policy ${value} lets Redis evict queued tasks and broker bindings when memory is full (role: ${[...roles].join('/')}): use noeviction (writes then fail loudly) and size maxmemory.`
          : `maxmemory-policy ${value} evicts keys with a TTL (such as task results) when memory is full: prefer noeviction for a broker.`,
      });
    }
    return findings;
  },
};
