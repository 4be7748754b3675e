/**
 * Offsets in one file's text turned into positions: the line starts found
 * once, and lookups that try the line of the previous answer first, since
 * both parse paths ask in file order.
 */
import type { Position } from './types.js';

export class LineIndex {
  /** Offset of the first character of each line (0-based lines). */
  readonly starts: number[];
  private last = 0;

  constructor(
    text: string,
    readonly file: string,
  ) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  /** The 0-based line of an offset. */
  lineOf(offset: number): number {
    const starts = this.starts;
    let lo = this.last;
    if (starts[lo] <= offset && (lo + 1 === starts.length || offset < starts[lo + 1])) return lo;
    if (
      lo + 2 <= starts.length &&
      starts[lo + 1] <= offset &&
      (lo + 2 === starts.length || offset < starts[lo + 2])
    )
      return (this.last = lo + 1);
    lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.last = lo;
    return lo;
  }

  /** The position of an offset (a ScalarSource's `locate`: bound, so it can be handed out). */
  readonly locate = (offset: number): Position => {
    const line = this.lineOf(offset);
    return { file: this.file, line: line + 1, column: offset - this.starts[line] + 1 };
  };

  span(start: number, end: number): Position {
    return this.spanFrom(this.lineOf(start), start, end);
  }

  /** The span from `start`, known to be on line `startLine` (0-based), to `end`. */
  spanFrom(startLine: number, start: number, end: number): Position {
    const endLine = end === start ? startLine : this.lineOf(end);
    return {
      file: this.file,
      line: startLine + 1,
      column: start - this.starts[startLine] + 1,
      endLine: endLine + 1,
      endColumn: end - this.starts[endLine] + 1,
    };
  }
}

/** Where a block collection whose last value ends at `lastEnd` ends: the start of the next line. */
export function blockCollectionEnd(text: string, lastEnd: number): number {
  if (lastEnd >= text.length || (lastEnd > 0 && text.charCodeAt(lastEnd - 1) === 0x0a))
    return lastEnd;
  const eol = text.indexOf('\n', lastEnd);
  return eol < 0 ? text.length : eol + 1;
}
