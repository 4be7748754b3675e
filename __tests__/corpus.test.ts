/**
 * Runs the checker over the labelled real-world corpus (__tests__/corpus/):
 * no MUST-NOT row may be reported, recall on the MUST rows stays at or above
 * RECALL_FLOOR, every project (unlabelled and SKIP ones too) loads without a
 * crash, and every saved file names its origin.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../src/compose/index.js';
import { UnreadableInputError } from '../src/compose/types.js';
import type { Finding } from '../src/findings.js';
import { buildRedisModel } from '../src/redis/index.js';
import { runRules } from '../src/rules/index.js';
import {
  CORPUS,
  PROJECTS,
  composeSetsOf,
  filesUnder,
  layOut,
  projectNames,
  readTsv,
  type ExpectedRow,
  type SourceRow,
} from './corpus-layout.js';

/** Share of MUST rows the checker must report (issue 14). */
const RECALL_FLOOR = 0.97;

/**
 * Labels we believe are wrong, with the reason and a source. Keep empty unless
 * sure: a row listed here is checked the other way round, never silently dropped.
 */
const KNOWN_LABEL_DISAGREEMENTS: {
  project: string;
  compose: string;
  service: string;
  rule: string;
  reason: string;
}[] = [];

interface Outcome {
  findings?: Finding[];
  error?: unknown;
}

const rows = readTsv<ExpectedRow>('EXPECTED.tsv');
const sources = readTsv<SourceRow>('SOURCES.tsv');
const runs = projectNames().flatMap((project) =>
  composeSetsOf(project, rows).map((compose) => ({
    project,
    compose,
    rows: rows.filter((r) => r.project === project && r.compose === compose),
  })),
);
const outcomes = new Map<string, Outcome>();
const key = (project: string, compose: string) =>
  `${project} -f ${compose.split('+').join(' -f ')}`;
const root = mkdtempSync(join(tmpdir(), 'rr-corpus-'));

beforeAll(async () => {
  for (const [i, run] of runs.entries()) {
    const where = layOut(run.project, run.compose, join(root, String(i)));
    try {
      const project = await loadProject({ files: where.files, cwd: where.cwd, env: {} });
      outcomes.set(key(run.project, run.compose), {
        findings: runRules({ project, redis: buildRedisModel(project) }),
      });
    } catch (error) {
      outcomes.set(key(run.project, run.compose), { error });
    }
  }
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** What the test expects for a row: its verdict, or the opposite for a known disagreement. */
function wanted(row: ExpectedRow): boolean {
  const disagreement = KNOWN_LABEL_DISAGREEMENTS.some(
    (d) =>
      d.project === row.project &&
      d.compose === row.compose &&
      d.service === row.service &&
      d.rule === row.rule,
  );
  return disagreement ? row.verdict !== 'MUST' : row.verdict === 'MUST';
}

/**
 * Findings name the Redis service, except consumer-host-unknown, which by its
 * nature names no Redis service (it names the consumer): a row for it then
 * speaks of every consumer in the project.
 */
function hitsFor(findings: Finding[], row: ExpectedRow): Finding[] {
  return findings.filter(
    (f) =>
      f.rule === row.rule && (row.rule === 'consumer-host-unknown' || f.service === row.service),
  );
}

describe('real-world corpus', () => {
  it('holds projects and labels', () => {
    expect(existsSync(PROJECTS), `no projects/ in ${CORPUS}`).toBe(true);
    expect(runs.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.verdict === 'MUST').length).toBeGreaterThan(0);
  });

  it('names the origin of every saved file, and every origin row names a saved file', () => {
    const problems: string[] = [];
    const listed = new Set(sources.map((s) => `${s.project}/${s.file}`));
    for (const project of projectNames())
      for (const f of filesUnder(join(PROJECTS, project)))
        if (!listed.has(`${project}/${f}`)) problems.push(`${project}/${f} has no SOURCES.tsv row`);
    for (const s of sources) {
      if (!existsSync(join(PROJECTS, s.project, s.file)))
        problems.push(`SOURCES.tsv names ${s.project}/${s.file}, which is not saved`);
      if (!/^[0-9a-f]{40}$/.test(s.commit ?? ''))
        problems.push(`${s.project}/${s.file}: commit '${s.commit}' is not 40 hex digits`);
      if (!/^[\w.-]+\/[\w.-]+$/.test(s.repo ?? '') || !s.path)
        problems.push(`${s.project}/${s.file}: repo '${s.repo}' or path '${s.path}' is missing`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('labels only projects and compose files that exist', () => {
    const problems = rows
      .filter((r) => r.compose.split('+').some((f) => !existsSync(join(PROJECTS, r.project, f))))
      .map((r) => `${r.project}: ${r.compose} not found (${r.rule})`);
    problems.push(
      ...rows
        .filter((r) => !['MUST', 'MUST-NOT', 'SKIP'].includes(r.verdict))
        .map((r) => `${r.project} ${r.service} ${r.rule}: verdict '${r.verdict}'`),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });

  for (const run of runs) {
    it(key(run.project, run.compose), () => {
      const outcome = outcomes.get(key(run.project, run.compose));
      if (!outcome) throw new Error('not run');
      if (outcome.error !== undefined) {
        // Only a file labelled SKIP (an unrendered template) may be unreadable, and it must say where.
        const skip = run.rows.length > 0 && run.rows.every((r) => r.verdict === 'SKIP');
        if (skip && outcome.error instanceof UnreadableInputError) {
          expect(outcome.error.message).toMatch(/\S+:\d+|line/);
          return;
        }
        throw outcome.error;
      }
      const findings = outcome.findings!;
      // DUMP_FINDINGS=1 prints every finding, to review a label against what the checker says.
      if (process.env.DUMP_FINDINGS) {
        console.log(
          [
            `== ${key(run.project, run.compose)}`,
            ...findings.map(
              (f) =>
                `${f.pos.line}:${f.pos.column} ${f.severity} ${f.rule} [${f.service}] ${f.message}`,
            ),
          ].join('\n'),
        );
      }
      const violations = run.rows
        .filter((r) => r.verdict !== 'SKIP' && !wanted(r))
        .flatMap((r) => {
          const hit = hitsFor(findings, r)[0];
          return hit
            ? [
                `MUST-NOT ${r.service} ${r.rule} reported at line ${hit.pos.line}: ${hit.message} (${r.reason})`,
              ]
            : [];
        });
      expect(violations, violations.join('\n')).toEqual([]);
    });
  }

  it(`finds at least ${RECALL_FLOOR * 100} % of the MUST rows`, () => {
    let total = 0;
    const missed: string[] = [];
    for (const run of runs) {
      const findings = outcomes.get(key(run.project, run.compose))?.findings ?? [];
      for (const r of run.rows.filter((row) => row.verdict !== 'SKIP' && wanted(row))) {
        total++;
        if (hitsFor(findings, r).length === 0)
          missed.push(`${key(r.project, r.compose)}: ${r.service} ${r.rule} (${r.reason})`);
      }
    }
    const recall = total === 0 ? 1 : (total - missed.length) / total;
    console.log(
      `corpus recall: ${total - missed.length}/${total} = ${(recall * 100).toFixed(1)} %` +
        (missed.length ? `\nmissed:\n  ${missed.join('\n  ')}` : ''),
    );
    expect(recall, missed.join('\n')).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });
});
