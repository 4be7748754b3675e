import { writtenPasswords } from './password-sources.js';
import type { Rule, RuleFinding } from './types.js';

/** A password in a committed file is readable by everyone with the repository. */
export const authLiteral: Rule = {
  id: 'auth-literal',
  defaultSeverity: 'warning',
  summary: 'A literal password (or a ${VAR:-default} default) is committed in a compose file',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      for (const written of writtenPasswords(project, server)) {
        findings.push({
          service: server.name,
          pos: written.pos,
          message:
            written.kind === 'default'
              ? 'the Redis password has a committed default value (${VAR:-...}), used whenever the variable is unset: remove the default and write ${VAR:?set VAR} so the real secret must come from the environment.'
              : written.inConfigFile
                ? 'the Redis password is written in a Redis config file committed to the repository: generate that file in the workflow (untracked), or give the config or secret by `environment:` from a variable set outside the repository.'
                : 'the Redis password is written in the compose file: move it to an untracked .env file or a secret and reference it as ${REDIS_PASSWORD:?set REDIS_PASSWORD}.',
        });
      }
    }
    return findings;
  },
};
