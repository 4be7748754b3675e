import { aofOn, lastDirective, rolesOf, serverAnchor, snapshotsOff } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/** With `save ""` and no AOF every restart empties the broker: queued tasks and results are gone. */
export const persistDisabled: Rule = {
  id: 'persist-disabled',
  defaultSeverity: 'error',
  summary: 'save "" and no AOF on a broker or result backend (or a service of unknown role)',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      if (server.family === 'dragonfly' || server.family === 'kvrocks') continue;
      const roles = rolesOf(server);
      if (roles.size === 1 && roles.has('cache')) continue;
      if (!snapshotsOff(server) || aofOn(server)) continue;
      const save = lastDirective(server, 'save');
      findings.push({
        service: server.name,
        pos: save && save.origin !== 'default' ? save.pos : serverAnchor(project, server),
        message: `persistence is off (save "" and appendonly no) while Redis serves as ${[...roles].join('/')}: a restart loses every queued task and result. Enable appendonly yes (and keep RDB snapshots).`,
      });
    }
    return findings;
  },
};
