import type { ComposeProject, Position, ServiceConfig, VariableRef } from '../compose/types.js';
import type { RedisConsumer, RedisRole } from './types.js';
import { hasRedisScheme, isBareHostPort, parseRedisUrl } from './url.js';

/** A Redis server as consumers can address it. */
export interface ServerAddress {
  name: string;
  service: ServiceConfig;
}

const HOST_SUFFIX = /^(.*?)_+(HOST|HOSTNAME|SERVER|ADDR|ADDRESS|URL|URI|DSN|LOCATION)$/i;
/** How real projects name a password beside a host: REDIS_PASSWORD, REDIS_AUTH, CACHE_REDIS_PASS, Redis__Password… */
const PASSWORD_SUFFIXES = [
  'PASSWORD',
  'PASS',
  'PWD',
  'PASSWD',
  'AUTH',
  'AUTH_TOKEN',
  'SECRET',
  'PASSWORD_FILE',
];
/** A Redis password variable without a host beside it (the one spare such variable of a service). */
const SPARE_PASSWORD =
  /(^|_)(REDIS|VALKEY|KEYDB|DRAGONFLY|CACHE|BROKER|QUEUE)(_|[A-Z]*_).*(PASSWORD|PASS|PWD|PASSWD|AUTH|AUTH_TOKEN|SECRET)(_FILE)?$/i;
/** A prefix that names Redis or a role it plays. */
const REDIS_PREFIX = /(^|_)(REDIS|VALKEY|KEYDB|DRAGONFLY|CACHE|BROKER|QUEUE)(_|$)/i;
/** Among spare password variables, one that names Redis itself wins over a CACHE_/BROKER_ one. */
const REDIS_NAMED = /(^|_)(REDIS|VALKEY|KEYDB|DRAGONFLY)/i;
/** Names that may hold a password for anything (checked against other systems' names below). */
const MAYBE_PASSWORD = /(PASS|PWD|AUTH|SECRET|TOKEN|CREDENTIAL)/i;
/** Passwords of other systems a service commonly holds: not candidates for Redis's. */
const OTHER_SYSTEM =
  /(POSTGRES|^PG|MYSQL|MARIADB|MONGO|(^|_)DB_|DATABASE|SQL|RABBIT|AMQP|SMTP|MAIL|S3|AWS|MINIO|ADMIN|JWT|SECRET_KEY|OAUTH|OIDC|LDAP|ELASTIC|KIBANA|GRAFANA|SENTRY|STRIPE|GITHUB|GOOGLE|SLACK|TWILIO|API_?KEY|ENCRYPT|SIGNING|COOKIE|CSRF|DJANGO|RAILS|APP_KEY|NEXTAUTH|CLIENT_SECRET|PRIVATE|WEBHOOK|HASH|SALT|KAFKA|NATS|ZOOKEEPER|CLICKHOUSE|INFLUX|NEO4J|CASSANDRA|MEMCACHE)/i;
const PORT_SUFFIXES = ['PORT'];
const USER_SUFFIXES = ['USER', 'USERNAME'];
const DB_SUFFIXES = ['DB', 'DATABASE', 'DB_INDEX'];

/** The role a variable's name gives the Redis it points at. */
function roleFromVariable(variable: string): RedisRole {
  const v = variable.toUpperCase();
  if (/RESULT_BACKEND|RESULTS?_(URL|HOST)/.test(v)) return 'result-backend';
  if (/BROKER|QUEUE|BULL|(^|_)RQ(_|$)|SIDEKIQ|JOBS?(_|$)|WORKER|CELERY/.test(v)) return 'broker';
  if (/CACHE/.test(v)) return 'cache';
  return 'unknown';
}

/** Values are known statically unless they came from a variable that is unset without a default. */
function dependsOnUnset(refs: readonly VariableRef[] | undefined): boolean {
  return unsetRefs(refs).length > 0;
}

