import type { HealthcheckAnalysis } from './healthcheck.js';
import type { AclUserRules } from './redis-conf.js';
import type { Position, ServiceConfig, VariableRef } from '../compose/types.js';

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
  'redis' | 'valkey' | 'bitnami' | 'redis-stack' | 'keydb' | 'dragonfly' | 'kvrocks' | 'custom';

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
  /** Some argument depends on something unknown statically (unset container variable, unread file). */
  unknown?: boolean;
  /** Compose variables the value was interpolated from (directly or through a container variable). */
  variables?: VariableRef[];
  /** Container environment variables a `sh -c` script expanded into the value (`$$VAR`). */
  containerVariables?: string[];
  /** Defaults the script gives those container variables (`$${PW:-default}`): committed values. */
  containerDefaults?: { variable: string; value: string }[];
  /** The value as written before compose interpolation, when it was written in the compose file. */
  raw?: string;
}

/** A password as the server will see it. */
export interface PasswordSetting {
  /** How it is set. */
  via: 'requirepass' | 'acl-default-user' | 'image-env';
  /** The value after interpolation; undefined when it cannot be known statically. */
  value?: string;
  pos: Position;
  /** The directive (or image env variable) that set it. */
  directive?: ConfigDirective;
}

export interface RedisServiceModel extends RedisServiceModelDetails {
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
  /** The Redis service the host resolves to; undefined when it resolves to none. */
  target?: string;
  /** How the connection was written: one URL, or separate host/port/password variables. */
  kind?: 'url' | 'host';
  /** The variable holding the password, when separate from the host. */
  passwordVariable?: string;
  /** Values depend on unset variables or container-time expansion. */
  hostUnknown?: boolean;
  passwordUnknown?: boolean;
  /** Some part of the value depends on an unset variable (the URL as a whole may not parse then). */
  valueUnknown?: boolean;
  /**
   * No password variable maps to this consumer with certainty, but these may
   * hold it (REDIS_URL beside REDIS_PASSWORD, an APP_REDIS_AUTH…): the consumer
   * rules then speak at notice level.
   */
  passwordMaybe?: string[];
  /** Why the URL does not parse (never includes the URL itself). */
  urlError?: string;
  /** The Sentinel service the host names, when it names one (the server is then found through it). */
  sentinel?: string;
}

export interface RedisProjectModel {
  services: RedisServiceModel[];
  /** Services running Sentinel (not data servers). */
  sentinels?: SentinelService[];
  /** Consumers whose host resolves to no Redis service on a shared network. */
  unresolvedConsumers?: RedisConsumer[];
}

/** A Sentinel service found in the project. */
export interface SentinelService {
  name: string;
  active: boolean;
  pos: Position;
}

/*
 * Additions below are optional so that models built elsewhere (tests, probes)
 * stay valid; buildRedisModel always fills them.
 */

/** One argument of the server, with where it was written. */
export interface ServerArg {
  /** The argument; an UNKNOWN_MARK inside it means "unknown part". */
  word: string;
  /** Where it was written: its compose value, else the service. */
  pos: Position;
  /**
   * Index in entrypoint + command of the word it came from (for a word of a
   * `sh -c` script, the script's index); -1 when it came from elsewhere (the
   * image's default command, its environment, a Dockerfile).
   */
  index: number;
}

/** How the server process is started, as far as it can be read statically. */
export interface ServerInvocation {
  /** The server program (basename), e.g. 'redis-server'. */
  program: string;
  /** Arguments after the program. */
  args: ServerArg[];
  /** Where the words came from. */
  via: 'command' | 'entrypoint' | 'image-default' | 'shell-script';
  /** The command was a string in the file (compose drops empty words from it). */
  fromString?: boolean;
}

/** A redis.conf the service has (mounted, generated by its command, or passed). */
export interface ConfigFileInfo {
  /** Path inside the container. */
  containerPath: string;
  /** Host file the path is bound to, when a bind mount provides it. */
  hostPath?: string;
  /** The server is started with this file (argv or include). */
  loaded: boolean;
  /** Written by the command script at start-up rather than mounted. */
  generated?: boolean;
  /** The file was read (host file found, or script content known). */
  read: boolean;
  pos: Position;
}

/** A user defined by `user` lines (redis.conf or aclfile), with where it was defined. */
export interface AclUserInfo extends AclUserRules {
  pos: Position;
  /** Compose variables the user's line came from (an ACL file given by `environment:`). */
  variables?: VariableRef[];
}

/** What kind of fact a ConfigProblem states (rules and families filter on it). */
export type ConfigProblemKind =
  /** A directive name the server does not know ("Bad directive"). */
  | 'unknown-directive'
  /** A known directive with too few or too many values ("wrong number of arguments"). */
  | 'arity'
  /** `save` values that are neither "" nor pairs of integers. */
  | 'invalid-save'
  /** A server argument that is neither a `--directive` nor its value. */
  | 'stray-argument'
  /** A line of a config or ACL file that the server cannot read. */
  | 'parse'
  /** A mounted config file that is there but cannot serve (a directory, binary content). */
  | 'unusable-file'
  /** The image's own start-up scripts refuse its environment. */
  | 'image-env';

/** Something that would stop the server from starting, or could not be read. */
export interface ConfigProblem {
  kind: ConfigProblemKind;
  message: string;
  pos: Position;
  /** The directive concerned, when there is one. */
  directive?: string;
}

/** Optional details of a RedisServiceModel (see there). */
export interface RedisServiceModelDetails {
  invocation?: ServerInvocation;
  configFiles?: ConfigFileInfo[];
  aclUsers?: AclUserInfo[];
  /** False when the server's configuration cannot be known (custom image without command). */
  configKnown?: boolean;
  /** Why parts of the configuration are unknown (unset variables, unreadable files). */
  unknowns?: string[];
  problems?: ConfigProblem[];
  /** The service runs a Sentinel rather than a data server. */
  sentinel?: boolean;
  /**
   * Why the service may not be the server it looks like (a start script that
   * cannot be read, an image name from an unset variable). Rules report on it
   * at notice level at most: a false error is worse than a missed one.
   */
  uncertain?: string;
  /** The Dockerfile the service is built from declares a HEALTHCHECK. */
  imageHealthcheck?: boolean;
  /** What the service's healthcheck runs and checks (read once; several rules need it). */
  health: HealthcheckAnalysis;
}
