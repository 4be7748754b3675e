import type { Position } from './compose/types.js';

export type Severity = 'error' | 'warning' | 'notice';
export type FailOn = 'error' | 'warning' | 'never';

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** A suggested mechanical fix: replace the text at `pos` (start..end) with `replacement`. */
export interface SuggestedFix {
  description: string;
  pos: Position;
  replacement: string;
}

/** One problem, at the place in a file where it was written. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** The Redis service (or consumer service) the finding is about; absent for project-wide ones. */
  service?: string;
  message: string;
  pos: Position;
  fix?: SuggestedFix;
}

export function isAtOrAbove(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}
