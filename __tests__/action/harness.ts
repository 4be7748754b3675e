import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../..');
const ENTRIES = ['dist/index.js', 'dist/post/index.js', 'dist/cli/index.js'];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function bundleIsFresh(): boolean {
  // While src/ changes under other hands, a developer may reuse a bundle they just built.
  if (
    process.env.REDIS_READINESS_BUNDLE === 'reuse' &&
    ENTRIES.every((e) => fs.existsSync(path.join(REPO, e)))
  )
    return true;
  const source = Math.max(
    newestMtime(path.join(REPO, 'src')),
    fs.statSync(path.join(REPO, 'package.json')).mtimeMs,
  );
  return ENTRIES.every((e) => {
    const p = path.join(REPO, e);
    return fs.existsSync(p) && fs.statSync(p).mtimeMs >= source;
  });
}

/**
 * Builds dist/ with `npm run bundle` when it is older than src/. Test files
 * run in parallel, so one builds under a lock; the others wait for it and use
 * what it built (src/ may have moved on meanwhile: one build per run is enough).
 */
export function ensureBundle(): void {
  if (bundleIsFresh()) return;
  const lock = path.join(
    os.tmpdir(),
    `redis-readiness-bundle-${Buffer.from(REPO).toString('hex').slice(-24)}.lock`,
  );
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const held = fs.statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 600_000) {
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new Error('timed out waiting for another test file to build dist/');
      spawnSync('sleep', ['1']);
      if (!fs.existsSync(lock)) return; // another test file just built it
    }
  }
  try {
    if (!bundleIsFresh())
      execFileSync('npm', ['run', 'bundle'], { cwd: REPO, stdio: 'pipe', timeout: 580_000 });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  tmp: string;
}

/** Parses the `name<<DELIMITER\nvalue\nDELIMITER` blocks the runner's files hold. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

/**
 * Runs a bundled entry as the runner does: INPUT_<NAME> variables (upper
 * case, dashes kept), GITHUB_STEP_SUMMARY / GITHUB_OUTPUT / GITHUB_STATE
 * files, GITHUB_WORKSPACE and RUNNER_TEMP.
 */
export function runAction(
  inputs: Record<string, string>,
  options: {
    entry?: string;
    env?: Record<string, string>;
    workspace?: string;
    cwd?: string;
    tmp?: string;
  } = {},
): ActionRun {
  const tmp = options.tmp ?? fs.mkdtempSync(path.join(os.tmpdir(), 'rr-action-'));
  const files = {
    summary: path.join(tmp, 'summary.md'),
    output: path.join(tmp, 'output'),
    state: path.join(tmp, 'state'),
  };
  for (const f of Object.values(files)) if (!fs.existsSync(f)) fs.writeFileSync(f, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace ?? REPO,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    RUNNER_TEMP: tmp,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const r = spawnSync('node', [path.join(REPO, options.entry ?? 'dist/index.js')], {
    cwd: options.cwd ?? options.workspace ?? REPO,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    summary: fs.readFileSync(files.summary, 'utf8'),
    outputs: parseCommandFile(fs.readFileSync(files.output, 'utf8')),
    state: parseCommandFile(fs.readFileSync(files.state, 'utf8')),
    tmp,
  };
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a user does: `bin/redis-readiness.js` (which loads dist/cli). */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): CliRun {
  const r = spawnSync('node', [path.join(REPO, 'bin/redis-readiness.js'), ...args], {
    cwd: options.cwd ?? REPO,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      ...options.env,
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A line number (1-based) and the column of `needle` in it, for asserting positions. */
export function locate(file: string, needle: string): { line: number; column: number } {
  const lines = fs.readFileSync(path.join(REPO, file), 'utf8').split('\n');
  const index = lines.findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`${needle} not in ${file}`);
  return { line: index + 1, column: lines[index]!.indexOf(needle) + 1 };
}

export const STACK_TRACE = /^\s+at .+(\.js|\.ts):\d+/m;
