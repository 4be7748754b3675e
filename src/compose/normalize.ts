/**
 * Per-file canonical form of a service (what compose-go's transform stage
 * does before merging): short syntaxes become the long form, strings become
 * lists where Compose holds lists, sizes and durations are written as Compose
 * prints them. Positions stay on the values they came from.
 */
import path from 'node:path';
import { normalizePorts } from './ports.js';
import { splitCommand } from './shellwords.js';
import {
  copyMap,
  describe,
  mapNode,
  scalar,
  scalarText,
  seqNode,
  type CNode,
  type MapEntry,
  type MapNode,
  type ScalarNode,
} from './node.js';
import {
  isOneLine,
  POINT,
  pointRightOf,
  textRange,
  toPosition,
  type SourceRange,
} from './source-range.js';
import type { ComposeIssue } from './types.js';
import { normalizeDuration, parseBytes } from './units.js';
import { normalizeVolume, resolveHostPath, toBoolean } from './volumes.js';

export interface NormalizeContext {
  /** Directory that relative paths of this file are resolved from. */
  baseDir: string;
  home?: string;
  issues: ComposeIssue[];
}

/** What a field's normaliser is given besides its value. */
interface FieldContext extends NormalizeContext {
  /** Reports the service invalid (Compose refuses it); the check goes on. */
  invalid: Invalid;
}

/**
 * Normalises one field of a service the way Compose prints it: returns the
 * value to keep (the same node when nothing changes), or undefined to drop
 * the field.
 */
type FieldNormalizer = (v: CNode, key: string, f: FieldContext) => CNode | undefined;

const text: FieldNormalizer = (v, key, f) => {
  if (v.kind === 'scalar' && v.value !== null && typeof v.value !== 'string') {
    // Compose refuses it; the check goes on with the text as written.
    f.invalid(`${key} must be a string, not ${describe(v)}; quote it`, v.range);
    return scalar(scalarText(v), v.range, v);
  }
  if (v.kind !== 'scalar') f.invalid(`${key} must be a string, not ${describe(v)}`, v.range);
  return v;
};

const list: FieldNormalizer = (v, key, f) => stringList(v, key, f.invalid);

/** A list of strings, or a single string standing for a list of one. */
const listOrString: FieldNormalizer = (v, key, f) =>
  v.kind === 'scalar' ? seqNode(v.range, [asString(v)]) : stringList(v, key, f.invalid);

/** y/yes/true/on and n/no/false/off; false is not printed (`omitempty` in compose-go). */
const boolean: FieldNormalizer = (v) => {
  if (v.kind !== 'scalar') return v;
  const b = typeof v.value === 'string' ? toBoolean(v.value) : v.value;
  if (b === false) return undefined;
  return b === true && v.value !== true ? scalar(true, v.range, v) : v;
};

const bytes: FieldNormalizer = (v, key, f) => {
  const n = v.kind === 'scalar' ? parseBytes(v.value) : undefined;
  if (n !== undefined) return scalar(String(n), v.range, v as ScalarNode);
  f.invalid(
    `${key}: "${v.kind === 'scalar' ? scalarText(v) : describe(v)}" is not a size`,
    v.range,
  );
  return v;
};

const duration: FieldNormalizer = (v, key, f) => {
  const d = v.kind === 'scalar' ? normalizeDuration(v.value) : undefined;
  if (d !== undefined) return scalar(d, v.range, v as ScalarNode);
  f.invalid(
    `${key}: "${v.kind === 'scalar' ? scalarText(v) : describe(v)}" is not a duration`,
    v.range,
  );
  return v;
};

/**
 * A number field: Compose casts a string (from a variable, or quoted) to the
 * number its model holds, an integer as strconv.Atoi reads it; a YAML number
 * stays as written. Text that is no such number makes Compose refuse the file.
 * `zeroPrinted` is false for fields Compose leaves out when zero (`omitempty`).
 */
