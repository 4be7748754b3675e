/**
 * The depth limit, enforced before yaml parses a file. yaml's composer is
 * recursive and its lexer slows down with the nesting: two megabytes of
 * nested flow brackets ran for minutes and took gigabytes before failing with
 * a stack overflow. One linear pass over the text, in constant memory per
 * level, counts how deep collections are nested and refuses the file at the
 * first line that goes past the limit.
 *
 * The count follows flow brackets outside quotes and comments, and block
 * collections by the columns of their keys and `-`/`?` indicators; it skips
 * block scalars' text and quoted text. It can only overcount on text that
 * merely looks like collections (a plain scalar continued on a line of
 * dozens of brackets), so in practice it refuses nothing the loader accepts;
 * the converter's own depth check (read-yaml.ts) stays the exact one.
 */
import { UnreadableInputError } from './types.js';

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const HASH = 0x23;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;

/**
 * Throws UnreadableInputError when collections are nested so deep that a value
 * lies more than `maxDepth` levels below the top.
 */
export function refuseDeepNesting(text: string, file: string, maxDepth: number): void {
  // The top-level mapping is depth 0: a value past maxDepth needs maxDepth + 2 collections.
  const limit = maxDepth + 1;
  const n = text.length;
  /** Columns of the open block collections. */
  const indents: number[] = [];
  let flow = 0;
  /** The quote of a quoted scalar still open at the end of the previous line, or 0. */
  let quote = 0;
  /** Lines more indented than this belong to a block scalar; -1: not in one. */
  let blockScalarAbove = -1;
  let line = 0;

  const refuse = (): never => {
    throw new UnreadableInputError(
      `${file}:${line}: values are nested more than ${maxDepth} levels deep (the limit is ${maxDepth}); no compose file needs that. Flatten the file.`,
      { file, line, column: 1 },
    );
  };
  const open = (column: number): void => {
    indents.push(column);
    if (indents.length + flow > limit) refuse();
  };

  /** The end of a quoted scalar whose text starts at `p`, or -1 if it goes on past `eol`. */
  const quotedEnd = (p: number, eol: number, q: number): number => {
    for (let k = p; k < eol; k++) {
      const c = text.charCodeAt(k);
      if (q === DQUOTE && c === BACKSLASH) k++;
      else if (c === q) {
        if (q === SQUOTE && text.charCodeAt(k + 1) === SQUOTE) k++;
        else return k + 1;
      }
    }
    return -1;
  };

  /**
   * Scans flow content from `p` to the end of the line (and what follows a
   * collection that ends on it, such as `[a]: [b]`).
   */
  const scanFlow = (p: number, eol: number): void => {
    let scalarStart = true;
    let afterWhite = true;
    for (let k = p; k < eol; k++) {
      const c = text.charCodeAt(k);
      if (isWhite(c)) {
        scalarStart = afterWhite = true;
        continue;
      }
      if (c === HASH && afterWhite) return;
      afterWhite = false;
      if (scalarStart && (c === DQUOTE || c === SQUOTE)) {
        const end = quotedEnd(k + 1, eol, c);
        if (end < 0) {
          quote = c;
          return;
        }
        k = end - 1;
        scalarStart = false;
        continue;
      }
      if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        flow++;
        if (indents.length + flow > limit) refuse();
        scalarStart = true;
      } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
        if (flow > 0) flow--;
        scalarStart = false;
      } else scalarStart = c === COMMA || c === COLON;
    }
  };

  /** A value or key that starts at `p` in block context. */
  const blockContent = (p: number, eol: number, lineIndent: number): void => {
    for (;;) {
      // Indicators of nested block collections on the same line: `- - x`, `? a`.
      let c = text.charCodeAt(p);
      while ((c === 0x2d /* - */ || c === 0x3f /* ? */ || c === COLON) && isBlank(p + 1, eol)) {
        // `:` here is the value of an explicit key: no collection of its own.
        if (c !== COLON) open(column(p));
        p = skipWhite(p + 1, eol);
        if (p >= eol) return;
        c = text.charCodeAt(p);
      }
      // Anchors and tags before the content.
      while (c === 0x26 /* & */ || c === 0x21 /* ! */) {
        while (p < eol && !isWhite(text.charCodeAt(p))) p++;
        p = skipWhite(p, eol);
        if (p >= eol) return;
        c = text.charCodeAt(p);
      }
      if (c === HASH) return;
      if (c === 0x5b || c === 0x7b) {
        scanFlow(p, eol);
        return;
      }
      if (c === 0x7c /* | */ || c === 0x3e /* > */) {
        // Its text is indented deeper than the key or `-` that holds it.
        blockScalarAbove = indents.length > 0 ? indents[indents.length - 1] : lineIndent;
        return;
      }
      let keyEnd: number;
      if (c === DQUOTE || c === SQUOTE) {
        const end = quotedEnd(p + 1, eol, c);
        if (end < 0) {
          quote = c;
          return;
        }
        keyEnd = skipWhite(end, eol);
        if (text.charCodeAt(keyEnd) !== COLON || !isBlank(keyEnd + 1, eol)) return;
      } else {
        keyEnd = plainKeyColon(p, eol);
        if (keyEnd < 0) return;
      }
      // A key: its mapping is open at its column; its value follows on this line or below.
      if (indents.length === 0 || indents[indents.length - 1] < column(p)) open(column(p));
      p = skipWhite(keyEnd + 1, eol);
      if (p >= eol) return;
    }
  };

  const isBlank = (p: number, eol: number): boolean => p >= eol || isWhite(text.charCodeAt(p));
  const skipWhite = (p: number, eol: number): number => {
    while (p < eol && isWhite(text.charCodeAt(p))) p++;
    return p;
  };
  let lineStart = 0;
  const column = (p: number): number => p - lineStart;

  /** The `:` ending a plain implicit key at `p`, or -1. */
  const plainKeyColon = (p: number, eol: number): number => {
    for (let k = p; k < eol; k++) {
      const c = text.charCodeAt(k);
      if (c === COLON && isBlank(k + 1, eol)) return k;
      if (c === HASH && isWhite(text.charCodeAt(k - 1))) return -1;
    }
    return -1;
  };

  while (lineStart < n) {
    line++;
    let eol = text.indexOf('\n', lineStart);
    if (eol < 0) eol = n;
    let p = skipWhite(lineStart, eol);
    const indent = p - lineStart;
    // A document marker or directive starts over at the top (several documents are refused later).
    if (
      indent === 0 &&
      quote === 0 &&
      flow === 0 &&
      /^(?:---|\.\.\.)(?:[ \t\r]|$)|^%/.test(text.slice(p, p + 4))
    ) {
      indents.length = 0;
      flow = 0;
      blockScalarAbove = -1;
      p = text.charCodeAt(p) === 0x25 /* % */ ? eol : skipWhite(p + 3, eol);
    }
    if (quote !== 0) {
      const end = quotedEnd(p, eol, quote);
      if (end >= 0) {
        quote = 0;
        if (flow > 0) scanFlow(end, eol);
      }
    } else if (blockScalarAbove >= 0 && (p >= eol || indent > blockScalarAbove)) {
      // The text of a block scalar.
    } else {
      blockScalarAbove = -1;
      if (flow > 0) scanFlow(p, eol);
      else if (p < eol && text.charCodeAt(p) !== HASH) {
        while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
        blockContent(p, eol, indent);
      }
    }
    lineStart = eol + 1;
  }
}

function isWhite(c: number): boolean {
  return c === SPACE || c === TAB || c === CR;
}
