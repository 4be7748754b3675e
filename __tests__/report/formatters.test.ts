import { describe, expect, it } from 'vitest';
import { formatJson, toJsonDocument } from '../../src/report/json.js';
import { FINGERPRINT_KEY, formatSarif, toSarifLog } from '../../src/report/sarif.js';
import { formatText } from '../../src/report/text.js';
import { BASE, COMPOSE, finding, identity, sampleReport } from './fixtures.js';
import { errorsOf, validateReport, validateSarif } from './schema-validators.js';

const opts = { baseDir: BASE, mask: identity };

describe('text format', () => {
  it('prints file:line:column  severity  rule-id  message, grouped by file, and a count line', () => {
    const text = formatText(sampleReport(), { ...opts, color: false });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^deploy\/docker-compose\.override\.yml:3:7 {2}notice {3}health-writes {2}\[redis\] /,
    );
    // The compose file's findings follow after a blank line, top to bottom.
    const composeLines = lines.filter((l) => l.startsWith('deploy/docker-compose.yml:'));
    expect(composeLines.map((l) => l.split('  ')[0])).toEqual([
      'deploy/docker-compose.yml:2:1',
      'deploy/docker-compose.yml:9:12',
      'deploy/docker-compose.yml:12:9',
    ]);
    expect(lines[1]).toBe('');
    expect(text).toContain(
      '    fix: Publish on loopback only (deploy/docker-compose.yml:12:10): 127.0.0.1:6379:6379',
    );
    expect(lines.at(-1)).toBe('1 error, 1 warning, 2 notices (fail-on: error): fail');
    expect(text).not.toContain('\u001b[');
  });

  it('uses colour only when asked (the CLI asks on a TTY)', () => {
    const text = formatText(sampleReport(), { ...opts, color: true });
    expect(text).toContain('\u001b[31merror  \u001b[0m');
  });

  it('shows probes and masks the whole output', () => {
    const report = sampleReport({
      findings: [],
      counts: { error: 0, warning: 0, notice: 0, suppressed: 0 },
      result: 'pass',
      probes: [
        {
          probe: 'auth',
          service: 'redis',
          status: 'fail',
          summary: 'accepted password hunter2-xyz',
          durationMs: 31,
          evidence: [],
        },
      ],
    });
    const text = formatText(report, {
      ...opts,
      color: false,
      mask: (s) => s.replaceAll('hunter2-xyz', '***'),
    });
    expect(text).toContain('fail  auth        redis  accepted password *** (31 ms)');
    expect(text).not.toContain('hunter2');
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      '0 errors, 0 warnings, 0 notices, 1/1 probes failed (fail-on: error): pass',
    );
  });
});

describe('JSON report', () => {
  it('matches docs/report.schema.json', () => {
    const doc = JSON.parse(formatJson(sampleReport(), opts));
    expect(validateReport(doc), errorsOf(validateReport.errors)).toBe(true);
  });

  it('has paths relative to the base directory and the fields the issue names', () => {
    const doc = toJsonDocument(sampleReport(), opts);
    expect(doc.findings[0]).toMatchObject({
      rule: 'port-public',
      severity: 'error',
      service: 'redis',
      file: 'deploy/docker-compose.yml',
      line: 12,
      column: 9,
      fix: { replacement: '127.0.0.1:6379:6379', file: 'deploy/docker-compose.yml' },
    });
    expect(doc.project.files).toEqual([
      'deploy/docker-compose.yml',
      'deploy/docker-compose.override.yml',
    ]);
    expect(doc.counts).toEqual({ errors: 1, warnings: 1, notices: 2, suppressed: 0 });
  });

  it('rejects a document that breaks the schema (the schema is not vacuous)', () => {
    const doc = JSON.parse(formatJson(sampleReport(), opts));
    doc.findings[0].line = 0;
    expect(validateReport(doc)).toBe(false);
    delete doc.findings[0].line;
    doc.result = 'maybe';
    expect(validateReport(doc)).toBe(false);
  });

  it('masks values without breaking the document even when a secret equals a key', () => {
    const text = formatJson(sampleReport(), { ...opts, mask: (s) => s.replaceAll('error', '***') });
    const doc = JSON.parse(text);
    // Keys are never masked, nor identifier fields (issue 13: severity, rule, service, ...).
    expect(doc.findings[0].severity).toBe('error');
    expect(Object.keys(doc.counts)).toContain('errors');
  });
});

describe('SARIF', () => {
  it('is SARIF 2.1.0 in the shape upload-sarif reads', () => {
    const log = JSON.parse(formatSarif(sampleReport(), opts));
    expect(validateSarif(log), errorsOf(validateSarif.errors)).toBe(true);
  });

  it('has rules with descriptions and help URIs, results with relative URIs, regions, fingerprints and fixes', () => {
    const log = toSarifLog(sampleReport(), opts);
    const run = log.runs[0]!;
    const rule = run.tool.driver.rules.find((r) => r.id === 'port-public')!;
    expect(rule.shortDescription.text).toBe('What port-public reports.');
    expect(rule.fullDescription.text).toBe(
      'What port-public reports. Reported as a warning. What it means and how to fix it: https://github.com/redis-readiness/redis-readiness/blob/main/docs/rules/port-public.md',
    );
    expect(rule.helpUri).toMatch(/docs\/rules\/port-public\.md$/);
    expect(
      run.tool.driver.rules.find((r) => r.id === 'auth-missing')!.defaultConfiguration,
    ).toEqual({ level: 'none', enabled: false });
    const result = run.results[0]!;
    expect(result.level).toBe('error');
    expect(run.tool.driver.rules[result.ruleIndex!]!.id).toBe('port-public');
    expect(result.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'deploy/docker-compose.yml' },
      region: { startLine: 12, startColumn: 9, endLine: 12, endColumn: 20 },
    });
    expect(result.fixes![0]!.artifactChanges[0]!.replacements[0]!.insertedContent.text).toBe(
      '127.0.0.1:6379:6379',
    );
    expect(run.results.map((r) => r.level)).toEqual(['error', 'warning', 'note', 'note']);
  });

  it('keeps fingerprints when a finding moves to another line, and tells findings apart', () => {
    const moved = sampleReport({
      findings: [
        finding({
          rule: 'image-unpinned',
          severity: 'warning',
          message: "Tag 'alpine' floats.",
          pos: { file: COMPOSE, line: 40, column: 12 },
        }),
      ],
    });
    const before = toSarifLog(sampleReport(), opts).runs[0]!.results[1]!.partialFingerprints[
      FINGERPRINT_KEY
    ];
    const after = toSarifLog(moved, opts).runs[0]!.results[0]!.partialFingerprints[FINGERPRINT_KEY];
    expect(after).toBe(before);
    const all = toSarifLog(sampleReport(), opts).runs[0]!.results.map(
      (r) => r.partialFingerprints[FINGERPRINT_KEY],
    );
    expect(new Set(all).size).toBe(all.length);
  });

  it('fails the structural schema when a URI is absolute (the check is real)', () => {
    const log = JSON.parse(formatSarif(sampleReport(), { ...opts, baseDir: '/elsewhere' }));
    expect(validateSarif(log)).toBe(false);
  });

  it('fails the SARIF 2.1.0 schema on a value the specification does not allow', () => {
    const log = JSON.parse(formatSarif(sampleReport(), opts));
    log.runs[0].results[0].level = 'fatal';
    expect(validateSarif(log)).toBe(false);
    expect(errorsOf(validateSarif.errors)).toContain('(SARIF 2.1.0)');
  });
});
