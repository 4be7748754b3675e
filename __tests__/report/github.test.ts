import { describe, expect, it } from 'vitest';
import { actionOutputs, annotationsFor, hiddenAnnotationCounts } from '../../src/report/github.js';
import { summaryMarkdown } from '../../src/report/summary.js';
import { BASE, COMPOSE, finding, identity, sampleReport } from './fixtures.js';

const opts = { baseDir: BASE, mask: identity };

describe('annotations', () => {
  it('carry file, line, column and the rule id as title; the message ends with the docs link', () => {
    const [first] = annotationsFor(sampleReport(), opts);
    expect(first).toEqual({
      kind: 'error',
      message:
        'redis: Redis port 6379 is published on all interfaces without a password. https://github.com/redis-readiness/redis-readiness/blob/main/docs/rules/port-public.md',
      properties: {
        title: 'port-public',
        file: 'deploy/docker-compose.yml',
        startLine: 12,
        startColumn: 9,
        endColumn: 20,
      },
    });
  });

  it('come most severe first', () => {
    const kinds = annotationsFor(sampleReport(), opts).map((a) => a.kind);
    expect(kinds).toEqual(['error', 'warning', 'notice', 'notice']);
  });
});

describe('job summary', () => {
  const many = Array.from({ length: 13 }, (_, i) =>
    finding({
      rule: 'health-lenient',
      severity: 'warning',
      pos: { file: COMPOSE, line: i + 1, column: 3 },
    }),
  );
  const crowded = sampleReport({
    findings: many,
    counts: { error: 0, warning: 13, notice: 0, suppressed: 2 },
  });

  it('says how many annotations GitHub will not show', () => {
    expect(hiddenAnnotationCounts(crowded)).toEqual({ error: 0, warning: 3, notice: 0 });
    expect(summaryMarkdown(crowded, opts)).toContain('3 warnings more are not annotated');
    expect(summaryMarkdown(sampleReport(), opts)).not.toContain('more are not annotated');
  });

  it('has the verdict, findings grouped by service, the rules run and the probes with timings', () => {
    const md = summaryMarkdown(
      sampleReport({
        probes: [
          {
            probe: 'ping',
            service: 'redis',
            status: 'pass',
            summary: 'PONG in 1 ms',
            durationMs: 1520,
            evidence: ['PING -> PONG'],
          },
        ],
        probeLogs: { redis: ['1:M ready to accept connections', 'a | pipe'] },
      }),
      opts,
    );
    expect(md).toMatch(/^## redis-readiness: ❌ fail/);
    expect(md).toContain('#### redis\n');
    expect(md).toContain('#### (project)\n');
    expect(md).toContain(
      '| 🔴 error | [`port-public`](https://github.com/redis-readiness/redis-readiness/blob/main/docs/rules/port-public.md) | `deploy/docker-compose.yml:12:9` |',
    );
    expect(md).toContain('| ping | redis | ✅ pass | 1.5 s | PONG in 1 ms |');
    expect(md).toContain('<summary>redis: last 2 log lines</summary>');
    expect(md).toContain(
      '| [`auth-missing`](https://github.com/redis-readiness/redis-readiness/blob/main/docs/rules/auth-missing.md) | off |',
    );
  });

  it('escapes table cells and masks everything', () => {
    const report = sampleReport({
      findings: [
        finding({
          rule: 'auth-literal',
          severity: 'warning',
          message: 'password s3cr3t-pw | <b> is literal',
        }),
      ],
    });
    const md = summaryMarkdown(report, { ...opts, mask: (s) => s.replaceAll('s3cr3t-pw', '***') });
    // Masked before it is escaped: the mask renders as ***.
    expect(md).toContain('password \\*\\*\\* \\| \\<b\\> is literal');
    expect(md).not.toContain('s3cr3t');
  });
});

describe('outputs', () => {
  it('give the verdict, counts, report paths and probe results', () => {
    const out = actionOutputs(
      sampleReport(),
      { reportJson: '/tmp/r.json', sarif: '/tmp/r.sarif' },
      identity,
    );
    expect(out).toMatchObject({
      result: 'fail',
      errors: '1',
      warnings: '1',
      notices: '2',
      'report-json': '/tmp/r.json',
      sarif: '/tmp/r.sarif',
      probes: '[]',
    });
  });
});
