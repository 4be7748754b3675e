import type { CheckContext } from './check.js';
import { isStrictnessProfile } from './config-file.js';
import type { FailOn } from './findings.js';
import { ALL_PROBES, type ProbeId } from './probes/types.js';
import type { StrictnessProfile } from './report/types.js';

// The option parsers the action's inputs and the CLI's argv share. Pure (no
// @actions/core), so the CLI does not load the Actions toolkit.

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

const MAX_TIMEOUT_SECONDS = 3600;

/**
 * Whole seconds from 1 to an hour (`120` or `120s`): Compose's --wait-timeout
 * takes whole seconds only, and Node's timers overflow past 24.8 days.
 */
export function parseTimeout(value: string, where: string): number {
  const v = value.trim();
  if (v === '') return DEFAULT_TIMEOUT_SECONDS;
  const m = /^(\d{1,7})s?$/.exec(v);
  const n = m ? Number(m[1]) : NaN;
  if (!(n >= 1 && n <= MAX_TIMEOUT_SECONDS))
    throw new UsageError(
      `${where} must be a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}; got '${value}'.`,
    );
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
