/**
 * Edits a YAML fixture by key path, keeping the rest of the text exactly as
 * written (quotes, flow lists, comments), so a case says what it changes
 * ("the redis image", "the worker's broker URL") instead of which line, and
 * the line a finding should point at is looked up the same way.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';

/** A path of keys and list indexes, e.g. ['services', 'redis', 'volumes', 0]. */
export type KeyPath = readonly (string | number)[];

/** One change to a fixture's text. */
export type Edit = (text: string) => string;

function parse(text: string) {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`fixture is no YAML: ${doc.errors[0]!.message}`);
  return doc;
}

function nodeAt(text: string, path: KeyPath): Node {
  const node = parse(text).getIn(path, true) as Node | undefined;
  if (!node?.range) throw new Error(`no value at ${path.join('.')} in the fixture`);
  return node;
}

/** The parent's pair for a key path that ends in a key. */
function pairAt(text: string, path: KeyPath): Pair<Node, Node | null> {
  const doc = parse(text);
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const key = path.at(-1);
  const pair = isMap(parent)
    ? (parent.items as Pair<Node, Node | null>[]).find(
        (p) => isScalar(p.key) && p.key.value === key,
      )
    : undefined;
  if (!pair) throw new Error(`no key ${path.join('.')} in the fixture`);
  return pair;
}

const lineAtOffset = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The last line a node's text takes (block collections end with their newline). */
function endLine(text: string, node: Node): number {
  const end = node.range![1];
  return lineAtOffset(text, end > 0 && text[end - 1] === '\n' ? end - 1 : end);
}

/** 1-based line where the value at `path` starts (a mapping: its first key). */
export function lineOf(text: string, path: KeyPath): number {
  return lineAtOffset(text, nodeAt(text, path).range![0]);
}

/** 1-based line of the key that ends `path`. */
export function keyLineOf(text: string, path: KeyPath): number {
  return lineAtOffset(text, (pairAt(text, path).key as Node).range![0]);
}

/** Replaces the value at `path` with `raw`, YAML text as it should be written (`"6379:6379"`, `[a, b]`). */
export const set =
  (path: KeyPath, raw: string): Edit =>
  (text) => {
    const [start, end] = nodeAt(text, path).range!;
    return text.slice(0, start) + raw + text.slice(end);
  };

function withoutLines(text: string, first: number, last: number): string {
  const lines = text.split('\n');
  lines.splice(first - 1, last - first + 1);
  return lines.join('\n');
}

/** Removes a key with its value, or a list item. */
export const remove =
  (path: KeyPath): Edit =>
  (text) => {
    if (typeof path.at(-1) === 'number') {
      const item = nodeAt(text, path);
      return withoutLines(text, lineAtOffset(text, item.range![0]), endLine(text, item));
    }
    const pair = pairAt(text, path);
    const first = lineAtOffset(text, (pair.key as Node).range![0]);
    return withoutLines(text, first, Math.max(first, pair.value ? endLine(text, pair.value) : 0));
  };

/**
 * Appends lines to the block mapping or list at `path`, indented as its
 * entries are: `add(['services', 'redis'], 'ports:', '  - "6379:6379"')`,
 * `add(['services', 'redis', 'volumes'], '- /data')`.
 */
export const add =
  (path: KeyPath, ...lines: string[]): Edit =>
  (text) => {
    const node = nodeAt(text, path);
    if (!isMap(node) && !isSeq(node)) throw new Error(`${path.join('.')} is no mapping or list`);
    const first = node.items[0];
    const firstNode = (isMap(node) ? (first as Pair<Node>).key : first) as Node;
    const firstLine = text.split('\n')[lineAtOffset(text, firstNode.range![0]) - 1]!;
    const indent = /^\s*/.exec(firstLine)![0];
    const all = text.split('\n');
    all.splice(endLine(text, node), 0, ...lines.map((l) => indent + l));
    return all.join('\n');
  };

/** Applies edits in order. */
export const edited = (text: string, edits: readonly Edit[]) => edits.reduce((t, e) => e(t), text);
