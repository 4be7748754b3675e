/**
 * The probes' Redis client: ioredis from the runner to the container's
 * address on the project network, as an application connects. One client per
 * server incarnation (a restart, re-creation or crash makes a new one). Where
 * the runner cannot reach container addresses (Docker Desktop, rootless
 * Docker, a remote DOCKER_HOST) or Redis does not listen on them, the probes
 * fall back to redis-cli inside the container, and say so in the evidence.
 */
import { Redis } from 'ioredis';
import type { CliReply, CliStep } from './cli.js';
import { inspectService, type ContainerInfo } from './container.js';
import { logTail } from './engine-ops.js';
import { probeAddress, type NetworkAddress } from './address.js';
import { execCli, type ServiceSession } from './session.js';

/** A connection attempt to an address on a local bridge answers in a millisecond; this is generous. */
const CONNECT_TIMEOUT_MS = 1_000;
/** Longest blocking command the probes send is BRPOP with 1 s. */
const COMMAND_TIMEOUT_MS = 5_000;
/** Pace of the readiness polling: a refused connection costs well under a millisecond. */
const POLL_MS = 25;
/** How often the waiting loop asks the engine whether the container still runs. */
const INSPECT_EVERY_MS = 500;

export interface Endpoint {
  host: string;
  port: number;
  /**
   * `rediss://`: speak TLS, taking any certificate (the probe cannot know the
   * CA the application trusts; tls.ts judges the certificate as the
   * consumer's client would), with the consumer's host name as SNI.
   */
  tls?: boolean | { servername?: string };
}

export interface Credentials {
  username?: string;
  password?: string;
  db?: number;
}

/** Why a connection could not be used, in the words of the error the app would see. */
export class ConnectFailure extends Error {
  constructor(
    message: string,
    readonly kind: 'refused' | 'unreachable' | 'refused-auth' | 'db' | 'other',
  ) {
    super(message);
  }
}

/**
 * Opens a connection and logs in the way a RESP2 client does (AUTH, then
 * SELECT): a wrong password, user or db index fails here as it does in the
 * application. The caller closes it with `close()`.
 */
export async function connect(
  endpoint: Endpoint,
  credentials: Credentials,
  timeoutMs = CONNECT_TIMEOUT_MS,
): Promise<Redis> {
  const client = new Redis({
    host: endpoint.host,
    port: endpoint.port,
    lazyConnect: true,
    protocol: 2,
    enableReadyCheck: false,
    enableOfflineQueue: false,
    autoResubscribe: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: timeoutMs,
    commandTimeout: COMMAND_TIMEOUT_MS,
    ...(endpoint.tls
      ? {
          tls: {
            rejectUnauthorized: false,
            ...(typeof endpoint.tls === 'object' && endpoint.tls.servername
              ? { servername: endpoint.tls.servername }
              : {}),
          },
        }
      : {}),
  });
  let lastError: Error | undefined;
  client.on('error', (error: Error) => {
    lastError = error;
  });
  try {
    await client.connect();
  } catch (error) {
    close(client);
    const message = (lastError ?? (error as Error)).message;
    const kind = /ECONNREFUSED/.test(message)
      ? 'refused'
      : /ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|timed out/i.test(message)
        ? 'unreachable'
        : 'other';
    throw new ConnectFailure(
      kind === 'refused'
        ? `Could not connect to ${endpoint.host}:${endpoint.port}: Connection refused`
        : `Could not connect to ${endpoint.host}:${endpoint.port}: ${message}`,
      kind,
    );
  }
  try {
    if (credentials.password !== undefined) {
      await client.call(
        'AUTH',
        ...(credentials.username ? [credentials.username] : []),
        credentials.password,
      );
    }
  } catch (error) {
    close(client);
    throw new ConnectFailure(errorText(error), 'refused-auth');
  }
  try {
    if (credentials.db) await client.call('SELECT', String(credentials.db));
  } catch (error) {
    close(client);
    throw new ConnectFailure(`SELECT ${credentials.db}: ${errorText(error)}`, 'db');
  }
  return client;
}

/**
 * Closes a client. One whose socket has already closed (refused, reset,
 * timed out: status `end`) is left alone: ioredis's disconnect() would wait
 * for a 'close' event that has already been emitted, and its timer would
 * keep the process alive for `disconnectTimeout` (2 s) after the run ends.
 */
export function close(client: Redis | undefined): void {
  if (client && client.status !== 'end') client.disconnect();
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A reply as redis-cli prints it without a terminal: one line per array element, nil as ''. */
export function replyText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (Array.isArray(value)) return value.map(replyText).join('\n');
  return String(value);
}

