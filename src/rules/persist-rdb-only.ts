import { aofOn, lastDirective, rolesOf, serverAnchor, snapshotsOff } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/**
 * RDB snapshots run every few minutes at best: a crash loses every task queued
 * since the last one. An unknown role is treated as the strictest (a queue):
 * Sidekiq, BullMQ and RQ read a plain REDIS_URL, so the name says nothing.
 */
export const persistRdbOnly: Rule = {
  id: 'persist-rdb-only',
  defaultSeverity: 'warning',
  summary: 'A broker with RDB snapshots only (no AOF)',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      const roles = rolesOf(server);
      if ((!roles.has('broker') && !roles.has('unknown')) || server.family === 'dragonfly')
        continue;
      if (aofOn(server) || snapshotsOff(server)) continue;
      const appendonly = lastDirective(server, 'appendonly');
      findings.push({
        service: server.name,
        pos:
          appendonly && appendonly.origin !== 'default'
            ? appendonly.pos
            : serverAnchor(project, server),
        message: roles.has('broker')
          ? 'this broker persists with RDB snapshots only, so a crash loses every task queued since the last snapshot: add `appendonly yes` (appendfsync everysec).'
          : `Redis persists with RDB snapshots only and its role is unknown (${server.consumers.length > 0 ? [...new Set(server.consumers.map((c) => c.variable))].join(', ') : 'no consumer names it'}), so it may be a queue: a crash loses every write since the last snapshot. Add \`appendonly yes\` (appendfsync everysec), or name its role in the consumers' variables (e.g. CACHE_URL).`,
      });
    }
    return findings;
  },
};
