import type { RedisFamily } from './types.js';

/** A directive an image derives from its environment at start-up. */
export interface EnvDirective {
  name: string;
  args: string[];
  /** The environment variable it came from. */
  variable: string;
  /** The value cannot be known (a *_FILE secret, a variable without a value). */
  unknown?: boolean;
}

export interface ImageEnvConfig {
  directives: EnvDirective[];
  /** Extra words appended to the server's arguments (REDIS_ARGS, VALKEY_EXTRA_FLAGS...). */
  extraArgs: { words: string[]; variable: string }[];
  /** Start-up refusals of the image's own scripts. */
  problems: { message: string; variable?: string }[];
}

type Env = Readonly<Record<string, string | null | undefined>>;

function isYes(value: string | null | undefined): boolean {
  return /^(yes|true|1)$/i.test(value ?? '');
}

function words(value: string): string[] {
  return value.split(/\s+/).filter((w) => w !== '');
}

/**
 * The configuration an image's start-up scripts derive from its environment.
 * Bitnami (redis-env.sh / libredis.sh): REDIS_PASSWORD, ALLOW_EMPTY_PASSWORD,
 * REDIS_AOF_ENABLED (default yes), REDIS_RDB_POLICY(_DISABLED),
 * REDIS_DISABLE_COMMANDS, REDIS_PORT_NUMBER, REDIS_EXTRA_FLAGS, REDIS_ACLFILE.
 * redis-stack: REDIS_ARGS. valkey: VALKEY_EXTRA_FLAGS. Dragonfly: DFLY_<flag>.
 * Only applies when the image's own start-up runs (`appliesToImageStart`).
 */
export function imageEnvConfig(family: RedisFamily, env: Env): ImageEnvConfig {
  const out: ImageEnvConfig = { directives: [], extraArgs: [], problems: [] };
  const has = (name: string): boolean => name in env;
  const get = (name: string): string | null | undefined => env[name];
  switch (family) {
    case 'bitnami': {
      if (has('REDIS_PASSWORD_FILE')) {
        out.directives.push({
          name: 'requirepass',
          args: [''],
          variable: 'REDIS_PASSWORD_FILE',
          unknown: true,
        });
      } else if (has('REDIS_PASSWORD')) {
        // Kept even when empty: the effective config then knows which
        // (possibly unset) variable the password was meant to come from.
        const value = get('REDIS_PASSWORD');
        out.directives.push({
          name: 'requirepass',
          args: [value ?? ''],
          variable: 'REDIS_PASSWORD',
          unknown: value == null,
        });
      }
      if (
        !has('REDIS_PASSWORD_FILE') &&
        !get('REDIS_PASSWORD') &&
        !isYes(get('ALLOW_EMPTY_PASSWORD'))
      ) {
        out.problems.push({
          message:
            'the bitnami image refuses to start without REDIS_PASSWORD unless ALLOW_EMPTY_PASSWORD=yes',
          variable: has('REDIS_PASSWORD') ? 'REDIS_PASSWORD' : undefined,
        });
      }
      const aof = get('REDIS_AOF_ENABLED');
      out.directives.push({
        name: 'appendonly',
        args: [aof == null || isYes(aof) ? 'yes' : 'no'],
        variable: 'REDIS_AOF_ENABLED',
      });
      if (isYes(get('REDIS_RDB_POLICY_DISABLED'))) {
        out.directives.push({ name: 'save', args: [''], variable: 'REDIS_RDB_POLICY_DISABLED' });
      } else if (get('REDIS_RDB_POLICY')) {
        out.directives.push({
          name: 'save',
          args: words(get('REDIS_RDB_POLICY')!.replace(/#/g, ' ')),
          variable: 'REDIS_RDB_POLICY',
        });
      }
      for (const command of (get('REDIS_DISABLE_COMMANDS') ?? '')
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean)) {
        out.directives.push({
          name: 'rename-command',
          args: [command, ''],
          variable: 'REDIS_DISABLE_COMMANDS',
        });
      }
      if (get('REDIS_PORT_NUMBER'))
        out.directives.push({
          name: 'port',
          args: [get('REDIS_PORT_NUMBER')!],
          variable: 'REDIS_PORT_NUMBER',
        });
      if (get('REDIS_ACLFILE'))
        out.directives.push({
          name: 'aclfile',
          args: [get('REDIS_ACLFILE')!],
          variable: 'REDIS_ACLFILE',
        });
      if (get('REDIS_EXTRA_FLAGS'))
        out.extraArgs.push({
          words: words(get('REDIS_EXTRA_FLAGS')!),
          variable: 'REDIS_EXTRA_FLAGS',
        });
      break;
    }
    case 'redis-stack':
      if (get('REDIS_ARGS'))
        out.extraArgs.push({ words: words(get('REDIS_ARGS')!), variable: 'REDIS_ARGS' });
      break;
    case 'valkey':
      if (get('VALKEY_EXTRA_FLAGS'))
        out.extraArgs.push({
          words: words(get('VALKEY_EXTRA_FLAGS')!),
          variable: 'VALKEY_EXTRA_FLAGS',
        });
      break;
    case 'dragonfly':
      for (const [name, value] of Object.entries(env)) {
        const m = /^DFLY_(\w+)$/.exec(name);
        if (m)
          out.directives.push({
            name: m[1]!.toLowerCase(),
            args: [value ?? ''],
            variable: name,
            unknown: value == null,
          });
      }
      break;
    default:
      break;
  }
  return out;
}