function numberField(kind: 'integer' | 'float', zeroPrinted: boolean): FieldNormalizer {
  return (v, key, f) => {
    if (v.kind !== 'scalar' || v.value === null) return v;
    const n = castNumber(v, kind);
    if (n === undefined) {
      f.invalid(
        `${key}: "${scalarText(v)}" is not ${kind === 'integer' ? 'an integer' : 'a number'}`,
        v.range,
      );
      return undefined;
    }
    if (n === 0 && !zeroPrinted) return undefined;
    return n === v.value ? v : scalar(n, v.range, v);
  };
}

const INTEGER_TEXT = /^[+-]?\d+$/;
const FLOAT_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function castNumber(v: ScalarNode, kind: 'integer' | 'float'): number | undefined {
  if (typeof v.value === 'number')
    return kind === 'integer' && !Number.isInteger(v.value) ? undefined : v.value;
  if (typeof v.value !== 'string') return undefined;
  return (kind === 'integer' ? INTEGER_TEXT : FLOAT_TEXT).test(v.value)
    ? Number(v.value)
    : undefined;
}

const integer = numberField('integer', true);
const integerOmittedWhenZero = numberField('integer', false);
const floatOmittedWhenZero = numberField('float', false);

/** `ulimits`: each limit a number, or `soft`/`hard` numbers. */
const ulimits: FieldNormalizer = (v, key, f) => {
  if (v.kind !== 'map') return v;
  const out = copyMap(v);
  v.entries.forEach((e, name) => {
    const at = `${key}.${name}`;
    if (e.value.kind === 'map') {
      const limit = copyMap(e.value);
      for (const bound of ['soft', 'hard']) castEntry(limit, bound, `${at}.${bound}`, integer, f);
      out.entries.set(name, { ...e, value: limit });
    } else castEntry(out, name, at, integer, f);
  });
  return out;
};

/** Applies a field normaliser to one entry of a mapping (a copy the caller owns). */
function castEntry(
  m: MapNode,
  key: string,
  where: string,
  cast: FieldNormalizer,
  f: FieldContext,
): void {
  const e = m.entries.get(key);
  if (!e) return;
  const value = cast(e.value, where, f);
  if (value === undefined) m.entries.delete(key);
  else if (value !== e.value) m.entries.set(key, { ...e, value });
}

const ports: FieldNormalizer = (v, _key, f) => {
  if (v.kind !== 'seq') {
    f.invalid(`ports must be a list, not ${describe(v)}`, v.range);
    return undefined;
  }
  const problems: { message: string; pos: SourceRange }[] = [];
  const out = normalizePorts(v.items, problems);
  for (const p of problems) f.invalid(`ports: ${p.message}`, p.pos);
  return seqNode(v.range, out);
};

const volumes: FieldNormalizer = (v, _key, f) => {
  if (v.kind !== 'seq') {
    f.invalid(`volumes must be a list, not ${describe(v)}`, v.range);
    return undefined;
  }
  const problems: { message: string; pos: SourceRange }[] = [];
  const vols = v.items
    .map((i) => normalizeVolume(i, f.baseDir, f.home, problems))
    .filter((x): x is MapNode => x !== undefined)
    .map(fixTmpfsSize);
  for (const p of problems) f.invalid(`volumes: ${p.message}`, p.pos);
  return seqNode(v.range, vols);
};

const fileReferences: FieldNormalizer = (v, key, f) => {
  if (v.kind !== 'seq') {
    f.invalid(`${key} must be a list, not ${describe(v)}`, v.range);
    return undefined;
  }
  return seqNode(
    v.range,
    v.items.map((i, n) => fileReference(i, key as 'secrets' | 'configs', `${key}.${n}`, f)),
  );
};

/**
 * `devices` in the long form Compose prints: `source[:target[:permissions]]`,
 * the target defaulting to the source and the permissions to rwm. More parts
 * than that make Compose refuse the file.
 */
