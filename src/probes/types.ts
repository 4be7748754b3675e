import type { ComposeProject } from '../compose/types.js';
import type { Finding } from '../findings.js';
import type { RedisProjectModel } from '../redis/types.js';

export type ProbeId = 'health' | 'ping' | 'auth' | 'network' | 'persistence' | 'config';

export const ALL_PROBES: readonly ProbeId[] = [
  'health',
  'ping',
  'auth',
  'network',
  'persistence',
  'config',
];

export type ProbeStatus = 'pass' | 'fail' | 'skip';

export interface ProbeResult {
  probe: ProbeId;
  service: string;
  status: ProbeStatus;
  /** One line: what was proven, or why it failed or was skipped. Never a secret. */
  summary: string;
  durationMs: number;
  /** Step-by-step evidence (masked), e.g. persistence: restart kept 3/3 keys. */
  evidence: string[];
}

export interface ProbeOptions {
  project: ComposeProject;
  redis: RedisProjectModel;
  probes: ProbeId[];
  /** Overall timeout per service start, in seconds. */
  timeoutSeconds: number;
  pull: 'missing' | 'never' | 'always';
  /** Override of the compose command, e.g. ['docker', 'compose'] or ['docker-compose']. */
  composeCommand?: string[];
  /** Every secret the run has learnt; anything we print goes through this. */
  mask(text: string): string;
  /** Called with the state post needs for teardown, as soon as it exists. */
  saveState?(state: ProbeState): void;
  log?(line: string): void;
  /** Something the user must act on that is no finding (a teardown that left things behind). */
  warn?(line: string): void;
  /** A password given directly (action input `redis-password`), used when the model cannot know it. */
  redisPassword?: string;
}

/** What the post step (or a signal handler) needs to tear down what main started. */
export interface ProbeState {
  composeCommand: string[];
  projectName: string;
  /** Files and directories we created (override file, temp dir) to remove. */
  tempPaths: string[];
  workingDir: string;
  /**
   * Every volume the probe's containers used, recorded before a step replaced
   * them (anonymous volumes carry no project label, so `down -v` and a label
   * sweep miss those of containers already gone). Only anonymous volumes and
   * volumes named `<projectName>_...` are ever removed.
   */
  volumes?: string[];
}

export interface ProbeRun {
  results: ProbeResult[];
  /** Findings the probes produce (e.g. config disagreement), reported like static ones. */
  findings: Finding[];
  /** Masked tail of the Redis container logs, per service, when a probe failed. */
  logs: Record<string, string[]>;
}
