/**
 * The first parse path of `read`: a line scanner for the plain YAML that
 * most compose files are written in. Block mappings and sequences, plain
 * scalars and quoted scalars on one line, flow sequences of scalars on one
 * line, `{}`, comments. It declines (returns undefined) everything else:
 * anchors, aliases, tags, block scalars, multi-line scalars, nested flow
 * collections, unusual escapes, tabs, CRs, control characters, several
 * documents, any doubt at all. Declined text goes to yaml (read-yaml.ts),
 * which also words every error.
 *
 * Why a scanner of our own, when the guide prefers a library: the 2,000-service
 * benchmark spends several times longer in a general YAML parser (loading it
 * included, cold) than the speed target leaves for the whole check. Reading this subset line by line takes a fraction of it, and
 * builds only our tree. The subset is small on purpose; the read tests prove
 * that it builds exactly the tree the yaml path builds, positions and source
 * texts included, on every compose file the tests know and on thousands of
 * mutations of them.
 */
import type { CNode, MapEntry, MapNode, ScalarNode, SeqNode } from './node.js';
import type { ReadLimits } from './read.js';
import { blockCollectionEnd } from './line-index.js';
import { coreScalar, isGoOctal } from './yaml-scalars.js';
import { textRange, type SourceRange, type SourceText } from './source-range.js';

class Decline extends Error {}

/**
 * Whole-text reasons to decline: tabs and CRs (the parsers differ on them),
 * characters YAML does not allow or reads specially, document markers and
 * directives.
 */
const OUTSIDE_SUBSET =
  // eslint-disable-next-line no-control-regex
  /[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]|^(?:---|\.\.\.)(?:[ \n]|$)|^%/m;

/** The nesting the scanner accepts; far deeper than any compose file, well inside the limits. */
const MAX_DEPTH = 24;

/** The double-quoted escapes the scanner reads; any other declines. */
const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