const devices: FieldNormalizer = (v, key, f) => {
  if (v.kind !== 'seq') {
    f.invalid(`${key} must be a list, not ${describe(v)}`, v.range);
    return undefined;
  }
  const out: CNode[] = [];
  for (const item of v.items) {
    if (item.kind === 'map') {
      out.push(item);
      continue;
    }
    if (item.kind !== 'scalar' || item.value === null) {
      f.invalid(
        `${key} items must be strings like /dev/x:/dev/x:rwm, not ${describe(item)}`,
        item.range,
      );
      continue;
    }
    const text = scalarText(item);
    const parts = text.split(':');
    if (parts.length > 3) {
      f.invalid(
        `${key}: "${text}" is a confusing device mapping; use the long syntax (source, target, permissions)`,
        item.range,
      );
      continue;
    }
    const [source, target, permissions] = parts;
    const field = (k: string, value: string): MapEntry => ({
      key: k,
      keyRange: item.range,
      value: scalar(value, item.range, item),
    });
    out.push(
      mapNode(item.range, [
        field('source', source),
        field('target', target || source),
        field('permissions', permissions ?? 'rwm'),
      ]),
    );
  }
  return seqNode(v.range, out);
};

/** The fields Compose normalises, each with its normaliser; any other field is kept as written. */
const SERVICE_FIELDS: Readonly<Record<string, FieldNormalizer>> = {
  image: text,
  container_name: text,
  hostname: text,
  user: text,
  working_dir: text,
  restart: text,
  network_mode: text,
  platform: text,
  command: (v, key, f) => shellCommand(v, key, f.invalid),
  entrypoint: (v, key, f) => shellCommand(v, key, f.invalid),
  environment: (v, key, f) => keyValueMap(v, key, f.invalid, true),
  labels: (v, key, f) => keyValueMap(v, key, f.invalid, false),
  sysctls: (v, key, f) => keyValueMap(v, key, f.invalid, false),
  extra_hosts: (v, _key, f) => extraHosts(v, f.invalid),
  env_file: (v, _key, f) => envFiles(v, f, f.invalid),
  ports,
  expose: list,
  volumes,
  healthcheck: (v, _key, f) => healthcheck(v, f.invalid),
  depends_on: (v, _key, f) => dependsOn(v, f.invalid),
  networks: (v, _key, f) => serviceNetworks(v, f.invalid),
  build: (v, _key, f) => build(v, f, f.invalid),
  deploy: (v, _key, f) => deploy(v, f),
  secrets: fileReferences,
  configs: fileReferences,
  profiles: list,
  devices,
  cap_add: list,
  cap_drop: list,
  links: list,
  external_links: list,
  security_opt: list,
  volumes_from: list,
  read_only: boolean,
  privileged: boolean,
  tty: boolean,
  stdin_open: boolean,
  init: boolean,
  oom_kill_disable: boolean,
  mem_limit: bytes,
  mem_reservation: bytes,
  memswap_limit: bytes,
  shm_size: bytes,
  stop_grace_period: duration,
  scale: integer,
  cpus: floatOmittedWhenZero,
  cpu_percent: floatOmittedWhenZero,
  cpu_count: integerOmittedWhenZero,
  cpu_shares: integerOmittedWhenZero,
  cpu_period: integerOmittedWhenZero,
  cpu_quota: integerOmittedWhenZero,
  cpu_rt_period: integerOmittedWhenZero,
  cpu_rt_runtime: integerOmittedWhenZero,
  pids_limit: integerOmittedWhenZero,
  oom_score_adj: integerOmittedWhenZero,
  ulimits,
  dns: listOrString,
  dns_search: listOrString,
  tmpfs: listOrString,
};

/** Fields whose null is a value of its own (an empty command), not an absent field. */
const NULL_KEPT = new Set(['command', 'entrypoint']);

