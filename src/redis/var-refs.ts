import type { VariableRef } from '../compose/types.js';

/**
 * Names of variables in the word that follows `keyword` in `text`
 * (`--requirepass ${PW}`, `requirepass "$PW"`). With `composeRaw`, `$$NAME`
 * is an escape and not a reference (the text is as written in the file);
 * otherwise `$NAME` is a shell reference in the container.
 */
export function variablesAfter(
  text: string,
  keyword: RegExp,
  composeRaw: boolean,
): string[] | undefined {
  const m = keyword.exec(text);
  if (!m) return undefined;
  const after = text.slice(m.index + m[0].length).replace(/^[\s=]+/, '');
  const word = /^("[^"]*"|'[^']*'|\S+)/.exec(after)?.[0] ?? '';
  return variableNames(word, composeRaw);
}

function variableNames(text: string, composeRaw: boolean): string[] {
  const names: string[] = [];
  const re = /\$+\{?([A-Za-z_][A-Za-z0-9_]*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const dollars = /^\$+/.exec(m[0])![0].length;
    // In a compose file `$$` is a literal `$`: an odd count starts a reference.
    const isCompose = dollars % 2 === 1;
    if (composeRaw ? isCompose : true) names.push(m[1]!);
  }
  return names;
}

/** Container-variable names (`$$NAME` in the file) in the word after `keyword`. */
export function containerVariablesAfter(raw: string, keyword: RegExp): string[] | undefined {
  const m = keyword.exec(raw);
  if (!m) return undefined;
  const after = raw.slice(m.index + m[0].length).replace(/^[\s=]+/, '');
  const word = /^("[^"]*"|'[^']*'|\S+)/.exec(after)?.[0] ?? '';
  const names: string[] = [];
  const re = /(\$+)\{?([A-Za-z_][A-Za-z0-9_]*)/g;
  for (let x = re.exec(word); x; x = re.exec(word)) if (x[1]!.length % 2 === 0) names.push(x[2]!);
  return names;
}

/** The refs among `refs` with one of `names` (all refs when names is undefined). */
export function pickRefs(
  refs: readonly VariableRef[] | undefined,
  names: readonly string[] | undefined,
): VariableRef[] {
  if (!refs) return [];
  if (!names) return [...refs];
  return refs.filter((r) => names.includes(r.name));
}

/**
 * Defaults written for container variables in the word after `keyword`
 * (`--requirepass "$${PW:-default}"`): the shell uses them whenever the
 * container lacks the variable, so they are committed passwords too. In the
 * raw file text a container reference has an even number of `$`; in model
 * text (already unescaped) any reference is a container one.
 */
export function containerDefaultsAfter(
  text: string,
  keyword: RegExp,
  composeRaw: boolean,
): { variable: string; value: string }[] {
  const m = keyword.exec(text);
  if (!m) return [];
  const after = text.slice(m.index + m[0].length).replace(/^[\s=]+/, '');
  const word = /^("[^"]*"|'[^']*'|\S+)/.exec(after)?.[0] ?? '';
  const out: { variable: string; value: string }[] = [];
  const re = /(\$+)\{([A-Za-z_][A-Za-z0-9_]*):?[-=]([^}$]*)\}/g;
  for (let x = re.exec(word); x; x = re.exec(word)) {
    if (composeRaw && x[1]!.length % 2 === 1) continue;
    const value = x[3]!.replace(/^["']|["']$/g, '');
    if (value !== '') out.push({ variable: x[2]!, value });
  }
  return out;
}

/** The refs once each (the same `${VAR}` can be reached through the word and through its value). */
export function uniqueRefs(refs: readonly VariableRef[]): VariableRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.name}@${r.pos.file}:${r.pos.line}:${r.pos.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `s` as a literal part of a regular expression. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
