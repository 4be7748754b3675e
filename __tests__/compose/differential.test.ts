// needs: compose
/**
 * The loader against Docker Compose itself: for every project (examples,
 * fixtures, generated cases) `docker compose config --format json` and
 * toComposeConfigJson(loadProject(...)) must agree field by field on what the
 * Redis rules read. The real-world corpus (__tests__/corpus/) is compared, as
 * whole documents, by __tests__/corpus-config.test.ts.
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
import { loadProject, toComposeConfigJson, type ComposeProject } from '../../src/compose/index.js';
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

const projects: Project[] = [
  ...dirProjects(path.join(REPO, 'examples'), 'examples'),
  ...dirProjects(path.join(REPO, '__tests__/fixtures/compose'), 'fixtures'),
  ...generatedCases.map(writeCase),
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
 * examples (written for users, with any feature) on the fields the Redis
 * rules read, unless REDIS_READINESS_DIFF_ALL=1.
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
      if (!theirs.ok)
        throw new Error(
          `${p.label}: docker compose refused a project the differential suite expects it to load:\n${theirs.stderr}`,
        );
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
