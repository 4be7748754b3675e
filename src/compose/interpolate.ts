/**
 * Compose's variable substitution (compose-go template semantics, checked
 * against `docker compose config`): `$VAR`, `${VAR}`, `${VAR:-d}`, `${VAR-d}`,
 * `${VAR:?msg}`, `${VAR?msg}`, `${VAR:+alt}`, `${VAR+alt}`, nesting in the
 * argument, `$$` for a literal `$`. A `$` followed by anything else stays as
 * it is; a malformed `${...}` is an error Compose refuses the file for.
 */
import type { InterpolationOperator } from './types.js';

export type Lookup = (name: string) => string | undefined;

/** One reference found in a template, with its place in the template text. */
export interface TemplateRef {
  name: string;
  operator: InterpolationOperator;
  argument?: string;
  isSet: boolean;
  resolvedEmpty: boolean;
  /** Index of the `$` in the template. */
  index: number;
  /** The reference as written, e.g. `${VAR:-x}`. */
  text: string;
}

export interface TemplateProblem {
  kind: 'required' | 'invalid';
  /** For 'required': the variable. */
  name?: string;
  message: string;
  index: number;
}

export interface Substitution {
  value: string;
  refs: TemplateRef[];
  problems: TemplateProblem[];
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
/** Deeper nesting than any real file needs; it keeps a hostile value from exhausting the stack. */
const MAX_NESTING = 64;
const OPERATORS: InterpolationOperator[] = [':-', ':?', ':+', '-', '?', '+'];

export function substitute(template: string, lookup: Lookup): Substitution {
  const refs: TemplateRef[] = [];
  const problems: TemplateProblem[] = [];
  const value = run(template, 0, lookup, refs, problems);
  return { value, refs, problems };
}

function run(
  s: string,
  base: number,
  lookup: Lookup,
  refs: TemplateRef[],
  problems: TemplateProblem[],
  depth = 0,
): string {
  if (depth > MAX_NESTING) {
    problems.push({
      kind: 'invalid',
      message: `interpolation nested more than ${MAX_NESTING} levels deep`,
      index: base,
    });
    return s;
  }
  let out = '';
  let i = 0;
  while (i < s.length) {
    const dollar = s.indexOf('$', i);
    if (dollar < 0) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, dollar);
    const next = s[dollar + 1];
    if (next === '$') {
      out += '$';
      i = dollar + 2;
      continue;
    }
    if (next !== undefined && NAME_START.test(next)) {
      let end = dollar + 2;
      while (end < s.length && NAME_CHAR.test(s[end])) end++;
      const name = s.slice(dollar + 1, end);
      const v = lookup(name);
      refs.push({
        name,
        operator: '',
        isSet: v !== undefined,
        resolvedEmpty: !v,
        index: base + dollar,
        text: s.slice(dollar, end),
      });
      out += v ?? '';
      i = end;
      continue;
    }
    if (next !== '{') {
      out += '$';
      i = dollar + 1;
      continue;
    }
    const close = closingBrace(s, dollar + 2);
    const body = close < 0 ? null : s.slice(dollar + 2, close);
    const parsed = body === null ? null : parseBraced(body);
    if (!parsed) {
      problems.push({
        kind: 'invalid',
        message: `invalid interpolation format "${close < 0 ? s.slice(dollar) : s.slice(dollar, close + 1)}"; you may need to escape any $ with another $`,
        index: base + dollar,
      });
      // Compose stops on this; keep the text as written so checking goes on.
      out += close < 0 ? s.slice(dollar) : s.slice(dollar, close + 1);
      i = close < 0 ? s.length : close + 1;
      continue;
    }
    const { name, operator, argRaw } = parsed;
    const v = lookup(name);
    const argStart = dollar + 2 + name.length + operator.length;
    // Compose evaluates the argument eagerly (it warns about unset variables in it either way).
    const arg =
      argRaw === undefined
        ? undefined
        : run(argRaw, base + argStart, lookup, refs, problems, depth + 1);
    const ref: TemplateRef = {
      name,
      operator,
      isSet: v !== undefined,
      resolvedEmpty: false,
      index: base + dollar,
      text: s.slice(dollar, close + 1),
    };
    if (arg !== undefined) ref.argument = arg;
    let result = '';
    switch (operator) {
      case '':
        result = v ?? '';
        break;
      case ':-':
        result = v ? v : (arg ?? '');
        break;
      case '-':
        result = v !== undefined ? v : (arg ?? '');
        break;
      case ':+':
        result = v ? (arg ?? '') : '';
        break;
      case '+':
        result = v !== undefined ? (arg ?? '') : '';
        break;
      case ':?':
      case '?':
        if (operator === ':?' ? !v : v === undefined) {
          problems.push({
            kind: 'required',
            name,
            message: `required variable ${name} is missing a value${arg ? `: ${arg}` : ''}`,
            index: base + dollar,
          });
          result = '';
        } else result = v ?? '';
        break;
    }
    ref.resolvedEmpty = result === '';
    // Nested references were pushed first; keep document order by inserting before them.
    insertInOrder(refs, ref);
    out += result;
    i = close + 1;
  }
  return out;
}

function insertInOrder(refs: TemplateRef[], ref: TemplateRef): void {
  let at = refs.length;
  while (at > 0 && refs[at - 1].index > ref.index) at--;
  refs.splice(at, 0, ref);
}

/** Index of the `}` closing a `${` whose body starts at `from`, counting nested braces. */
function closingBrace(s: string, from: number): number {
  let depth = 1;
  for (let i = from; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function parseBraced(
  body: string,
): { name: string; operator: InterpolationOperator; argRaw?: string } | null {
  if (body.length === 0 || !NAME_START.test(body[0])) return null;
  let end = 1;
  while (end < body.length && NAME_CHAR.test(body[end])) end++;
  const name = body.slice(0, end);
  if (end === body.length) return { name, operator: '' };
  const rest = body.slice(end);
  const operator = OPERATORS.find((op) => rest.startsWith(op));
  if (!operator) return null;
  return { name, operator, argRaw: rest.slice(operator.length) };
}