function unsetRefs(refs: readonly VariableRef[] | undefined): VariableRef[] {
  return (refs ?? []).filter(
    (r) => !r.isSet && !((r.operator === ':-' || r.operator === '-') && r.argument),
  );
}

/**
 * Which parts of a URL, as written, hold references to unset variables: the
 * host and the credentials are told apart so that a password left to the
 * deploy does not hide a mistyped host (`redis://:${PW}@rediss:6379`).
 */
function unknownParts(
  raw: string | undefined,
  refs: readonly VariableRef[] | undefined,
): { host: boolean; password: boolean; any: boolean } {
  const unset = unsetRefs(refs);
  if (unset.length === 0) return { host: false, password: false, any: false };
  if (raw === undefined) return { host: true, password: true, any: true };
  const afterScheme = raw.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  // Credentials end at the last '@' outside ${...}; the host ends at the path.
  let depth = 0;
  let at = -1;
  let end = afterScheme.length;
  for (let i = 0; i < afterScheme.length; i++) {
    const c = afterScheme[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && c === '@') at = i;
    else if (depth === 0 && (c === '/' || c === '?' || c === '#') && i > at) {
      end = i;
      break;
    }
  }
  const credentials = at >= 0 ? afterScheme.slice(0, at) : '';
  const host = afterScheme.slice(at + 1, end);
  const names = (text: string) =>
    unset.some((r) => text.includes(`\${${r.name}`) || new RegExp(`\\$${r.name}\\b`).test(text));
  return { host: names(host), password: names(credentials), any: true };
}

function lookup(
  env: Record<string, string | null>,
  prefix: string,
  suffixes: string[],
): string | undefined {
  for (const sep of ['_', '__']) {
    for (const s of suffixes) {
      for (const key of Object.keys(env)) {
        if (key.toUpperCase() === `${prefix}${sep}${s}`.toUpperCase()) return key;
      }
    }
  }
  return undefined;
}

/**
 * Finds, for each non-Redis service, the environment variables that name a
 * Redis server: any value with a Redis URL scheme, `*REDIS*_HOST`-style
 * variables (with their `_PORT` / `_PASSWORD` / `_DB` siblings), and bare
 * `host:port` values of `*REDIS*` variables.
 */
