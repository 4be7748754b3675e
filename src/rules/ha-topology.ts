import { lastDirective } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/** Replication, Sentinel and Cluster each need settings a single server does not. */
export const haTopology: Rule = {
  id: 'ha-topology',
  defaultSeverity: 'notice',
  summary: 'Sentinel, Cluster or replicas found: basics checked (masterauth, Celery and Cluster)',
  check({ redis }) {
    const findings: RuleFinding[] = [];
    for (const sentinel of redis.sentinels ?? []) {
      findings.push({
        service: sentinel.name,
        pos: sentinel.pos,
        message: `service '${sentinel.name}' runs Sentinel: consumers must connect through it (sentinel:// URLs with a master name, e.g. Celery broker_transport_options master_name), not to a fixed server.`,
      });
    }
    for (const server of redis.services) {
      const replicaof = lastDirective(server, 'replicaof') ?? lastDirective(server, 'slaveof');
      if (replicaof) {
        const masterauth = lastDirective(server, 'masterauth');
        findings.push({
          service: server.name,
          pos: replicaof.pos,
          message:
            server.password !== undefined && !masterauth
              ? `'${server.name}' is a replica with requirepass but no masterauth: if the master requires the same password, replication fails with NOAUTH; set masterauth too.`
              : `'${server.name}' is a replica of ${replicaof.args.join(' ')}: replicas are read-only, point brokers at the master.`,
        });
      }
      const cluster = lastDirective(server, 'cluster-enabled');
      if (cluster && /^yes$/i.test(cluster.args[0] ?? '')) {
        findings.push({
          service: server.name,
          pos: cluster.pos,
          message: server.roles.includes('broker')
            ? `'${server.name}' runs in Cluster mode, which Celery (kombu) cannot use as a broker: use a standalone server or Sentinel.`
            : `'${server.name}' runs in Cluster mode: clients must be cluster-aware.`,
        });
      }
    }
    return findings;
  },
};
