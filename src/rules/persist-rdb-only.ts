import { aofOn, lastDirective, serverAnchor, snapshotsOff } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/** RDB snapshots run every few minutes at best: a crash loses every task queued since the last one. */
export const persistRdbOnly: Rule = {
  id: 'persist-rdb-only',
  defaultSeverity: 'warning',
  summary: 'A broker with RDB snapshots only (no AOF)',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      if (!server.roles.includes('broker') || server.family === 'dragonfly') continue;
      if (aofOn(server) || snapshotsOff(server)) continue;
      const appendonly = lastDirective(server, 'appendonly');
      findings.push({
        service: server.name,
        pos:
          appendonly && appendonly.origin !== 'default'
            ? appendonly.pos
            : serverAnchor(project, server),
        message:
          'this broker persists with RDB snapshots only, so a crash loses every task queued since the last snapshot: add `appendonly yes` (appendfsync everysec).',
      });
    }
    return findings;
  },
};
