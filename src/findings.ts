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

/**
 * Code-point order: the same on every machine (localeCompare follows the
 * runner's locale, and its first call loads ICU collation, a cost on every start).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most severe first; then by file, line and column so output is stable. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    compareText(a.pos.file, b.pos.file) ||
    a.pos.line - b.pos.line ||
    a.pos.column - b.pos.column ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}
