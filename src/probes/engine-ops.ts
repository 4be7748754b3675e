/**
 * Container operations through the docker CLI on a container id, not through
 * compose: compose loads and validates the whole project for every command
 * (a few hundred milliseconds each), the engine acts on the id directly.
 * Only ids of the probe's own containers are ever passed here (they come from
 * a listing filtered by the probe's project label).
 */
import type { CommandResult } from './process.js';
import type { ComposeRuntime } from './runtime.js';

/** No `--time`: the engine then waits the container's own stop timeout (compose set it from stop_grace_period). */
export function restartContainer(
  runtime: ComposeRuntime,
  id: string,
  timeoutMs: number,
): Promise<CommandResult> {
  return runtime.exec([...runtime.docker, 'restart', '--', id], timeoutMs);
}

export function killContainer(
  runtime: ComposeRuntime,
  id: string,
  timeoutMs: number,
): Promise<CommandResult> {
  return runtime.exec([...runtime.docker, 'kill', '--signal', 'SIGKILL', '--', id], timeoutMs);
}

export function startContainer(
  runtime: ComposeRuntime,
  id: string,
  timeoutMs: number,
): Promise<CommandResult> {
  return runtime.exec([...runtime.docker, 'start', '--', id], timeoutMs);
}

/** The last lines the container printed (stdout and stderr), raw: callers mask. */
export async function logTail(
  runtime: ComposeRuntime,
  id: string,
  lines: number,
  timeoutMs: number,
): Promise<string[]> {
  const r = await runtime.exec(
    [...runtime.docker, 'logs', '--tail', String(lines), '--', id],
    timeoutMs,
  );
  return `${r.stdout}\n${r.stderr}`
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * What `docker exec` itself may add to a check's time on a loaded machine
 * (starting the CLI, the exec set-up): not counted against the check's own
 * timeout, or a busy runner would make a sound check look hung.
 */
const EXEC_OVERHEAD_MS = 5_000;

/**
 * Runs the container's own healthcheck command the way the engine does
 * (an exec in the container, with its user, environment and working dir):
 * `CMD` as argv, `CMD-SHELL` through `/bin/sh -c`.
 */
export function runHealthcheck(
  runtime: ComposeRuntime,
  id: string,
  test: string[],
  timeoutMs: number,
): Promise<CommandResult> {
  const [kind, ...rest] = test;
  const argv = kind === 'CMD-SHELL' ? ['/bin/sh', '-c', rest.join(' ')] : rest;
  return runtime.exec([...runtime.docker, 'exec', '--', id, ...argv], timeoutMs + EXEC_OVERHEAD_MS);
}
