import path from 'node:path';
import * as core from '@actions/core';
import type { CheckContext } from './check.js';
import { isStrictnessProfile } from './config-file.js';
import type { FailOn } from './findings.js';
import { ALL_PROBES, type ProbeId } from './probes/types.js';
import type { StrictnessProfile } from './report/types.js';
import type { SecretMasker } from './secrets.js';

/** Input that makes no sense (a bad option or value): exit code 2, one clear message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const DEFAULT_TIMEOUT_SECONDS = 120;
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];
const PULL = ['missing', 'never', 'always'] as const;

export function parseFailOn(value: string, where: string): FailOn {
  const v = value.trim().toLowerCase() || 'error';
  if (!(FAIL_ON as readonly string[]).includes(v)) {
    throw new UsageError(`${where} must be one of ${FAIL_ON.join(', ')}; got '${value}'.`);
  }
  return v as FailOn;
}

/** `none`, `all`, or a comma/space/newline separated list of probe ids. */
export function parseProbeList(value: string, where: string): ProbeId[] {
  const words = value
    .split(/[\s,]+/)
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  if (words.length === 0 || (words.length === 1 && words[0] === 'none')) return [];
  if (words.length === 1 && words[0] === 'all') return [...ALL_PROBES];
  const unknown = words.filter((w) => !(ALL_PROBES as readonly string[]).includes(w));
  if (unknown.length > 0) {
    throw new UsageError(
      `${where}: unknown probe ${unknown.map((u) => `'${u}'`).join(', ')}; use all, none, or a list of ${ALL_PROBES.join(', ')}.`,
    );
  }
  return ALL_PROBES.filter((p) => words.includes(p));
}

/** The action's `probes` input: also `auto` (the default): all when an engine is available. */
export function parseActionProbes(value: string): ProbeId[] | 'auto' {
  const v = value.trim().toLowerCase();
  return v === '' || v === 'auto' ? 'auto' : parseProbeList(v, "input 'probes'");
}

export function parsePull(value: string, where: string): CheckContext['pull'] {
  const v = value.trim().toLowerCase() || 'missing';
  if (!(PULL as readonly string[]).includes(v))
    throw new UsageError(`${where} must be one of ${PULL.join(', ')}; got '${value}'.`);
  return v as CheckContext['pull'];
}

export function parseTimeout(value: string, where: string): number {
  if (value.trim() === '') return DEFAULT_TIMEOUT_SECONDS;
  const n = Number(value.trim().replace(/s$/, ''));
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`${where} must be a positive number of seconds; got '${value}'.`);
  return n;
}

export function parseStrictness(value: string, where: string): StrictnessProfile | undefined {
  const v = value.trim().toLowerCase();
  if (v === '') return undefined;
  if (!isStrictnessProfile(v))
    throw new UsageError(`${where} must be production or development; got '${value}'.`);
  return v;
}

/** `docker compose` or `docker-compose`, as words. */
export function parseComposeCommand(value: string): string[] | undefined {
  const words = value.trim().split(/\s+/).filter(Boolean);
  return words.length > 0 ? words : undefined;
}

function list(name: string): string[] {
  return core
    .getMultilineInput(name)
    .flatMap((line) => line.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The action's inputs as one CheckContext. Relative paths are resolved from
 * `working-directory` (default: the workspace).
 */
export function readActionInputs(
  masker: SecretMasker,
  env: NodeJS.ProcessEnv = process.env,
): CheckContext {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const cwd = path.resolve(workspace, core.getInput('working-directory') || '.');
  const redisPassword = core.getInput('redis-password');
  // Before anything else can print it.
  masker.add(redisPassword);
  const projectDirectory = core.getInput('project-directory');
  const configFile = core.getInput('config');
  const strictness = parseStrictness(core.getInput('profile'), "input 'profile'");
  const composeCommand = parseComposeCommand(core.getInput('compose-command'));
  return {
    load: {
      // Only newlines separate files: a path may hold a comma.
      files: core.getMultilineInput('compose-file'),
      ...(projectDirectory ? { projectDirectory } : {}),
      envFiles: core.getMultilineInput('env-file'),
      profiles: list('compose-profiles'),
      env,
      cwd,
    },
    failOn: parseFailOn(core.getInput('fail-on'), "input 'fail-on'"),
    probes: parseActionProbes(core.getInput('probes')),
    timeoutSeconds: parseTimeout(core.getInput('timeout'), "input 'timeout'"),
    pull: parsePull(core.getInput('pull'), "input 'pull'"),
    ...(composeCommand ? { composeCommand } : {}),
    ...(redisPassword ? { redisPassword } : {}),
    ...(configFile ? { configFile } : {}),
    ...(strictness ? { strictness } : {}),
    masker,
  };
}

/** The action state under which main saves what post must tear down. */
export const PROBE_STATE_KEY = 'probe-state';
