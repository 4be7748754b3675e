import { servicePosition } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/**
 * Command-line arguments are part of the container's config: `docker
 * inspect`, `docker compose config` and `ps` inside the container show them.
 */
export const authInArgv: Rule = {
  id: 'auth-in-argv',
  defaultSeverity: 'notice',
  summary: 'The password is passed as a command-line argument (--requirepass, redis-cli -a)',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      const argvPassword = server.directives.find(
        (d) =>
          d.origin === 'command' &&
          (d.name === 'requirepass' || d.name === 'masterauth') &&
          (d.args.some((a) => a !== '') ||
            d.unknown ||
            (d.variables ?? []).length > 0 ||
            d.containerVariables !== undefined),
      );
      if (argvPassword) {
        findings.push({
          service: server.name,
          pos: argvPassword.pos,
          message: `--${argvPassword.name} puts the password on the server's command line, visible in docker inspect and docker compose config: put it in a mounted config file or secret (e.g. generate the config from the variable at start).`,
        });
      }
      const health = server.health;
      if (health.calls.some((c) => c.sendsAuth)) {
        findings.push({
          service: server.name,
          pos: servicePosition(project, server.name, 'healthcheck', 'test'),
          message:
            'the healthcheck passes the password to redis-cli on its command line (-a/--pass): set REDISCLI_AUTH in the service environment instead.',
        });
      }
    }
    return findings;
  },
};
