import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_PREFIX } from './probes/runtime.js';
import type { ProbeState } from './probes/types.js';

/** The action state under which main saves what post must tear down. */
export const PROBE_STATE_KEY = 'probe-state';

/** The compose commands the action may have used: the ones it detects, or the one given as input. */
export function allowedComposeCommands(input: string[] | undefined): string[][] {
  return [['docker', 'compose'], ['docker-compose'], ...(input ? [input] : [])];
}

/** Where the probes' temp dirs live: the runner's temp dir (and the OS's, where the runner sets none). */
export function tempRoots(env: NodeJS.ProcessEnv = process.env): string[] {
  return [...new Set([env.RUNNER_TEMP, os.tmpdir()].filter((d): d is string => !!d))];
}

/** `redis-readiness-` + base-36 time + 8 hex digits (runtime.uniqueProjectName). */
const PROJECT_NAME = new RegExp(`^${PROJECT_PREFIX}[0-9a-z]{8,40}$`);
/** mkdtemp's 6 random characters after the prefix. */
const TEMP_DIR_NAME = new RegExp(`^${PROJECT_PREFIX}[A-Za-z0-9]{6}$`);

export type ParsedProbeState = { state: ProbeState } | { problem: string };

/**
 * The state main saved, read back by the post step, which trusts none of it:
 * it may have been forged (an injected `::save-state`, a tampered runner).
 * The project name must be one the action makes, the compose command one it
 * detects or was given, every temp path a dir of ours directly under a temp
 * root (no symlink, no `..`). Anything else: a problem, and nothing is run.
 */
export function parseProbeState(
  raw: string,
  allowed: { composeCommands: string[][]; tempRoots: string[] },
): ParsedProbeState {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { problem: 'the saved probe state is not valid JSON' };
  }
  if (typeof value !== 'object' || value === null) {
    return { problem: 'the saved probe state is not an object' };
  }
  const v = value as Record<string, unknown>;
  const strings = (x: unknown): x is string[] =>
    Array.isArray(x) && x.every((s) => typeof s === 'string');
  if (typeof v.projectName !== 'string' || !PROJECT_NAME.test(v.projectName)) {
    return {
      problem: `the saved probe state names a project name that is not one of the action's (${PROJECT_PREFIX}…)`,
    };
  }
  const command = v.composeCommand;
  if (
    !strings(command) ||
    !allowed.composeCommands.some(
      (c) => c.length === command.length && c.every((w, i) => w === command[i]),
    )
  ) {
    return {
      problem:
        'the saved probe state names a compose command the action neither detects nor was given',
    };
  }
  if (!strings(v.tempPaths) || !v.tempPaths.every((p) => isOurTempDir(p, allowed.tempRoots))) {
    return {
      problem: `the saved probe state names temp paths that are not the action's own (${PROJECT_PREFIX}… directly under the runner temp dir)`,
    };
  }
  const ownVolume = new RegExp(`^(?:[0-9a-f]{64}|${v.projectName}_[A-Za-z0-9][A-Za-z0-9_.-]*)$`);
  if (
    v.volumes !== undefined &&
    (!strings(v.volumes) || !v.volumes.every((n) => ownVolume.test(n)))
  ) {
    return {
      problem:
        "the saved probe state names volumes that are neither anonymous nor the project's own (<project>_…)",
    };
  }
  return {
    state: {
      composeCommand: command,
      projectName: v.projectName,
      tempPaths: v.tempPaths,
      workingDir: typeof v.workingDir === 'string' ? v.workingDir : '',
      ...(v.volumes !== undefined ? { volumes: v.volumes as string[] } : {}),
    },
  };
}

function isOurTempDir(p: string, roots: string[]): boolean {
  if (!path.isAbsolute(p) || path.normalize(p) !== p.replace(/[\\/]+$/, '')) return false;
  if (!TEMP_DIR_NAME.test(path.basename(p))) return false;
  const parent = realpath(path.dirname(p));
  if (!parent || !roots.some((r) => realpath(r) === parent)) return false;
  // Gone already is fine (nothing to delete); a symlink is never ours.
  const stat = fs.lstatSync(p, { throwIfNoEntry: false });
  return !stat || stat.isDirectory();
}

function realpath(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}
