/**
 * The teardown of a probe project, alone in its module so that the action's
 * post step (which imports only this) carries no probe or client code.
 */
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { volumeNames } from './container.js';
import { runCommand, type CommandRunner } from './process.js';
import {
  composeEnvironment,
  dockerCliFor,
  firstLine,
  PROJECT_LABEL,
  teardownArgs,
} from './runtime.js';
import type { ProbeState } from './types.js';

/** Teardowns in progress, by project: a signal handler and the run itself share one. */
const teardowns = new Map<string, Promise<string | undefined>>();

/**
 * Removes everything of the probe project: the volumes its containers use
 * are recorded, then `down -v --remove-orphans` by project name (no compose
 * file needed), then a sweep by label for anything left (a container an
 * aborted command was still creating), then every recorded volume that
 * survived (anonymous volumes of containers that `down` without `-v` or a
 * re-creation left behind carry no label), then our temp files. Touches
 * nothing that is not labelled with our project, named after it, or an
 * anonymous volume one of its containers used. Returns why it may not have
 * removed everything, for the caller to print as a warning.
 */
export function teardown(
  state: ProbeState,
  run: CommandRunner = runCommand,
): Promise<string | undefined> {
  const pending = teardowns.get(state.projectName);
  if (pending) return pending;
  const started = teardownNow(state, run).finally(() => teardowns.delete(state.projectName));
  teardowns.set(state.projectName, started);
  return started;
}

async function teardownNow(state: ProbeState, run: CommandRunner): Promise<string | undefined> {
  const cwd = state.tempPaths.find((p) => existsDir(p)) ?? tmpdir();
  const env = composeEnvironment(process.env);
  const docker = dockerCliFor(state.composeCommand);
  const volumes = new Set(state.volumes ?? []);
  const before = await listOurs(state, run);
  if (before.ids.container.length) {
    const inspected = await run([...docker, 'inspect', '--', ...before.ids.container], {
      env,
      timeoutMs: 30_000,
    });
    for (const name of volumeNames(inspected.stdout)) volumes.add(name);
  }
  const down = await run(teardownArgs(state.composeCommand, state.projectName), {
    cwd,
    env,
    timeoutMs: 120_000,
  });
  let left = await listOurs(state, run);
  if (down.code !== 0 || idsOf(left).length > 0) {
    await sweep(state, run, left);
    left = await listOurs(state, run);
  }
  const ours = [...volumes].filter((v) => isProbeVolume(v, state.projectName));
  if (ours.length) {
    const present = await run([...docker, 'volume', 'ls', '-q'], { env, timeoutMs: 30_000 });
    const existing = new Set(present.stdout.split('\n').filter(Boolean));
    const remove = ours.filter((v) => existing.has(v));
    if (remove.length) {
      const removed = await run([...docker, 'volume', 'rm', '-f', '--', ...remove], {
        env,
        timeoutMs: 60_000,
      });
      if (removed.code !== 0) left.ids.volume.push(...remove);
    }
  }
  let problem: string | undefined;
  const ids = idsOf(left);
  if (!left.answered || ids.length > 0) {
    const what = left.answered
      ? `still there: ${ids.join(', ')}`
      : `the engine did not answer (${firstLine(down.stderr || down.stdout) || `exit ${down.code}`})`;
    const command = teardownArgs(state.composeCommand, state.projectName).slice(0, -2).join(' ');
    problem = `could not remove everything of the probe project ${state.projectName}: ${what}. Once the engine answers, run: ${command}`;
  }
  for (const path of state.tempPaths) rmSync(path, { recursive: true, force: true });
  return problem;
}

/** An anonymous volume (64 hex digits) or one named after our project: nothing else is removed. */
function isProbeVolume(name: string, projectName: string): boolean {
  return /^[0-9a-f]{64}$/.test(name) || name.startsWith(`${projectName}_`);
}

function idsOf(left: { ids: Record<string, string[]> }): string[] {
  return Object.entries(left.ids).flatMap(([kind, list]) => list.map((id) => `${kind} ${id}`));
}

/** Containers, volumes and networks labelled with our project; `answered` is false when a listing failed. */
async function listOurs(
  state: ProbeState,
  run: CommandRunner,
): Promise<{ answered: boolean; ids: Record<'container' | 'volume' | 'network', string[]> }> {
  const docker = dockerCliFor(state.composeCommand);
  const filter = `label=${PROJECT_LABEL}=${state.projectName}`;
  const env = composeEnvironment(process.env);
  const list = (args: string[]) =>
    run([...docker, ...args, '--filter', filter], { env, timeoutMs: 30_000 });
  const [containers, volumes, networks] = await Promise.all([
    list(['ps', '-aq']),
    list(['volume', 'ls', '-q']),
    list(['network', 'ls', '-q']),
  ]);
  const ids = (r: { stdout: string }) => r.stdout.split('\n').filter(Boolean);
  return {
    answered: [containers, volumes, networks].every((r) => r.code === 0),
    ids: { container: ids(containers), volume: ids(volumes), network: ids(networks) },
  };
}

async function sweep(
  state: ProbeState,
  run: CommandRunner,
  { ids }: { ids: Record<'container' | 'volume' | 'network', string[]> },
): Promise<void> {
  const docker = dockerCliFor(state.composeCommand);
  const env = composeEnvironment(process.env);
  if (ids.container.length)
    await run([...docker, 'rm', '-f', '-v', '--', ...ids.container], { env, timeoutMs: 60_000 });
  await Promise.all([
    ids.volume.length
      ? run([...docker, 'volume', 'rm', '-f', '--', ...ids.volume], { env, timeoutMs: 60_000 })
      : undefined,
    ids.network.length
      ? run([...docker, 'network', 'rm', '--', ...ids.network], { env, timeoutMs: 60_000 })
      : undefined,
  ]);
}

function existsDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