export function findConsumers(
  project: ComposeProject,
  servers: readonly ServerAddress[],
  serverNames: ReadonlySet<string>,
): RedisConsumer[] {
  const consumers: RedisConsumer[] = [];
  const directory = new ServerDirectory(servers);
  const all: [string, ServiceConfig][] = [
    ...Object.entries(project.model.services ?? {}),
    ...Object.entries(project.inactiveServices ?? {}),
  ];
  // Indexed loops: run once per service and variable of a big file, before V8 optimises them.
  for (let s = 0; s < all.length; s++) {
    const [name, service] = all[s];
    if (serverNames.has(name)) continue;
    const env = service.environment ?? {};
    const nonClient = isNonClientImage(service.image);
    let usedPasswordVars: Set<string> | undefined;
    const pending: RedisConsumer[] = [];
    const variables = Object.keys(env);
    for (let v = 0; v < variables.length; v++) {
      const variable = variables[v];
      const value = env[variable];
      if (typeof value !== 'string' || value.trim() === '') continue;
      const isUrl = hasRedisScheme(value);
      // BROKER_HOST: redis, CACHE_HOST: valkey — a host variable naming a Redis service is one too.
      const isRedisName =
        /REDIS|VALKEY|KEYDB|DRAGONFLY/i.test(variable) ||
        (HOST_SUFFIX.test(variable) && namesServer(value, directory));
      // Most variables of a project are neither: skip before looking up where they were written.
      if (!isUrl && !isRedisName) continue;
      const path = ['services', name, 'environment', variable];
      const source = project.sources.get(path);
      const pos: Position = source?.pos ??
        project.sources.locate(path) ?? {
          file: project.composeFiles[0] ?? '',
          line: 1,
          column: 1,
        };
      // Env shared through env_file or an anchor also reaches Postgres, MinIO & co.,
      // which never talk to Redis: there it names no connection.
      if (nonClient && !writtenInService(project, name, pos)) continue;
      const unknown = dependsOnUnset(source?.variables);
      const hostMatch = isUrl ? null : HOST_SUFFIX.exec(variable);
      let consumer: RedisConsumer | undefined;
      if (isUrl) {
        consumer = {
          service: name,
          variable,
          role: roleFromVariable(variable),
          url: value,
          pos,
          kind: 'url',
        };
        const parsed = parseRedisUrl(value);
        if (parsed.ok) {
          const u = parsed.url;
          consumer.host = u.host;
          consumer.port = u.port;
          consumer.password = u.password;
          consumer.username = u.username;
          consumer.db = u.db;
          if (u.scheme === 'unix' || u.scheme === 'redis+socket') consumer.host = undefined;
        } else {
          consumer.urlError = parsed.error;
        }
        const parts = unknownParts(source?.raw, source?.variables);
        consumer.hostUnknown = parts.host;
        consumer.passwordUnknown = parts.password;
        consumer.valueUnknown = parts.any || undefined;
      } else if (
        isRedisName &&
        isBareHostPort(value) &&
        /[a-z]/i.test(value) &&
        (hostMatch !== null || /:\d+$/.test(value.trim()))
      ) {
        const parsed = parseRedisUrl(value);
        if (!parsed.ok) continue;
        const prefix = hostMatch ? hostMatch[1]! : variable;
        consumer = {
          service: name,
          variable,
          role: roleFromVariable(variable),
          host: parsed.url.host,
          port: parsed.url.port,
          pos,
          kind: 'host',
          hostUnknown: unknown,
        };
        const portVar = lookup(env, prefix, PORT_SUFFIXES);
        if (consumer.port === undefined && portVar && /^\d+$/.test(env[portVar] ?? ''))
          consumer.port = Number(env[portVar]);
        const userVar = lookup(env, prefix, USER_SUFFIXES);
        if (userVar && env[userVar]) consumer.username = env[userVar] ?? undefined;
        const dbVar = lookup(env, prefix, DB_SUFFIXES);
        if (dbVar && /^\d+$/.test(env[dbVar] ?? '')) consumer.db = Number(env[dbVar]);
        const passVar = passwordBeside(env, prefix);
        if (passVar) {
          (usedPasswordVars ??= new Set()).add(passVar);
          consumer.passwordVariable = passVar;
          consumer.password = env[passVar] ?? undefined;
          consumer.passwordUnknown =
            env[passVar] == null ||
            /_FILE$/i.test(passVar) ||
            dependsOnUnset(
              project.sources.get(['services', name, 'environment', passVar])?.variables,
            );
        }
      }
      // A URL without credentials beside its own password variable (REDIS_URL + REDIS_PASSWORD):
      // the application may add it; the consumer rules then say so instead of erring.
      if (consumer?.kind === 'url' && !consumer.password && !consumer.urlError) {
        const prefix = /^(.*?)_+(URL|URI|DSN)$/i.exec(variable)?.[1];
        const passVar = prefix ? passwordBeside(env, prefix) : undefined;
        if (passVar) {
          (usedPasswordVars ??= new Set()).add(passVar);
          consumer.passwordVariable = passVar;
          consumer.passwordMaybe = [passVar];
        }
      }
      if (consumer) pending.push(consumer);
    }
    // A host variable without a sibling password may use the service's one
    // other Redis password variable (zulip: SETTING_REDIS_HOST + SECRETS_redis_password).
    let spare: string[] | undefined;
    for (const c of pending) {
      if (c.kind === 'host' && c.passwordVariable === undefined) {
        if (!spare) {
          spare = Object.keys(env).filter(
            (k) => SPARE_PASSWORD.test(k) && !usedPasswordVars?.has(k),
          );
          const named = spare.filter((k) => REDIS_NAMED.test(k));
          if (named.length === 1) spare = named;
        }
        if (spare.length === 1) {
          const k = spare[0]!;
          c.passwordVariable = k;
          c.password = env[k] ?? undefined;
          c.passwordUnknown =
            env[k] == null ||
            /_FILE$/i.test(k) ||
            dependsOnUnset(project.sources.get(['services', name, 'environment', k])?.variables);
        } else if (spare.length > 1) {
          c.passwordMaybe = spare;
        }
      }
      // Still none: a variable that may hold it under a name we cannot map with certainty.
      if (c.passwordVariable === undefined && c.passwordMaybe === undefined) {
        const maybe = Object.keys(env).filter(
          (k) => MAYBE_PASSWORD.test(k) && !OTHER_SYSTEM.test(k) && !usedPasswordVars?.has(k),
        );
        if (maybe.length > 0) c.passwordMaybe = maybe;
      }
      resolveTarget(c, service, directory);
      consumers.push(c);
    }
  }
  return consumers;
}

