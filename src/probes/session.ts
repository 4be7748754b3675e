import type { ComposeModel } from '../compose/types.js';
import type { RedisServiceModel } from '../redis/types.js';
import {
  cliScript,
  parseCliOutput,
  type CliReply,
  type CliStep,
  type ScriptOptions,
} from './cli.js';
import type { ContainerInfo } from './container.js';
import type { CommandResult } from './process.js';
import type { ComposeRuntime } from './runtime.js';

/** Names of the environment variables that carry secrets into containers (values never in argv). */
export const PASSWORD_ENV = 'REDIS_READINESS_PASSWORD';
export const WRONG_PASSWORD_ENV = 'REDIS_READINESS_WRONG_PASSWORD';
export const consumerPasswordEnv = (index: number): string => `REDIS_READINESS_CONSUMER_${index}`;

/** What the initial `up` of the project told us. */
export interface UpOutcome {
  ok: boolean;
  durationMs: number;
  /** Masked compose output, for evidence. */
  output: string;
}

/** Everything the probes of one Redis service share. */
export interface ServiceSession {
  runtime: ComposeRuntime;
  model: ComposeModel;
  service: RedisServiceModel;
  /** The password the server should require, when known (never printed). */
  password?: string;
  /** How this run (action or CLI) takes a password, for messages that ask for one. */
  passwordHint?: string;
  /** Secret values by env name, passed to compose/docker by name only. */
  secretEnv: Record<string, string>;
  up: UpOutcome;
  /** Per-command cap, so a hung engine cannot hang the run. */
  commandTimeoutMs: number;
  /** How long to wait for a service to become ready again after a restart or crash. */
  readyTimeoutSeconds: number;
  mask(text: string): string;
  log(line: string): void;
  /** A fresh id for canary keys, unique to this run. */
  runId: string;
  /** The container as last inspected (shared by the probes; reset when it is replaced). */
  container?: Promise<ContainerInfo | undefined>;
  /** Aborted on SIGINT/SIGTERM: probes stop before their next step. */
  signal?: AbortSignal;
  /** The data dir is a host bind mount in the project, probed on a fresh volume of ours. */
  dataBindReplaced?: boolean;
  /**
   * Records the volumes a container of ours mounts, for the teardown (call
   * with the current container before a step replaces it: an anonymous
   * volume left by a replaced container carries no label to find it by).
   */
  trackVolumes?(container: ContainerInfo): void;
}

function envNamesFor(session: ServiceSession): string[] {
  return Object.keys(session.secretEnv);
}

type ExecOutcome = { replies: Map<string, CliReply>; result: CommandResult };

interface PendingExec {
  steps: CliStep[];
  resolve(outcome: ExecOutcome): void;
  reject(error: unknown): void;
}

/** Calls waiting to share one `exec`, per session. */
const pending = new WeakMap<ServiceSession, PendingExec[]>();

/**
 * Runs redis-cli steps inside the Redis container itself (`compose exec`).
 * Calls made in the same turn of the event loop (probes running side by
 * side) share one `exec`: each costs a compose start-up, which is most of
 * the time a probe takes. Calls that wait for readiness run on their own.
 */
export function execCli(
  session: ServiceSession,
  steps: CliStep[],
  options: Partial<ScriptOptions> = {},
): Promise<ExecOutcome> {
  if (Object.keys(options).length > 0) return execNow(session, steps, options);
  return new Promise((resolve, reject) => {
    let queue = pending.get(session);
    if (!queue) {
      queue = [];
      pending.set(session, queue);
      setImmediate(() => void flush(session));
    }
    queue.push({ steps, resolve, reject });
  });
}

async function flush(session: ServiceSession): Promise<void> {
  const queue = pending.get(session) ?? [];
  pending.delete(session);
  // Step ids are the callers' own: prefix them so they cannot collide.
  const steps = queue.flatMap((call, i) => call.steps.map((s) => ({ ...s, id: `c${i}.${s.id}` })));
  try {
    const { replies, result } = await execNow(session, steps, {});
    queue.forEach((call, i) => {
      const own = new Map<string, CliReply>();
      for (const [id, reply] of replies) {
        if (id.startsWith(`c${i}.`)) own.set(id.slice(`c${i}.`.length), reply);
      }
      call.resolve({ replies: own, result });
    });
  } catch (error) {
    for (const call of queue) call.reject(error);
  }
}

async function execNow(
  session: ServiceSession,
  steps: CliStep[],
  options: Partial<ScriptOptions>,
): Promise<ExecOutcome> {
  const script = cliScript(steps, { port: session.service.port, ...options });
  const argv = session.runtime.execArgs(session.service.name, script, envNamesFor(session));
  const result = await session.runtime.exec(argv, session.commandTimeoutMs, session.secretEnv);
  return { replies: parseCliOutput(result.stdout), result };
}

/** Runs redis-cli steps in a short-lived helper container on one of the project's networks. */
export async function helperCli(
  session: ServiceSession,
  image: string,
  network: string,
  steps: CliStep[],
  options: Partial<ScriptOptions> = {},
): Promise<{ replies: Map<string, CliReply>; result: CommandResult }> {
  const script = cliScript(steps, { port: session.service.port, ...options });
  const argv = session.runtime.helperArgs(image, network, script, envNamesFor(session));
  const result = await session.runtime.exec(argv, session.commandTimeoutMs, session.secretEnv);
  return { replies: parseCliOutput(result.stdout), result };
}

/** The credentials step for "the right password", or none when the server has no password. */
export function withPassword(session: ServiceSession, step: CliStep): CliStep {
  return session.password !== undefined ? { ...step, passwordEnv: PASSWORD_ENV } : step;
}

/** A short, masked one-line description of a failed command, for evidence. */
export function describeFailure(session: ServiceSession, result: CommandResult): string {
  if (result.timedOut) return `timed out after ${result.durationMs} ms`;
  if (result.spawnError) return `could not start ${result.argv[0]}: ${result.spawnError}`;
  const text = (result.stderr || result.stdout).trim().split('\n').slice(-3).join(' | ');
  return session.mask(`exit ${result.code}: ${text || 'no output'}`);
}
