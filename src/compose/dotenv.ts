/**
 * Compose's dotenv syntax (compose-go/dotenv): `KEY=value`, `KEY: value`,
 * optional `export`, `#` comments, single quotes (literal), double quotes
 * (`\n`/`\r` escapes, other `\x` -> `x` except `\$`, interpolation),
 * unquoted values cut at the first ` #` and trimmed, then interpolated.
 * A bare `KEY` line takes the value from the lookup, if it has one.
 * Interpolation inside the file sees the lookup first, then earlier keys.
 */
import { substitute, type Lookup } from './interpolate.js';
import type { Position, VariableRef } from './types.js';

export interface DotenvEntry {
  key: string;
  value: string;
  pos: Position;
  /** The value as written (without the key), when it could be interpolated. */
  raw?: string;
  variables?: VariableRef[];
}

export interface DotenvResult {
  entries: Map<string, DotenvEntry>;
  /** Problems that make Compose refuse the file (first one stops parsing, as in Compose). */
  error?: { message: string; pos: Position };
  /** Required variables (`${X:?}`) that were missing while expanding values. */
  unset: { name: string; message: string; pos: Position }[];
}

export function parseDotenv(
  text: string,
  file: string,
  lookup: Lookup = () => undefined,
): DotenvResult {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const locate = (offset: number): Position => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { file, line: lo + 1, column: offset - lineStarts[lo] + 1 };
  };
  const entries = new Map<string, DotenvEntry>();
  const result: DotenvResult = { entries, unset: [] };
  const known = (name: string): string | undefined => lookup(name) ?? entries.get(name)?.value;

  const expand = (raw: string, rawOffset: number): { value: string; variables: VariableRef[] } => {
    const sub = substitute(raw, known);
    const variables = sub.refs.map((r) => {
      const v: VariableRef = {
        name: r.name,
        operator: r.operator,
        isSet: r.isSet,
        resolvedEmpty: r.resolvedEmpty,
        pos: locate(rawOffset + r.index),
      };
      if (r.argument !== undefined) v.argument = r.argument;
      return v;
    });
    for (const p of sub.problems) {
      if (p.kind === 'required' && p.name)
        result.unset.push({ name: p.name, message: p.message, pos: locate(rawOffset + p.index) });
    }
    return { value: sub.value, variables };
  };

  let i = 0;
  const n = text.length;
  while (i < n) {
    // Statement start: skip whitespace (including newlines) and comment lines.
    while (i < n && /\s/.test(text[i])) i++;
    if (i >= n) break;
    if (text[i] === '#') {
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl;
      continue;
    }
    const stmt = i;
    if (text.startsWith('export', i)) i += 'export'.length;
    while (i < n && isSpace(text[i])) i++;
    const keyStart = i;
    let sep = '';
    for (; i < n; i++) {
      const c = text[i];
      if (isSpace(c)) continue;
      if (c === '=' || c === ':' || c === '\n') {
        sep = c;
        break;
      }
      if (c === '_' || c === '.' || /[\p{L}\p{N}]/u.test(c)) continue;
      result.error = {
        message: `unexpected character "${c}" in variable name`,
        pos: locate(i),
      };
      return result;
    }
    const key = text.slice(keyStart, i).trimEnd();
    const pos = locate(stmt);
    if (key.includes(' ')) {
      result.error = { message: 'key cannot contain a space', pos };
      return result;
    }
    if (sep === '' || sep === '\n') {
      // A bare key: inherited from the environment when it is set there.
      const v = lookup(key);
      if (key && v !== undefined) entries.set(key, { key, value: v, pos });
      i = sep === '\n' ? i + 1 : n;
      continue;
    }
    i++;
    while (i < n && isSpace(text[i])) i++;
    const q = text[i];
    if (q === '"' || q === "'") {
      let end = -1;
      for (let j = i + 1; j < n; j++) {
        if (text[j] === q && text[j - 1] !== '\\') {
          end = j;
          break;
        }
      }
      if (end < 0) {
        // The value is not quoted back: it may be a password.
        result.error = {
          message: `the quoted value of ${key} has no closing ${q}`,
          pos: locate(i),
        };
        return result;
      }
      const inner = trimChar(text.slice(i, end), q);
      if (q === '"') {
        const { value, variables } = expand(expandEscapes(inner), i + 1);
        entries.set(key, { key, value, pos, raw: text.slice(i, end + 1), variables });
      } else {
        entries.set(key, { key, value: inner, pos, raw: text.slice(i, end + 1) });
      }
      i = end + 1;
      // The rest of the line after a closing quote is read as a new statement, as Compose does.
      continue;
    }
    const nl = text.indexOf('\n', i);
    const lineEnd = nl < 0 ? n : nl;
    const written = text.slice(i, lineEnd);
    const hash = written.indexOf(' #');
    const rawValue = (hash < 0 ? written : written.slice(0, hash)).replace(/\s+$/u, '');
    const { value, variables } = expand(rawValue, i);
    entries.set(key, { key, value, pos, raw: rawValue, variables });
    i = lineEnd;
  }
  return result;
}

function isSpace(c: string): boolean {
  return (
    c === ' ' ||
    c === '\t' ||
    c === '\v' ||
    c === '\f' ||
    c === '\r' ||
    c === '\u0085' ||
    c === '\u00a0'
  );
}

function trimChar(s: string, c: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s[a] === c) a++;
  while (b > a && s[b - 1] === c) b--;
  return s.slice(a, b);
}

function expandEscapes(s: string): string {
  const out = s.replace(/\\[\s\S]/g, (m) => (m[1] === 'n' ? '\n' : m[1] === 'r' ? '\r' : m));
  return out.replace(/\\([^$])/g, '$1');
}
