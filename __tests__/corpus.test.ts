/**
 * Runs the checker over the labelled real-world corpus (EXPECTED.tsv): every
 * MUST row must be reported for its service and rule, no MUST-NOT row may be,
 * and every file (SKIP rows included) must load without a crash.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadProject } from '../src/compose/index.js';
import { UnreadableInputError } from '../src/compose/types.js';
import type { Finding } from '../src/findings.js';
import { buildRedisModel } from '../src/redis/index.js';
import { runRules } from '../src/rules/index.js';

const REPO = resolve(import.meta.dirname, '..');
const CORPUS = resolve(REPO, process.env.REDIS_READINESS_CORPUS ?? '../shared/corpus/realworld');

/**
 * Labels we believe are wrong, with the reason and a source. Keep empty unless
 * sure: a row listed here is checked the other way round (or skipped, for
 * 'unsure'), never silently dropped.
 */
const KNOWN_LABEL_DISAGREEMENTS: { file: string; service: string; rule: string; reason: string }[] =
  [];

interface Row {
  file: string;
  service: string;
  rule: string;
  verdict: 'MUST' | 'MUST-NOT' | 'SKIP';
  reason: string;
}

interface IndexRow {
  file: string;
  repo: string;
  path: string;
}

function readTsv<T>(name: string): T[] {
  const [header, ...lines] = readFileSync(join(CORPUS, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const keys = header!.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [keys[i], v])) as T);
}

/** env_file entries of every service (string, list of strings, or list of {path}). */
function envFilesOf(text: string): string[] {
  let doc: unknown;
  try {
    doc = parse(text, { merge: true, maxAliasCount: 10000 });
  } catch {
    return [];
  }
  const services = (doc as { services?: Record<string, { env_file?: unknown }> } | null)?.services;
  if (!services || typeof services !== 'object') return [];
  const out: string[] = [];
  for (const service of Object.values(services)) {
    const e = service?.env_file;
    for (const item of Array.isArray(e) ? e : e === undefined ? [] : [e]) {
      if (typeof item === 'string') out.push(item);
      else if (
        item &&
        typeof item === 'object' &&
        typeof (item as { path?: unknown }).path === 'string'
      ) {
        out.push((item as { path: string }).path);
      }
    }
  }
  return out;
}

const roots: string[] = [];

/** Lays a project out as the corpus README says; returns the compose file paths. */
function layOut(files: string[], index: Map<string, IndexRow>, saved: string[]): string[] {
  const root = mkdtempSync(join(tmpdir(), 'rr-corpus-'));
  roots.push(root);
  const placed: string[] = [];
  for (const name of files) {
    const row = index.get(name);
    if (!row) throw new Error(`${name} is not in INDEX.tsv`);
    const target = join(root, row.path);
    mkdirSync(dirname(target), { recursive: true });
    const text = readFileSync(join(CORPUS, name), 'utf8');
    writeFileSync(target, text);
    placed.push(target);
    const owner = name.split('__').slice(0, 2).join('__');
    for (const envFile of envFilesOf(text)) {
      const where = resolve(dirname(target), envFile);
      if (existsSync(where)) continue;
      const suffix = envFile.replace(/^\.\//, '').replace(/\//g, '_');
      const match = saved.find(
        (s) => s.startsWith(owner + '__') && s.endsWith(suffix) && s !== name,
      );
      mkdirSync(dirname(where), { recursive: true });
      writeFileSync(where, match ? readFileSync(join(CORPUS, match), 'utf8') : '');
    }
  }
  return placed;
}

describe('real-world corpus', () => {
  afterAll(() => {
    for (const r of roots) rmSync(r, { recursive: true, force: true });
  });

  it('is present', () => {
    expect(
      existsSync(join(CORPUS, 'EXPECTED.tsv')),
      `corpus not found at ${CORPUS}: set REDIS_READINESS_CORPUS to the folder holding EXPECTED.tsv and INDEX.tsv`,
    ).toBe(true);
  });
  if (!existsSync(join(CORPUS, 'EXPECTED.tsv'))) return;

  const rows = readTsv<Row>('EXPECTED.tsv');
  const index = new Map(readTsv<IndexRow>('INDEX.tsv').map((r) => [r.file, r]));
  const saved = [...index.keys()];
  const byFile = new Map<string, Row[]>();
  for (const r of rows) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  // Every saved compose file loads without a crash, labelled or not.
  const composeFiles = saved.filter((f) => !f.endsWith('.env'));
  for (const f of composeFiles)
    if (![...byFile.keys()].some((k) => k.split('+').includes(f))) byFile.set(f, []);

  for (const [file, fileRows] of byFile) {
    it(file, async () => {
      const files = file.split('+');
      const placed = layOut(files, index, saved);
      let findings: Finding[];
      try {
        const project = await loadProject({ files: placed, cwd: dirname(placed[0]!), env: {} });
        findings = runRules({ project, redis: buildRedisModel(project) });
      } catch (error) {
        const skip = fileRows.length > 0 && fileRows.every((r) => r.verdict === 'SKIP');
        if (skip && error instanceof UnreadableInputError) {
          expect(error.message).toMatch(/\S+:\d+|line/);
          return;
        }
        throw error;
      }
      // DUMP_FINDINGS=1 prints every finding, to review a label against what the checker says.
      if (process.env.DUMP_FINDINGS) {
        for (const f of findings)
          console.log(
            `${f.pos.line}:${f.pos.column} ${f.severity} ${f.rule} [${f.service}] ${f.message}`,
          );
      }
      const problems: string[] = [];
      for (const row of fileRows) {
        if (row.verdict === 'SKIP') continue;
        const disagreement = KNOWN_LABEL_DISAGREEMENTS.find(
          (d) => d.file === file && d.service === row.service && d.rule === row.rule,
        );
        const hits = findings.filter((f) => f.rule === row.rule && matchesService(f, row));
        const want = disagreement ? row.verdict !== 'MUST' : row.verdict === 'MUST';
        if (want && hits.length === 0)
          problems.push(`MUST ${row.service} ${row.rule} not reported (${row.reason})`);
        if (!want && hits.length > 0) {
          problems.push(
            `MUST-NOT ${row.service} ${row.rule} reported at line ${hits[0]!.pos.line}: ${hits[0]!.message} (${row.reason})`,
          );
        }
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});

/**
 * Findings name the Redis service, except consumer-host-unknown, which by its
 * nature names no Redis service (it names the consumer): a MUST-NOT row for it
 * then means no consumer in the project has an unknown host.
 */
function matchesService(f: Finding, row: Row): boolean {
  if (row.rule === 'consumer-host-unknown') return true;
  return f.service === row.service;
}