export function normalizeService(
  name: string,
  svc: CNode,
  ctx: NormalizeContext,
): MapNode | undefined {
  const invalid = (message: string, pos: SourceRange) =>
    ctx.issues.push({
      kind: 'compose-invalid',
      message: `services.${name}: ${message}`,
      pos: toPosition(pos),
      service: name,
    });
  if (svc.kind === 'scalar' && svc.value === null) return mapNode(svc.range);
  if (svc.kind !== 'map') {
    invalid(`a service must be a mapping, not ${describe(svc)}`, svc.range);
    return undefined;
  }
  const f: FieldContext = { ...ctx, invalid };
  const out = copyMap(svc);
  // forEach, not for-of: no [key, entry] pair allocated per key.
  svc.entries.forEach((e, key) => {
    const v = e.value;
    if (v.tag === '!reset') return;
    if (v.kind === 'scalar' && v.value === null && !NULL_KEPT.has(key)) return;
    const normalize = Object.hasOwn(SERVICE_FIELDS, key) ? SERVICE_FIELDS[key] : undefined;
    if (!normalize) return;
    const value = normalize(v, key, f);
    if (value === v) return;
    if (value === undefined) out.entries.delete(key);
    // `!override` must survive normalisation for the merge to see it.
    else
      out.entries.set(key, { ...e, value: v.tag && !value.tag ? { ...value, tag: v.tag } : value });
  });
  return out;
}

function asString(n: CNode): CNode {
  if (n.kind === 'scalar' && n.value !== null && typeof n.value !== 'string')
    return scalar(scalarText(n), n.range, n);
  return n;
}

type Invalid = (message: string, pos: SourceRange) => void;

/** Column of a word inside a one-line scalar written without escapes; the scalar's own otherwise. */
function wordPos(n: ScalarNode, start: number): SourceRange {
  const text = n.value as string;
  const src = n.src?.text;
  if (n.raw === undefined && isOneLine(n.range)) {
    if (!n.quoted) return pointRightOf(n.range, start);
    if (src === undefined || src.slice(1, -1) === text) return pointRightOf(n.range, 1 + start);
  }
  return n.range;
}

/**
 * Positions for the words of an interpolated or multi-line string: each word
 * found, in order, in the text as written; a word that only a variable
 * produced gets the string's own position.
 */
function wordLocator(n: ScalarNode): (word: string, start: number) => SourceRange {
  const src = n.src;
  if (!src || n.raw === undefined) return (_word, start) => wordPos(n, start);
  let cursor = 0;
  return (word) => {
    if (word === '') return n.range;
    const at = src.text.indexOf(word, cursor);
    if (at < 0) return n.range;
    cursor = at + word.length;
    return textRange(src.source, src.offset + at, POINT);
  };
}

function shellCommand(v: CNode, key: string, invalid: Invalid): CNode | undefined {
  if (v.kind === 'scalar') {
    if (v.value === null) return v;
    const text = scalarText(v);
    const split = splitCommand(text);
    const locate = wordLocator(v);
    if (!split.ok) {
      invalid(
        `${key}: ${split.error} (${JSON.stringify(text)}); check its quotes, parentheses and backslashes`,
        v.range,
      );
      return seqNode(v.range, [scalar(text, v.range, v)]);
    }
    return seqNode(
      v.range,
      split.words.map((w) => scalar(w.text, locate(w.text, w.start), v)),
    );
  }
  if (v.kind === 'seq') {
    v.items.forEach((item, i) => {
      if (item.kind !== 'scalar' || typeof item.value !== 'string')
        invalid(`${key}.${i} must be a string, not ${describe(item)}; quote it`, item.range);
    });
    return seqNode(v.range, v.items.filter(isTextScalar).map(asString));
  }
  invalid(`${key} must be a string or a list, not ${describe(v)}`, v.range);
  return undefined;
}

/** A scalar that reads as text (a number or boolean is written as one); not null, a list or a mapping. */
function isTextScalar(n: CNode): boolean {
  return n.kind === 'scalar' && n.value !== null;
}

/**
 * A list of strings: items of another shape are reported and dropped, so that
 * later stages, which read these fields as string[], never see them.
 */
