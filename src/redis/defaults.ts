import { bitnamiFlavour } from './image.js';
import type { ImageRef, ImageVersion, RedisFamily } from './types.js';

/**
 * What a family's image does when nothing overrides it. Sources:
 * official image Dockerfiles (WORKDIR /data, docker-entrypoint.sh prepends
 * redis-server, protected mode compiled off), redis.conf defaults
 * (`save 3600 1 300 100 60 10000` since 6.2, `900 1 300 10 60 10000` before;
 * appendonly no), bitnami's redis-env.sh (REDIS_AOF_ENABLED=yes, data under
 * /bitnami/redis/data).
 */
export interface FamilyDefaults {
  /** Data directory (also the working directory, where a relative `dir` leads). */
  dataDir: string;
  /** Program the image starts. */
  program: string;
  /** Arguments of the image's default command after the program. */
  defaultArgs: string[];
  /** The image's entrypoint prepends the program when the first argument starts with '-' or ends in '.conf'. */
  prependsProgram: boolean;
  /** Built-in `save` arguments; [''] = snapshots off. */
  save: string[];
  appendonly: boolean;
  /** The image disables protected mode (so a published port answers anyone). */
  protectedModeOff: boolean;
  port: number;
  /** Config directives are `--flag=value` (absl) rather than redis.conf style. */
  flagStyle: boolean;
}

export function familyDefaults(
  family: RedisFamily,
  version?: ImageVersion,
  image?: ImageRef,
): FamilyDefaults {
  const oldSave =
    version !== undefined &&
    (version.major < 6 || (version.major === 6 && (version.minor ?? 0) < 2));
  const base: FamilyDefaults = {
    dataDir: '/data',
    program: 'redis-server',
    defaultArgs: [],
    prependsProgram: true,
    save: oldSave
      ? ['900', '1', '300', '10', '60', '10000']
      : ['3600', '1', '300', '100', '60', '10000'],
    appendonly: false,
    protectedModeOff: true,
    port: 6379,
    flagStyle: false,
  };
  switch (family) {
    case 'valkey':
      return { ...base, program: 'valkey-server' };
    case 'bitnami': {
      // bitnami/valkey* keeps its data under /bitnami/valkey and runs valkey-server (keydb alike).
      const { product } = bitnamiFlavour(image);
      return {
        ...base,
        dataDir: `/bitnami/${product}/data`,
        program: `${product}-server`,
        appendonly: true,
        prependsProgram: false,
      };
    }
    case 'redis-stack':
      return { ...base, program: 'redis-stack-server', prependsProgram: false };
    case 'keydb':
      return { ...base, program: 'keydb-server', defaultArgs: ['/etc/keydb/keydb.conf'] };
    case 'dragonfly':
      // Dragonfly writes a snapshot on shutdown into its working dir /data.
      return { ...base, program: 'dragonfly', defaultArgs: ['--logtostderr'], flagStyle: true };
    case 'kvrocks':
      return {
        ...base,
        dataDir: '/var/lib/kvrocks',
        program: 'kvrocks',
        prependsProgram: false,
        port: 6666,
        appendonly: true,
      };
    case 'redis':
    case 'custom':
      return base;
  }
}

/** The family a server program implies, for services found by their command. */
export function familyOfProgram(program: string): RedisFamily {
  switch (program) {
    case 'valkey-server':
      return 'valkey';
    case 'keydb-server':
      return 'keydb';
    case 'redis-stack-server':
      return 'redis-stack';
    case 'dragonfly':
      return 'dragonfly';
    case 'kvrocks':
      return 'kvrocks';
    default:
      return 'redis';
  }
}

/**
 * Config files an image ships and its default command loads, as far as
 * they matter here. eqalpha/keydb starts `keydb-server /etc/keydb/keydb.conf`;
 * its Dockerfile only comments out `bind`/`daemonize`, turns protected mode
 * off and sets `dir /data`: no password, upstream persistence defaults.
 */
export function builtInConfig(family: RedisFamily, path: string): string | undefined {
  if (family === 'keydb' && path === '/etc/keydb/keydb.conf')
    return 'protected-mode no\ndir /data\n';
  return undefined;
}