/** Images of servers and tools that never connect to Redis themselves (matched on the last path part). */
const NON_CLIENT_IMAGE =
  /^(postgres(ql)?|postgis|timescaledb(-ha)?|mysql|mariadb|mongo(db)?|elasticsearch|opensearch(-dashboards)?|kibana|logstash|minio|mc|rabbitmq|nginx|traefik|caddy|httpd|haproxy|envoy|memcached|zookeeper|(cp-)?kafka|clickhouse(-server)?|etcd|grafana|prometheus|alertmanager|loki|promtail|jaeger|(all-in-one)|mailhog|mailpit|adminer|pgadmin4|pgbouncer|localstack|azurite|vault|consul|cassandra|neo4j|influxdb|meilisearch|typesense|qdrant|weaviate|milvus|nats|mosquitto|keycloak|node-exporter|cadvisor)$/i;

function isNonClientImage(image: unknown): boolean {
  if (typeof image !== 'string' || image === '') return false;
  const name =
    image
      .replace(/[@].*$/, '')
      .replace(/:[^/]*$/, '')
      .split('/')
      .pop() ?? '';
  return NON_CLIENT_IMAGE.test(name);
}

/** The value was written inside the service's own block (not an env_file, anchor or extends base). */
function writtenInService(project: ComposeProject, service: string, pos: Position): boolean {
  const block = project.sources.get(['services', service])?.pos;
  if (!block || block.file !== pos.file) return false;
  if (pos.line < block.line) return false;
  return block.endLine === undefined || pos.line <= block.endLine;
}

/** The password variable beside a host or URL variable of this prefix (REDIS → REDIS_PASSWORD, REDIS__PASSWORD, REDIS_AUTH…). */
function passwordBeside(env: Record<string, string | null>, prefix: string): string | undefined {
  const direct = lookup(env, prefix, PASSWORD_SUFFIXES);
  if (direct) return direct;
  // CACHE_REDIS_HOST beside REDIS_PASSWORD or CACHE_PASSWORD: each shorter prefix, inner
  // first, as long as it still names Redis or a role Redis plays (SESSION_PASSWORD beside
  // SESSION_REDIS_HOST may belong to something else: it is left to the "may hold it" notice).
  const parts = prefix.split(/_+/).filter(Boolean);
  for (let drop = 1; drop < parts.length; drop++) {
    for (const shorter of [parts.slice(drop), parts.slice(0, parts.length - drop)]) {
      const name = shorter.join('_');
      if (!REDIS_PREFIX.test(name)) continue;
      const found = lookup(env, name, PASSWORD_SUFFIXES);
      if (found) return found;
    }
  }
  return undefined;
}