function stringList(v: CNode, key: string, invalid: Invalid): CNode | undefined {
  if (v.kind !== 'seq') {
    invalid(`${key} must be a list, not ${describe(v)}`, v.range);
    return undefined;
  }
  v.items.forEach((item, i) => {
    if (!isTextScalar(item))
      invalid(`${key}.${i} must be a string, not ${describe(item)}`, item.range);
  });
  if (v.items.every(isStringScalar)) return v;
  return seqNode(v.range, v.items.filter(isTextScalar).map(asString));
}

function isStringScalar(n: CNode): boolean {
  return n.kind === 'scalar' && typeof n.value === 'string';
}

/** `KEY: value` or `- KEY=value` / `- KEY` into a mapping of strings (null for a bare key). */
function keyValueMap(v: CNode, key: string, invalid: Invalid, nullForBare: boolean): CNode {
  if (v.kind === 'map') {
    // Most are already strings: nothing to copy.
    let canonical = true;
    v.entries.forEach((e) => {
      if (
        !isStringScalar(e.value) &&
        !(nullForBare && e.value.kind === 'scalar' && e.value.value === null)
      )
        canonical = false;
    });
    if (canonical) return v;
    const out = mapNode(v.range);
    for (const [k, e] of v.entries) {
      const val = e.value;
      if (val.kind !== 'scalar') {
        invalid(
          `${key}.${k} must be a string, a number, a boolean or null, not ${describe(val)}`,
          val.range,
        );
        continue;
      }
      const value =
        val.value === null ? (nullForBare ? val : scalar('', val.range, val)) : asString(val);
      out.entries.set(k, { key: k, keyRange: e.keyRange, value: value.tag ? value : value });
    }
    return out;
  }
  if (v.kind === 'seq') {
    const out = mapNode(v.range);
    for (const item of v.items) {
      if (item.kind !== 'scalar' || item.value === null) {
        invalid(`${key} items must be strings like KEY=value`, item.range);
        continue;
      }
      const text = scalarText(item);
      const eq = text.indexOf('=');
      const k = eq < 0 ? text : text.slice(0, eq);
      const value =
        eq < 0
          ? nullForBare
            ? scalar(null, item.range, item)
            : scalar('', item.range, item)
          : scalar(text.slice(eq + 1), item.range, item);
      out.entries.set(k, { key: k, keyRange: item.range, value });
    }
    return out;
  }
  if (v.kind === 'scalar' && v.value === null) return mapNode(v.range);
  invalid(`${key} must be a mapping or a list, not ${describe(v)}`, v.range);
  return mapNode(v.range);
}

function envFiles(v: CNode, ctx: NormalizeContext, invalid: Invalid): CNode {
  const items = v.kind === 'seq' ? v.items : [v];
  const out: CNode[] = [];
  for (const item of items) {
    let pathNode: CNode | undefined = item;
    let required: CNode = scalar(true, item.range);
    let format: CNode | undefined;
    if (item.kind === 'map') {
      pathNode = item.entries.get('path')?.value;
      required = item.entries.get('required')?.value ?? required;
      format = item.entries.get('format')?.value;
    }
    if (pathNode?.kind !== 'scalar' || pathNode.value === null) {
      invalid('env_file entries must be a path or a mapping with `path`', item.range);
      continue;
    }
    const abs = resolveHostPath(scalarText(pathNode), ctx.baseDir, ctx.home);
    const fields: MapEntry[] = [
      { key: 'path', keyRange: pathNode.range, value: scalar(abs, pathNode.range, pathNode) },
      { key: 'required', keyRange: required.range, value: required },
    ];
    if (format) fields.push({ key: 'format', keyRange: format.range, value: format });
    out.push(mapNode(item.range, fields));
  }
  return seqNode(v.range, out);
}

function fixTmpfsSize(vol: MapNode): MapNode {
  const tmpfs = vol.entries.get('tmpfs')?.value;
  const size = tmpfs?.kind === 'map' ? tmpfs.entries.get('size')?.value : undefined;
  if (tmpfs?.kind !== 'map' || size?.kind !== 'scalar') return vol;
  const bytes = parseBytes(size.value);
  if (bytes === undefined) return vol;
  const t = copyMap(tmpfs);
  t.entries.set('size', {
    ...t.entries.get('size')!,
    value: scalar(String(bytes), size.range, size),
  });
  const out = copyMap(vol);
  out.entries.set('tmpfs', { ...out.entries.get('tmpfs')!, value: t });
  return out;
}

