// needs: compose
/**
 * `config --format json --show-secrets` against Docker Compose on the real-world
 * corpus: for every corpus project that `docker compose config --format json`
 * loads, our output must equal Compose's, value for value, and the loader
 * must not say Compose refuses it; for a project Compose refuses, the loader
 * must say why (corpus.test.ts still checks what it finds in it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { loadProject, UnreadableInputError, type ComposeIssue } from '../src/compose/index.js';
import {
  ENGINE_MISSING,
  composeAvailable,
  firstDifference,
  pool,
  runCompose,
  type ComposeRun,
} from './compose/compose-cli.js';
import {
  composeSetsOf,
  layOut,
  projectNames,
  readTsv,
  type ExpectedRow,
  type LaidOut,
} from './corpus-layout.js';

/**
 * Differences analysed and left to the loader's owners: project, compose set,
 * the JSON paths that differ (a pattern) and why. Every other difference
 * fails, and an entry whose difference is gone fails too (drop it then).
 */
const KNOWN_DIFFERENCES: { project: string; compose: string; path: RegExp; reason: string }[] = [];

const rows = readTsv<ExpectedRow>('EXPECTED.tsv');
const root = mkdtempSync(join(tmpdir(), 'rr-corpus-config-'));
const runs = projectNames().flatMap((project, p) =>
  composeSetsOf(project, rows).map((compose, c) => ({
    project,
    compose,
    where: layOut(project, compose, join(root, `${p}-${c}`, project)),
  })),
);
const label = (project: string, compose: string) =>
  `${project} -f ${compose.split('+').join(' -f ')}`;
/** Compose and our CLI both run with nothing but PATH and HOME in the environment. */
const cleanEnv = (): Record<string, string> => ({
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: process.env.HOME ?? '/root',
});
const composeRuns = new Map<string, ComposeRun>();

function fileArgs(where: LaidOut): string[] {
  return where.files.flatMap((f) => ['-f', f]);
}

async function ourConfig(where: LaidOut): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk: Buffer, _enc, done) {
        append(chunk.toString());
        done();
      },
    });
  const code = await runCli(['config', '--format', 'json', '--show-secrets', ...fileArgs(where)], {
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
    env: cleanEnv(),
    cwd: where.cwd,
  });
  return { code, out, err };
}

/** The loader's issues; input it cannot read at all stands as one compose-invalid issue. */
async function ourIssues(where: LaidOut): Promise<ComposeIssue[]> {
  try {
    return (await loadProject({ files: where.files, cwd: where.cwd, env: cleanEnv() })).issues;
  } catch (err) {
    if (!(err instanceof UnreadableInputError)) throw err;
    return [
      {
        kind: 'compose-invalid',
        message: err.message,
        pos: err.pos ?? { file: where.files[0]!, line: 1, column: 1 },
      },
    ];
  }
}

beforeAll(async () => {
  if (!(await composeAvailable())) throw new Error(ENGINE_MISSING);
  const results = await pool(
    runs.map(
      (r) => () =>
        runCompose(
          [...fileArgs(r.where), '--project-directory', r.where.cwd, 'config', '--format', 'json'],
          r.where.cwd,
          cleanEnv(),
        ),
    ),
    2,
  );
  runs.forEach((r, i) => composeRuns.set(label(r.project, r.compose), results[i]!));
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every path where the two documents differ (at most 30), to report all of a project's differences at once. */
function everyDifference(ours: unknown, theirs: unknown, path = '', out: string[] = []): string[] {
  if (out.length >= 30) return out;
  const bothObjects =
    ours !== null &&
    theirs !== null &&
    typeof ours === 'object' &&
    typeof theirs === 'object' &&
    Array.isArray(ours) === Array.isArray(theirs) &&
    (!Array.isArray(ours) || ours.length === (theirs as unknown[]).length);
  if (!bothObjects) {
    const d = firstDifference(ours, theirs, path);
    if (d) out.push(d);
    return out;
  }
  const o = ours as Record<string, unknown>;
  const t = theirs as Record<string, unknown>;
  for (const k of [...new Set([...Object.keys(o), ...Object.keys(t)])].sort())
    everyDifference(o[k], t[k], Array.isArray(ours) ? `${path}[${k}]` : `${path}.${k}`, out);
  return out;
}

describe('config --show-secrets equals docker compose config on the corpus', () => {
  for (const run of runs) {
    it(label(run.project, run.compose), async () => {
      const theirs = composeRuns.get(label(run.project, run.compose));
      if (!theirs) throw new Error(ENGINE_MISSING);
      if (!theirs.ok) {
        const why = theirs.stderr
          .split('\n')
          .filter((l) => l.trim() !== '' && !/level=warning/.test(l))
          .join(' ');
        console.log(`compose refuses ${label(run.project, run.compose)}: ${why}`);
        // The loader must say why Compose refuses it (and still load it: corpus.test.ts checks it).
        const refusals = (await ourIssues(run.where)).filter(
          (i) => i.kind === 'compose-invalid' || (i.kind === 'variable-unset' && i.required),
        );
        expect(
          refusals.length,
          `compose refused it (${why}) but the loader reported nothing`,
        ).toBeGreaterThan(0);
        return;
      }
      const ours = await ourConfig(run.where);
      expect(ours.code, ours.err).toBe(0);
      // Compose accepted it, so the loader must not claim Compose would refuse it.
      expect(
        (await ourIssues(run.where))
          .filter((i) => i.kind === 'compose-invalid')
          .map((i) => `${i.pos.file}:${i.pos.line}: ${i.message}`),
        'compose accepted the project',
      ).toEqual([]);
      const diffs = everyDifference(JSON.parse(ours.out), theirs.json);
      const known = KNOWN_DIFFERENCES.filter(
        (k) => k.project === run.project && k.compose === run.compose,
      );
      const unexplained = diffs.filter((d) => !known.some((k) => k.path.test(d)));
      expect(unexplained, unexplained.join('\n')).toEqual([]);
      for (const k of known)
        expect(
          diffs.some((d) => k.path.test(d)),
          `known difference no longer seen, drop it from KNOWN_DIFFERENCES: ${k.reason}`,
        ).toBe(true);
    });
  }
});
