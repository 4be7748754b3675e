/**
 * The yaml path of parseCompose: yaml's Document turned into the loader's
 * positioned tree, for every file the line scanner declines. yaml words every
 * syntax error; the converter adds what Compose refuses beyond YAML (alias
 * bombs, cycles, merge keys that are not mappings, non-scalar keys).
 */
import type * as Yaml from 'yaml';
import type { Document, Node as YamlNode, Scalar } from 'yaml';
import type { CNode, MapEntry, MapNode, ScalarNode } from './node.js';
import { ExpansionCount } from './expansion.js';
import { applyMergeKey } from './merge-keys.js';
import { blockCollectionEnd } from './line-index.js';
import type { ParsedCompose, ReadLimits } from './read.js';
import { coreScalar, isGoOctal } from './yaml-scalars.js';
import { POINT, textRange, toPosition, type SourceRange, type SourceText } from './source-range.js';
import { UnreadableInputError, type Position } from './types.js';

type YamlLib = typeof Yaml;

/** The yaml path: what the line scanner must agree with, and the owner of every error message. */
export function parseWithYaml(
  yaml: YamlLib,
  source: SourceText,
  limits: ReadLimits,
): ParsedCompose {
  // yaml's duplicate-key check compares each key with every earlier key of its
  // mapping: quadratic, minutes for a mapping of 100,000 keys. The converter
  // spots duplicates with a hash set instead. Input with any problem at all is
  // parsed again with yaml's own check, so that the error reported is the one
  // yaml finds first, as before.
  try {
    return parseYaml(yaml, source, limits, 'converter');
  } catch (err) {
    if (!(err instanceof UnreadableInputError)) throw err;
    return parseYaml(yaml, source, limits, 'yaml');
  }
}

/** Who refuses duplicate keys: the converter (fast), or yaml (its own error order). */
type DuplicateKeyCheck = 'converter' | 'yaml';

