/**
 * The teardown of a probe project, alone in its module so that the action's
 * post step (which imports only this) carries no probe or client code.
 */
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
 * Removes everything of the probe project, through the engine: its
 * containers (labelled with our project) with their anonymous volumes, then
 * its networks and volumes (labelled likewise) and every volume its earlier
 * containers used (recorded by the run: anonymous volumes of containers that
 * a re-creation or `down` without -v replaced carry no label), then our temp
 * files. Should anything remain (a container an aborted command was still
 * creating), compose's own `down -v --remove-orphans` by project name runs,
 * and the sweep once more. Touches nothing that is not labelled with our
 * project, named after it, or an anonymous volume one of its containers
 * used. Returns why it may not have removed everything, for the caller to
 * print as a warning.
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
  const recorded = (state.volumes ?? []).filter((v) => isProbeVolume(v, state.projectName));
  let left = await listOurs(state, run);
  let recordedLeft = await sweep(state, run, left, recorded);
  left = await listOurs(state, run);
  let failure = left.error;
  if (!left.answered || idsOf(left).length > 0 || recordedLeft.length > 0) {
    const down = await run(teardownArgs(state.composeCommand, state.projectName), {
      cwd,
      env,
      timeoutMs: 120_000,
    });
    if (down.code !== 0) failure ??= firstLine(down.stderr || down.stdout);
    left = await listOurs(state, run);
    if (idsOf(left).length > 0 || recordedLeft.length > 0) {
      recordedLeft = await sweep(state, run, left, recordedLeft);
      left = await listOurs(state, run);
    }
    failure = left.error ?? failure;
  }
  for (const v of recordedLeft) if (!left.ids.volume.includes(v)) left.ids.volume.push(v);
  let problem: string | undefined;
  const ids = idsOf(left);
  if (!left.answered || ids.length > 0) {
    const what = left.answered
      ? `still there: ${ids.join(', ')}`
      : `the engine did not answer (${failure ?? 'no output'})`;
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

type Kind = 'container' | 'volume' | 'network';

interface Listing {
  /** False when a listing failed; `error` then says how. */
  answered: boolean;
  error?: string;
  ids: Record<Kind, string[]>;
}

/** Containers, volumes and networks labelled with our project. */
async function listOurs(state: ProbeState, run: CommandRunner): Promise<Listing> {
  const docker = dockerCliFor(state.composeCommand);
  const filter = `label=${PROJECT_LABEL}=${state.projectName}`;
  const env = composeEnvironment(process.env);
  const list = (args: string[]) =>
    run([...docker, ...args, '--filter', filter], { env, timeoutMs: 30_000 });
  const results = await Promise.all([
    list(['ps', '-aq']),
    list(['volume', 'ls', '-q']),
    list(['network', 'ls', '-q']),
  ]);
  const [containers, volumes, networks] = results;
  const ids = (r: { stdout: string }) => r.stdout.split('\n').filter(Boolean);
  const failed = results.find((r) => r.code !== 0);
  return {
    answered: !failed,
    ...(failed ? { error: firstLine(failed.stderr || failed.stdout) } : {}),
    ids: { container: ids(containers!), volume: ids(volumes!), network: ids(networks!) },
  };
}

/**
 * Removes what `listing` found, and the `recorded` volumes: containers first
 * (`rm -f -v`: killed, since throwaway servers need no clean shutdown, with
 * their anonymous volumes), then networks and volumes side by side. Returns
 * the recorded volumes that are still there when their removal failed.
 */
async function sweep(
  state: ProbeState,
  run: CommandRunner,
  { ids }: Listing,
  recorded: string[],
): Promise<string[]> {
  const docker = dockerCliFor(state.composeCommand);
  const env = composeEnvironment(process.env);
  if (ids.container.length)
    await run([...docker, 'rm', '-f', '-v', '--', ...ids.container], { env, timeoutMs: 60_000 });
  // `volume rm -f` passes over names that do not exist (a recorded volume `down` already removed).
  const volumes = [...new Set([...ids.volume, ...recorded])];
  const [removedVolumes] = await Promise.all([
    volumes.length
      ? run([...docker, 'volume', 'rm', '-f', '--', ...volumes], { env, timeoutMs: 60_000 })
      : undefined,
    ids.network.length
      ? run([...docker, 'network', 'rm', '--', ...ids.network], { env, timeoutMs: 60_000 })
      : undefined,
  ]);
  if (!removedVolumes || removedVolumes.code === 0 || recorded.length === 0) return [];
  const present = await run([...docker, 'volume', 'ls', '-q'], { env, timeoutMs: 30_000 });
  if (present.code !== 0) return recorded;
  const existing = new Set(present.stdout.split('\n').filter(Boolean));
  return recorded.filter((v) => existing.has(v));
}

function existsDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
