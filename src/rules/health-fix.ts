import type { ComposeProject } from '../compose/types.js';
import type { SuggestedFix } from '../findings.js';
import { WRITE_COMMANDS } from '../redis/healthcheck.js';
import type { RedisServiceModel } from '../redis/types.js';
import { replaceScalar, replaceTestList } from './fix.js';

/** What is wrong with a healthcheck, as the health rules see it. */
export interface HealthcheckFaults {
  /** The server requires a password the check does not send (health-unauthenticated). */
  auth: boolean;
  /** A CLI call exits 0 on error replies and nothing checks the output (health-lenient). */
  lenient: boolean;
  /** A CLI call writes to the database (health-writes). */
  writes: boolean;
}

function healthcheckFaults(server: RedisServiceModel): HealthcheckFaults {
  const health = server.health;
  const present = health.state === 'present';
  return {
    auth:
      present &&
      server.password !== undefined &&
      !health.envAuth &&
      health.calls.some((c) => !c.sendsAuth),
    lenient: present && !health.outputChecked && health.calls.some((c) => !c.errorExit),
    writes: health.calls.some(
      (c) => c.command[0] !== undefined && WRITE_COMMANDS.has(c.command[0]),
    ),
  };
}

/**
 * The one fix for a healthcheck, shared by every health rule that fires on it:
 * it resolves all of that healthcheck's faults at once (authenticates, fails
 * on error replies, pings instead of writing), so no two rules offer fixes
 * that undo each other. Undefined when no single mechanical edit does it all.
 */
export function healthcheckFix(
  project: ComposeProject,
  server: RedisServiceModel,
): SuggestedFix | undefined {
  const faults = healthcheckFaults(server);
  if (!faults.auth && !faults.lenient && !faults.writes) return undefined;
  const health = server.health;
  const call = health.calls[0];
  if (!call || health.calls.length !== 1) return undefined;
  const test = server.service.healthcheck?.test ?? [];
  const path = ['services', server.name, 'healthcheck', 'test'];
  if (faults.auth) {
    const variable = passwordVariable(server);
    if (!variable) return undefined;
    return replaceTestList(
      project.sources,
      path,
      test.length,
      ['CMD-SHELL', `REDISCLI_AUTH="$${variable}" ${call.program} -e ping | grep -q PONG`],
      `authenticate through REDISCLI_AUTH from $${variable}, fail on error replies and only ping`,
    );
  }
  if (!health.shell && test[0] === 'CMD') {
    const at = test.findIndex((w, i) => i > 0 && w.endsWith(call.program));
    const commandAt = test.length - call.command.length;
    if (at <= 0 || commandAt <= at) return undefined;
    const options = test.slice(at + 1, commandAt);
    const words = [
      ...test.slice(0, at + 1),
      ...(faults.lenient && !options.includes('-e') ? ['-e'] : []),
      ...options,
      ...(faults.writes ? ['ping'] : test.slice(commandAt)),
    ];
    return replaceTestList(
      project.sources,
      path,
      test.length,
      words,
      faults.writes
        ? `ping with ${call.program} -e instead of writing`
        : `run ${call.program} with -e`,
    );
  }
  // The shell form: only adding -e is mechanical; a write inside a script is left to the author.
  if (health.shell && test[0] === 'CMD-SHELL' && test.length === 2 && !faults.writes) {
    const cli = new RegExp(`\\b${call.program}\\b(?! -e)`);
    return replaceScalar(
      project.sources.get([...path, 1]),
      test[1]!,
      (text) => (cli.test(text) ? text.replace(cli, `${call.program} -e`) : undefined),
      `run ${call.program} with -e`,
    );
  }
  return undefined;
}

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
