import type { Position, ServiceConfig } from '../compose/types.js';

/**
 * The Redis view of a compose project: which services run a Redis-family
 * server, what configuration each one really starts with, and which other
 * services connect to it and for what.
 *
 * Owned by src/redis/; rules and probes only read it. Fields marked
 * "unknown" are deliberately so: the checker says it cannot know instead of
 * guessing.
 */

export type RedisFamily =
  | 'redis'
  | 'valkey'
  | 'bitnami'
  | 'redis-stack'
  | 'keydb'
  | 'dragonfly'
  | 'kvrocks'
  | 'custom';

export type RedisRole = 'broker' | 'result-backend' | 'cache' | 'unknown';

export interface ImageVersion {
  major: number;
  minor?: number;
  patch?: number;
}

export interface ImageRef {
  /** As written (after interpolation). */
  raw: string;
  registry?: string;
  /** Repository path without registry, e.g. 'library/redis', 'bitnami/redis'. */
  repository: string;
  tag?: string;
  digest?: string;
  family: RedisFamily;
  /** Version the tag names, as far as it names one ('7-alpine' -> {major: 7}). */
  version?: ImageVersion;
}

/** Where a piece of effective configuration came from. */
export type ConfigOrigin = 'command' | 'config-file' | 'image-env' | 'default';

/** One directive of the effective configuration (`requirepass pw`, `save ""`). */
export interface ConfigDirective {
  /** Lower-case directive name. */
  name: string;
  args: string[];
  origin: ConfigOrigin;
  pos: Position;
}

/** A password as the server will see it. */
export interface PasswordSetting {
  /** How it is set. */
  via: 'requirepass' | 'acl-default-user' | 'image-env';
  /** The value after interpolation; undefined when it cannot be known statically. */
  value?: string;
  pos: Position;
}

export interface RedisServiceModel {
  name: string;
  service: ServiceConfig;
  /** False when the service sits outside the active profiles. */
  active: boolean;
  image?: ImageRef;
  family: RedisFamily;
  /** The effective directives, in the order the server applies them (later wins). */
  directives: ConfigDirective[];
  /** The password the server requires, if any; undefined = no password. */
  password?: PasswordSetting;
  /** Absolute data directory inside the container. */
  dataDir: string;
  /** Port the server listens on inside the container. */
  port: number;
  roles: RedisRole[];
  consumers: RedisConsumer[];
}

export interface RedisConsumer {
  /** The consuming service. */
  service: string;
  /** The variable that names the connection, e.g. CELERY_BROKER_URL. */
  variable: string;
  role: RedisRole;
  host?: string;
  port?: number;
  password?: string;
  username?: string;
  db?: number;
  /** The URL as given (never printed: it may hold a password). */
  url?: string;
  pos: Position;
}

export interface RedisProjectModel {
  services: RedisServiceModel[];
}
