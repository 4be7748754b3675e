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
  sources.set(path as ModelPath, source);
  if (n.kind === 'scalar') return n.value;
  if (n.kind === 'seq') return n.items.map((item, i) => emit(item, [...path, i], sources));
  const out: Record<string, unknown> = {};
  for (const [k, e] of n.entries) out[k] = emit(e.value, [...path, k], sources);
  return out;
}
