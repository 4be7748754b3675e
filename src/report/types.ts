import type { FailOn, Finding, Severity } from '../findings.js';
import type { ProbeResult } from '../probes/types.js';
import type { RedisFamily, RedisRole } from '../redis/types.js';

/** How strict the verdict is: see docs/configuration.md. */
export type StrictnessProfile = 'production' | 'development';

/** A rule as this run applied it. */
export interface RuleRun {
  id: string;
  /** The severity after the profile and the config file; 'off' = not run. */
  severity: Severity | 'off';
  summary: string;
  docsUrl: string;
}

export interface ServiceSummary {
  name: string;
  family: RedisFamily;
  image?: string;
  roles: RedisRole[];
  active: boolean;
  /** Services that connect to it. */
  consumers: string[];
}

export interface SeverityCounts {
  error: number;
  warning: number;
  notice: number;
  /** Findings silenced by a config ignore or an inline suppression. */
  suppressed: number;
}

/**
 * Everything one run found, before it is written anywhere. Positions are
 * absolute; each writer makes them relative to its own base directory and
 * passes its final text through the run's masker.
 */
export interface CheckReport {
  tool: { name: string; version: string };
  result: 'pass' | 'fail';
  failOn: FailOn;
  profile: StrictnessProfile;
  project: {
    name: string;
    workingDir: string;
    /** Every file read: compose files, then env files. */
    files: string[];
    /** The compose files read: the project's own, then those they include or extend. */
    composeFiles: string[];
  };
  /** Most severe first, then by file, line and column. */
  findings: Finding[];
  counts: SeverityCounts;
  probes: ProbeResult[];
  /** Masked tail of the Redis container log per service, when a probe failed. */
  probeLogs: Record<string, string[]>;
  rules: RuleRun[];
  services: ServiceSummary[];
  durationMs: number;
}

/** Where relative paths start and how secrets are hidden: shared by every writer. */
export interface WriteOptions {
  /** Directory that file paths are made relative to. */
  baseDir: string;
  mask(text: string): string;
}
