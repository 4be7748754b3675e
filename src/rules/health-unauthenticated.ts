import type { RedisServiceModel } from '../redis/types.js';
import { replaceTestList } from './fix.js';
import { servicePosition } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/**
 * redis-cli without credentials gets NOAUTH from a password-protected
 * server; it still exits 0 (unless -e), so the check either fails forever
 * or passes while printing the error.
 */
export const healthUnauthenticated: Rule = {
  id: 'health-unauthenticated',
  defaultSeverity: 'error',
  summary: 'The server requires a password but the healthcheck does not send one',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      if (server.password === undefined) continue;
      const health = server.health;
      if (health.state !== 'present' || health.envAuth) continue;
      const call = health.calls.find((c) => !c.sendsAuth);
      if (!call) continue;
      const finding: RuleFinding = {
        service: server.name,
        pos: servicePosition(project, server.name, 'healthcheck', 'test'),
        message: `Redis requires a password but the healthcheck's ${call.program} sends none, so it only ever sees NOAUTH: add REDISCLI_AUTH: \${REDIS_PASSWORD:?} to the service environment (keeps the password off the command line) and use ${call.program} -e.`,
      };
      // Mechanical when the container already holds the password in a variable.
      const variable = passwordVariable(server);
      const test = server.service.healthcheck?.test ?? [];
      if (variable) {
        const fix = replaceTestList(
          project.sources,
          ['services', server.name, 'healthcheck', 'test'],
          test.length,
          ['CMD-SHELL', `REDISCLI_AUTH="$${variable}" ${call.program} -e ping | grep -q PONG`],
          `authenticate through REDISCLI_AUTH from $${variable} and fail on error replies`,
        );
        if (fix) finding.fix = fix;
      }
      findings.push(finding);
    }
    return findings;
  },
};

/** A container environment variable that holds the server's password. */
function passwordVariable(server: RedisServiceModel): string | undefined {
  const env = server.service.environment ?? {};
  const directive = server.password?.directive;
  for (const name of directive?.containerVariables ?? [])
    if (typeof env[name] === 'string') return name;
  const refs = new Set((directive?.variables ?? []).map((r) => r.name));
  for (const name of Object.keys(env))
    if (refs.has(name) && typeof env[name] === 'string') return name;
  if (server.password?.value !== undefined) {
    for (const [name, value] of Object.entries(env))
      if (value === server.password.value) return name;
  }
  return undefined;
}
