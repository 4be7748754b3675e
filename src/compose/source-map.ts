import type { CNode } from './node.js';
import { toPosition } from './source-range.js';
import type { ModelPath, Position, ValueSource, VariableRef } from './types.js';

const SEP = '\u0000';

function key(path: ModelPath): string {
  return path.join(SEP);
}

interface Attached {
  prefix: string[];
  node: CNode;
}

/**
 * Where each value of the model was written, looked up by model path. It
 * reads the positioned trees the model was emitted from, so nothing is
 * copied per value: the rules ask for a few hundred paths, a big file has
 * hundreds of thousands of values.
 */
export class SourceMap {
  private readonly trees: Attached[] = [];
  private readonly explicit = new Map<string, ValueSource>();
  /** Lengths of the paths in `explicit`: the walks look up (join) only paths of these lengths. */
  private readonly explicitLengths = new Set<number>();

  /** Records `node` as the value at `path`, and its subtree below it. */
  attach(path: ModelPath, node: CNode): void {
    this.trees.push({ prefix: path.map(String), node });
  }

  /** Records one value's source (it wins over an attached tree's). */
  set(path: ModelPath, source: ValueSource): void {
    this.explicit.set(key(path), source);
    this.explicitLengths.add(path.length);
  }

  get(path: ModelPath): ValueSource | undefined {
    const found = this.explicitLengths.has(path.length) ? this.explicit.get(key(path)) : undefined;
    if (found) return found;
    for (const t of this.trees) {
      const n = descend(t, path);
      if (n) return this.sourceOf(n);
    }
    return undefined;
  }

  /** The position of the value, or of its nearest ancestor that has one. */
  locate(path: ModelPath): Position | undefined {
    for (let n = path.length; n >= 0; n--) {
      const found = this.get(path.slice(0, n));
      if (found) return found.pos;
    }
    return undefined;
  }

  /** Every entry under `prefix` (the prefix itself included), parents before children. */
  under(prefix: ModelPath): [ModelPath, ValueSource][] {
    const out: [ModelPath, ValueSource][] = [];
    this.visit(prefix, (path, n) => {
      out.push([[...path], this.sourceAt(path, n)]);
    });
    return out;
  }

  /** The variables referenced by the values under any of `prefixes`, in order. */
  variablesUnder(...prefixes: ModelPath[]): VariableRef[] {
    const out: VariableRef[] = [];
    const collect = (n: CNode): void => {
      if (n.kind === 'scalar') {
        if (n.variables) out.push(...n.variables);
      } else if (n.kind === 'seq') n.items.forEach(collect);
      else n.entries.forEach((e) => collect(e.value));
    };
    for (const prefix of prefixes) {
      for (const t of this.trees) {
        // A tree at or under the prefix counts whole; one above it, from where the prefix leads.
        if (!overlaps(t, prefix)) continue;
        const n = t.prefix.length >= prefix.length ? t.node : descend(t, prefix);
        if (n) collect(n);
      }
    }
    return out;
  }

  private sourceAt(path: ModelPath, n: CNode): ValueSource {
    return (
      (this.explicitLengths.has(path.length) && this.explicit.get(key(path))) || this.sourceOf(n)
    );
  }

  private sourceOf(n: CNode): ValueSource {
    const source: ValueSource = { pos: toPosition(n.range) };
    if (n.kind === 'scalar') {
      if (n.raw !== undefined) source.raw = n.raw;
      if (n.variables && n.variables.length > 0) source.variables = n.variables;
    }
    return source;
  }

  private visit(prefix: ModelPath, visitor: Visitor): void {
    const want = prefix.map(String);
    const roots = new Set<string>();
    for (const t of this.trees) {
      if (!overlaps(t, want)) continue;
      // Trees attached at the same path (active and inactive services) share their root entry.
      const rootKey = key(t.prefix);
      const first = !roots.has(rootKey);
      roots.add(rootKey);
      walk(t.node, t.prefix.map(decodeSegment), want, (path, n) => {
        if (path.length === t.prefix.length && !first) return;
        visitor(path, n);
      });
    }
  }
}

type Visitor = (path: readonly (string | number)[], n: CNode) => void;

/** Whether the tree is at, under or above `path` (their paths agree as far as both go). */
function overlaps(t: Attached, path: ModelPath): boolean {
  return t.prefix.every((seg, i) => i >= path.length || seg === String(path[i]));
}

/** The node at `path` in an attached tree, if the path leads into it. */
function descend(t: Attached, path: ModelPath): CNode | undefined {
  if (path.length < t.prefix.length) return undefined;
  for (let i = 0; i < t.prefix.length; i++) if (String(path[i]) !== t.prefix[i]) return undefined;
  let n: CNode | undefined = t.node;
  for (let i = t.prefix.length; i < path.length && n; i++) n = child(n, path[i]);
  return n;
}

function child(n: CNode, segment: string | number): CNode | undefined {
  if (n.kind === 'map') return n.entries.get(String(segment))?.value;
  if (n.kind === 'seq') {
    const index = typeof segment === 'number' ? segment : decodeSegment(segment);
    return typeof index === 'number' ? n.items[index] : undefined;
  }
  return undefined;
}

/**
 * Pre-order walk of the nodes under `want` (`path`, the node's own path,
 * agrees with `want` as far as both go). `path` is pushed and popped: copy
 * what you keep.
 */
function walk(
  n: CNode,
  path: (string | number)[],
  want: readonly string[],
  visitor: Visitor,
): void {
  const depth = path.length;
  if (depth < want.length) {
    // Still above the prefix: follow the one branch that leads to it.
    const next = want[depth];
    const c = child(n, next);
    if (!c) return;
    path.push(n.kind === 'seq' ? Number(next) : decodeSegment(next));
    walk(c, path, want, visitor);
    path.pop();
    return;
  }
  visitor(path, n);
  if (n.kind === 'seq') {
    for (let i = 0; i < n.items.length; i++) {
      path.push(i);
      walk(n.items[i], path, want, visitor);
      path.pop();
    }
  } else if (n.kind === 'map') {
    n.entries.forEach((e, k) => {
      path.push(decodeSegment(k));
      walk(e.value, path, want, visitor);
      path.pop();
    });
  }
}

function decodeSegment(s: string): string | number {
  return /^(0|[1-9]\d*)$/.test(s) ? Number(s) : s;
}
