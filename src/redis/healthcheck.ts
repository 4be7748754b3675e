import type { HealthcheckConfig } from '../compose/types.js';
import { stripWrappers } from './argv.js';
import { basename, splitScript, UNKNOWN_MARK } from './shell.js';

/** One redis-cli (valkey-cli, keydb-cli) call in a healthcheck. */
export interface CliCall {
  program: string;
  /** Sends a password or user: -a, --pass, --user, --askpass, or a -u URL with credentials. */
  sendsAuth: boolean;
  /** -e: exit non-zero on error replies. */
  errorExit: boolean;
  /** The Redis command words (after the options), e.g. ['ping'] or ['incr', 'ping']. */
  command: string[];
}

export interface HealthcheckAnalysis {
  state: 'missing' | 'disabled' | 'present';
  /** `CMD-SHELL` (or string) form. */
  shell: boolean;
  calls: CliCall[];
  /** The output is compared with PONG (grep PONG, [ ... = PONG ]). */
  outputChecked: boolean;
  /** REDISCLI_AUTH is set for the check (service environment or the script). */
  envAuth: boolean;
}

/** redis-cli options that take a value (so the value is not taken as the command). */
const CLI_OPTIONS_WITH_VALUE = new Set([
  '-h',
  '-p',
  '-s',
  '-a',
  '-u',
  '-n',
  '-r',
  '-i',
  '-d',
  '-D',
  '-t',
  '--user',
  '--pass',
  '--sni',
  '--cacert',
  '--cacertdir',
  '--cert',
  '--key',
  '--tls-ciphers',
  '--tls-ciphersuites',
  '--pattern',
  '--count',
  '--quoted-pattern',
  '--memkeys-samples',
  '--functions-rdb',
  '--eval',
  '--rdb',
  '--pipe-timeout',
  '--ldb-sync-mode',
  '--csv-delimiter',
]);

/** Commands that change data: a healthcheck running them writes on every interval. */
export const WRITE_COMMANDS = new Set([
  'set',
  'setex',
  'psetex',
  'setnx',
  'mset',
  'msetnx',
  'incr',
  'incrby',
  'incrbyfloat',
  'decr',
  'decrby',
  'append',
  'del',
  'unlink',
  'expire',
  'pexpire',
  'expireat',
  'persist',
  'lpush',
  'rpush',
  'lpop',
  'rpop',
  'sadd',
  'srem',
  'zadd',
  'zrem',
  'zincrby',
  'hset',
  'hmset',
  'hsetnx',
  'hincrby',
  'hdel',
  'xadd',
  'flushall',
  'flushdb',
  'getset',
  'getdel',
  'rename',
  'copy',
  'pfadd',
  'setrange',
  'lset',
  'linsert',
  'save',
  'bgsave',
  'bgrewriteaof',
  'config',
  'publish',
]);

function analyseCli(words: string[]): CliCall {
  const program = basename(words[0]!);
  let sendsAuth = false;
  let errorExit = false;
  let i = 1;
  for (; i < words.length; i++) {
    const w = words[i]!;
    if (!w.startsWith('-')) break;
    if (w === '-e') errorExit = true;
    if (w === '-a' || w === '--pass' || w === '--user' || w === '--askpass') sendsAuth = true;
    if (w === '-u' && /:\/\/[^@/]*:[^@/]*@|:\/\/[^@/:]+@/.test(words[i + 1] ?? ''))
      sendsAuth = true;
    if (CLI_OPTIONS_WITH_VALUE.has(w)) i++;
  }
  return { program, sendsAuth, errorExit, command: words.slice(i).map((w) => w.toLowerCase()) };
}

const CLI = /^(redis|valkey|keydb)-cli$/;

/** Reads a healthcheck: which redis-cli calls it makes and how it judges their result. */
export function analyseHealthcheck(
  healthcheck: HealthcheckConfig | undefined,
  env: Readonly<Record<string, string | null | undefined>>,
): HealthcheckAnalysis {
  const test = healthcheck?.test;
  const envAuth = typeof env.REDISCLI_AUTH === 'string' || env.REDISCLI_AUTH === null;
  const none: HealthcheckAnalysis = {
    state: 'missing',
    shell: false,
    calls: [],
    outputChecked: false,
    envAuth,
  };
  if (healthcheck?.disable === true || test?.[0] === 'NONE') return { ...none, state: 'disabled' };
  if (!healthcheck || !test || test.length === 0) return none;
  const shell = test[0] === 'CMD-SHELL' || (test[0] !== 'CMD' && test.length === 1);
  const calls: CliCall[] = [];
  let outputChecked = false;
  let scriptAuth = false;
  if (shell) {
    const script = test[0] === 'CMD-SHELL' ? test.slice(1).join(' ') : test[0]!;
    // The output is judged: compared with PONG, or piped into a filter whose exit
    // status decides (grep master_link_status:up, grep -q cluster_state:ok).
    outputChecked =
      /PONG/.test(script) ||
      /(redis|valkey|keydb)-cli\b[^|;&]*\|\s*(e|f)?grep\b/.test(script) ||
      /\$\(\s*(redis|valkey|keydb)-cli\b[^)]*\)"?\s*(=|==|!=)/.test(script);
    scriptAuth = /\bREDISCLI_AUTH=/.test(script);
    for (const command of splitScript(script, env)) {
      const words = stripWrappers(command.words).words.filter((w) => w !== '$');
      const cliAt = words.findIndex((w) => CLI.test(basename(w)));
      if (cliAt >= 0)
        calls.push(analyseCli(words.slice(cliAt).map((w) => w.split(UNKNOWN_MARK).join(''))));
    }
  } else {
    const words = stripWrappers(test.slice(1)).words;
    if (words[0] !== undefined && CLI.test(basename(words[0]))) calls.push(analyseCli(words));
  }
  return { state: 'present', shell, calls, outputChecked, envAuth: envAuth || scriptAuth };
}
