/**
 * `include:` entries: each is loaded as its own project (its files merged,
 * relative paths from its own project directory, its own env file on top of
 * the including project's environment) and its resources are added to the
 * including file. A service defined on both sides is a conflict Compose
 * refuses.
 */
import path from 'node:path';
import { isMap, isSeq, scalarText, type CNode, type MapNode } from './node.js';
import { toPosition } from './source-range.js';
import type { ComposeIssue, Position } from './types.js';

export interface IncludeEntry {
  files: string[];
  projectDirectory: string;
  envFiles?: string[];
  pos: Position;
}

export function parseInclude(node: CNode, fileDir: string, issues: ComposeIssue[]): IncludeEntry[] {
  const items = isSeq(node) ? node.items : [node];
  const out: IncludeEntry[] = [];
  const strings = (n: CNode | undefined): string[] | undefined => {
    if (!n) return undefined;
    // Paths must be strings, as the compose schema says.
    if (n.kind === 'scalar' && typeof n.value === 'string') return [n.value];
    if (n.kind === 'seq')
      return n.items
        .filter((i) => i.kind === 'scalar' && typeof i.value === 'string')
        .map((i) => scalarText(i as never));
    return undefined;
  };
  for (const item of items) {
    const paths = isMap(item) ? strings(item.entries.get('path')?.value) : strings(item);
    if (!paths || paths.length === 0) {
      issues.push({
        kind: 'compose-invalid',
        message: 'include entries must be a path or a mapping with `path`.',
        pos: toPosition(item.range),
      });
      continue;
    }
    const files = paths.map((p) => path.resolve(fileDir, p));
    const dirNode = isMap(item) ? item.entries.get('project_directory')?.value : undefined;
    const projectDirectory =
      dirNode?.kind === 'scalar' && dirNode.value !== null
        ? path.resolve(fileDir, scalarText(dirNode))
        : path.dirname(files[0]);
    const envFiles = isMap(item)
      ? strings(item.entries.get('env_file')?.value)?.map((p) => path.resolve(fileDir, p))
      : undefined;
    out.push({ files, projectDirectory, envFiles, pos: toPosition(item.range) });
  }
  return out;
}

/** Adds an included project's top-level sections to `target` (which wins on conflicts, with an issue). */
export function importResources(
  target: MapNode,
  included: MapNode,
  from: IncludeEntry,
  issues: ComposeIssue[],
): void {
  for (const section of ['services', 'volumes', 'networks', 'secrets', 'configs']) {
    const inc = included.entries.get(section);
    if (!inc || !isMap(inc.value)) continue;
    const cur = target.entries.get(section);
    if (!cur || !isMap(cur.value)) {
      target.entries.set(section, inc);
      continue;
    }
    const merged: MapNode = { ...cur.value, entries: new Map(cur.value.entries) };
    for (const [k, e] of inc.value.entries) {
      if (merged.entries.has(k)) {
        if (section === 'services') {
          issues.push({
            kind: 'compose-invalid',
            message: `imported compose file ${from.files[0]} defines conflicting service "${k}"; rename one of them.`,
            pos: toPosition(merged.entries.get(k)!.keyRange),
            service: k,
          });
        }
        continue;
      }
      merged.entries.set(k, e);
    }
    target.entries.set(section, { ...cur, value: merged });
  }
}