function healthcheck(v: CNode, invalid: Invalid): CNode {
  if (v.kind !== 'map') {
    invalid(`healthcheck must be a mapping, not ${describe(v)}`, v.range);
    return v;
  }
  const out = copyMap(v);
  for (const [k, e] of v.entries) {
    const val = e.value;
    if (k === 'test') {
      if (val.kind === 'scalar' && val.value !== null) {
        out.entries.set(k, {
          ...e,
          value: seqNode(val.range, [scalar('CMD-SHELL', val.range), asString(val)]),
        });
      } else if (val.kind === 'seq') {
        const first = val.items[0];
        const head = first?.kind === 'scalar' ? scalarText(first) : undefined;
        if (val.items.length > 0 && !['CMD', 'CMD-SHELL', 'NONE'].includes(head ?? '')) {
          invalid(
            'healthcheck.test must start with "CMD", "CMD-SHELL" or "NONE" (e.g. ["CMD", "redis-cli", "ping"])',
            first.range,
          );
        }
        out.entries.set(k, { ...e, value: seqNode(val.range, val.items.map(asString)) });
      }
    } else if (['interval', 'timeout', 'start_period', 'start_interval'].includes(k)) {
      // Compose's schema wants a string here; a bare number is refused.
      const d =
        val.kind === 'scalar' && typeof val.value === 'string'
          ? normalizeDuration(val.value)
          : undefined;
      if (d === undefined)
        invalid(
          `healthcheck.${k}: "${val.kind === 'scalar' ? scalarText(val) : describe(val)}" is not a duration like 10s`,
          val.range,
        );
      else out.entries.set(k, { ...e, value: scalar(d, val.range, val as ScalarNode) });
    } else if (k === 'retries' && val.kind === 'scalar') {
      const r = Number(scalarText(val));
      if (!Number.isInteger(r)) invalid(`healthcheck.retries must be an integer`, val.range);
      else out.entries.set(k, { ...e, value: scalar(r, val.range, val) });
    } else if (k === 'disable' && val.kind === 'scalar' && typeof val.value === 'string') {
      out.entries.set(k, { ...e, value: scalar(toBoolean(val.value) ?? false, val.range, val) });
    }
  }
  return out;
}

const CONDITIONS = ['service_started', 'service_healthy', 'service_completed_successfully'];

function dependsOn(v: CNode, invalid: Invalid): CNode {
  const out = mapNode(v.range);
  const started = (pos: SourceRange) =>
    mapNode(pos, [
      { key: 'condition', keyRange: pos, value: scalar('service_started', pos) },
      { key: 'required', keyRange: pos, value: scalar(true, pos) },
    ]);
  if (v.kind === 'seq') {
    for (const item of v.items) {
      if (item.kind !== 'scalar' || item.value === null) {
        invalid('depends_on items must be service names', item.range);
        continue;
      }
      const name = scalarText(item);
      out.entries.set(name, { key: name, keyRange: item.range, value: started(item.range) });
    }
    return out;
  }
  if (v.kind === 'map') {
    for (const [k, e] of v.entries) {
      const dep = e.value.kind === 'map' ? copyMap(e.value) : started(e.keyRange);
      const condition = dep.entries.get('condition')?.value;
      if (condition?.kind === 'scalar' && !CONDITIONS.includes(scalarText(condition))) {
        invalid(
          `depends_on.${k}.condition must be one of ${CONDITIONS.join(', ')}, not "${scalarText(condition)}"`,
          condition.range,
        );
      }
      if (!dep.entries.has('condition'))
        dep.entries.set('condition', {
          key: 'condition',
          keyRange: e.keyRange,
          value: scalar('service_started', e.keyRange),
        });
      if (!dep.entries.has('required'))
        dep.entries.set('required', {
          key: 'required',
          keyRange: e.keyRange,
          value: scalar(true, e.keyRange),
        });
      out.entries.set(k, { ...e, value: dep });
    }
    return out;
  }
  invalid(`depends_on must be a list or a mapping, not ${describe(v)}`, v.range);
  return out;
}