/** One command; an error reply becomes its text (e.g. `NOPERM ...`), as redis-cli shows it. */
export async function command(client: Redis, args: string[]): Promise<string> {
  try {
    return replyText(await client.call(args[0]!, ...args.slice(1)));
  } catch (error) {
    return errorText(error);
  }
}

/** How the probes talk to one server incarnation. */
export type ServerLink =
  | {
      ok: true;
      /** `direct`: ioredis from the runner; `in-container`: redis-cli through `exec`. */
      mode: 'direct' | 'in-container';
      /** Why the fallback was taken, for the evidence. */
      note?: string;
      /** The runner can open connections to the container's addresses (network probe). */
      runnerReaches: boolean;
      address?: NetworkAddress;
      client?: Redis;
      containerId: string;
      waitedMs: number;
    }
  | { ok: false; reason: string; waitedMs: number };

interface Incarnation {
  link: Promise<ServerLink>;
}

const incarnations = new WeakMap<ServiceSession, Incarnation>();

/** The server's own credentials, as the configuration gives them. */
export function serverCredentials(session: ServiceSession): Credentials {
  return session.password !== undefined ? { password: session.password } : {};
}

/**
 * The link to the current server incarnation: waits (event-driven, by
 * connecting) until Redis answers, once per incarnation; every probe shares
 * the one connection.
 */
export function serverLink(session: ServiceSession): Promise<ServerLink> {
  let current = incarnations.get(session);
  if (!current) {
    current = {
      link: waitForServer(session).catch((error: unknown): ServerLink => ({
        ok: false,
        reason: session.mask(error instanceof Error ? error.message : String(error)),
        waitedMs: 0,
      })),
    };
    incarnations.set(session, current);
  }
  return current.link;
}

/**
 * The container was restarted, re-created, killed or removed: the next call
 * connects anew. `sameContainer` (restart, kill, start): its address is
 * tried first; a new container usually gets a new one.
 */
export async function newIncarnation(
  session: ServiceSession,
  sameContainer = false,
): Promise<void> {
  const current = incarnations.get(session);
  incarnations.delete(session);
  if (!sameContainer) previousAddress.delete(session);
  session.container = undefined;
  const link = await current?.link.catch(() => undefined);
  if (link?.ok) close(link.client);
}

/** Closes the current incarnation's client (end of the run). */
export const closeServerLink = (session: ServiceSession): Promise<void> => newIncarnation(session);

async function freshInspect(session: ServiceSession): Promise<ContainerInfo | undefined> {
  session.container = undefined;
  return inspectService(session);
}

/** The address the previous incarnation of a service had: a restart usually keeps it. */
const previousAddress = new WeakMap<ServiceSession, NetworkAddress>();

/**
 * Waits until Redis answers on the container's address: PONG, or an auth
 * error (the server is up; the probes say what is wrong with the
 * credentials). LOADING keeps waiting. A container that exits ends the wait
 * with the server's own last log line.
 *
 * The engine is asked about the container (running? which address?) beside
 * the connection attempts, not before them: after a restart the previous
 * address is tried at once, and a connection is used only once the engine
 * confirms that the address is this container's, in the probe's project.
 */
