/**
 * redis-cli scripts run inside a container (the Redis service via `exec`, or
 * a helper on the project network): the probes' fallback where the runner
 * cannot connect to the container's address (client.ts). Several commands go into one `sh -c`
 * script, because each `exec` costs a few hundred milliseconds; markers
 * split the output again. Passwords are read from environment variables the
 * caller passes by name: they never appear in the script or in argv.
 */

export interface CliStep {
  id: string;
  args: string[];
  /** Environment variable holding the password to send; none = no credentials at all. */
  passwordEnv?: string;
  user?: string;
  host?: string;
  port?: number;
  db?: number;
  /** Run under `timeout <s>` (commands that block, e.g. SUBSCRIBE). */
  timeoutSeconds?: number;
  /** Sleep this long before the command (so earlier writes are that much older). */
  pauseSeconds?: number;
}

export interface CliReply {
  output: string;
  exitCode: number;
}

const BEGIN = '@@redis-readiness-begin';
const END = '@@redis-readiness-end';

/** POSIX single-quoting: safe for any byte string. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** `stdin`: commands for redis-cli to read instead of `step.args`. */
function cliCommand(
  step: CliStep,
  defaults: { host: string; port: number },
  stdin?: string,
): string {
  const parts = [
    'redis-cli',
    '-h',
    step.host ?? defaults.host,
    '-p',
    String(step.port ?? defaults.port),
  ];
  if (step.user) parts.push('--user', step.user);
  if (step.db !== undefined) parts.push('-n', String(step.db));
  const argv = [
    ...parts.map(shellQuote),
    ...(stdin === undefined ? step.args.map(shellQuote) : []),
  ].join(' ');
  const input = stdin === undefined ? '' : `printf '%s' ${shellQuote(stdin)} | `;
  // The service's own environment may set REDISCLI_AUTH (many compose files
  // do): clear it so "no credentials" really sends none.
  const auth = step.passwordEnv
    ? `REDISCLI_AUTH="$${step.passwordEnv}"; export REDISCLI_AUTH;`
    : 'unset REDISCLI_AUTH;';
  const timeout = step.timeoutSeconds ? `timeout ${step.timeoutSeconds} ` : '';
  const pause = step.pauseSeconds ? `sleep ${step.pauseSeconds}; ` : '';
  return `${pause}${input}(${auth} exec ${timeout}${argv})${stdin === undefined ? ' </dev/null' : ''} 2>&1`;
}

/** redis-cli's own quoting for lines it reads (sdssplitargs): double quotes, backslash escapes. */
function redisQuote(arg: string): string {
  return `"${arg.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** Steps that can share one redis-cli process: plain commands, same connection. */
function connectionKey(step: CliStep): string | undefined {
  if (step.pauseSeconds || step.timeoutSeconds || step.args[0]?.startsWith('-')) return undefined;
  return JSON.stringify([step.passwordEnv, step.user, step.host, step.port, step.db]);
}

/**
 * Consecutive steps on the same connection run through one redis-cli that
 * reads them from stdin (one process instead of one per command; a
 * container start-up of redis-cli is most of a command's cost). ECHOed
 * markers frame each reply exactly as separate processes would.
 */
function groupedCommands(steps: CliStep[], defaults: { host: string; port: number }): string[] {
  const lines: string[] = [];
  for (let i = 0; i < steps.length;) {
    const key = connectionKey(steps[i]!);
    let j = i + 1;
    while (key !== undefined && j < steps.length && connectionKey(steps[j]!) === key) j++;
    if (j - i === 1) {
      const step = steps[i]!;
      lines.push(
        `printf '\\n%s %s\\n' ${shellQuote(BEGIN)} ${shellQuote(step.id)}`,
        cliCommand(step, defaults),
        `printf '\\n%s %s %s\\n' ${shellQuote(END)} ${shellQuote(step.id)} "$?"`,
      );
    } else {
      const input = steps
        .slice(i, j)
        .map((step) =>
          [
            `ECHO ${redisQuote(`${BEGIN} ${step.id}`)}`,
            step.args.map(redisQuote).join(' '),
            `ECHO ${redisQuote(`${END} ${step.id} 0`)}`,
          ].join('\n'),
        )
        .join('\n');
      lines.push('echo', cliCommand(steps[i]!, defaults, `${input}\n`));
    }
    i = j;
  }
  return lines;
}

/**
 * Where the script connects. Waiting for the server is not the script's
 * job: the client's wait (client.ts) decides when it answers.
 */
export interface ScriptOptions {
  host?: string;
  port: number;
}

export function cliScript(steps: CliStep[], options: ScriptOptions): string {
  const defaults = { host: options.host ?? '127.0.0.1', port: options.port };
  return groupedCommands(steps, defaults).join('\n');
}

/** Splits a script's output back into one reply per step id. */
export function parseCliOutput(stdout: string): Map<string, CliReply> {
  const replies = new Map<string, CliReply>();
  const pattern = new RegExp(
    `(?<=\\n)${BEGIN} (\\S+)\\n([\\s\\S]*?)\\n?${END} \\1 (\\d+)(?=\\n)`,
    'g',
  );
  for (const match of `\n${stdout}\n`.matchAll(pattern)) {
    replies.set(match[1]!, { output: match[2]!.trim(), exitCode: Number(match[3]) });
  }
  return replies;
}

/** Error replies redis-cli prints (raw mode prints them on stdout without a prefix). */
export const ERROR_REPLY =
  /^(?:\(error\) )?(NOAUTH|WRONGPASS|ERR|LOADING|MISCONF|NOPERM|BUSY|READONLY|MASTERDOWN|WRONGTYPE)\b/m;

export function isErrorReply(output: string): boolean {
  return (
    ERROR_REPLY.test(output) || /AUTH failed|Could not connect|Connection refused/i.test(output)
  );
}
