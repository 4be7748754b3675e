/**
 * `include:` entries: each is loaded as its own project (its files merged,
 * relative paths from its own project directory, its own env file on top of
 * the including project's environment) and its resources are added to the
 * including file. A resource defined differently on both sides is a conflict
 * Compose 2.26 refuses.
 */
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { mergeFiles } from './merge.js';
import {
  isMap,
  isSeq,
  mapNode,
  scalarText,
  toPlain,
  type ScalarNode,
  type CNode,
  type MapEntry,
  type MapNode,
} from './node.js';
import { shownPath } from './shown-path.js';
import { toPosition } from './source-range.js';
import type { ComposeIssue, Position } from './types.js';

export interface IncludeEntry {
  files: string[];
  /** Each file as messages show it (as written when interpolated: see shownPath). */
  shownFiles: string[];
  projectDirectory: string;
  envFiles?: string[];
  pos: Position;
}

export function parseInclude(node: CNode, fileDir: string, issues: ComposeIssue[]): IncludeEntry[] {
  const items = isSeq(node) ? node.items : [node];
  const out: IncludeEntry[] = [];
  const scalars = (n: CNode | undefined): ScalarNode[] | undefined => {
    if (!n) return undefined;
    // Paths must be strings, as the compose schema says.
    if (n.kind === 'scalar' && typeof n.value === 'string') return [n];
    if (n.kind === 'seq')
      return n.items.filter(
        (i): i is ScalarNode => i.kind === 'scalar' && typeof i.value === 'string',
      );
    return undefined;
  };
  const strings = (n: CNode | undefined): string[] | undefined =>
    scalars(n)?.map((i) => scalarText(i));
  for (const item of items) {
    const pathNodes = isMap(item) ? scalars(item.entries.get('path')?.value) : scalars(item);
    const paths = pathNodes?.map((i) => scalarText(i));
    if (!pathNodes || !paths || paths.length === 0) {
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
    const shownFiles = files.map((f, i) => shownPath(pathNodes[i], f, fileDir));
    out.push({ files, shownFiles, projectDirectory, envFiles, pos: toPosition(item.range) });
  }
  return out;
}

/**
 * Adds an included project's top-level sections to `target`. A resource that
 * both define differently makes Compose 2.26 refuse the project (compose-invalid
 * here); newer Compose merges the including file's definition over the
 * imported one (compose-go #835), and so does the check, so that the service
 * is still read as the project runs it. An identical definition is no conflict.
 */
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
      const local = merged.entries.get(k);
      if (!local) {
        merged.entries.set(k, e);
        continue;
      }
      if (isDeepStrictEqual(toPlain(local.value), toPlain(e.value))) continue;
      issues.push({
        kind: 'compose-invalid',
        message: `${section}.${k} conflicts with the one imported from ${from.files[0]}: Compose 2.26 refuses this (newer Compose merges this definition over the imported one, as this check does); rename one of them, or upgrade Compose.`,
        pos: toPosition(local.keyRange),
        ...(section === 'services' ? { service: k } : {}),
      });
      merged.entries.set(k, { ...local, value: overImported(section, k, e, local) });
    }
    target.entries.set(section, { ...cur, value: merged });
  }
}

/** The including file's definition merged over the imported one, by Compose's merge rules. */
function overImported(section: string, name: string, imported: MapEntry, local: MapEntry): CNode {
  const wrap = (e: MapEntry) =>
    mapNode(e.value.range, [
      { key: section, keyRange: e.keyRange, value: mapNode(e.value.range, [{ ...e, key: name }]) },
    ]);
  const merged = mergeFiles(wrap(imported), wrap(local));
  return (merged.entries.get(section)!.value as MapNode).entries.get(name)!.value;
}