async function waitForServer(session: ServiceSession): Promise<ServerLink> {
  const started = performance.now();
  const deadline = started + session.readyTimeoutSeconds * 1000;
  const waited = () => Math.round(performance.now() - started);
  const credentials = serverCredentials(session);
  let lastProblem = 'no answer yet';
  let refusedSince: number | undefined;
  let info: ContainerInfo | undefined;
  let inspectedAt = 0;
  let pending: Promise<ContainerInfo | undefined> | undefined;
  let address = previousAddress.get(session);
  const inspect = () => {
    pending ??= freshInspect(session).then((fresh) => {
      info = fresh;
      inspectedAt = performance.now();
      pending = undefined;
      return fresh;
    });
    return pending;
  };
  void inspect().catch(() => undefined);

  for (;;) {
    if (info === undefined && !address) await inspect();
    if (inspectedAt > 0) {
      if (!info) return fail('the container was never created');
      if (!info.running && info.status !== 'restarting') {
        return fail(await notRunningReason(session, info));
      }
      address = probeAddress(info.engine, session.runtime.projectName);
      if (!address) {
        return inContainer(info, 'the container has no address on a network the runner can reach');
      }
    }
    const endpoint = { host: address!.ip, port: session.service.port };
    try {
      const client = await connect(endpoint, credentials);
      const reply = await command(client, ['PING']);
      if (/^LOADING\b/.test(reply)) {
        close(client);
        lastProblem = reply;
      } else {
        const confirmed = await confirm(endpoint.host);
        if (confirmed) return linked(confirmed, client);
        close(client);
      }
    } catch (error) {
      if (!(error instanceof ConnectFailure)) throw error;
      if (error.kind === 'refused-auth' || error.kind === 'db') {
        // The server answers; the credentials are the probes' subject, not the wait's.
        const confirmed = await confirm(endpoint.host);
        if (confirmed) return linked(confirmed);
      } else if (error.kind === 'unreachable') {
        lastProblem = error.message;
        // Asked anew, not from a cached answer: a server that exits at once
        // (bad arguments) is briefly "running", and a busy runner's connect
        // timeout must not turn that moment into a fallback that "answered".
        const confirmed = await confirm(endpoint.host, true);
        if (confirmed) {
          return inContainer(
            confirmed,
            `the runner cannot reach the container's address ${endpoint.host} (${error.message}: Docker Desktop, rootless Docker or a remote engine?)`,
            false,
          );
        }
      } else {
        lastProblem = error.message;
        refusedSince ??= performance.now();
      }
    }
    if (performance.now() > deadline) {
      // The container's own state says more than the silence, when it stopped.
      const latest = await (pending ?? inspect()).catch(() => undefined);
      if (latest && !latest.running && latest.status !== 'restarting') {
        return fail(await notRunningReason(session, latest));
      }
      return fail(`Redis did not answer within ${session.readyTimeoutSeconds} s (${lastProblem})`);
    }
    if (performance.now() - inspectedAt > INSPECT_EVERY_MS) void inspect().catch(() => undefined);
    // Refused for a while by a running container whose server says it is
    // ready: it listens elsewhere (loopback only, another port).
    if (info?.running && refusedSince !== undefined && performance.now() - refusedSince > 1_000) {
      refusedSince = performance.now();
      const tail = await logTail(session.runtime, info.id, 20, session.commandTimeoutMs);
      if (tail.some((l) => /Ready to accept connections/i.test(l))) {
        return inContainer(
          info,
          `Redis does not accept connections on the container's address ${endpoint.host}:${session.service.port} (bound to loopback only?)`,
        );
      }
    }
    await sleep(POLL_MS);
  }

  /**
   * The container as the engine reports it, if `ip` is its address in our
   * project: from the latest inspection, or (`fresh`) from a new one.
   */
  async function confirm(ip: string, fresh = false): Promise<ContainerInfo | undefined> {
    const check = (c: ContainerInfo | undefined) =>
      c?.running && probeAddress(c.engine, session.runtime.projectName)?.ip === ip ? c : undefined;
    if (fresh) {
      if (pending) await pending.catch(() => undefined);
      return check(await inspect());
    }
    if (pending) return check(await pending);
    return check(info) ?? check(await inspect());
  }

  function linked(confirmed: ContainerInfo, client?: Redis): ServerLink {
    previousAddress.set(session, address!);
    return {
      ok: true,
      mode: 'direct',
      runnerReaches: true,
      address: address!,
      ...(client ? { client } : {}),
      containerId: confirmed.id,
      waitedMs: waited(),
    };
  }

  function fail(reason: string): ServerLink {
    return { ok: false, reason, waitedMs: waited() };
  }

  function inContainer(container: ContainerInfo, note: string, runnerReaches = true): ServerLink {
    return {
      ok: true,
      mode: 'in-container',
      note: `${note}: using redis-cli inside the container instead`,
      runnerReaches,
      containerId: container.id,
      waitedMs: waited(),
    };
  }
}