function parseYaml(
  yaml: YamlLib,
  source: SourceText,
  limits: ReadLimits,
  duplicateKeys: DuplicateKeyCheck,
): ParsedCompose {
  const { file, text } = source;
  const doc = yaml.parseDocument(text, {
    uniqueKeys: duplicateKeys === 'yaml',
    merge: false,
    prettyErrors: false,
  });
  const pointAt = (offset: number): Position => toPosition(textRange(source, offset, POINT));
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
  if (root === null || (yaml.isScalar(root) && (root.value === null || root.value === ''))) {
    throw new UnreadableInputError(
      `${file}:1: the compose file is empty. Add at least a \`services:\` mapping.`,
      { file, line: 1, column: 1 },
    );
  }
  const converter = new Converter(yaml, doc, source, limits, duplicateKeys);
  const tree = converter.convert(root as YamlNode, 0);
  if (tree.kind !== 'map') {
    const pos = toPosition(tree.range);
    throw new UnreadableInputError(
      `${file}:${pos.line}: the top level of a compose file must be a mapping (services:, volumes:, ...), not ${tree.kind === 'seq' ? 'a list' : 'a scalar'}.`,
      pos,
    );
  }
  return { tree, usesReset: converter.sawReset };
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

  private readonly file: string;
  private readonly text: string;

  constructor(
    private readonly yaml: YamlLib,
    private readonly doc: Document,
    private readonly source: SourceText,
    private readonly limits: ReadLimits,
    private readonly duplicateKeys: DuplicateKeyCheck,
  ) {
    this.expansion = new ExpansionCount(limits.maxExpandedNodes);
    this.file = source.file;
    this.text = source.text;
  }

  /** Values built, plus the extra copies that alias uses stand for. */
  private readonly expansion: ExpansionCount;
  sawReset = false;

  convert(node: YamlNode, depth: number): CNode {
    return this.node(node, depth);
  }

  /** An alias use stands for another copy of its target: count it, and stop alias bombs early. */
  private countAlias(target: CNode, at: SourceRange): void {
    if (!this.expansion.alias(target)) this.tooLarge(toPosition(at));
  }

  private tooLarge(at: Position): never {
    throw new UnreadableInputError(
      `${this.file}:${at.line}: YAML aliases expand to more than ${this.limits.maxExpandedNodes} values (an alias bomb?). Reduce the use of anchors.`,
      at,
    );
  }

  private rangeOf(node: YamlNode, end = node.range?.[1] ?? 0): SourceRange {
    return textRange(this.source, node.range?.[0] ?? 0, end);
  }

  private posOf(node: YamlNode): Position {
    return toPosition(this.rangeOf(node));
  }

  private node(node: YamlNode, depth: number): CNode {
    if (depth > this.limits.maxDepth) {
      const pos = this.posOf(node);
      throw new UnreadableInputError(
        `${this.file}:${pos.line}: values are nested more than ${this.limits.maxDepth} levels deep. Flatten the file.`,
        pos,
      );
    }
    if (this.yaml.isAlias(node)) {
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
      this.countAlias(resolved, resolved.range);
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
   * Where a value ends. As the line scanner does, a block collection ends with
   * the line of its last value (yaml's own range also takes in the comment
   * lines below it).
   */
  private valueEnd(node: YamlNode): number {
    if ((this.yaml.isSeq(node) || this.yaml.isMap(node)) && !node.flow && node.items.length > 0) {
      const last = node.items[node.items.length - 1] as
        YamlNode | { key: YamlNode | null; value: YamlNode | null };
      const lastNode = this.yaml.isMap(node)
        ? ((last as { key: YamlNode | null; value: YamlNode | null }).value ??
          (last as { key: YamlNode | null }).key)
        : (last as YamlNode);
      if (lastNode) return blockCollectionEnd(this.text, this.valueEnd(lastNode));
    }
    return node.range?.[1] ?? 0;
  }

  private build(node: YamlNode, depth: number): CNode {
    const block = (this.yaml.isSeq(node) || this.yaml.isMap(node)) && !node.flow;
    const at = block ? this.rangeOf(node, this.valueEnd(node)) : this.rangeOf(node);
    const tag = localTag(node.tag);
    this.expansion.built();
    if (tag === '!reset') this.sawReset = true;
    if (this.yaml.isScalar(node)) return this.scalarNode(node, at, tag);
    if (this.yaml.isSeq(node)) {
      const items = node.items.map((i) => this.node(i as YamlNode, depth + 1));
      return { kind: 'seq', items, range: at, ...(tag ? { tag } : {}) };
    }
    if (this.yaml.isMap(node)) return this.mapNode(node.items, at, tag, depth);
    const pos = toPosition(at);
    throw new UnreadableInputError(`${this.file}:${pos.line}: unsupported YAML node.`, pos);
  }

  private scalarNode(node: Scalar, pos: SourceRange, tag: string | undefined): ScalarNode {
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
    const out: ScalarNode = { kind: 'scalar', value: value as ScalarNode['value'], range: pos };
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
        source: this.source,
      };
    }
    return out;
  }

  private mapNode(
    pairs: readonly unknown[],
    pos: SourceRange,
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
      const keyRange = keyNode ? this.rangeOf(keyNode) : pos;
      const key = keyNode && this.yaml.isScalar(keyNode) ? keyNode.value : keyNode;
      if (seen && (keyNode === null || this.yaml.isScalar(keyNode))) {
        const text = String(key);
        if (seen.has(text)) {
          const keyPos = toPosition(keyRange);
          throw new UnreadableInputError(
            `${this.file}:${keyPos.line}:${keyPos.column}: a key is defined twice in the same mapping.`,
            keyPos,
          );
        }
        seen.add(text);
      }
      if (
        keyNode &&
        this.yaml.isScalar(keyNode) &&
        key === '<<' &&
        (!keyNode.type || keyNode.type === 'PLAIN')
      ) {
        if (pair.value) merges.push(this.node(pair.value, depth + 1));
        continue;
      }
      if (key !== null && typeof key === 'object') {
        const keyPos = toPosition(keyRange);
        throw new UnreadableInputError(
          `${this.file}:${keyPos.line}:${keyPos.column}: a mapping key must be a scalar, not a mapping or list.`,
          keyPos,
        );
      }
      const keyText = key === null ? 'null' : String(key);
      const keyAt = keyRange;
      const value: CNode = pair.value
        ? this.node(pair.value, depth + 1)
        : { kind: 'scalar', value: null, range: keyAt };
      entries.set(keyText, { key: keyText, keyRange: keyAt, value });
    }
    for (const m of merges) {
      applyMergeKey(entries, m, (s) => {
        const at = toPosition(s.range);
        throw new UnreadableInputError(
          `${this.file}:${at.line}:${at.column}: a merge key (<<) must refer to a mapping or a list of mappings.`,
          at,
        );
      });
    }
    const out: MapNode = { kind: 'map', entries, range: pos };
    if (tag) out.tag = tag;
    return out;
  }
}

function localTag(tag: string | undefined): string | undefined {
  if (!tag || tag.startsWith('tag:yaml.org,2002:')) return undefined;
  return tag;
}
