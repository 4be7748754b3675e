/** The final walk: positioned tree -> plain model, recording every value in the SourceMap. */
import type { CNode } from './node.js';
import type { SourceMap } from './source-map.js';
import type { ModelPath, ValueSource } from './types.js';

/**
 * Every value is recorded where the value itself starts (for a mapping: its
 * first key). Key positions stay on the tree (MapEntry.keyPos) for issues
 * such as unknown keys; the rules layer relies on value positions.
 */
export function emit(n: CNode, path: (string | number)[], sources: SourceMap): unknown {
  const source: ValueSource = { pos: n.pos };
  if (n.kind === 'scalar') {
    if (n.raw !== undefined) source.raw = n.raw;
    if (n.variables && n.variables.length > 0) source.variables = n.variables;
  }
  // SourceMap.set keys the path at once, so one array pushed and popped serves the whole walk.
  sources.set(path as ModelPath, source);
  if (n.kind === 'scalar') return n.value;
  if (n.kind === 'seq') {
    const items: unknown[] = [];
    for (let i = 0; i < n.items.length; i++) {
      path.push(i);
      items.push(emit(n.items[i], path, sources));
      path.pop();
    }
    return items;
  }
  const out: Record<string, unknown> = {};
  for (const [k, e] of n.entries) {
    path.push(k);
    out[k] = emit(e.value, path, sources);
    path.pop();
  }
  return out;
}
