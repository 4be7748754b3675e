import type { ComposeProject, Position, ServiceConfig, VariableRef } from '../compose/types.js';
import type { RedisConsumer, RedisRole } from './types.js';
import { hasRedisScheme, isBareHostPort, parseRedisUrl } from './url.js';

/** A Redis server as consumers can address it. */
export interface ServerAddress {
  name: string;
  service: ServiceConfig;
}

const HOST_SUFFIX = /^(.*?)_+(HOST|HOSTNAME|SERVER|ADDR|ADDRESS|URL|URI|DSN|LOCATION)$/i;
const PASSWORD_SUFFIXES = ['PASSWORD', 'PASS', 'PWD'];
const PORT_SUFFIXES = ['PORT'];
const USER_SUFFIXES = ['USER', 'USERNAME'];
const DB_SUFFIXES = ['DB', 'DATABASE', 'DB_INDEX'];

/** The role a variable's name gives the Redis it points at. */
export function roleFromVariable(variable: string): RedisRole {
  const v = variable.toUpperCase();
  if (/RESULT_BACKEND|RESULTS?_(URL|HOST)/.test(v)) return 'result-backend';
  if (/BROKER|QUEUE|BULL|(^|_)RQ(_|$)|SIDEKIQ|JOBS?(_|$)|WORKER|CELERY/.test(v)) return 'broker';
  if (/CACHE/.test(v)) return 'cache';
  return 'unknown';
}

/** Values are known statically unless they came from a variable that is unset without a default. */
export function dependsOnUnset(refs: readonly VariableRef[] | undefined): boolean {
  return (refs ?? []).some(
    (r) => !r.isSet && !((r.operator === ':-' || r.operator === '-') && r.argument),
  );
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
  const all: [string, ServiceConfig][] = [
    ...Object.entries(project.model.services ?? {}),
    ...Object.entries(project.inactiveServices ?? {}),
  ];
  // Indexed loops: run once per service and variable of a big file, before V8 optimises them.
  for (let s = 0; s < all.length; s++) {
    const [name, service] = all[s];
    if (serverNames.has(name)) continue;
    const env = service.environment ?? {};
    let usedPasswordVars: Set<string> | undefined;
    const pending: RedisConsumer[] = [];
    const variables = Object.keys(env);
    for (let v = 0; v < variables.length; v++) {
      const variable = variables[v];
      const value = env[variable];
      if (typeof value !== 'string' || value.trim() === '') continue;
      const isUrl = hasRedisScheme(value);
      const isRedisName = /REDIS|VALKEY|KEYDB|DRAGONFLY/i.test(variable);
      // Most variables of a project are neither: skip before looking up where they were written.
      if (!isUrl && !isRedisName) continue;
      const path = ['services', name, 'environment', variable];
      const source = project.sources.get(path);
      const pos: Position = source?.pos ??
        project.sources.locate(path) ?? {
          file: project.files[0] ?? '',
          line: 1,
          column: 1,
        };
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
        consumer.hostUnknown = unknown;
        consumer.passwordUnknown = unknown;
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
        const passVar = lookup(env, prefix, PASSWORD_SUFFIXES);
        if (passVar) {
          (usedPasswordVars ??= new Set()).add(passVar);
          consumer.passwordVariable = passVar;
          consumer.password = env[passVar] ?? undefined;
          consumer.passwordUnknown =
            env[passVar] == null ||
            dependsOnUnset(
              project.sources.get(['services', name, 'environment', passVar])?.variables,
            );
        }
      }
      if (consumer) pending.push(consumer);
    }
    // A host variable without a sibling password may use the service's one
    // other Redis password variable (zulip: SETTING_REDIS_HOST + SECRETS_redis_password).
    let spare: string[] | undefined;
    for (const c of pending) {
      if (c.kind === 'host' && c.passwordVariable === undefined) {
        spare ??= Object.keys(env).filter(
          (k) => /(REDIS|VALKEY).*(PASSWORD|PASS)$/i.test(k) && !usedPasswordVars?.has(k),
        );
        if (spare.length === 1) {
          const k = spare[0]!;
          c.passwordVariable = k;
          c.password = env[k] ?? undefined;
          c.passwordUnknown =
            env[k] == null ||
            dependsOnUnset(project.sources.get(['services', name, 'environment', k])?.variables);
        }
      }
      resolveTarget(c, service, servers);
      consumers.push(c);
    }
  }
  return consumers;
}

/** Each server's networks, worked out once: they are asked for once per consumer. */
const serverNetworks = new WeakMap<ServiceConfig, Set<string> | 'any'>();

/** The networks a service is attached to ('default' when none are listed), or 'any'. */
function networkNames(service: ServiceConfig): string[] | 'any' {
  if (service.network_mode) return 'any';
  const names = Object.keys(service.networks ?? {});
  return names.length > 0 ? names : ['default'];
}

function serverNetworksOf(server: ServiceConfig): Set<string> | 'any' {
  let networks = serverNetworks.get(server);
  if (!networks) {
    const names = networkNames(server);
    networks = names === 'any' ? names : new Set(names);
    serverNetworks.set(server, networks);
  }
  return networks;
}

/** Whether a consumer and a server share a network (the consumer's are not kept: there are thousands). */
function sharesNetwork(consumer: ServiceConfig, server: ServiceConfig): boolean {
  const ofServer = serverNetworksOf(server);
  const ofConsumer = networkNames(consumer);
  if (ofServer === 'any' || ofConsumer === 'any') return true;
  return ofConsumer.some((n) => ofServer.has(n));
}

/** Each server's names, worked out once: a big project asks for them once per consumer. */
const serverNames = new WeakMap<ServerAddress, Set<string>>();

/** The lower-cased names a server answers to: its service name, container name and aliases. */
function namesOf(server: ServerAddress): Set<string> {
  let names = serverNames.get(server);
  if (names) return names;
  names = new Set<string>([server.name.toLowerCase()]);
  if (server.service.container_name) names.add(server.service.container_name.toLowerCase());
  for (const net of Object.values(server.service.networks ?? {})) {
    for (const alias of net?.aliases ?? []) names.add(alias.toLowerCase());
  }
  serverNames.set(server, names);
  return names;
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

/** Sets `target` to the Redis server the consumer's host names on a network both share. */
export function resolveTarget(
  consumer: RedisConsumer,
  consumerService: ServiceConfig,
  servers: readonly ServerAddress[],
): void {
  const host = consumer.host?.toLowerCase();
  if (!host) return;
  const linked = linkedService(consumerService, host);
  for (const server of servers) {
    const viaLink = linked === server.name;
    if ((namesOf(server).has(host) && sharesNetwork(consumerService, server.service)) || viaLink) {
      consumer.target = server.name;
      return;
    }
  }
}