/** Why a container is not running, with the server's own last words. */
async function notRunningReason(session: ServiceSession, info: ContainerInfo): Promise<string> {
  const tail = await logTail(session.runtime, info.id, 5, session.commandTimeoutMs);
  const last = tail.at(-1);
  return session.mask(
    `the container is ${info.status} (exit code ${info.exitCode}): Redis is not running` +
      (last ? `; its last log line: ${last.slice(0, 300)}` : ''),
  );
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The credentials a step names (its password travels by env name, as for redis-cli). */
function stepCredentials(session: ServiceSession, step: CliStep): Credentials {
  return {
    ...(step.user ? { username: step.user } : {}),
    ...(step.passwordEnv !== undefined && session.secretEnv[step.passwordEnv] !== undefined
      ? { password: session.secretEnv[step.passwordEnv] }
      : {}),
    ...(step.db !== undefined ? { db: step.db } : {}),
  };
}

function sameCredentials(a: Credentials, b: Credentials): boolean {
  return a.username === b.username && a.password === b.password && (a.db ?? 0) === (b.db ?? 0);
}

export interface StepsOutcome {
  replies: Map<string, CliReply>;
  link: ServerLink;
  /** Set when the steps could not run at all. */
  problem?: string;
}

/**
 * Runs command steps against the server: through the incarnation's shared
 * client when a step uses the server's own credentials, through a fresh
 * connection for any other credentials (none, a wrong password, a consumer's
 * ACL user), or through redis-cli in the container when the runner cannot
 * connect. Replies read as redis-cli's, so the probes judge both the same way.
 */
export async function runSteps(session: ServiceSession, steps: CliStep[]): Promise<StepsOutcome> {
  const link = await serverLink(session);
  if (!link.ok) return { replies: new Map(), link, problem: link.reason };
  if (link.mode === 'in-container') {
    const { replies, result } = await execCli(session, steps);
    return {
      replies,
      link,
      ...(replies.size === 0
        ? {
            problem: `could not run redis-cli in the container either (exit ${result.code}: ${(result.stderr || result.stdout).trim().split('\n').at(-1) ?? ''})`,
          }
        : {}),
    };
  }
  const replies = new Map<string, CliReply>();
  const own = serverCredentials(session);
  const endpoint = { host: link.address!.ip, port: session.service.port };
  const opened = new Map<string, Redis | ConnectFailure>();
  try {
    for (const step of steps) {
      if (step.pauseSeconds) await sleep(step.pauseSeconds * 1000);
      const credentials = stepCredentials(session, step);
      let client: Redis | ConnectFailure;
      if (link.client && sameCredentials(credentials, own)) {
        client = link.client;
      } else {
        const key = JSON.stringify(credentials);
        const cached = opened.get(key);
        client =
          cached ??
          (await connect(endpoint, credentials).catch((error: unknown) =>
            error instanceof ConnectFailure ? error : new ConnectFailure(String(error), 'other'),
          ));
        opened.set(key, client);
      }
      if (client instanceof ConnectFailure) {
        replies.set(step.id, { output: client.message, exitCode: 1 });
        continue;
      }
      const output =
        step.args[0]?.toUpperCase() === 'SUBSCRIBE'
          ? await subscribeOnce(endpoint, credentials, step.args.slice(1))
          : await command(client, step.args);
      replies.set(step.id, { output, exitCode: 0 });
    }
  } finally {
    for (const client of opened.values()) if (client instanceof Redis) close(client);
  }
  return { replies, link };
}

/** SUBSCRIBE on a connection of its own (it leaves command mode), then leaves. */
async function subscribeOnce(
  endpoint: Endpoint,
  credentials: Credentials,
  channels: string[],
): Promise<string> {
  let client: Redis | undefined;
  try {
    client = await connect(endpoint, credentials);
    const count = await client.subscribe(...channels);
    return `subscribe\n${channels.join('\n')}\n${count}`;
  } catch (error) {
    return errorText(error);
  } finally {
    close(client);
  }
}

/**
 * A message's round trip through Pub/Sub, as a Celery result backend uses
 * it: subscribe with one connection, publish with another, receive.
 */
export async function pubSubRoundTrip(
  endpoint: Endpoint,
  credentials: Credentials,
  channel: string,
): Promise<{ ok: boolean; evidence: string; ms: number }> {
  const started = performance.now();
  let subscriber: Redis | undefined;
  let publisher: Redis | undefined;
  try {
    subscriber = await connect(endpoint, credentials);
    publisher = await connect(endpoint, credentials);
    await subscriber.subscribe(channel);
    let timer: NodeJS.Timeout | undefined;
    const received = new Promise<string>((resolve) => {
      subscriber!.on('message', (_channel: string, message: string) => resolve(message));
      timer = setTimeout(() => resolve(''), COMMAND_TIMEOUT_MS);
    });
    const receivers = await publisher.publish(channel, 'redis-readiness');
    const message = await received;
    clearTimeout(timer);
    const ms = Math.round(performance.now() - started);
    return message === 'redis-readiness'
      ? { ok: true, evidence: `SUBSCRIBE, PUBLISH (${receivers} receiver) -> delivered`, ms }
      : { ok: false, evidence: 'PUBLISH was not delivered to the subscriber', ms };
  } catch (error) {
    return { ok: false, evidence: errorText(error), ms: Math.round(performance.now() - started) };
  } finally {
    close(subscriber);
    close(publisher);
  }
}

/** A task's round trip through a list, as a Celery broker uses it: LPUSH, then BRPOP with a timeout. */
export async function queueRoundTrip(
  client: Redis,
  key: string,
): Promise<{ ok: boolean; evidence: string; ms: number }> {
  const started = performance.now();
  const pushed = await command(client, ['LPUSH', key, 'task']);
  const popped = await command(client, ['BRPOP', key, '1']);
  await command(client, ['DEL', key]);
  const ms = Math.round(performance.now() - started);
  const ok = popped === `${key}\ntask`;
  return {
    ok,
    evidence: `LPUSH -> ${pushed.split('\n')[0]}, BRPOP 1 -> ${ok ? 'the task' : popped.split('\n')[0] || '(timed out)'}`,
    ms,
  };
}
