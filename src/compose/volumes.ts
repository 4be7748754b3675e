/**
 * Service `volumes:` short syntax (`[source:]target[:options]`) and long
 * syntax, normalised as Compose prints them: bind sources made absolute,
 * `create_host_path: true` for short binds, `volume: {}` for volumes.
 */
import path from 'node:path';
import { mapNode, scalar, scalarText, type CNode, type MapNode, type ScalarNode } from './node.js';
import type { SourceRange } from './source-range.js';

export interface VolumeProblem {
  message: string;
  pos: SourceRange;
}

const PROPAGATION = new Set(['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate']);

/** Compose treats these sources as host paths; anything else names a volume. */
export function isHostPath(source: string): boolean {
  return /^[./~]/.test(source) || /^[A-Za-z]:[\\/]/.test(source) || source.startsWith('\\\\');
}

export function resolveHostPath(source: string, baseDir: string, home: string | undefined): string {
  if (source === '~' || source.startsWith('~/'))
    return home ? path.join(home, source.slice(1)) : source;
  if (path.isAbsolute(source) || /^[A-Za-z]:[\\/]/.test(source)) return source;
  return path.resolve(baseDir, source);
}

/**
 * A mount target as Compose prints it: cleaned like Go's path.Clean, so
 * `/data/` and `/data/./` are `/data`. A Windows target is left as written.
 */
export function cleanTarget(target: string): string {
  if (target === '' || /^[A-Za-z]:/.test(target) || target.includes('\\')) return target;
  const clean = path.posix.normalize(target);
  return clean.length > 1 && clean.endsWith('/') ? clean.slice(0, -1) : clean;
}

/** True when container path `inner` is `outer` or lies below it (both cleaned with cleanTarget). */
export function isAtOrBelow(inner: string, outer: string): boolean {
  return inner === outer || outer === '/' || inner.startsWith(`${outer}/`);
}

function field(key: string, value: CNode) {
  return { key, keyRange: value.range, value };
}

export function normalizeVolume(
  n: CNode,
  baseDir: string,
  home: string | undefined,
  problems: VolumeProblem[],
): MapNode | undefined {
  if (n.kind === 'scalar') return shortVolume(n, baseDir, home, problems);
  if (n.kind === 'map') return longVolume(n, baseDir, home, problems);
  problems.push({ message: 'a volume must be a string or a mapping', pos: n.range });
  return undefined;
}

function splitShort(spec: string): string[] {
  // A Windows drive letter (C:\...) holds a colon that is not a separator.
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i];
    if (
      c === ':' &&
      !(cur.length === 1 && /[A-Za-z]/.test(cur) && /[\\/]/.test(spec[i + 1] ?? ''))
    ) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts;
}

function shortVolume(
  n: ScalarNode,
  baseDir: string,
  home: string | undefined,
  problems: VolumeProblem[],
): MapNode | undefined {
  const text = scalarText(n);
  const s = (v: string | boolean) => scalar(v, n.range, n);
  const parts = splitShort(text);
  if (parts.length > 3 || parts.some((p, i) => p === '' && i < 2)) {
    problems.push({
      message: `invalid volume "${text}": expected [source:]target[:mode]`,
      pos: n.range,
    });
    return undefined;
  }
  if (parts.length === 1) {
    return mapNode(n.range, [
      field('type', s('volume')),
      field('target', s(cleanTarget(parts[0]))),
      field('volume', mapNode(n.range)),
    ]);
  }
  const [source, target, options = ''] = parts;
  const bind = isHostPath(source);
  const fields = [field('type', s(bind ? 'bind' : 'volume'))];
  fields.push(field('source', s(bind ? resolveHostPath(source, baseDir, home) : source)));
  fields.push(field('target', s(cleanTarget(target))));
  const opts = options === '' ? [] : options.split(',');
  if (opts.includes('ro')) fields.push(field('read_only', s(true)));
  if (bind) {
    const b = [] as ReturnType<typeof field>[];
    const prop = opts.find((o) => PROPAGATION.has(o));
    if (prop) b.push(field('propagation', s(prop)));
    b.push(field('create_host_path', s(true)));
    const selinux = opts.find((o) => o === 'z' || o === 'Z');
    if (selinux) b.push(field('selinux', s(selinux)));
    fields.push(field('bind', mapNode(n.range, b)));
  } else {
    // Compose keeps an SELinux label given to a named volume, under `bind`.
    const selinux = opts.find((o) => o === 'z' || o === 'Z');
    if (selinux) fields.push(field('bind', mapNode(n.range, [field('selinux', s(selinux))])));
    const v = opts.includes('nocopy') ? [field('nocopy', s(true))] : [];
    fields.push(field('volume', mapNode(n.range, v)));
  }
  return mapNode(n.range, fields);
}

function longVolume(
  n: MapNode,
  baseDir: string,
  home: string | undefined,
  problems: VolumeProblem[],
): MapNode {
  const target = n.entries.get('target')?.value;
  if (!target || (target.kind === 'scalar' && (target.value === null || target.value === ''))) {
    problems.push({
      message: 'a volume is missing its mount target (`target:`, the path inside the container)',
      pos: n.range,
    });
  }
  const out = mapNode(n.range, n.entries.values());
  if (target?.kind === 'scalar' && typeof target.value === 'string') {
    const clean = cleanTarget(target.value);
    if (clean !== target.value)
      out.entries.set('target', {
        ...n.entries.get('target')!,
        value: scalar(clean, target.range, target),
      });
  }
  const type = n.entries.get('type')?.value;
  const source = n.entries.get('source')?.value;
  if (
    type?.kind === 'scalar' &&
    type.value === 'bind' &&
    source?.kind === 'scalar' &&
    typeof source.value === 'string'
  ) {
    out.entries.set('source', {
      ...n.entries.get('source')!,
      value: scalar(resolveHostPath(source.value, baseDir, home), source.range, source),
    });
  }
  castBoolean(out, 'read_only');
  for (const [section, key] of [
    ['bind', 'create_host_path'],
    ['volume', 'nocopy'],
  ] as const) {
    const sub = out.entries.get(section);
    if (sub?.value.kind === 'map') {
      const copy = mapNode(sub.value.range, sub.value.entries.values());
      castBoolean(copy, key);
      out.entries.set(section, { ...sub, value: copy });
    }
  }
  return out;
}

/**
 * Compose casts some interpolated strings back to booleans (compose-go
 * toBoolean: y/yes/true/on and n/no/false/off, any case).
 */
export function toBoolean(text: string): boolean | undefined {
  const t = text.toLowerCase();
  if (['y', 'yes', 'true', 'on'].includes(t)) return true;
  if (['n', 'no', 'false', 'off'].includes(t)) return false;
  return undefined;
}

function castBoolean(map: MapNode, key: string): void {
  const e = map.entries.get(key);
  if (e?.value.kind !== 'scalar') return;
  const b = typeof e.value.value === 'string' ? toBoolean(e.value.value) : e.value.value;
  // These fields are `omitempty` in compose-go: false is not printed.
  if (b === false) map.entries.delete(key);
  else if (b === true && e.value.value !== true) {
    map.entries.set(key, { ...e, value: scalar(true, e.value.range, e.value) });
  }
}
