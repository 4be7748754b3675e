/**
 * Applies interpolation to every string value of a parsed file (keys are
 * left alone, as Compose does), recording for each changed scalar its raw
 * text and the variables it used, and turning what Compose would warn about
 * or stop on into issues: loading always goes on.
 */
import { substitute, type Lookup, type TemplateRef } from './interpolate.js';
import { copyMap, type CNode, type MapEntry, type ScalarNode } from './node.js';
import { POINT, textRange, toPosition } from './source-range.js';
import type { ComposeIssue, Position, VariableRef } from './types.js';

export function interpolateTree(
  root: CNode,
  lookup: Lookup,
  issues: ComposeIssue[],
  path: string[] = [],
): CNode {
  return walk(root, [...path], lookup, issues);
}

function walk(n: CNode, path: string[], lookup: Lookup, issues: ComposeIssue[]): CNode {
  if (n.kind === 'scalar')
    return typeof n.value === 'string' && n.value.includes('$')
      ? interpolateScalar(n, path, lookup, issues)
      : n;
  if (n.kind === 'seq') {
    let changed = false;
    const items = n.items.map((item, i) => {
      // One path array, pushed and popped: a copy per value would dominate on big files.
      path.push(String(i));
      const out = walk(item, path, lookup, issues);
      path.pop();
      if (out !== item) changed = true;
      return out;
    });
    return changed ? { ...n, items } : n;
  }
  let entries: Map<string, MapEntry> | undefined;
  // forEach, not for-of: no [key, entry] pair allocated per value of a big file.
  n.entries.forEach((e, k) => {
    path.push(k);
    const out = walk(e.value, path, lookup, issues);
    path.pop();
    if (out !== e.value) {
      entries ??= copyMap(n).entries;
      entries.set(k, { key: e.key, keyRange: e.keyRange, value: out });
    }
  });
  return entries ? { ...n, entries } : n;
}

function interpolateScalar(
  n: ScalarNode,
  path: string[],
  lookup: Lookup,
  issues: ComposeIssue[],
): ScalarNode {
  const raw = n.value as string;
  const sub = substitute(raw, lookup);
  // Joined only for a message: most scalars raise none.
  const where = () => path.join('.');
  const service = path[0] === 'services' && path.length > 1 ? path[1] : undefined;
  const locate = refLocator(n, raw);
  const variables: VariableRef[] = sub.refs.map((r) => {
    const v: VariableRef = {
      name: r.name,
      operator: r.operator,
      isSet: r.isSet,
      resolvedEmpty: r.resolvedEmpty,
      pos: locate(r),
    };
    if (r.argument !== undefined) v.argument = r.argument;
    return v;
  });
  for (let i = 0; i < sub.refs.length; i++) {
    const r = sub.refs[i];
    if (r.operator === '' && !r.isSet) {
      issues.push(
        withService(
          {
            kind: 'variable-unset',
            message: `The "${r.name}" variable is not set. Defaulting to a blank string (used in ${where()}).`,
            pos: variables[i].pos,
            variable: r.name,
          },
          service,
        ),
      );
    }
  }
  for (const p of sub.problems) {
    const ref = sub.refs.find((r) => r.index === p.index);
    const pos = ref ? locate(ref) : toPosition(n.range);
    if (p.kind === 'required') {
      issues.push(
        withService(
          {
            kind: 'variable-unset',
            message: `${p.message} (used in ${where()}); Compose refuses to run without it, so it is taken as empty here.`,
            pos,
            variable: p.name,
            required: true,
          },
          service,
        ),
      );
    } else {
      issues.push(
        withService(
          { kind: 'compose-invalid', message: `${where()}: ${p.message}.`, pos },
          service,
        ),
      );
    }
  }
  // Not { ...n, raw, variables }: a spread that adds keys gives each copy a hidden
  // class of its own in Node 20's V8 (2,000 copies, ~8,000 classes kept).
  const out: ScalarNode = { kind: 'scalar', value: sub.value, range: n.range, raw, variables };
  if (n.tag !== undefined) out.tag = n.tag;
  if (n.src !== undefined) out.src = n.src;
  if (n.quoted) out.quoted = true;
  return out;
}

function withService(issue: ComposeIssue, service: string | undefined): ComposeIssue {
  if (service !== undefined) issue.service = service;
  return issue;
}

/**
 * The position of a reference: found in the scalar's source text (the same
 * occurrence of the same text), so quotes and block scalars are handled; the
 * scalar's own position when the source is not at hand.
 */
function refLocator(n: ScalarNode, raw: string): (r: TemplateRef) => Position {
  const src = n.src;
  return (r) => {
    if (!src) return toPosition(n.range);
    let nth = 0;
    for (let at = raw.indexOf(r.text); at >= 0 && at < r.index; at = raw.indexOf(r.text, at + 1))
      nth++;
    let found = src.text.indexOf(r.text);
    for (let k = 0; k < nth && found >= 0; k++) found = src.text.indexOf(r.text, found + 1);
    return toPosition(found >= 0 ? textRange(src.source, src.offset + found, POINT) : n.range);
  };
}
