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
  if (span === written.length)
    replacement = /^[\w./-][\w./:-]*$/.test(next) ? next : JSON.stringify(next);
  else if (span === written.length + 2) replacement = JSON.stringify(next);
  else return undefined;
  return { description, pos, replacement };
}
