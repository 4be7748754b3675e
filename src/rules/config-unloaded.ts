import type { Rule, RuleFinding } from './types.js';

/** Redis reads a config file only when it is its first argument (or included): a mounted file alone does nothing. */
export const configUnloaded: Rule = {
  id: 'config-unloaded',
  defaultSeverity: 'warning',
  summary: 'A redis.conf is mounted but not passed to the server',
  check({ redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      if (server.configKnown === false && !server.invocation) continue;
      for (const file of server.configFiles ?? []) {
        if (file.loaded) continue;
        const program = server.invocation?.program ?? 'redis-server';
        findings.push({
          service: server.name,
          pos: file.pos,
          message: `${file.containerPath} is mounted but the server is not started with it, so none of its settings apply: start it as \`${program} ${file.containerPath}\` (the config file must be the first argument).`,
        });
      }
    }
    return findings;
  },
};
