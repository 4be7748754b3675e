/**
 * Where the loader's tree values were written, kept compactly. A node holds a
 * Span (a small integer) instead of a Position object; Positions are made
 * only when an issue or the source map asks for one.
 *
 * Why: a big compose file has tens of thousands of values and keys, and one
 * Position object each (64 bytes, kept until the report) was about a quarter
 * of what a check keeps (4 MB of the benchmark file's 15). Here the same
 * facts take 20 bytes each in a typed array, which the garbage collector
 * neither scans nor copies (bench/README.md).
 */
import type { Position } from './types.js';

/** An index into the SpanTable of the load that made it. */
export type Span = number;

/** Ints per span: file, line, column, end line, end column (0: no end given). */
const FIELDS = 5;
/**
 * Spans per chunk. The table grows by chunks, never by copying: fresh memory
 * is dear on small VMs (a page fault per 4 KB), and a copy touches it twice.
 */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;

export class SpanTable {
  private readonly files: string[] = [];
  private readonly fileIds = new Map<string, number>();
  private readonly chunks: Int32Array[] = [];
  private chunk = new Int32Array(0);
  private count = 0;

  /** The id of `file` in this table (a scanner asks once and reuses it). */
  fileId(file: string): number {
    let id = this.fileIds.get(file);
    if (id === undefined) {
      id = this.files.length;
      this.files.push(file);
      this.fileIds.set(file, id);
    }
    return id;
  }

  /**
   * A span of the file with id `fileId`; lines and columns are 1-based,
   * `endLine` 0 for none. Called for every key and value of a file, mostly
   * before V8 has compiled it: no default arguments, one test for a new chunk.
   */
  add(fileId: number, line: number, column: number, endLine: number, endColumn: number): Span {
    const s = this.count;
    const at = (s & IN_CHUNK) * FIELDS;
    if (at === 0) this.chunks.push((this.chunk = new Int32Array(CHUNK * FIELDS)));
    const d = this.chunk;
    d[at] = fileId;
    d[at + 1] = line;
    d[at + 2] = column;
    d[at + 3] = endLine;
    d[at + 4] = endColumn;
    this.count = s + 1;
    return s;
  }

  fromPosition(p: Position): Span {
    return this.add(this.fileId(p.file), p.line, p.column, p.endLine ?? 0, p.endColumn ?? 0);
  }

  position(s: Span): Position {
    if (!(s >= 0 && s < this.count)) throw new RangeError(`span ${s} is not in this table`);
    const d = this.chunks[s >> CHUNK_BITS];
    const at = (s & IN_CHUNK) * FIELDS;
    const pos: Position = { file: this.files[d[at]], line: d[at + 1], column: d[at + 2] };
    if (d[at + 3] !== 0) {
      pos.endLine = d[at + 3];
      pos.endColumn = d[at + 4];
    }
    return pos;
  }

  /** Whether the span ends on the line it starts on (or gives no end). */
  isOneLine(s: Span): boolean {
    const d = this.chunks[s >> CHUNK_BITS];
    const at = (s & IN_CHUNK) * FIELDS;
    return d[at + 3] === 0 || d[at + 3] === d[at + 1];
  }

  /** The point `columns` columns right of where `s` starts, on the same line (no end). */
  pointRightOf(s: Span, columns: number): Span {
    const d = this.chunks[s >> CHUNK_BITS];
    const at = (s & IN_CHUNK) * FIELDS;
    return this.add(d[at], d[at + 1], d[at + 2] + columns, 0, 0);
  }
}

/**
 * The table new spans go to and are read from: the loader gives each load its
 * own (loadProject), and the source map keeps the one its trees were made
 * with. Trees made outside a load (tests, parseComposeText) use a default one.
 */
let current = new SpanTable();

export function useSpanTable(table: SpanTable): void {
  current = table;
}

export function currentSpanTable(): SpanTable {
  return current;
}

/** A span in the current table. */
export function span(
  file: string,
  line: number,
  column: number,
  endLine?: number,
  endColumn?: number,
): Span {
  return current.add(current.fileId(file), line, column, endLine ?? 0, endColumn ?? 0);
}

export function spanOf(p: Position): Span {
  return current.fromPosition(p);
}

export function positionOf(s: Span): Position {
  return current.position(s);
}

export function isOneLine(s: Span): boolean {
  return current.isOneLine(s);
}

export function pointRightOf(s: Span, columns: number): Span {
  return current.pointRightOf(s, columns);
}
