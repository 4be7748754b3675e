import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { applySuppressions, parseSuppressions } from '../../src/suppressions.js';

const FILE = '/proj/compose.yml';
const TEXT = [
  '# redis-readiness-disable-file health-writes -- the counter is harmless here',
  'services:',
  '  redis:',
  '    # redis-readiness-disable-next-line port-public, image-unpinned -- dev only',
  '',
  '    ports: ["6379:6379"]',
  '    # redis-readiness-disable-next-line auth-missing',
  '    image: redis:7.4',
  '    # redis-readiness-disable-next-line bogus-rule',
  '    command: redis-server',
].join('\n');

const at = (rule: string, line: number): Finding => ({
  rule,
  severity: 'error',
  service: 'redis',
  message: rule,
  pos: { file: FILE, line, column: 5 },
});

describe('inline suppressions', () => {
  it('parse ids, reason and the line they apply to (skipping blank lines)', () => {
    const s = parseSuppressions(TEXT, FILE);
    expect(s.map((x) => [x.kind, x.pos.line, x.targetLine, x.rules, x.reason])).toEqual([
      ['file', 1, undefined, ['health-writes'], 'the counter is harmless here'],
      ['next-line', 4, 6, ['port-public', 'image-unpinned'], 'dev only'],
      ['next-line', 7, 8, ['auth-missing'], undefined],
      ['next-line', 9, 10, ['bogus-rule'], undefined],
    ]);
  });

  it('suppress matching findings and report each unused or unknown id as a notice', () => {
    const findings = [
      at('port-public', 6),
      at('health-writes', 12),
      at('auth-missing', 9),
      at('image-unpinned', 8),
    ];
    const out = applySuppressions(findings, parseSuppressions(TEXT, FILE), {
      knownRules: ['port-public', 'image-unpinned', 'auth-missing', 'health-writes'],
      rulesOff: [],
    });
    expect(out.suppressed.map((f) => f.rule)).toEqual(['port-public', 'health-writes']);
    expect(out.kept.map((f) => f.rule)).toEqual(['auth-missing', 'image-unpinned']);
    expect(
      out.unused.map((f) => [f.rule, f.severity, f.pos.line, f.pos.column, f.message]),
    ).toEqual([
      [
        'suppression-unused',
        'notice',
        4,
        5,
        "'# redis-readiness-disable-next-line image-unpinned' suppresses nothing: no image-unpinned finding on line 6. Remove it.",
      ],
      [
        'suppression-unused',
        'notice',
        7,
        5,
        "'# redis-readiness-disable-next-line auth-missing' suppresses nothing: no auth-missing finding on line 8. Remove it.",
      ],
      [
        'suppression-unused',
        'notice',
        9,
        5,
        "'# redis-readiness-disable-next-line' names an unknown rule 'bogus-rule': fix the id or remove it.",
      ],
    ]);
  });

  it('do not report a suppression of a rule that is off for this run', () => {
    const out = applySuppressions([], parseSuppressions(TEXT, FILE), {
      knownRules: ['port-public', 'image-unpinned', 'auth-missing', 'health-writes', 'bogus-rule'],
      rulesOff: ['port-public', 'image-unpinned', 'auth-missing', 'health-writes', 'bogus-rule'],
    });
    expect(out.unused).toEqual([]);
  });
});
