import fs from 'node:fs';
import path from 'node:path';
import type { Position } from './compose/types.js';
import type { Finding } from './findings.js';
import { suppressionUnused } from './rules/suppression-unused.js';
import { docsUrl, type RuleMeta } from './rules/types.js';

/** The rule under which unused or unknown suppressions are reported. */
const SUPPRESSION_UNUSED: RuleMeta & { docsUrl: string } = {
  ...suppressionUnused,
  docsUrl: docsUrl(suppressionUnused.id),
};

export interface Suppression {
  kind: 'next-line' | 'file';
  /** Where the comment is. */
  pos: Position;
  /** For next-line: the line the comment applies to (the next line that is not blank or a comment). */
  targetLine?: number;
  rules: string[];
  reason?: string;
}

const DIRECTIVE = /(?:^|\s)#\s*redis-readiness-(disable-next-line|disable-file)\b(.*)$/;

/** The inline suppression comments of one file's text. */
export function parseSuppressions(text: string, file: string): Suppression[] {
  const lines = text.split(/\r?\n/);
  const found: Suppression[] = [];
  lines.forEach((line, index) => {
    const m = DIRECTIVE.exec(line);
    if (!m) return;
    const [spec = '', reason] = m[2]!.split(/\s--(?:\s|$)/, 2);
    const rules = spec
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    const column = line.indexOf('#') + 1;
    const s: Suppression = {
      kind: m[1] === 'disable-file' ? 'file' : 'next-line',
      pos: { file, line: index + 1, column },
      rules,
      ...(reason?.trim() ? { reason: reason.trim() } : {}),
    };
    if (s.kind === 'next-line') {
      let target = index + 1;
      while (target < lines.length && /^\s*(#.*)?$/.test(lines[target]!)) target++;
      s.targetLine = target + 1;
    }
    found.push(s);
  });
  return found;
}

/** Suppression comments of every file the project read (compose and env files). */
export function findSuppressions(
  files: readonly string[],
  texts?: ReadonlyMap<string, string>,
): Suppression[] {
  const all: Suppression[] = [];
  for (const file of new Set(files)) {
    // The loader's own copy when it has one: the same text, not read a second time.
    let text = texts?.get(file);
    try {
      text ??= fs.readFileSync(file, 'utf8');
    } catch {
      // The loader already reported files it could not read; nothing to suppress there.
      continue;
    }
    if (!text.includes('redis-readiness-disable')) continue;
    all.push(...parseSuppressions(text, path.resolve(file)));
  }
  return all;
}

export interface SuppressionOutcome {
  kept: Finding[];
  suppressed: Finding[];
  /** `suppression-unused` notices for comments that matched nothing. */
  unused: Finding[];
}

/**
 * Drops the findings a comment suppresses and reports each rule id in a
 * comment that suppressed nothing. A comment for a rule that is off for this
 * run is not reported: it could not have matched.
 */
export function applySuppressions(
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
  options: { knownRules: readonly string[]; rulesOff: readonly string[] },
): SuppressionOutcome {
  const used = new Set<string>();
  const key = (s: Suppression, rule: string) => `${s.pos.file}\u0000${s.pos.line}\u0000${rule}`;
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) {
    const file = path.resolve(f.pos.file);
    const match = suppressions.find(
      (s) =>
        s.pos.file === file &&
        s.rules.includes(f.rule) &&
        (s.kind === 'file' || s.targetLine === f.pos.line),
    );
    if (match) {
      used.add(key(match, f.rule));
      suppressed.push(f);
    } else kept.push(f);
  }
  const unused: Finding[] = [];
  for (const s of suppressions) {
    const comment = `redis-readiness-${s.kind === 'file' ? 'disable-file' : 'disable-next-line'}`;
    if (s.rules.length === 0) {
      unused.push(
        notice(s, `'# ${comment}' names no rule id: write '# ${comment} <rule-id> -- reason'.`),
      );
    }
    for (const rule of s.rules) {
      if (!options.knownRules.includes(rule)) {
        unused.push(
          notice(s, `'# ${comment}' names an unknown rule '${rule}': fix the id or remove it.`),
        );
      } else if (!used.has(key(s, rule)) && !options.rulesOff.includes(rule)) {
        const where = s.kind === 'file' ? 'in this file' : `on line ${s.targetLine}`;
        unused.push(
          notice(
            s,
            `'# ${comment} ${rule}' suppresses nothing: no ${rule} finding ${where}. Remove it.`,
          ),
        );
      }
    }
  }
  return { kept, suppressed, unused };
}

function notice(s: Suppression, message: string): Finding {
  return { rule: SUPPRESSION_UNUSED.id, severity: 'notice', message, pos: s.pos };
}
