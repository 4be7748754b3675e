/** The final walk: positioned tree -> plain model, recording every value in the SourceMap. */
import type { CNode } from './node.js';
import type { SourceMap } from './source-map.js';
import type { ModelPath, Position, ValueSource } from './types.js';

/**
 * A mapping or list is recorded at its key (`redis:`, `healthcheck:`), where
 * a finding about the whole of it belongs; a scalar at the value itself.
 */
export function emit(
  n: CNode,
  path: (string | number)[],
  sources: SourceMap,
  keyPos?: Position,
): unknown {
  const source: ValueSource = { pos: n.kind !== 'scalar' && keyPos ? keyPos : n.pos };
  if (n.kind === 'scalar') {
    if (n.raw !== undefined) source.raw = n.raw;
    if (n.variables && n.variables.length > 0) source.variables = n.variables;
  }
  sources.set(path as ModelPath, source);
  if (n.kind === 'scalar') return n.value;
  if (n.kind === 'seq') return n.items.map((item, i) => emit(item, [...path, i], sources));
  const out: Record<string, unknown> = {};
  for (const [k, e] of n.entries) out[k] = emit(e.value, [...path, k], sources, e.keyPos);
  return out;
}
