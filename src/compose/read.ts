/**
 * Reads one compose file into a positioned tree. Only input that cannot be
 * read at all throws (UnreadableInputError); everything else is left for the
 * later stages to judge.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Document, LineCounter, Node as YamlNode, Scalar } from 'yaml';
import {
  isAlias,
  isMap as isYamlMap,
  isScalar as isYamlScalar,
  isSeq as isYamlSeq,
  readFastModule,
  yamlModule,
} from '../yaml-module.js';
import type { CNode, MapEntry, MapNode, ScalarNode } from './node.js';
import { ExpansionCount } from './expansion.js';
import { applyMergeKey } from './merge-keys.js';
import { blockCollectionEnd } from './line-index.js';
import { parsePlain } from './read-plain.js';
import { coreScalar, isGoOctal } from './yaml-scalars.js';
import { positionOf, spanOf, type Span } from './span.js';
import { UnreadableInputError, type Position } from './types.js';

export interface ReadLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Deepest nesting of mappings and lists accepted. */
  maxDepth: number;
  /** Most values the document may expand to once aliases are resolved (alias bombs). */
  maxExpandedNodes: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  // The checker holds ~200 bytes of heap per byte of compose file: 4 MiB stays
  // within a default Node heap (a 4 MiB file is ~40,000 services); a larger
  // file is far more likely a wrong path (a dump, a log) than a compose file.
  maxBytes: 4 * 1024 * 1024,
  maxDepth: 64,
  maxExpandedNodes: 2_000_000,
};