function serviceNetworks(v: CNode, invalid: Invalid): CNode {
  const out = mapNode(v.range);
  if (v.kind === 'seq') {
    for (const item of v.items) {
      if (item.kind !== 'scalar' || item.value === null) {
        invalid('networks items must be network names', item.range);
        continue;
      }
      const name = scalarText(item);
      out.entries.set(name, { key: name, keyRange: item.range, value: scalar(null, item.range) });
    }
    return out;
  }
  if (v.kind === 'map') {
    for (const [k, e] of v.entries) {
      const val = e.value;
      if (val.kind === 'map') {
        const net = copyMap(val);
        // Empty addresses and aliases are not printed (`omitempty` in compose-go): as if not given.
        for (const address of ['ipv4_address', 'ipv6_address']) {
          const at = val.entries.get(address)?.value;
          if (at?.kind === 'scalar' && at.value === '') net.entries.delete(address);
        }
        const aliases = val.entries.get('aliases')?.value;
        if (aliases?.kind === 'seq' && aliases.items.length === 0) net.entries.delete('aliases');
        else if (aliases?.kind === 'seq')
          net.entries.set('aliases', {
            ...val.entries.get('aliases')!,
            value: seqNode(aliases.range, aliases.items.map(asString)),
          });
        out.entries.set(k, { ...e, value: net });
      } else out.entries.set(k, { ...e, value: scalar(null, e.keyRange) });
    }
    return out;
  }
  invalid(`networks must be a list or a mapping, not ${describe(v)}`, v.range);
  return out;
}

function build(v: CNode, ctx: NormalizeContext, invalid: Invalid): CNode {
  if (v.kind === 'scalar' && v.value !== null) {
    const context = resolveContext(scalarText(v), ctx);
    return mapNode(v.range, [
      { key: 'context', keyRange: v.range, value: scalar(context, v.range, v) },
    ]);
  }
  if (v.kind === 'map') {
    const out = copyMap(v);
    for (const k of ['args', 'labels']) {
      const e = v.entries.get(k);
      if (e) out.entries.set(k, { ...e, value: keyValueMap(e.value, `build.${k}`, invalid, true) });
    }
    const c = v.entries.get('context');
    if (c?.value.kind === 'scalar' && c.value.value !== null) {
      out.entries.set('context', {
        ...c,
        value: scalar(resolveContext(scalarText(c.value), ctx), c.value.range, c.value),
      });
    } else if (!c) {
      out.entries.set('context', {
        key: 'context',
        keyRange: v.range,
        value: scalar(resolveContext('.', ctx), v.range),
      });
    }
    return out;
  }
  invalid(`build must be a path or a mapping, not ${describe(v)}`, v.range);
  return v;
}

