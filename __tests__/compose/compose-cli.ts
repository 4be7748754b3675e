/** Runs the real `docker compose config --format json` for the differential tests. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

export const ENGINE_MISSING =
  '`docker compose` is not available on this machine: run `.ci/rig/install-engine.sh` (see ../shared/RIG.md) and rerun the tests.';

export interface ComposeRun {
  ok: boolean;
  json?: Record<string, unknown>;
  stderr: string;
}

const PLUGIN_DIRS = [
  '/usr/libexec/docker/cli-plugins',
  '/usr/local/libexec/docker/cli-plugins',
  '/usr/lib/docker/cli-plugins',
  '/usr/local/lib/docker/cli-plugins',
  path.join(homedir(), '.docker/cli-plugins'),
];

/**
 * The compose plugin binary run standalone takes the same arguments as
 * `docker compose` and skips the docker CLI's plugin scan (which runs every
 * plugin once more): about a third less per call.
 */
function composeCommand(): [string, string[]] {
  const plugin = PLUGIN_DIRS.map((d) => path.join(d, 'docker-compose')).find((f) => existsSync(f));
  return plugin ? [plugin, []] : ['docker', ['compose']];
}

export function runCompose(
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<ComposeRun> {
  const [cmd, prefix] = composeCommand();
  return new Promise((resolve) => {
    execFile(
      cmd,
      [...prefix, ...args],
      { cwd, env, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
      (err, stdout, stderr) => {
        if (err) return resolve({ ok: false, stderr: String(stderr || err.message) });
        try {
          resolve({
            ok: true,
            json: JSON.parse(stdout) as Record<string, unknown>,
            stderr: String(stderr),
          });
        } catch {
          resolve({ ok: false, stderr: `unparseable output: ${stdout.slice(0, 200)}` });
        }
      },
    );
  });
}

export async function composeAvailable(): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('docker', ['compose', 'version', '--short'], { timeout: 20_000 }, (err, stdout) =>
      resolve(!err && /^v?\d+\./.test(String(stdout).trim())),
    );
  });
}

/** Runs `jobs` with at most `limit` at a time. */
export async function pool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

/** The first place two JSON values differ, or undefined when they agree (key order ignored). */
export function firstDifference(ours: unknown, theirs: unknown, path = ''): string | undefined {
  if (ours === theirs) return undefined;
  const show = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v));
  if (
    typeof ours !== typeof theirs ||
    ours === null ||
    theirs === null ||
    typeof ours !== 'object'
  ) {
    return `${path || '(root)'}: loader ${show(ours)} vs compose ${show(theirs)}`;
  }
  if (Array.isArray(ours) !== Array.isArray(theirs))
    return `${path}: loader ${show(ours)} vs compose ${show(theirs)}`;
  if (Array.isArray(ours)) {
    const t = theirs as unknown[];
    if (ours.length !== t.length)
      return `${path}: loader ${show(ours)} vs compose ${show(t)} (lengths ${ours.length} and ${t.length})`;
    for (let i = 0; i < ours.length; i++) {
      const d = firstDifference(ours[i], t[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  const o = ours as Record<string, unknown>;
  const t = theirs as Record<string, unknown>;
  for (const k of [...new Set([...Object.keys(o), ...Object.keys(t)])].sort()) {
    const d = firstDifference(o[k], t[k], `${path}.${k}`);
    if (d) return d;
  }
  return undefined;
}
