import { bitnamiFlavour } from './image.js';
import type { ImageRef, RedisFamily } from './types.js';

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
 * Bitnami (redis-env.sh / libredis.sh; VALKEY_* for bitnami/valkey*): REDIS_PASSWORD,
 * ALLOW_EMPTY_PASSWORD, REDIS_AOF_ENABLED (default yes), REDIS_RDB_POLICY(_DISABLED),
 * REDIS_DISABLE_COMMANDS, REDIS_PORT_NUMBER, REDIS_EXTRA_FLAGS, REDIS_ACLFILE,
 * REDIS_REPLICATION_MODE with REDIS_MASTER_HOST/PORT_NUMBER/PASSWORD (Valkey:
 * VALKEY_PRIMARY_*); the cluster images always run with cluster-enabled yes.
 * redis-stack: REDIS_ARGS. valkey: VALKEY_EXTRA_FLAGS. Dragonfly: DFLY_<flag>.
 * Only applies when the image's own start-up runs (`appliesToImageStart`).
 */
export function imageEnvConfig(family: RedisFamily, env: Env, image?: ImageRef): ImageEnvConfig {
  const out: ImageEnvConfig = { directives: [], extraArgs: [], problems: [] };
  const get = (name: string): string | null | undefined => env[name];
  switch (family) {
    case 'bitnami': {
      const { product, cluster } = bitnamiFlavour(image);
      bitnamiEnv(
        out,
        env,
        product === 'valkey' ? 'VALKEY' : product === 'keydb' ? 'KEYDB' : 'REDIS',
        product === 'valkey',
        cluster,
      );
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

/** What bitnami's start-up scripts write into the config from `<PREFIX>_*` variables. */
function bitnamiEnv(
  out: ImageEnvConfig,
  env: Env,
  prefix: 'REDIS' | 'VALKEY' | 'KEYDB',
  valkey: boolean,
  cluster: boolean,
): void {
  const has = (name: string): boolean => `${prefix}_${name}` in env;
  const get = (name: string): string | null | undefined => env[`${prefix}_${name}`];
  const variable = (name: string): string => `${prefix}_${name}`;
  if (has('PASSWORD_FILE')) {
    out.directives.push({
      name: 'requirepass',
      args: [''],
      variable: variable('PASSWORD_FILE'),
      unknown: true,
    });
  } else if (has('PASSWORD')) {
    // Kept even when empty: the effective config then knows which
    // (possibly unset) variable the password was meant to come from.
    const value = get('PASSWORD');
    out.directives.push({
      name: 'requirepass',
      args: [value ?? ''],
      variable: variable('PASSWORD'),
      unknown: value == null,
    });
  }
  if (!has('PASSWORD_FILE') && !get('PASSWORD') && !isYes(env.ALLOW_EMPTY_PASSWORD)) {
    out.problems.push({
      message: `the bitnami image refuses to start without ${variable('PASSWORD')} unless ALLOW_EMPTY_PASSWORD=yes`,
      variable: has('PASSWORD') ? variable('PASSWORD') : undefined,
    });
  }
  const aof = get('AOF_ENABLED');
  out.directives.push({
    name: 'appendonly',
    args: [aof == null || isYes(aof) ? 'yes' : 'no'],
    variable: variable('AOF_ENABLED'),
  });
  if (isYes(get('RDB_POLICY_DISABLED'))) {
    out.directives.push({ name: 'save', args: [''], variable: variable('RDB_POLICY_DISABLED') });
  } else if (get('RDB_POLICY')) {
    out.directives.push({
      name: 'save',
      args: words(get('RDB_POLICY')!.replace(/#/g, ' ')),
      variable: variable('RDB_POLICY'),
    });
  }
  for (const command of (get('DISABLE_COMMANDS') ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)) {
    out.directives.push({
      name: 'rename-command',
      args: [command, ''],
      variable: variable('DISABLE_COMMANDS'),
    });
  }
  if (get('PORT_NUMBER'))
    out.directives.push({
      name: 'port',
      args: [get('PORT_NUMBER')!],
      variable: variable('PORT_NUMBER'),
    });
  if (get('ACLFILE'))
    out.directives.push({
      name: 'aclfile',
      args: [get('ACLFILE')!],
      variable: variable('ACLFILE'),
    });
  // Replication: redis says master/slave, valkey primary/replica.
  const upstream = valkey ? 'PRIMARY' : 'MASTER';
  const mode = (get('REPLICATION_MODE') ?? '').toLowerCase();
  if ((mode === 'slave' || mode === 'replica') && !cluster) {
    out.directives.push({
      name: 'replicaof',
      args: [get(`${upstream}_HOST`) ?? '', get(`${upstream}_PORT_NUMBER`) || '6379'],
      variable: variable('REPLICATION_MODE'),
      unknown: get(`${upstream}_HOST`) == null || undefined,
    });
    // Present counts: an empty value here usually comes from a variable the deploy sets.
    if (has(`${upstream}_PASSWORD`) || has(`${upstream}_PASSWORD_FILE`))
      out.directives.push({
        name: 'masterauth',
        args: [get(`${upstream}_PASSWORD`) ?? ''],
        variable: variable(`${upstream}_PASSWORD`),
        unknown: has(`${upstream}_PASSWORD_FILE`) || undefined,
      });
  } else if ((mode === 'master' || mode === 'primary' || cluster) && get('PASSWORD')) {
    // The scripts make a master (and every cluster node) authenticate to its peers with its own password.
    out.directives.push({
      name: 'masterauth',
      args: [get('PASSWORD')!],
      variable: variable('PASSWORD'),
    });
  }
  if (cluster)
    out.directives.push({ name: 'cluster-enabled', args: ['yes'], variable: variable('NODES') });
  if (get('EXTRA_FLAGS'))
    out.extraArgs.push({ words: words(get('EXTRA_FLAGS')!), variable: variable('EXTRA_FLAGS') });
}