/** The value names a Redis server's host (service name, container name or alias), with an optional port. */
function namesServer(value: string, servers: ServerDirectory): boolean {
  return servers.answersTo(value.trim().replace(/:\d+$/, '').toLowerCase());
}

/** The networks a service is attached to ('default' when none are listed), or 'any'. */
function networkNames(service: ServiceConfig): string[] | 'any' {
  if (service.network_mode) return 'any';
  const names = Object.keys(service.networks ?? {});
  return names.length > 0 ? names : ['default'];
}

/** The service a `links:` entry of the consumer makes `host` stand for (the last such entry), if any. */
function linkedService(consumerService: ServiceConfig, host: string): string | undefined {
  let linked: string | undefined;
  for (const link of consumerService.links ?? []) {
    const [service, alias] = link.split(':');
    if (service && (alias ?? service).toLowerCase() === host) linked = service;
  }
  return linked;
}

/**
 * The servers consumers can address, indexed by the names each answers to
 * (service name, container name, aliases; lower-cased): a project with
 * thousands of servers and consumers looks each host up once instead of
 * trying every server for every consumer.
 */
export class ServerDirectory {
  /** For each name, the indices of the servers answering to it, ascending. */
  private readonly byName = new Map<string, number[]>();
  /** The index of the first server of each service name (what a `links:` entry names). */
  private readonly byService = new Map<string, number>();
  /** Each server's networks, worked out when first asked. */
  private readonly networks: (Set<string> | 'any' | undefined)[] = [];

  constructor(private readonly servers: readonly ServerAddress[]) {
    servers.forEach((server, index) => {
      if (!this.byService.has(server.name)) this.byService.set(server.name, index);
      const names = new Set<string>([server.name.toLowerCase()]);
      if (server.service.container_name) names.add(server.service.container_name.toLowerCase());
      for (const net of Object.values(server.service.networks ?? {})) {
        for (const alias of net?.aliases ?? []) names.add(alias.toLowerCase());
      }
      for (const name of names) {
        const list = this.byName.get(name);
        if (list) list.push(index);
        else this.byName.set(name, [index]);
      }
    });
  }

  /** Whether some server answers to `host` (lower-cased). */
  answersTo(host: string): boolean {
    return this.byName.has(host);
  }

  /**
   * The first server (in the order given) that the consumer reaches as
   * `host`: one answering to that name on a network both share, or the one
   * a `links:` entry of the consumer names.
   */
  resolve(host: string, consumerService: ServiceConfig): string | undefined {
    const linked = linkedService(consumerService, host);
    const viaLink = linked !== undefined ? this.byService.get(linked) : undefined;
    let consumerNetworks: string[] | 'any' | undefined;
    for (const index of this.byName.get(host) ?? []) {
      if (viaLink !== undefined && viaLink < index) break;
      consumerNetworks ??= networkNames(consumerService);
      if (this.shares(index, consumerNetworks)) return this.servers[index]!.name;
    }
    return viaLink !== undefined ? this.servers[viaLink]!.name : undefined;
  }

  /** Whether server `index` and a consumer on `consumerNetworks` share a network. */
  private shares(index: number, consumerNetworks: string[] | 'any'): boolean {
    let ofServer = this.networks[index];
    if (ofServer === undefined) {
      const names = networkNames(this.servers[index]!.service);
      ofServer = names === 'any' ? names : new Set(names);
      this.networks[index] = ofServer;
    }
    if (ofServer === 'any' || consumerNetworks === 'any') return true;
    const set = ofServer;
    return consumerNetworks.some((n) => set.has(n));
  }
}

/** Sets `target` to the Redis server the consumer's host names on a network both share. */
export function resolveTarget(
  consumer: RedisConsumer,
  consumerService: ServiceConfig,
  servers: ServerDirectory,
): void {
  const host = consumer.host?.toLowerCase();
  if (!host) return;
  const target = servers.resolve(host, consumerService);
  if (target !== undefined) consumer.target = target;
}
