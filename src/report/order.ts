import { SEVERITY_RANK, compareText, type Finding } from '../findings.js';

/** By file, then line and column: the order of a file read top to bottom. */
export function compareByPlace(a: Finding, b: Finding): number {
  return (
    compareText(a.pos.file, b.pos.file) ||
    a.pos.line - b.pos.line ||
    a.pos.column - b.pos.column ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    compareText(a.rule, b.rule)
  );
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
