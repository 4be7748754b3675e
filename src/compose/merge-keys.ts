/** YAML merge keys, as both parse paths apply them. */
import type { CNode, MapEntry } from './node.js';

/**
 * `<<: *a` or `<<: [*a, *b]`: keys already present win, then earlier sources
 * win. A source that is not a mapping goes to `notAMapping`, which throws.
 */
export function applyMergeKey(
  entries: Map<string, MapEntry>,
  source: CNode,
  notAMapping: (source: CNode) => never,
): void {
  const sources = source.kind === 'seq' ? source.items : [source];
  for (const s of sources) {
    if (s.kind !== 'map') notAMapping(s);
    s.entries.forEach((e, k) => {
      if (!entries.has(k)) entries.set(k, e);
    });
  }
}
