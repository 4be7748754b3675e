// needs: compose
/**
 * The loader against Docker Compose itself: for every project (examples,
 * fixtures, generated cases, the real-world corpus) `docker compose config
 * --format json` and toComposeConfigJson(loadProject(...)) must agree field
 * by field on what the Redis rules read.
 */
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  existsSync,
  writeFileSync,
  statSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  loadProject,
  toComposeConfigJson,
  UnreadableInputError,
  type ComposeProject,
} from '../../src/compose/index.js';
import { parseDotenv } from '../../src/compose/dotenv.js';
import {
  ENGINE_MISSING,
  composeAvailable,
  firstDifference,
  pool,
  runCompose,
  type ComposeRun,
} from './compose-cli.js';
import { generatedCases, type DiffCase } from './generated-cases.js';

const REPO = path.resolve(__dirname, '../..');
const CORPUS = path.resolve(
  REPO,
  process.env.REDIS_READINESS_CORPUS ?? '../shared/corpus/realworld',
);
const SERVICE_FIELDS = [
  'image',
  'command',
  'entrypoint',
  'environment',
  'ports',
  'volumes',
  'healthcheck',
  'depends_on',
  'networks',
  'profiles',
];

interface Project {
  label: string;
  dir: string;
  /** Relative to dir (run directory). */
  files: string[];
  env: Record<string, string>;
  profiles?: string[];
  envFiles?: string[];
  projectDirectory?: string;
  /** Compose may refuse this project (corpus): then the loader must report why. */
  mayFail?: boolean;
  /** Compose must refuse it, and the loader must report an issue matching this. */
  refused?: RegExp;
}

const root = mkdtempSync(path.join(tmpdir(), 'rr-diff-'));
const baseEnv = (): Record<string, string> => ({
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: process.env.HOME ?? '/root',
});

function writeCase(c: DiffCase): Project {
  const dir = path.join(root, 'gen', c.name);
  for (const [rel, content] of Object.entries(c.files)) {
    const f = path.join(dir, rel);
    mkdirSync(path.dirname(f), { recursive: true });
    writeFileSync(f, content);
  }
  const runDir = c.cwd ? path.join(dir, c.cwd) : dir;
  const files = c.composeFiles ?? (c.files['compose.yaml'] !== undefined ? ['compose.yaml'] : []);
  return {
    label: `generated/${c.name}`,
    dir: runDir,
    files,
    env: { ...baseEnv(), ...(c.env ?? {}) },
    profiles: c.profiles,
    envFiles: c.envFiles,
    projectDirectory: c.projectDirectory,
    refused: c.refused,
  };
}

function dirProjects(base: string, labelPrefix: string): Project[] {
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .filter((d) => statSync(path.join(base, d)).isDirectory())
    .filter((d) => !existsSync(path.join(base, d, 'NOT-DIFFERENTIAL')))
    .map((d) => {
      const dir = path.join(base, d);
      const caseFile = path.join(dir, 'case.json');
      const extra = existsSync(caseFile)
        ? (JSON.parse(readFileSync(caseFile, 'utf8')) as Partial<DiffCase>)
        : {};
      // Examples document their variables in .env.example: run them as a user who copied it and filled it in.
      const example = path.join(dir, '.env.example');
      const exampleEnv = existsSync(example)
        ? Object.fromEntries(
            [...parseDotenv(readFileSync(example, 'utf8'), example).entries].map(([k, e]) => [
              k,
              e.value || `example-${k.toLowerCase()}`,
            ]),
          )
        : {};
      return {
        label: `${labelPrefix}/${d}`,
        dir,
        files: extra.composeFiles ?? [],
        env: { ...baseEnv(), ...exampleEnv, ...(extra.env ?? {}) },
        profiles: extra.profiles,
      };
    });
}

