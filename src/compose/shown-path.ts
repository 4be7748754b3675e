import path from 'node:path';
import type { ScalarNode } from './node.js';

/**
 * A file path as messages may show it: as written when it was interpolated,
 * since a value from the environment may be a secret whose variable's name
 * does not look like one; else the path itself.
 */
export function shownPath(node: ScalarNode | undefined, resolved: string, baseDir: string): string {
  if (!node?.variables?.length || node.raw === undefined) return resolved;
  return path.isAbsolute(node.raw) ? node.raw : path.join(baseDir, node.raw);
}
