/**
 * Loads a project's files into one canonical positioned tree, compose-go
 * style: per file read -> check keys -> interpolate -> normalise services ->
 * extends -> include; then the files are merged in order.
 */
import path from 'node:path';
import { resolveExtends } from './extends.js';
import { importResources, parseInclude, type IncludeEntry } from './include.js';
import { interpolateTree } from './interpolate-tree.js';
import { mergeFiles } from './merge.js';
import {
  copyMap,
  isMap,
  mapNode,
  scalarText,
  type CNode,
  type MapEntry,
  type MapNode,
} from './node.js';
import { normalizeService } from './normalize.js';
import { fixedRange, toPosition } from './source-range.js';
import { parseCompose, readTextFile, type ParsedCompose } from './read.js';
import { checkKeys } from './validate.js';
import { loadProjectEnvironment, type ProjectEnvironment } from './env.js';
import { UnreadableInputError, type ComposeIssue, type Position } from './types.js';

export interface Session {
  env: ProjectEnvironment;
  issues: ComposeIssue[];
  /**
   * The text of each compose file read, in the order first read: the
   * project's own and those they include or extend (the suppression comments
   * are read from it later).
   */
  texts: Map<string, string>;
  /** Interpolation env files read: the project's, then those of included projects. */
  envFiles: string[];
  home?: string;
  /** Include nesting, to stop include loops. */
  includeStack: string[];
  processEnv: Record<string, string | undefined>;
  /** Some file used `!reset`: the merged tree needs a pass to drop what is left of them. */
  sawReset?: boolean;
  /** Compose files read and parsed ahead (for the project name), until canonicalFile takes them. */
  parsed: Map<string, Promise<ParsedFile>>;
}

interface ParsedFile extends ParsedCompose {
  text: string;
}

/** A compose file read and parsed (taken from those parsed ahead, when it was). */
function parsedFile(file: string, session: Session): Promise<ParsedFile> {
  let found = session.parsed.get(file);
  if (!found) {
    const text = readTextFile(file, 'compose file');
    found = parseCompose(text, file).then((p) => ({ ...p, text }));
    session.parsed.set(file, found);
  }
  return found;
}

/**
 * The top-level `name:` of the project's files, interpolated, as Compose
 * reads it before the rest (the last file that sets one wins); its issues are
 * reported when the file itself is interpolated.
 */
export async function topLevelName(
  files: string[],
  session: Session,
): Promise<{ name: string; pos: Position } | undefined> {
  let found: { name: string; pos: Position } | undefined;
  for (const file of files) {
    const node = (await parsedFile(file, session)).tree.entries.get('name')?.value;
    if (node?.kind !== 'scalar' || node.value === null) continue;
    const lookup: Lookup = (name) => session.env.values[name];
    const value = interpolateTree(node, lookup, [], ['name']);
    if (value.kind !== 'scalar' || value.value === null) continue;
    const name = scalarText(value);
    if (name !== '') found = { name, pos: toPosition(node.range) };
  }
  return found;
}

const MAX_INCLUDE_DEPTH = 256;

type Lookup = (name: string) => string | undefined;

/**
 * One service interpolated, then normalised (compose-go's transform stage);
 * undefined when it is no service at all (normalizeService has said why).
 */
function canonicalService(
  e: MapEntry,
  baseDir: string,
  session: Session,
  lookup: Lookup,
): MapEntry | undefined {
  const ctx = { baseDir, home: session.home, issues: session.issues };
  const interpolated = interpolateTree(e.value, lookup, session.issues, ['services', e.key]);
  const svc = normalizeService(e.key, interpolated, ctx);
  if (!svc) return undefined;
  return { ...e, value: interpolated.tag ? { ...svc, tag: interpolated.tag } : svc };
}

function canonicalServices(
  services: MapNode,
  baseDir: string,
  session: Session,
  lookup: Lookup,
): MapNode {
  const canon = mapNode(services.range);
  services.entries.forEach((e, name) => {
    const svc = canonicalService(e, baseDir, session, lookup);
    if (svc) canon.entries.set(name, svc);
  });
  return canon;
}

/** Reads, interpolates and normalises one file (extends and include not applied yet). */
async function canonicalFile(
  file: string,
  baseDir: string,
  session: Session,
  cache: Map<string, MapNode>,
): Promise<MapNode> {
  const id = `${file}\u0000${baseDir}`;
  const cached = cache.get(id);
  if (cached) return cached;
  const { text, tree: raw, usesReset } = await parsedFile(file, session);
  // The tree as written is not kept past this: it would double what a big load holds.
  session.parsed.delete(file);
  const firstRead = !session.texts.has(file);
  session.texts.set(file, text);
  const lookup: Lookup = (name) => session.env.values[name];
  if (usesReset) session.sawReset = true;
  if (firstRead) checkKeys(raw, session.issues);
  const out = copyMap(raw);
  // Top-level sections in file order; each service is normalised right after
  // it is interpolated, so that its interpolated copy dies young.
  raw.entries.forEach((e, key) => {
    if (key === 'services' && isMap(e.value)) {
      out.entries.set(key, { ...e, value: canonicalServices(e.value, baseDir, session, lookup) });
      return;
    }
    const value = interpolateTree(e.value, lookup, session.issues, [key]);
    if (value !== e.value) out.entries.set(key, { ...e, value });
  });
  // checkKeys has reported a `services:` that is not a mapping.
  if (out.entries.has('services') && !isMap(out.entries.get('services')!.value))
    out.entries.delete('services');
  for (const section of ['secrets', 'configs']) {
    const sec = out.entries.get(section);
    if (sec && isMap(sec.value))
      out.entries.set(section, { ...sec, value: resolveFiles(sec.value, baseDir) });
  }
  cache.set(id, out);
  return out;
}