/** Reads a file as UTF-8 text, refusing what is not a readable text file. */
export function readTextFile(
  file: string,
  what: string,
  limits: ReadLimits = DEFAULT_LIMITS,
): string {
  const at: Position = { file, line: 1, column: 1 };
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) {
      throw new UnreadableInputError(
        `${file}: is a directory, not ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what}. Give the path of the file itself.`,
        at,
      );
    }
    // Reading a FIFO blocks until a writer comes: forever, for a stray one.
    if (st.isFIFO() || st.isSocket())
      throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    size = st.size;
  } catch (err) {
    if (err instanceof UnreadableInputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'ELOOP'
            ? 'ELOOP: a symbolic link loop'
            : code === 'ENOTDIR'
              ? 'ENOTDIR: a part of the path is not a directory'
              : code === 'ENOTREG'
                ? 'not a regular file but a FIFO or socket'
                : String(code ?? err);
    throw new UnreadableInputError(
      `${file}: cannot read ${what} (${reason}). Check the path and its permissions.`,
      at,
    );
  }
  if (size > limits.maxBytes) {
    throw new UnreadableInputError(
      `${file}: ${what} is ${size} bytes, over the ${limits.maxBytes}-byte limit. Split it or check that this is the right file.`,
      at,
    );
  }
  let buf: Buffer;
  try {
    buf = readAtMost(file, limits.maxBytes + 1, size);
  } catch (err) {
    throw new UnreadableInputError(`${file}: cannot read ${what} (${(err as Error).message}).`, at);
  }
  if (buf.length > limits.maxBytes) {
    // A device (/dev/zero) or a file still growing: its stat size said less.
    throw new UnreadableInputError(
      `${file}: ${what} is ${buf.length} bytes, over the ${limits.maxBytes}-byte limit. Split it or check that this is the right file.`,
      at,
    );
  }
  const nul = buf.indexOf(0);
  if (nul >= 0) {
    const line = countLines(buf, nul);
    throw new UnreadableInputError(
      `${file}:${line}: ${what} holds binary data (a NUL byte); it must be UTF-8 text. Check that this is the right file.`,
      { file, line, column: 1 },
    );
  }
  // isUtf8 then toString: a fatal TextDecoder does the same but costs more at start-up.
  if (!isUtf8(buf)) {
    const bad = firstInvalidUtf8(buf);
    const line = countLines(buf, bad);
    throw new UnreadableInputError(
      `${file}:${line}: ${what} is not valid UTF-8 text. Save it as UTF-8.`,
      { file, line, column: 1 },
    );
  }
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * At most `max` bytes of a file: a device such as /dev/zero never ends (/dev/null,
 * as an env file, is fine). The first read asks for the size stat gave, and one
 * byte more to see growth: a regular file is read in one call, without copying.
 */
function readAtMost(file: string, max: number, sizeHint: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    let want = Math.min(Math.max(sizeHint + 1, 4096), max);
    while (total < max) {
      const chunk = Buffer.allocUnsafe(Math.min(want, max - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      want = 1 << 20;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

function countLines(buf: Buffer, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (buf[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(buf: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = buf.length;
  // The shortest invalid prefix: bisect on prefixes that still decode.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(buf.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/** Parsed files that use `!reset` somewhere (the loader skips a pass for the others). */
export const TREES_WITH_RESET = new WeakSet<MapNode>();

/** Reads and parses a compose file whose top level must be a mapping. */
export function readComposeFile(file: string, limits: ReadLimits = DEFAULT_LIMITS): MapNode {
  return parseComposeText(readTextFile(file, 'compose file', limits), file, limits);
}

export function parseComposeText(
  text: string,
  file: string,
  limits: ReadLimits = DEFAULT_LIMITS,
): MapNode {
  // Three paths, fastest first: the line scanner reads plain compose files,
  // js-yaml most others several times faster than yaml; what both decline
  // (any error included) goes to yaml, which words the errors.
  return parsePlain(text, file, limits) ?? parseWithLibraries(text, file, limits);
}

/** The paths after the line scanner, for a file it declined. */
export function parseWithLibraries(
  text: string,
  file: string,
  limits: ReadLimits = DEFAULT_LIMITS,
): MapNode {
  const fast = readFastModule().parseFast(text, file, limits);
  if (fast) {
    if (fast.sawReset) TREES_WITH_RESET.add(fast.tree);
    return fast.tree;
  }
  return parseComposeTextWithYaml(text, file, limits);
}

/** The yaml path alone: what the fast path must agree with, and the owner of every error message. */
export function parseComposeTextWithYaml(
  text: string,
  file: string,
  limits: ReadLimits = DEFAULT_LIMITS,
): MapNode {
  // yaml's duplicate-key check compares each key with every earlier key of its
  // mapping: quadratic, minutes for a mapping of 100,000 keys. The converter
  // spots duplicates with a hash set instead. Input with any problem at all is
  // parsed again with yaml's own check, so that the error reported is the one
  // yaml finds first, as before.
  try {
    return parseYaml(text, file, limits, 'converter');
  } catch (err) {
    if (!(err instanceof UnreadableInputError)) throw err;
    return parseYaml(text, file, limits, 'yaml');
  }
}

/** Who refuses duplicate keys: the converter (fast), or yaml (its own error order). */
type DuplicateKeyCheck = 'converter' | 'yaml';

function parseYaml(
  text: string,
  file: string,
  limits: ReadLimits,
  duplicateKeys: DuplicateKeyCheck,
): MapNode {
  const { LineCounter, parseDocument } = yamlModule();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: duplicateKeys === 'yaml',
    merge: false,
    prettyErrors: false,
  });
  const pointAt = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const locate = (offset: number): Span => spanOf(pointAt(offset));
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    // yaml places a missing closing quote at the end of the input, often far
    // below the mistake: point at the quote that opened the value instead.
    const quote =
      e.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(e.message)?.[1] : undefined;
    const opened = quote ? openingQuote(text, e.pos[0], quote) : -1;
    const pos = pointAt(opened >= 0 ? opened : e.pos[0]);
    const what =
      e.code === 'DUPLICATE_KEY'
        ? `a key is defined twice in the same mapping (${keyAt(text, e.pos[0]) ?? firstLine(e.message)}); Compose refuses this. Keep one of them`
        : `is not valid YAML: ${firstLine(e.message)}${opened >= 0 ? ' (the value quoted here never ends)' : ''}. Fix the syntax at this line`;
    throw new UnreadableInputError(`${file}:${pos.line}:${pos.column}: ${what}.`, pos);
  }
  const root = doc.contents;
  if (root === null || (isYamlScalar(root) && (root.value === null || root.value === ''))) {
    throw new UnreadableInputError(
      `${file}:1: the compose file is empty. Add at least a \`services:\` mapping.`,
      { file, line: 1, column: 1 },
    );
  }
  const converter = new Converter(doc, text, locate, limits, file, lineCounter, duplicateKeys);
  const tree = converter.convert(root as YamlNode, 0);
  if (converter.sawReset && tree.kind === 'map') TREES_WITH_RESET.add(tree);
  if (tree.kind !== 'map') {
    const pos = positionOf(tree.pos);
    throw new UnreadableInputError(
      `${file}:${pos.line}: the top level of a compose file must be a mapping (services:, volumes:, ...), not ${tree.kind === 'seq' ? 'a list' : 'a scalar'}.`,
      pos,
    );
  }
  return tree;
}

/** Offset of the quote that opens the unterminated value ending at `end`, or -1. */
function openingQuote(text: string, end: number, quote: string): number {
  for (let i = Math.min(end, text.length) - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    if (quote === '"' && text[i - 1] === '\\') continue; // \" inside "..."
    if (quote === "'" && text[i - 1] === "'") {
      i--; // '' inside '...'
      continue;
    }
    return i;
  }
  return -1;
}

/** The key written at `offset` (a duplicate key), as the user wrote it. */
function keyAt(text: string, offset: number): string | undefined {
  const eol = text.indexOf('\n', offset);
  const rest = text.slice(offset, eol < 0 ? undefined : eol);
  const key = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^:#\n]*?))\s*:(?:\s|$)/.exec(rest);
  const found = key?.[1] ?? key?.[2] ?? key?.[3];
  return found ? `'${found}'` : undefined;
}

function firstLine(s: string): string {
  return s.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

class Converter {
  private readonly done = new Map<YamlNode, CNode>();
  private readonly inProgress = new Set<YamlNode>();

  constructor(
    private readonly doc: Document,
    private readonly text: string,
    private readonly locate: (offset: number) => Span,
    private readonly limits: ReadLimits,
    private readonly file: string,
    private readonly lineCounter: LineCounter,
    private readonly duplicateKeys: DuplicateKeyCheck,
  ) {
    this.expansion = new ExpansionCount(limits.maxExpandedNodes);
  }

  /** Values built, plus the extra copies that alias uses stand for. */
  private readonly expansion: ExpansionCount;
  sawReset = false;

  convert(node: YamlNode, depth: number): CNode {
    return this.node(node, depth);
  }

  /** An alias use stands for another copy of its target: count it, and stop alias bombs early. */
  private countAlias(target: CNode, at: Span): void {
    if (!this.expansion.alias(target)) this.tooLarge(positionOf(at));
  }

  private tooLarge(at: Position): never {
    throw new UnreadableInputError(
      `${this.file}:${at.line}: YAML aliases expand to more than ${this.limits.maxExpandedNodes} values (an alias bomb?). Reduce the use of anchors.`,
      at,
    );
  }

  private posOf(node: YamlNode): Position {
    const range = node.range ?? [0, 0, 0];
    const start = this.lineCounter.linePos(range[0]);
    const end = this.lineCounter.linePos(range[1]);
    return {
      file: this.file,
      line: start.line,
      column: start.col,
      endLine: end.line,
      endColumn: end.col,
    };
  }

  private node(node: YamlNode, depth: number): CNode {
    if (depth > this.limits.maxDepth) {
      const pos = this.posOf(node);
      throw new UnreadableInputError(
        `${this.file}:${pos.line}: values are nested more than ${this.limits.maxDepth} levels deep. Flatten the file.`,
        pos,
      );
    }
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      if (!target) {
        const pos = this.posOf(node);
        throw new UnreadableInputError(
          `${this.file}:${pos.line}:${pos.column}: alias *${node.source} names no anchor. Define &${node.source} before using it.`,
          pos,
        );
      }
      if (this.inProgress.has(target)) {
        const pos = this.posOf(node);
        throw new UnreadableInputError(
          `${this.file}:${pos.line}:${pos.column}: alias *${node.source} refers to a value that contains it. Remove the cycle.`,
          pos,
        );
      }
      const resolved = this.node(target, depth);
      this.countAlias(resolved, resolved.pos);
      return resolved;
    }
    const cached = this.done.get(node);
    if (cached) return cached;
    this.inProgress.add(node);
    const result = this.build(node, depth);
    this.inProgress.delete(node);
    this.done.set(node, result);
    return result;
  }

  /**
   * Where a value ends. As the fast path does, a block collection ends with
   * the line of its last value (yaml's own range also takes in the comment
   * lines below it).
   */
  private valueEnd(node: YamlNode): number {
    if ((isYamlSeq(node) || isYamlMap(node)) && !node.flow && node.items.length > 0) {
      const last = node.items[node.items.length - 1] as
        YamlNode | { key: YamlNode | null; value: YamlNode | null };
      const lastNode = isYamlMap(node)
        ? ((last as { key: YamlNode | null; value: YamlNode | null }).value ??
          (last as { key: YamlNode | null }).key)
        : (last as YamlNode);
      if (lastNode) return blockCollectionEnd(this.text, this.valueEnd(lastNode));
    }
    return node.range?.[1] ?? 0;
  }

  private build(node: YamlNode, depth: number): CNode {
    const pos = this.posOf(node);
    if ((isYamlSeq(node) || isYamlMap(node)) && !node.flow) {
      const end = this.lineCounter.linePos(this.valueEnd(node));
      pos.endLine = end.line;
      pos.endColumn = end.col;
    }
    const tag = localTag(node.tag);
    this.expansion.built();
    if (tag === '!reset') this.sawReset = true;
    if (isYamlScalar(node)) return this.scalarNode(node, spanOf(pos), tag);
    if (isYamlSeq(node)) {
      const at = spanOf(pos);
      const items = node.items.map((i) => this.node(i as YamlNode, depth + 1));
      return { kind: 'seq', items, pos: at, ...(tag ? { tag } : {}) };
    }
    if (isYamlMap(node)) return this.mapNode(node.items, spanOf(pos), tag, depth);
    throw new UnreadableInputError(`${this.file}:${pos.line}: unsupported YAML node.`, pos);
  }

  private scalarNode(node: Scalar, pos: Span, tag: string | undefined): ScalarNode {
    let value: unknown = node.value;
    if (typeof value === 'bigint') value = Number(value);
    if (value instanceof Date) value = node.source ?? value.toISOString();
    if (
      value !== null &&
      typeof value !== 'string' &&
      typeof value !== 'number' &&
      typeof value !== 'boolean'
    ) {
      value = node.source ?? String(value);
    }
    // A local tag (`!reset null`, `!override 6379`) hides the plain scalar's core-schema type from the parser.
    if (tag && typeof value === 'string' && (!node.type || node.type === 'PLAIN'))
      value = coreScalar(value);
    const out: ScalarNode = { kind: 'scalar', value: value as ScalarNode['value'], pos };
    if (tag) out.tag = tag;
    if (node.type && node.type !== 'PLAIN') out.quoted = true;
    else if (
      !tag &&
      typeof value === 'number' &&
      typeof node.source === 'string' &&
      isGoOctal(node.source)
    ) {
      out.value = parseInt(node.source, 8);
    }
    if (typeof value === 'string' && value.includes('$') && node.range) {
      out.src = {
        text: this.text.slice(node.range[0], node.range[1]),
        offset: node.range[0],
        locate: this.locate,
      };
    }
    return out;
  }

  private mapNode(
    pairs: readonly unknown[],
    pos: Span,
    tag: string | undefined,
    depth: number,
  ): MapNode {
    const entries = new Map<string, MapEntry>();
    const merges: CNode[] = [];
    // Key texts seen (merge keys included): equal yaml keys have equal texts.
    const seen = this.duplicateKeys === 'converter' ? new Set<string>() : undefined;
    for (const p of pairs) {
      const pair = p as { key: YamlNode | null; value: YamlNode | null };
      const keyNode = pair.key;
      const keyPos = keyNode ? this.posOf(keyNode) : positionOf(pos);
      const key = keyNode && isYamlScalar(keyNode) ? keyNode.value : keyNode;
      if (seen && (keyNode === null || isYamlScalar(keyNode))) {
        const text = String(key);
        if (seen.has(text)) {
          throw new UnreadableInputError(
            `${this.file}:${keyPos.line}:${keyPos.column}: a key is defined twice in the same mapping.`,
            keyPos,
          );
        }
        seen.add(text);
      }
      if (
        keyNode &&
        isYamlScalar(keyNode) &&
        key === '<<' &&
        (!keyNode.type || keyNode.type === 'PLAIN')
      ) {
        if (pair.value) merges.push(this.node(pair.value, depth + 1));
        continue;
      }
      if (key !== null && typeof key === 'object') {
        throw new UnreadableInputError(
          `${this.file}:${keyPos.line}:${keyPos.column}: a mapping key must be a scalar, not a mapping or list.`,
          keyPos,
        );
      }
      const keyText = key === null ? 'null' : String(key);
      const keyAt = keyNode ? spanOf(keyPos) : pos;
      const value: CNode = pair.value
        ? this.node(pair.value, depth + 1)
        : { kind: 'scalar', value: null, pos: keyAt };
      entries.set(keyText, { key: keyText, keyPos: keyAt, value });
    }
    for (const m of merges) {
      applyMergeKey(entries, m, (s) => {
        const at = positionOf(s.pos);
        throw new UnreadableInputError(
          `${this.file}:${at.line}:${at.column}: a merge key (<<) must refer to a mapping or a list of mappings.`,
          at,
        );
      });
    }
    const out: MapNode = { kind: 'map', entries, pos };
    if (tag) out.tag = tag;
    return out;
  }
}

function localTag(tag: string | undefined): string | undefined {
  if (!tag || tag.startsWith('tag:yaml.org,2002:')) return undefined;
  return tag;
}
