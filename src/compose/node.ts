/**
 * The loader's working tree: YAML values that remember where they were
 * written. Every stage (interpolate, normalise, merge, extends) maps trees to
 * trees, so positions travel with the values they belong to and the final
 * model + SourceMap are emitted in one walk at the end. Each node carries
 * its SourceRange (source-range.ts), made a report Position only when asked.
 */
import type { SourceRange, SourceText } from './source-range.js';
import type { VariableRef } from './types.js';

export type ScalarValue = string | number | boolean | null;

/** The source text behind a string scalar, kept only when it holds a `$`. */
export interface ScalarSource {
  /** The scalar's source text, including quotes or block indicators. */
  text: string;
  /** Offset of `text` in its file. */
  offset: number;
  /** The file's text. */
  source: SourceText;
}

interface NodeBase {
  /** Where the value was written (toPosition makes it a report Position). */
  range: SourceRange;
  /** A local tag such as `!reset` or `!override`. */
  tag?: string;
}

export interface ScalarNode extends NodeBase {
  kind: 'scalar';
  value: ScalarValue;
  /** The text before interpolation, when interpolation changed or inspected it. */
  raw?: string;
  variables?: VariableRef[];
  src?: ScalarSource;
  /** Written with quotes: such a `<<` is an ordinary key, not a merge key. */
  quoted?: boolean;
}

export interface MapEntry {
  key: string;
  keyRange: SourceRange;
  value: CNode;
}

export interface MapNode extends NodeBase {
  kind: 'map';
  entries: Map<string, MapEntry>;
}

export interface SeqNode extends NodeBase {
  kind: 'seq';
  items: CNode[];
}

export type CNode = ScalarNode | MapNode | SeqNode;

export function scalar(value: ScalarValue, pos: SourceRange, from?: ScalarNode): ScalarNode {
  const node: ScalarNode = { kind: 'scalar', value, range: pos };
  if (from?.raw !== undefined) node.raw = from.raw;
  if (from?.variables) node.variables = from.variables;
  return node;
}

export function mapNode(pos: SourceRange, entries: Iterable<MapEntry> = []): MapNode {
  const map = new Map<string, MapEntry>();
  for (const e of entries) map.set(e.key, e);
  return { kind: 'map', entries: map, range: pos };
}

export function seqNode(pos: SourceRange, items: CNode[] = []): SeqNode {
  return { kind: 'seq', items, range: pos };
}

export function isMap(n: CNode | undefined): n is MapNode {
  return n?.kind === 'map';
}

export function isSeq(n: CNode | undefined): n is SeqNode {
  return n?.kind === 'seq';
}

/** A shallow copy of a map node (entries copied, values shared). */
export function copyMap(map: MapNode): MapNode {
  // Not new Map(map.entries): that allocates a [key, entry] pair per entry.
  const entries = new Map<string, MapEntry>();
  map.entries.forEach((e, k) => entries.set(k, e));
  return { ...map, entries };
}

/** The scalar as Compose's Go code would stringify it. */
export function scalarText(n: ScalarNode): string {
  const v = n.value;
  if (v === null) return '';
  if (typeof v === 'number') return formatNumber(v);
  return String(v);
}

function formatNumber(v: number): string {
  if (Number.isInteger(v)) return String(v);
  // Go's %v of float64 uses the shortest representation, as JS does.
  return String(v);
}

/** The plain value of a subtree, without positions. */
export function toPlain(n: CNode): unknown {
  if (n.kind === 'scalar') return n.value;
  if (n.kind === 'seq') return n.items.map(toPlain);
  const out: Record<string, unknown> = {};
  n.entries.forEach((e, k) => (out[k] = toPlain(e.value)));
  return out;
}

/** Short description of a node's type for messages. */
export function describe(n: CNode): string {
  if (n.kind === 'map') return 'a mapping';
  if (n.kind === 'seq') return 'a list';
  if (n.value === null) return 'null';
  return `a ${typeof n.value}`;
}
