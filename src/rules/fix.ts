import type { ValueSource } from '../compose/types.js';
import type { SuggestedFix } from '../findings.js';

/**
 * A fix that replaces one YAML scalar with new text. The text as written is
 * the raw source when the loader kept it (values with variables), else the
 * model value when it holds no `$` (so it was written verbatim). The span of
 * the scalar tells whether it was quoted; the replacement keeps it a string.
 */
export function replaceScalar(
  source: ValueSource | undefined,
  modelText: string,
  rewrite: (written: string) => string | undefined,
  description: string,
  alwaysQuote = false,
): SuggestedFix | undefined {
  if (!source) return undefined;
  const { pos } = source;
  if (pos.endLine !== pos.line || pos.endColumn === undefined) return undefined;
  const written = source.raw ?? (modelText.includes('$') ? undefined : modelText);
  if (written === undefined || written.includes('\n')) return undefined;
  const span = pos.endColumn - pos.column;
  const next = rewrite(written);
  if (next === undefined) return undefined;
  let replacement: string;
  if (span === written.length && !alwaysQuote && /^[\w./-][\w./:-]*$/.test(next))
    replacement = next;
  else if (span === written.length || span === written.length + 2)
    replacement = JSON.stringify(next);
  else return undefined;
  return { description, pos, replacement };
}

/**
 * A fix that replaces a one-line healthcheck `test:` list with `words`
 * (written as a flow sequence). Only when no item of the list holds a
 * compose variable: the model's values are interpolated and must not be
 * baked into the file (they may be secrets). A `$` in the model came from a
 * `$$` escape and is escaped back.
 */
export function replaceTestList(
  sources: { get(path: readonly (string | number)[]): ValueSource | undefined },
  path: readonly (string | number)[],
  itemCount: number,
  words: readonly string[],
  description: string,
): SuggestedFix | undefined {
  const list = sources.get(path);
  if (!list || list.pos.endLine !== list.pos.line || list.pos.endColumn === undefined)
    return undefined;
  for (let i = 0; i < itemCount; i++) {
    if ((sources.get([...path, i])?.variables ?? []).length > 0) return undefined;
  }
  const text = `[${words.map((w) => JSON.stringify(w.replace(/\$/g, '$$$$'))).join(', ')}]`;
  return { description, pos: list.pos, replacement: text };
}