function resolveContext(context: string, ctx: NormalizeContext): string {
  // Remote contexts (git URLs, http) stay as written.
  if (/^[a-z]+:\/\//i.test(context) || context.startsWith('git@') || /\.git(#|$)/.test(context))
    return context;
  return path.resolve(ctx.baseDir, context);
}

/** Numbers under `deploy`, by sub-mapping ('' for deploy itself): Compose casts their strings. */
const DEPLOY_NUMBERS: readonly [section: string, key: string, cast: FieldNormalizer][] = [
  ['', 'replicas', integer],
  ['update_config', 'parallelism', integer],
  ['update_config', 'max_failure_ratio', floatOmittedWhenZero],
  ['rollback_config', 'parallelism', integer],
  ['rollback_config', 'max_failure_ratio', floatOmittedWhenZero],
  ['restart_policy', 'max_attempts', integer],
  ['placement', 'max_replicas_per_node', integerOmittedWhenZero],
];

function deploy(v: CNode, f: FieldContext): CNode {
  if (v.kind !== 'map') return v;
  const casted = copyMap(v);
  for (const [section, key, cast] of DEPLOY_NUMBERS) {
    if (section === '') {
      castEntry(casted, key, `deploy.${key}`, cast, f);
      continue;
    }
    const sub = casted.entries.get(section);
    if (sub?.value.kind !== 'map' || !sub.value.entries.has(key)) continue;
    const copy = copyMap(sub.value);
    castEntry(copy, key, `deploy.${section}.${key}`, cast, f);
    casted.entries.set(section, { ...sub, value: copy });
  }
  return deployResources(casted);
}

function deployResources(v: MapNode): CNode {
  const resources = v.entries.get('resources');
  if (resources?.value.kind !== 'map') return v;
  const res = copyMap(resources.value);
  for (const part of ['limits', 'reservations']) {
    const p = res.entries.get(part);
    if (p?.value.kind !== 'map') continue;
    const pm = copyMap(p.value);
    const mem = pm.entries.get('memory');
    if (mem?.value.kind === 'scalar') {
      const b = parseBytes(mem.value.value);
      if (b !== undefined)
        pm.entries.set('memory', { ...mem, value: scalar(String(b), mem.value.range, mem.value) });
    }
    const cpus = pm.entries.get('cpus');
    if (cpus?.value.kind === 'scalar' && cpus.value.value !== null) {
      const c = Number(scalarText(cpus.value));
      if (Number.isFinite(c))
        pm.entries.set('cpus', { ...cpus, value: scalar(c, cpus.value.range, cpus.value) });
    }
    res.entries.set(part, { ...p, value: pm });
  }
  const out = copyMap(v);
  out.entries.set('resources', { ...resources, value: res });
  return out;
}

/** `extra_hosts` as Compose 2.26 prints it: a list of `host=ip` (the `host:ip` form rewritten). */
function extraHosts(v: CNode, invalid: Invalid): CNode {
  if (v.kind === 'map') {
    return seqNode(
      v.range,
      [...v.entries.values()].map((e) =>
        scalar(
          `${e.key}=${e.value.kind === 'scalar' ? scalarText(e.value) : ''}`,
          e.value.range,
          e.value.kind === 'scalar' ? e.value : undefined,
        ),
      ),
    );
  }
  if (v.kind === 'seq') {
    return seqNode(
      v.range,
      v.items.map((item) => {
        if (item.kind !== 'scalar' || item.value === null) return item;
        const text = scalarText(item);
        if (text.includes('=')) return asString(item);
        const colon = text.indexOf(':');
        return colon < 0
          ? asString(item)
          : scalar(`${text.slice(0, colon)}=${text.slice(colon + 1)}`, item.range, item);
      }),
    );
  }
  invalid(`extra_hosts must be a list or a mapping, not ${describe(v)}`, v.range);
  return v;
}

/** A service's secret or config reference in the long form Compose prints. */
function fileReference(
  item: CNode,
  kind: 'secrets' | 'configs',
  where: string,
  f: FieldContext,
): CNode {
  if (item.kind === 'map') {
    // The long form: its mode is a number, and a secret lands in /run/secrets unless told otherwise.
    const out = copyMap(item);
    castEntry(out, 'mode', `${where}.mode`, integer, f);
    const source = item.entries.get('source')?.value;
    if (kind === 'secrets' && !out.entries.has('target') && source?.kind === 'scalar')
      out.entries.set('target', {
        key: 'target',
        keyRange: source.range,
        value: scalar(`/run/secrets/${scalarText(source)}`, source.range, source),
      });
    return out;
  }
  if (item.kind !== 'scalar' || item.value === null) return item;
  const source = scalarText(item);
  const fields: MapEntry[] = [
    { key: 'source', keyRange: item.range, value: scalar(source, item.range, item) },
  ];
  if (kind === 'secrets') {
    fields.push({
      key: 'target',
      keyRange: item.range,
      value: scalar(`/run/secrets/${source}`, item.range, item),
    });
  }
  return mapNode(item.range, fields);
}