/** Lays a corpus file out as its README says: at its repo path, with its env files beside it. */
function corpusProjects(): Project[] {
  const indexFile = path.join(CORPUS, 'INDEX.tsv');
  if (!existsSync(indexFile)) return [];
  const rows = readFileSync(indexFile, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'))
    .map(([file, repo, p]) => ({ file, repo, path: p }));
  const composeRows = rows.filter((r) => /\.ya?ml$/.test(r.file));
  const layout = (rowsOf: typeof rows, name: string) => {
    const dir = path.join(root, 'corpus', name);
    for (const r of rowsOf) {
      const target = path.join(dir, r.path);
      mkdirSync(path.dirname(target), { recursive: true });
      const text = readFileSync(path.join(CORPUS, r.file), 'utf8');
      writeFileSync(target, text);
      for (const envPath of envFilesOf(text)) {
        const abs = path.resolve(path.dirname(target), envPath);
        if (existsSync(abs)) continue;
        const repoRel = path.relative(dir, abs).split(path.sep).join('_');
        const saved = rows.find((x) => x.repo === r.repo && x.file.endsWith(repoRel));
        mkdirSync(path.dirname(abs), { recursive: true });
        writeFileSync(abs, saved ? readFileSync(path.join(CORPUS, saved.file)) : '');
      }
    }
    return dir;
  };
  const projects: Project[] = [];
  for (const r of composeRows) {
    const dir = layout([r], r.file.replace(/[^A-Za-z0-9_.-]/g, '_'));
    const composeDir = path.join(dir, path.dirname(r.path));
    projects.push({
      label: `corpus/${r.file}`,
      dir: composeDir,
      files: [path.basename(r.path)],
      env: baseEnv(),
      mayFail: true,
    });
  }
  const expected = existsSync(path.join(CORPUS, 'EXPECTED.tsv'))
    ? readFileSync(path.join(CORPUS, 'EXPECTED.tsv'), 'utf8')
    : '';
  const combos = new Set(
    expected
      .split('\n')
      .map((l) => l.split('\t')[0])
      .filter((f) => f.includes('+')),
  );
  for (const combo of combos) {
    const parts = combo
      .split('+')
      .map((f) => rows.find((r) => r.file === f))
      .filter((r) => r !== undefined);
    if (parts.length < 2) continue;
    const dir = layout(parts, combo.replace(/[^A-Za-z0-9_.-]/g, '_'));
    const composeDir = path.join(dir, path.dirname(parts[0].path));
    projects.push({
      label: `corpus/${combo}`,
      dir: composeDir,
      files: parts.map((p) => path.relative(composeDir, path.join(dir, p.path))),
      env: baseEnv(),
      mayFail: true,
    });
  }
  return projects;
}

function envFilesOf(text: string): string[] {
  let doc: unknown;
  try {
    doc = parse(text, { merge: true, maxAliasCount: -1, logLevel: 'silent' });
  } catch {
    return [];
  }
  const services =
    (doc as { services?: Record<string, { env_file?: unknown }> } | null)?.services ?? {};
  const out: string[] = [];
  for (const s of Object.values(services)) {
    const ef = s?.env_file;
    for (const e of Array.isArray(ef) ? ef : ef === undefined ? [] : [ef]) {
      if (typeof e === 'string') out.push(e);
      else if (e && typeof e === 'object' && typeof (e as { path?: unknown }).path === 'string')
        out.push((e as { path: string }).path);
    }
  }
  return out.filter((p) => !p.includes('$'));
}

const projects: Project[] = [
  ...dirProjects(path.join(REPO, 'examples'), 'examples'),
  ...dirProjects(path.join(REPO, '__tests__/fixtures/compose'), 'fixtures'),
  ...generatedCases.map(writeCase),
  ...corpusProjects(),
];

const composeResults = new Map<string, ComposeRun>();

function composeArgs(p: Project): string[] {
  const args: string[] = [];
  for (const f of p.files) args.push('-f', f);
  if (p.projectDirectory) args.push('--project-directory', p.projectDirectory);
  for (const e of p.envFiles ?? []) args.push('--env-file', e);
  for (const pr of p.profiles ?? []) args.push('--profile', pr);
  args.push('config', '--format', 'json');
  return args;
}

beforeAll(async () => {
  if (!(await composeAvailable())) throw new Error(ENGINE_MISSING);
  const runs = await pool(
    projects.map((p) => () => runCompose(composeArgs(p), p.dir, p.env)),
    4,
  );
  projects.forEach((p, i) => composeResults.set(p.label, runs[i]));
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function load(p: Project): Promise<ComposeProject> {
  return loadProject({
    files: p.files,
    cwd: p.dir,
    env: p.env,
    profiles: p.profiles,
    envFiles: p.envFiles,
    projectDirectory: p.projectDirectory,
  });
}

/** The fields the Redis rules read, from a `config --format json` document. */
/**
 * The generated cases and our fixtures are compared as whole documents; the
 * examples and the corpus (written by others, with any feature) on the fields
 * the Redis rules read, unless REDIS_READINESS_DIFF_ALL=1.
 */
function wholeDocument(p: Project): boolean {
  return process.env.REDIS_READINESS_DIFF_ALL === '1' || /^(generated|fixtures)\//.test(p.label);
}

function compared(doc: Record<string, unknown>, whole: boolean): Record<string, unknown> {
  if (whole) return doc;
  const services = (doc.services ?? {}) as Record<string, Record<string, unknown>>;
  const out: Record<string, unknown> = {
    name: doc.name,
    volumes: doc.volumes,
    networks: doc.networks,
  };
  const svcs: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(services)) {
    const picked: Record<string, unknown> = {};
    for (const f of SERVICE_FIELDS) picked[f] = s[f];
    svcs[name] = picked;
  }
  out.services = svcs;
  return out;
}

describe('loader agrees with docker compose config', () => {
  it('covers at least 60 projects', () => {
    expect(projects.length).toBeGreaterThanOrEqual(60);
  });

  for (const p of projects) {
    it(p.label, async () => {
      const theirs = composeResults.get(p.label);
      if (!theirs) throw new Error(ENGINE_MISSING);
      if (p.refused) {
        expect(
          theirs.ok,
          `${p.label}: docker compose accepted a project this case says it refuses`,
        ).toBe(false);
        const ours = await load(p);
        const messages = ours.issues.map((i) => `${i.kind}: ${i.message}`);
        expect(
          messages.some((m) => p.refused!.test(m)),
          `${p.label}: compose said ${theirs.stderr.trim()}; loader issues: ${messages.join(' | ')}`,
        ).toBe(true);
        return;
      }
      if (!theirs.ok) {
        if (!p.mayFail)
          throw new Error(
            `${p.label}: docker compose refused a project the differential suite expects it to load:\n${theirs.stderr}`,
          );
        // Compose refuses it: the loader must not crash, and must say why (an issue or unreadable input).
        try {
          const ours = await load(p);
          const refusals = ours.issues.filter(
            (i) => i.kind === 'compose-invalid' || /required variable/.test(i.message),
          );
          expect(
            refusals.length,
            `${p.label}: compose refused it (${theirs.stderr.trim()}) but the loader reported nothing`,
          ).toBeGreaterThan(0);
        } catch (err) {
          expect(err).toBeInstanceOf(UnreadableInputError);
        }
        return;
      }
      const ours = await load(p);
      const diff = firstDifference(
        compared(toComposeConfigJson(ours) as Record<string, unknown>, wholeDocument(p)),
        compared(theirs.json!, wholeDocument(p)),
      );
      if (diff) throw new Error(`${p.label}: first differing field ${diff}`);
      // Compose accepted it, so the loader must not claim Compose would refuse it.
      const refusals = ours.issues.filter((i) => i.kind === 'compose-invalid');
      expect(
        refusals.map((i) => `${i.pos.file}:${i.pos.line}: ${i.message}`),
        `${p.label}: compose accepted the project`,
      ).toEqual([]);
    });
  }
});
