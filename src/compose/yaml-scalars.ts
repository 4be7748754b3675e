/**
 * How a plain YAML scalar's text becomes a value, shared by both parse paths
 * so that they cannot drift: YAML 1.2 core schema, as the yaml package
 * resolves it, plus the one YAML 1.1 habit of Go's yaml.v3 that Compose shows.
 */

/** First characters that can begin a null, a boolean or a number (`~nNtTfF0-9+-.`). */
const MAY_RESOLVE = new Set([...'~nNtTfF0123456789+-.'].map((c) => c.charCodeAt(0)));

/** YAML 1.2 core schema resolution of a plain scalar's text. */
export function coreScalar(text: string): string | number | boolean | null {
  // Most scalars are words, paths and images: one look at the first character settles them.
  if (text.length > 0 && !MAY_RESOLVE.has(text.charCodeAt(0))) return text;
  if (/^(?:~|null|Null|NULL|)$/.test(text)) return null;
  if (/^(?:true|True|TRUE)$/.test(text)) return true;
  if (/^(?:false|False|FALSE)$/.test(text)) return false;
  if (/^[-+]?[0-9]+$/.test(text)) return Number(text);
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text)) return Number(text);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return NaN;
  return text;
}

/** Go's yaml.v3 reads a plain `0440` as octal (288); the YAML 1.2 core schema says decimal. */
export function isGoOctal(text: string): boolean {
  return /^[-+]?0[0-7]+$/.test(text);
}
