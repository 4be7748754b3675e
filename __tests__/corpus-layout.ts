/**
 * The labelled real-world corpus (__tests__/corpus/README.md): reads its
 * tables and lays a project out in a scratch folder the way Compose would see
 * it in its repository.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';

const REPO = resolve(import.meta.dirname, '..');
/** The corpus inside this repository; REDIS_READINESS_CORPUS may point at another one to try it. */
export const CORPUS = process.env.REDIS_READINESS_CORPUS
  ? resolve(REPO, process.env.REDIS_READINESS_CORPUS)
  : join(REPO, '__tests__', 'corpus');
export const PROJECTS = join(CORPUS, 'projects');

export type Verdict = 'MUST' | 'MUST-NOT' | 'SKIP';

export interface ExpectedRow {
  project: string;
  /** Compose files relative to the project folder, joined by '+' in `-f` order. */
  compose: string;
  service: string;
  rule: string;
  verdict: Verdict;
  reason: string;
}

export interface SourceRow {
  project: string;
  file: string;
  repo: string;
  path: string;
  commit: string;
  notes: string;
}

export function readTsv<T>(name: string): T[] {
  const [header, ...lines] = readFileSync(join(CORPUS, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const keys = header!.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [keys[i], v])) as T);
}

/** Every file under a folder, as paths relative to it with '/' separators. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export function projectNames(): string[] {
  return readdirSync(PROJECTS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

function parsed(text: string): unknown {
  try {
    return parse(text, { merge: true, maxAliasCount: -1, logLevel: 'silent' });
  } catch {
    return undefined;
  }
}

/** The YAML files of a project that hold a top-level `services:` map. */
function composeFilesOf(project: string): string[] {
  const dir = join(PROJECTS, project);
  return filesUnder(dir).filter((f) => {
    if (!/\.ya?ml$/.test(f)) return false;
    const doc = parsed(readFileSync(join(dir, f), 'utf8')) as { services?: unknown } | undefined;
    return !!doc && typeof doc === 'object' && !!doc.services && typeof doc.services === 'object';
  });
}

/** Files a compose file pulls in by `include:` or `extends: {file}`, relative to the project folder. */
function pulledIn(project: string, file: string): string[] {
  const doc = parsed(readFileSync(join(PROJECTS, project, file), 'utf8')) as {
    include?: unknown;
    services?: Record<string, { extends?: { file?: unknown } }>;
  };
  if (!doc || typeof doc !== 'object') return [];
  const paths: unknown[] = [];
  for (const item of Array.isArray(doc.include) ? doc.include : []) {
    const p = typeof item === 'string' ? item : (item as { path?: unknown } | null)?.path;
    paths.push(...(Array.isArray(p) ? p : [p]));
  }
  for (const s of Object.values(doc.services ?? {})) paths.push(s?.extends?.file);
  const dir = dirname(join(PROJECTS, project, file));
  return paths
    .filter((p): p is string => typeof p === 'string' && !p.includes('$'))
    .map((p) => relative(join(PROJECTS, project), resolve(dir, p)).split(sep).join('/'));
}

/**
 * The compose sets to run for a project: every set its labels name, then each
 * compose file that no labelled set uses (directly, or by include/extends),
 * alone, so that it must load too.
 */
export function composeSetsOf(project: string, rows: ExpectedRow[]): string[] {
  const sets = [...new Set(rows.filter((r) => r.project === project).map((r) => r.compose))];
  const covered = new Set(sets.flatMap((s) => s.split('+')));
  for (const f of [...covered]) for (const p of pulledIn(project, f)) covered.add(p);
  for (const f of composeFilesOf(project)) if (!covered.has(f)) sets.push(f);
  return sets;
}

/** env_file entries of every service: strings, or `{path}` items; variable paths are left out. */
function envFilesOf(text: string): string[] {
  const doc = parsed(text) as { services?: Record<string, { env_file?: unknown }> } | undefined;
  const services = doc && typeof doc === 'object' ? doc.services : undefined;
  if (!services || typeof services !== 'object') return [];
  const out: string[] = [];
  for (const service of Object.values(services)) {
    const e = service && typeof service === 'object' ? service.env_file : undefined;
    for (const item of Array.isArray(e) ? e : e === undefined || e === null ? [] : [e]) {
      if (typeof item === 'string') out.push(item);
      else if (
        item &&
        typeof item === 'object' &&
        typeof (item as { path?: unknown }).path === 'string'
      )
        out.push((item as { path: string }).path);
    }
  }
  return out.filter((p) => !p.includes('$'));
}

export interface LaidOut {
  /** The folder the compose files run from (the first file's folder). */
  cwd: string;
  /** Absolute paths of the compose files, in `-f` order. */
  files: string[];
}

/**
 * Copies a project into `root` and lays out as empty files the env files its
 * compose files name that the repository does not commit (README.md). An
 * env_file path resolves against the project directory (the first file's
 * folder) and, in a file reached by `extends`, against that file's folder:
 * both places get one.
 */
export function layOut(project: string, compose: string, root: string): LaidOut {
  cpSync(join(PROJECTS, project), root, { recursive: true });
  const files = compose.split('+').map((f) => join(root, f));
  const cwd = dirname(files[0]!);
  for (const file of composeFilesOf(project).map((f) => join(root, f))) {
    for (const envFile of envFilesOf(readFileSync(file, 'utf8'))) {
      for (const base of new Set([cwd, dirname(file)])) {
        const where = resolve(base, envFile);
        if (!where.startsWith(root + sep) || existsSync(where)) continue;
        mkdirSync(dirname(where), { recursive: true });
        writeFileSync(where, '');
      }
    }
  }
  return { cwd, files };
}
