/**
 * `extends:` (same file, another file, chained): the base service, itself
 * resolved first, with the extending service merged on top by the same rules
 * as several files. A base from another file keeps that file's relative
 * paths and positions.
 */
import path from 'node:path';
import { copyMap, isMap, scalarText, type CNode, type MapNode } from './node.js';
import { mergeService } from './merge.js';
import { shownPath } from './shown-path.js';
import { toPosition, type SourceRange } from './source-range.js';
import { UnreadableInputError, type ComposeIssue } from './types.js';

const MAX_CHAIN = 256;

/** Loads another file's canonical services (cached by the caller). */
export type ServicesOfFile = (file: string) => Promise<MapNode | undefined>;

interface Ref {
  file: string;
  /**
   * The file as messages name it: as written when its path was interpolated,
   * so a value from the environment (which may be a secret whose name does
   * not look like one) never appears in a message.
   */
  shown: string;
  service: string;
  pos: SourceRange;
}

export async function resolveExtends(
  file: string,
  services: MapNode,
  servicesOf: ServicesOfFile,
  issues: ComposeIssue[],
): Promise<MapNode> {
  const out = copyMap(services);
  const done = new Map<string, MapNode>();
  for (const [name, e] of services.entries) {
    if (!isMap(e.value) || !e.value.entries.has('extends')) continue;
    const resolved = await resolveOne(file, name, e.value, servicesOf, issues, [], done);
    out.entries.set(name, { ...e, value: resolved });
  }
  return out;
}

function refOf(file: string, ext: CNode, issues: ComposeIssue[], service: string): Ref | undefined {
  if (ext.kind === 'scalar' && ext.value !== null)
    return { file, shown: file, service: scalarText(ext), pos: ext.range };
  if (isMap(ext)) {
    const s = ext.entries.get('service')?.value;
    const f = ext.entries.get('file')?.value;
    if (s?.kind === 'scalar' && s.value !== null) {
      const written = f?.kind === 'scalar' && f.value !== null ? f : undefined;
      const target = written ? path.resolve(path.dirname(file), scalarText(written)) : file;
      const shown = shownPath(written, target, path.dirname(file));
      return { file: target, shown, service: scalarText(s), pos: s.range };
    }
  }
  issues.push({
    kind: 'compose-invalid',
    message: `services.${service}.extends must name a service (\`extends: name\` or \`extends: {service: name, file: path}\`).`,
    pos: toPosition(ext.range),
    service,
  });
  return undefined;
}

async function resolveOne(
  file: string,
  name: string,
  svc: MapNode,
  servicesOf: ServicesOfFile,
  issues: ComposeIssue[],
  chain: string[],
  done: Map<string, MapNode>,
): Promise<MapNode> {
  const id = `${file}\u0000${name}`;
  const cached = done.get(id);
  if (cached) return cached;
  const ext = svc.entries.get('extends');
  const own: MapNode = { ...svc, entries: new Map(svc.entries) };
  own.entries.delete('extends');
  if (!ext) return own;
  const ref = refOf(file, ext.value, issues, name);
  if (!ref) return own;
  const refId = `${ref.file}\u0000${ref.service}`;
  if (chain.length >= MAX_CHAIN) {
    issues.push({
      kind: 'compose-invalid',
      message: `services.${name}: extends chain longer than ${MAX_CHAIN} services; shorten it.`,
      pos: toPosition(ref.pos),
      service: name,
    });
    return own;
  }
  if (chain.includes(refId) || refId === id) {
    issues.push({
      kind: 'compose-invalid',
      message: `services.${name}: circular extends reference to "${ref.service}"; remove the loop.`,
      pos: toPosition(ref.pos),
      service: name,
    });
    return own;
  }
  let baseServices: MapNode | undefined;
  try {
    baseServices = await servicesOf(ref.file);
  } catch (error) {
    if (!(error instanceof UnreadableInputError) || ref.shown === ref.file) throw error;
    throw new UnreadableInputError(
      error.message.split(ref.file).join(ref.shown),
      toPosition(ref.pos),
    );
  }
  const base = baseServices?.entries.get(ref.service)?.value;
  if (!isMap(base)) {
    issues.push({
      kind: 'compose-invalid',
      message: `services.${name}: extends service "${ref.service}"${ref.file !== file ? ` in ${ref.shown}` : ''}, which does not exist.`,
      pos: toPosition(ref.pos),
      service: name,
    });
    return own;
  }
  const resolvedBase = await resolveOne(
    ref.file,
    ref.service,
    base,
    servicesOf,
    issues,
    [...chain, id],
    done,
  );
  const merged = mergeService(resolvedBase, own);
  done.set(id, merged);
  return merged;
}
