/**
 * Offsets in one file's text turned into spans: the line starts found once,
 * and lookups that try the line of the previous answer first, since both
 * parse paths ask in file order.
 */
import { currentSpanTable, type Span, type SpanTable } from './span.js';

export class LineIndex {
  /** Offset of the first character of each line (0-based lines). */
  readonly starts: number[];
  private last = 0;
  /** The table the spans go to (the current one when the index is made) and the file's id in it. */
  readonly spans: SpanTable = currentSpanTable();
  readonly fileId: number;

  constructor(text: string, file: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
    this.fileId = this.spans.fileId(file);
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

  /** The point at an offset, with no end (a ScalarSource's `locate`: bound, so it can be handed out). */
  readonly locate = (offset: number): Span => {
    const line = this.lineOf(offset);
    return this.spans.add(this.fileId, line + 1, offset - this.starts[line] + 1, 0, 0);
  };

  span(start: number, end: number): Span {
    return this.spanFrom(this.lineOf(start), start, end);
  }

  /** The span from `start`, known to be on line `startLine` (0-based), to `end`. */
  spanFrom(startLine: number, start: number, end: number): Span {
    const endLine = end === start ? startLine : this.lineOf(end);
    return this.spans.add(
      this.fileId,
      startLine + 1,
      start - this.starts[startLine] + 1,
      endLine + 1,
      end - this.starts[endLine] + 1,
    );
  }

  /** The span from `start` to `end`, both on line `line` (0-based). */
  spanOnLine(line: number, start: number, end: number): Span {
    const lineStart = this.starts[line];
    return this.spans.add(
      this.fileId,
      line + 1,
      start - lineStart + 1,
      line + 1,
      end - lineStart + 1,
    );
  }
}

/** Where a block collection whose last value ends at `lastEnd` ends: the start of the next line. */
export function blockCollectionEnd(text: string, lastEnd: number): number {
  if (lastEnd >= text.length || (lastEnd > 0 && text.charCodeAt(lastEnd - 1) === 0x0a))
    return lastEnd;
  const eol = text.indexOf('\n', lastEnd);
  return eol < 0 ? text.length : eol + 1;
}