/** Characters a plain scalar may not start with (`-` is checked apart: it may start `-1`). */
const NOT_PLAIN_START = new Set([...'?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));

/** The positioned tree of a file's text, or undefined when yaml must decide. */
export function parsePlain(source: SourceText, limits: ReadLimits): MapNode | undefined {
  if (OUTSIDE_SUBSET.test(source.text)) return undefined;
  try {
    return new LineScanner(source, limits).document();
  } catch (err) {
    if (err instanceof Decline) return undefined;
    throw err;
  }
}

class LineScanner {
  private readonly text: string;
  private readonly starts: number[];
  /** The current content line (not blank, not only a comment): its index, start, end and indentation; -1 past the end. */
  private line = -1;
  private lineStart = 0;
  private lineEnd = -1;
  private indent = -1;
  /** Offset just past the value read last. */
  private end = 0;
  /** Where the key read last was written. */
  private keyPos: SourceRange | undefined;
  /** Keys as written -> keys as held, for the keys seen so far. */
  private readonly keys = new Map<string, string>();
  private nodes = 0;

  constructor(
    private readonly source: SourceText,
    private readonly limits: ReadLimits,
  ) {
    this.text = source.text;
    this.starts = source.starts();
  }

  document(): MapNode | undefined {
    this.nextLine();
    if (this.indent !== 0 || this.isSeqEntry(this.lineStart)) return undefined;
    const root = this.mapping(this.lineStart, 0, 1);
    if (!this.atEnd()) throw new Decline();
    return root;
  }

  private atEnd(): boolean {
    return this.indent === -1;
  }

  /** Moves to the next content line. */
  private nextLine(): void {
    const t = this.text;
    const starts = this.starts;
    for (let line = this.line + 1; line < starts.length; line++) {
      const s = starts[line];
      const e = line + 1 < starts.length ? starts[line + 1] - 1 : t.length;
      let i = s;
      while (t.charCodeAt(i) === SPACE) i++;
      if (i < e && t.charCodeAt(i) !== HASH) {
        this.line = line;
        this.lineStart = s;
        this.lineEnd = e;
        this.indent = i - s;
        return;
      }
    }
    this.line = starts.length;
    this.lineStart = this.lineEnd = t.length;
    this.indent = -1;
  }

  private isSeqEntry(at: number): boolean {
    return (
      this.text.charCodeAt(at) === DASH &&
      (at + 1 === this.lineEnd || this.text.charCodeAt(at + 1) === SPACE)
    );
  }

  /**
   * A block mapping whose first key starts at `start` on the current line, in
   * column `col` (0-based).
   */
  private mapping(start: number, col: number, depth: number): MapNode {
    this.count(depth);
    const t = this.text;
    const entries = new Map<string, MapEntry>();
    let at = start;
    let lastEnd = start;
    for (;;) {
      const colon = this.keyColon(at);
      if (colon < 0) throw new Decline();
      const key = this.key(at, colon);
      const keyPos = this.keyPos!;
      if (entries.has(key)) throw new Decline();
      let v = colon + 1;
      while (t.charCodeAt(v) === SPACE) v++;
      let value: CNode;
      if (v === this.lineEnd || t.charCodeAt(v) === HASH) {
        const empty = this.emptyAt(colon + 1);
        this.nextLine();
        if (this.indent > col) value = this.block(depth + 1);
        else if (this.indent === col && this.isSeqEntry(this.lineStart + col))
          value = this.sequence(this.lineStart + col, col, depth + 1);
        else {
          value = this.scalarNode(null, empty, empty, false, this.span(empty, empty));
          this.end = empty;
        }
      } else {
        value = this.inline(v, depth + 1);
        this.nextLine();
        if (this.indent > col) throw new Decline();
      }
      entries.set(key, { key, keyRange: keyPos, value });
      lastEnd = this.end;
      if (this.indent !== col || this.isSeqEntry(this.lineStart + col)) break;
      at = this.lineStart + col;
    }
    const end = (this.end = blockCollectionEnd(t, lastEnd));
    return { kind: 'map', entries, range: textRange(this.source, start, end) };
  }

  /** A block sequence whose first `-` is at `start` on the current line, in column `col`. */
  private sequence(start: number, col: number, depth: number): SeqNode {
    this.count(depth);
    const t = this.text;
    const items: CNode[] = [];
    let at = start;
    let lastEnd = start;
    for (;;) {
      let v = at + 1;
      while (t.charCodeAt(v) === SPACE) v++;
      // An entry with its value on the next lines, or a sequence in a sequence: rare, left to yaml.
      if (v === this.lineEnd || t.charCodeAt(v) === HASH || this.isSeqEntry(v)) throw new Decline();
      let item: CNode;
      if (this.keyColon(v) >= 0) item = this.mapping(v, v - this.lineStart, depth + 1);
      else {
        item = this.inline(v, depth + 1);
        this.nextLine();
      }
      if (this.indent > col) throw new Decline();
      items.push(item);
      lastEnd = this.end;
      if (this.indent !== col || !this.isSeqEntry(this.lineStart + col)) break;
      at = this.lineStart + col;
    }
    const end = (this.end = blockCollectionEnd(t, lastEnd));
    return { kind: 'seq', items, range: textRange(this.source, start, end) };
  }

  /** The block collection on the current line, more indented than its key. */
  private block(depth: number): CNode {
    const at = this.lineStart + this.indent;
    if (this.isSeqEntry(at)) return this.sequence(at, this.indent, depth);
    if (this.keyColon(at) >= 0) return this.mapping(at, this.indent, depth);
    // A scalar on the lines below its key.
    throw new Decline();
  }

  /**
   * The `:` that ends an implicit key starting at `at` on the current line,
   * or -1 when the line holds no key there.
   */
  private keyColon(at: number): number {
    const t = this.text;
    const end = this.lineEnd;
    let i: number;
    const c = t.charCodeAt(at);
    if (c === DQUOTE || c === SQUOTE) {
      i = this.quotedEnd(at);
      while (t.charCodeAt(i) === SPACE) i++;
    } else {
      for (i = at; i < end; i++) {
        const ch = t.charCodeAt(i);
        if (ch === COLON) {
          if (i + 1 === end || t.charCodeAt(i + 1) === SPACE) break;
        } else if (ch === HASH && t.charCodeAt(i - 1) === SPACE) return -1;
      }
    }
    if (i >= end || t.charCodeAt(i) !== COLON) return -1;
    if (i + 1 !== end && t.charCodeAt(i + 1) !== SPACE) return -1;
    // YAML caps implicit keys at 1024 characters.
    if (i - at > 1000) throw new Decline();
    return i;
  }

  /** The key starting at `at` on the current line, as the mapping holds it; its position goes to `keyPos`. */
  private key(at: number, colon: number): string {
    const t = this.text;
    const c = t.charCodeAt(at);
    this.count(1);
    if (c === DQUOTE || c === SQUOTE) {
      const end = this.quotedEnd(at);
      this.keyPos = this.spanHere(at, end);
      return c === DQUOTE ? this.doubleQuoted(at, end) : this.singleQuoted(at, end);
    }
    let end = colon;
    while (t.charCodeAt(end - 1) === SPACE) end--;
    const raw = t.slice(at, end);
    // A merge key needs an alias; anything odd at the start is for the other paths.
    if (raw === '<<' || this.cannotStartPlain(at)) throw new Decline();
    this.keyPos = this.spanHere(at, end);
    // The same few keys repeat in every service: keep one copy of each (the slice dies young).
    const known = this.keys.get(raw);
    if (known !== undefined) return known;
    const value = this.resolve(raw);
    const key = value === null ? 'null' : String(value);
    this.keys.set(raw, key);
    return key;
  }

  /** A value that starts on the current line at `at` and ends on it. */
  private inline(at: number, depth: number): CNode {
    this.count(depth);
    const t = this.text;
    const c = t.charCodeAt(at);
    let node: CNode;
    if (c === DQUOTE || c === SQUOTE) {
      const end = this.quotedEnd(at);
      if (end < 0) throw new Decline();
      const value = c === DQUOTE ? this.doubleQuoted(at, end) : this.singleQuoted(at, end);
      node = this.scalarNode(value, at, end, true);
      this.end = end;
    } else if (c === 0x5b /* [ */) node = this.flowSequence(at, depth);
    else if (c === 0x7b /* { */) node = this.emptyFlowMapping(at);
    else {
      if (this.cannotStartPlain(at)) throw new Decline();
      let i = at;
      const lineEnd = this.lineEnd;
      for (; i < lineEnd; i++) {
        const ch = t.charCodeAt(i);
        // `a: b: c` is an error; `a: b:` too.
        if (ch === COLON && (i + 1 === lineEnd || t.charCodeAt(i + 1) === SPACE))
          throw new Decline();
        if (ch === HASH && t.charCodeAt(i - 1) === SPACE) break;
      }
      let end = i;
      while (t.charCodeAt(end - 1) === SPACE) end--;
      this.end = end;
      return this.scalarNode(this.resolve(t.slice(at, end)), at, end, false);
    }
    this.restOfLine(this.end);
    return node;
  }

  /** `[a, "b", 'c']` on one line: scalars only. */
  private flowSequence(at: number, depth: number): SeqNode {
    const t = this.text;
    const items: CNode[] = [];
    let i = at + 1;
    while (t.charCodeAt(i) === SPACE) i++;
    if (t.charCodeAt(i) !== 0x5d /* ] */) {
      for (;;) {
        this.count(depth + 1);
        const c = t.charCodeAt(i);
        let end: number;
        if (c === DQUOTE || c === SQUOTE) {
          end = this.quotedEnd(i);
          if (end < 0) throw new Decline();
          const value = c === DQUOTE ? this.doubleQuoted(i, end) : this.singleQuoted(i, end);
          items.push(this.scalarNode(value, i, end, true));
          i = end;
        } else {
          if (this.cannotStartPlain(i)) throw new Decline();
          let j = i;
          for (; j < this.lineEnd; j++) {
            const ch = t.charCodeAt(j);
            if (ch === 0x2c || ch === 0x5d || ch === 0x5b || ch === 0x7b || ch === 0x7d) break;
            // `a: b` in a flow sequence is a pair, and `#` may start a comment.
            if (ch === COLON || ch === HASH) throw new Decline();
          }
          end = j;
          while (t.charCodeAt(end - 1) === SPACE) end--;
          items.push(this.scalarNode(this.resolve(t.slice(i, end)), i, end, false));
          i = j;
        }
        while (t.charCodeAt(i) === SPACE) i++;
        const sep = t.charCodeAt(i);
        if (sep === 0x5d /* ] */) break;
        if (sep !== 0x2c /* , */) throw new Decline();
        i++;
        while (t.charCodeAt(i) === SPACE) i++;
        // An empty entry or a trailing comma.
        const next = t.charCodeAt(i);
        if (next === 0x2c || next === 0x5d) throw new Decline();
      }
    }
    const end = (this.end = i + 1);
    return { kind: 'seq', items, range: this.spanHere(at, end) };
  }

  private emptyFlowMapping(at: number): MapNode {
    let i = at + 1;
    while (this.text.charCodeAt(i) === SPACE) i++;
    if (this.text.charCodeAt(i) !== 0x7d /* } */) throw new Decline();
    const end = (this.end = i + 1);
    return { kind: 'map', entries: new Map(), range: this.spanHere(at, end) };
  }

  /** After a quoted scalar or flow collection: spaces, then the end of the line or a comment. */
  private restOfLine(end: number): void {
    let i = end;
    while (this.text.charCodeAt(i) === SPACE) i++;
    if (i === this.lineEnd) return;
    if (this.text.charCodeAt(i) === HASH && i > end) return;
    throw new Decline();
  }

  /** Offset just past the closing quote of the scalar opening at `at`, on the same line; -1 if none. */
  private quotedEnd(at: number): number {
    const t = this.text;
    const q = t.charCodeAt(at);
    for (let i = at + 1; i < this.lineEnd; i++) {
      const ch = t.charCodeAt(i);
      if (q === DQUOTE && ch === 0x5c /* \ */) i++;
      else if (ch === q) {
        if (q === SQUOTE && t.charCodeAt(i + 1) === SQUOTE) i++;
        else return i + 1;
      }
    }
    return -1;
  }

  private doubleQuoted(at: number, end: number): string {
    const t = this.text;
    const body = t.slice(at + 1, end - 1);
    if (!body.includes('\\')) return body;
    return body.replace(/\\(.)/g, (_m, c: string) => {
      const e = ESCAPES[c];
      if (e === undefined) throw new Decline();
      return e;
    });
  }

  private singleQuoted(at: number, end: number): string {
    return this.text.slice(at + 1, end - 1).replaceAll("''", "'");
  }

  private cannotStartPlain(at: number): boolean {
    const c = this.text.charCodeAt(at);
    if (c === DASH) {
      const n = this.text.charCodeAt(at + 1);
      return at + 1 >= this.lineEnd || n === SPACE;
    }
    return NOT_PLAIN_START.has(c);
  }

  /** A plain scalar's value, with Go's octal habit (as the other paths). */
  private resolve(raw: string): ScalarNode['value'] {
    const value = coreScalar(raw);
    return typeof value === 'number' && isGoOctal(raw) ? parseInt(raw, 8) : value;
  }

  /** Where the other paths place the null of `key:` with nothing after it. */
  private emptyAt(from: number): number {
    let i = from;
    while (this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  private scalarNode(
    value: ScalarNode['value'],
    start: number,
    end: number,
    quoted: boolean,
    pos: SourceRange = this.spanHere(start, end),
  ): ScalarNode {
    const node: ScalarNode = { kind: 'scalar', value, range: pos };
    if (quoted) node.quoted = true;
    if (typeof value === 'string' && value.includes('$'))
      node.src = { text: this.text.slice(start, end), offset: start, source: this.source };
    return node;
  }

  private count(depth: number): void {
    if (depth > MAX_DEPTH || ++this.nodes > this.limits.maxExpandedNodes) throw new Decline();
  }

  private span(start: number, end: number): SourceRange {
    return textRange(this.source, start, end);
  }

  /** The range of a value on the current line. */
  private spanHere(start: number, end: number): SourceRange {
    return textRange(this.source, start, end);
  }
}