/** One file with its extends and includes applied. */
async function completeFile(
  file: string,
  baseDir: string,
  session: Session,
  cache: Map<string, MapNode>,
): Promise<MapNode> {
  const tree = copyMap(await canonicalFile(file, baseDir, session, cache));
  const services = tree.entries.get('services');
  if (services && isMap(services.value)) {
    const servicesOf = async (other: string) => {
      const t =
        other === file
          ? await canonicalFile(file, baseDir, session, cache)
          : await canonicalFile(other, path.dirname(other), session, cache);
      const s = t.entries.get('services')?.value;
      return isMap(s) ? s : undefined;
    };
    tree.entries.set('services', {
      ...services,
      value: await resolveExtends(file, services.value, servicesOf, session.issues),
    });
  }
  const include = tree.entries.get('include');
  if (include) {
    tree.entries.delete('include');
    for (const entry of parseInclude(include.value, path.dirname(file), session.issues)) {
      const included = await loadIncluded(entry, session);
      if (included) importResources(tree, included, entry, session.issues);
    }
  }
  return tree;
}

async function loadIncluded(entry: IncludeEntry, session: Session): Promise<MapNode | undefined> {
  const key = entry.files.join('\u0000');
  if (session.includeStack.includes(key) || session.includeStack.length >= MAX_INCLUDE_DEPTH) {
    session.issues.push({
      kind: 'compose-invalid',
      message: `include of ${entry.files[0]} loops back on a file that includes it (or nests over ${MAX_INCLUDE_DEPTH} levels); remove the cycle.`,
      pos: entry.pos,
    });
    return undefined;
  }
  // The included project sees the including project's environment, then its own env file for what is not set.
  const own = loadProjectEnvironment(
    {},
    entry.envFiles ?? [path.join(entry.projectDirectory, '.env')],
    entry.envFiles !== undefined,
    session.issues,
  );
  const values = { ...own.values, ...session.env.values };
  const entries = new Map(own.entries);
  for (const k of Object.keys(session.env.values)) {
    const e = session.env.entries.get(k);
    if (e) entries.set(k, e);
    else entries.delete(k);
  }
  const sub: Session = {
    ...session,
    env: { values, entries, files: own.files },
    includeStack: [...session.includeStack, key],
  };
  for (const f of own.files) if (!session.envFiles.includes(f)) session.envFiles.push(f);
  try {
    return await loadFiles(entry.files, entry.projectDirectory, sub);
  } catch (err) {
    if (err instanceof UnreadableInputError) {
      const interpolated = entry.files.some((f, i) => entry.shownFiles[i] !== f);
      const message = entry.files.reduce(
        (m, f, i) => m.split(f).join(entry.shownFiles[i]!),
        err.message,
      );
      throw new UnreadableInputError(
        `${message} (included from ${entry.pos.file}:${entry.pos.line})`,
        // Where the include is written, when a position inside the file would name it.
        interpolated ? entry.pos : err.pos,
      );
    }
    throw err;
  }
}

/** All files of a project merged in order into one canonical tree. */
export async function loadFiles(
  files: string[],
  workingDir: string,
  session: Session,
): Promise<MapNode> {
  const cache = new Map<string, MapNode>();
  let merged: MapNode | undefined;
  for (const file of files) {
    const tree = await completeFile(file, workingDir, session, cache);
    merged = merged ? mergeFiles(merged, tree) : tree;
  }
  const tree = merged ?? mapNode(fixedRange({ file: files[0] ?? workingDir, line: 1, column: 1 }));
  return session.sawReset ? (stripResets(tree) as MapNode) : tree;
}

/** A `!reset` with nothing under it to reset simply removes the value. */
function stripResets(n: CNode): CNode {
  // Copy on write: most trees hold no `!reset` at all.
  if (n.kind === 'seq') {
    let changed = false;
    const items: CNode[] = [];
    for (const i of n.items) {
      if (i.tag === '!reset') {
        changed = true;
        continue;
      }
      const out = stripResets(i);
      if (out !== i) changed = true;
      items.push(out);
    }
    return changed ? { ...n, items } : n;
  }
  if (n.kind !== 'map') return n;
  let entries: Map<string, MapEntry> | undefined;
  for (const [k, e] of n.entries) {
    if (e.value.tag === '!reset') {
      entries ??= new Map(n.entries);
      entries.delete(k);
      continue;
    }
    const out = stripResets(e.value);
    if (out !== e.value) {
      entries ??= new Map(n.entries);
      entries.set(k, { ...e, value: out });
    }
  }
  return entries ? { ...n, entries } : n;
}

/** `file:` of top-level secrets and configs, relative to the file's project directory. */
function resolveFiles(section: MapNode, baseDir: string): MapNode {
  const out = copyMap(section);
  for (const [k, e] of section.entries) {
    const f = isMap(e.value) ? e.value.entries.get('file') : undefined;
    if (!f || f.value.kind !== 'scalar' || typeof f.value.value !== 'string' || !isMap(e.value))
      continue;
    const def = copyMap(e.value);
    const abs = path.resolve(baseDir, f.value.value);
    def.entries.set('file', { ...f, value: { ...f.value, value: abs } });
    out.entries.set(k, { ...e, value: def });
  }
  return out;
}
