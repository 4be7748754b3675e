/**
 * Where the loader's tree values were written. Two names on purpose:
 *
 * - a SourceRange is a node's position: offsets into the text of the file it
 *   was read from (as ESLint's `range`), plus a reference to that text. The
 *   parsers make one per value without counting lines;
 * - a Position (types.ts) is a report's position: file, line and column, made
 *   from a SourceRange only when an issue or the source map asks for one.
 *
 * Values not read from a YAML text (an env file's, a default the loader adds)
 * carry the report Position they were given, as a fixed range.
 */
import type { Position } from './types.js';

/** One file's text, with the starts of its lines found on first need. */
export class SourceText {
  private lineStarts: number[] | undefined;
  /** The line of the previous lookup: positions are mostly asked for in file order. */
  private lastLine = 0;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  /** Offset of the first character of each line (0-based lines). */
  starts(): number[] {
    if (!this.lineStarts) {
      const starts = [0];
      const t = this.text;
      for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }

  /** The 0-based line of an offset. */
  lineOf(offset: number): number {
    const starts = this.starts();
    let lo = this.lastLine;
    if (starts[lo] <= offset && (lo + 1 === starts.length || offset < starts[lo + 1])) return lo;
    lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return lo;
  }

  /** The report position of the text from `start` to `end` (a point when `end` is POINT). */
  position(start: number, end: number): Position {
    const line = this.lineOf(start);
    const starts = this.starts();
    const pos: Position = { file: this.file, line: line + 1, column: start - starts[line] + 1 };
    if (end !== POINT) {
      const endLine = end === start ? line : this.lineOf(end);
      pos.endLine = endLine + 1;
      pos.endColumn = end - starts[endLine] + 1;
    }
    return pos;
  }
}

/** The `end` of a range that is a point (a report position with no end). */
export const POINT = -1;

/** A node's position: a range of its file's text, or a fixed report position. */
export type SourceRange = TextRange | FixedRange;

export interface TextRange {
  readonly source: SourceText;
  readonly start: number;
  /** Offset just past the value, or POINT. */
  readonly end: number;
}

export interface FixedRange {
  readonly source: undefined;
  readonly fixed: Position;
}

export function textRange(source: SourceText, start: number, end: number): SourceRange {
  return { source, start, end };
}

export function fixedRange(at: Position): SourceRange {
  return { source: undefined, fixed: at };
}

/** The report position of a node's range. */
export function toPosition(r: SourceRange): Position {
  return r.source ? r.source.position(r.start, r.end) : { ...r.fixed };
}

/** Whether the range ends on the line it starts on (or is a point). */
export function isOneLine(r: SourceRange): boolean {
  if (!r.source) return r.fixed.endLine === undefined || r.fixed.endLine === r.fixed.line;
  if (r.end === POINT) return true;
  const nl = r.source.text.indexOf('\n', r.start);
  return nl < 0 || nl >= r.end;
}

/** The point `columns` columns right of where a one-line range starts. */
export function pointRightOf(r: SourceRange, columns: number): SourceRange {
  if (r.source) return { source: r.source, start: r.start + columns, end: POINT };
  const { file, line, column } = r.fixed;
  return fixedRange({ file, line, column: column + columns });
}
