import path from 'node:path';
import type { Finding } from '../../src/findings.js';
import type { CheckReport } from '../../src/report/types.js';
import { docsUrl } from '../../src/rules/types.js';

/** A hand-made report (formatter tests run without the pipeline). */
export const BASE = path.resolve('/repo');
export const COMPOSE = path.join(BASE, 'deploy', 'docker-compose.yml');
const OVERRIDE = path.join(BASE, 'deploy', 'docker-compose.override.yml');

export function finding(partial: Partial<Finding> & Pick<Finding, 'rule' | 'severity'>): Finding {
  return {
    message: `${partial.rule} happened`,
    pos: { file: COMPOSE, line: 10, column: 5 },
    service: 'redis',
    ...partial,
  };
}

export function sampleReport(overrides: Partial<CheckReport> = {}): CheckReport {
  const findings: Finding[] = overrides.findings ?? [
    finding({
      rule: 'port-public',
      severity: 'error',
      message: 'Redis port 6379 is published on all interfaces without a password.',
      pos: { file: COMPOSE, line: 12, column: 9, endLine: 12, endColumn: 20 },
      fix: {
        description: 'Publish on loopback only',
        pos: { file: COMPOSE, line: 12, column: 10, endLine: 12, endColumn: 19 },
        replacement: '127.0.0.1:6379:6379',
      },
    }),
    finding({
      rule: 'image-unpinned',
      severity: 'warning',
      message: "Tag 'alpine' floats.",
      pos: { file: COMPOSE, line: 9, column: 12 },
    }),
    finding({
      rule: 'health-writes',
      severity: 'notice',
      message: 'The healthcheck writes a key.',
      pos: { file: OVERRIDE, line: 3, column: 7 },
    }),
    finding({
      rule: 'variable-unset',
      severity: 'notice',
      service: undefined,
      message: 'REDIS_PASSWORD is not set.',
      pos: { file: COMPOSE, line: 2, column: 1 },
    }),
  ];
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return {
    tool: { name: 'redis-readiness', version: '0.1.0' },
    result: 'fail',
    failOn: 'error',
    profile: 'production',
    project: {
      name: 'deploy',
      workingDir: path.join(BASE, 'deploy'),
      files: [COMPOSE, OVERRIDE],
      composeFiles: [COMPOSE, OVERRIDE],
    },
    findings,
    counts: {
      error: count('error'),
      warning: count('warning'),
      notice: count('notice'),
      suppressed: 0,
    },
    probes: [],
    probeLogs: {},
    rules: ['port-public', 'image-unpinned', 'health-writes', 'variable-unset', 'auth-missing'].map(
      (id) => ({
        id,
        severity: id === 'auth-missing' ? 'off' : 'warning',
        summary: `What ${id} reports.`,
        docsUrl: docsUrl(id),
      }),
    ),
    services: [
      {
        name: 'redis',
        family: 'redis',
        image: 'redis:alpine',
        roles: ['broker'],
        active: true,
        consumers: ['worker'],
      },
    ],
    durationMs: 12.4,
    ...overrides,
  };
}

export const identity = (s: string) => s;
