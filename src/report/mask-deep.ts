import { jsonText } from './escape.js';

/**
 * Fields that hold identifiers (service names, images, paths, rule ids, docs
 * URLs, the tool's name): structured values no masker touches. Only free
 * text (messages, summaries, evidence, log lines) may carry a secret, and
 * findings do not embed secrets in the first place.
 */
const IDENTIFIER_KEYS: ReadonlySet<string> = new Set([
  '$schema',
  'name',
  'version',
  'semanticVersion',
  'informationUri',
  'service',
  'image',
  'family',
  'roles',
  'consumers',
  'rule',
  'ruleId',
  'id',
  'docs',
  'helpUri',
  'uri',
  'file',
  'files',
  'directory',
  'probe',
  'status',
  'severity',
  'level',
  'result',
  'failOn',
  'profile',
]);

/**
 * Masks every string value in a JSON-able value, leaving keys alone, so a
 * secret that happens to equal a key ("error") cannot break the document;
 * the values of identifier fields (`keep`) are left as they are.
 */
export function maskDeep<T>(
  value: T,
  mask: (text: string) => string,
  keep: ReadonlySet<string> = IDENTIFIER_KEYS,
): T {
  if (typeof value === 'string') return mask(value) as T;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, mask, keep)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = keep.has(k) ? v : maskDeep(v, mask, keep);
    return out as T;
  }
  return value;
}

/**
 * `jsonText(maskDeep(value, mask, keep))` without the masked copy: each
 * string is masked as JSON.stringify reaches it. A report of thousands of
 * findings would otherwise be copied whole only to be written out.
 */
export function maskedJsonText(
  value: unknown,
  mask: (text: string) => string,
  keep: ReadonlySet<string> = IDENTIFIER_KEYS,
): string {
  // The values being written, outermost first, each with whether it sits
  // under an identifier field; JSON.stringify calls the replacer with the
  // value being written as `this`, so the stack is unwound to it.
  const holders: unknown[] = [];
  const kept: boolean[] = [];
  return jsonText(value, 2, function (this: unknown, key: string, v: unknown) {
    while (holders.length > 0 && holders[holders.length - 1] !== this) {
      holders.pop();
      kept.pop();
    }
    const inKept = kept.length > 0 && kept[kept.length - 1]!;
    const keepThis = inKept || (holders.length > 0 && !Array.isArray(this) && keep.has(key));
    if (v !== null && typeof v === 'object') {
      holders.push(v);
      kept.push(keepThis);
      return v;
    }
    return typeof v === 'string' && !keepThis ? mask(v) : v;
  });
}
