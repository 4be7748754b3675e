import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCommandFile, REPO } from '../action/harness.js';

/** Containers, volumes and networks labelled with the compose project `project`. */
export function leftovers(project: string): string[] {
  const label = `label=com.docker.compose.project=${project}`;
  return ['ps -aq', 'volume ls -q', 'network ls -q'].flatMap((cmd) =>
    execFileSync('docker', [...cmd.split(' '), '--filter', label], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean),
  );
}

/** Processes whose command line names the project (compose children a killed parent left). */
export function processesOf(project: string): string[] {
  return fs
    .readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .flatMap((pid) => {
      try {
        const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        return cmd.includes(project) ? [`${pid} ${cmd}`] : [];
      } catch {
        return [];
      }
    });
}

export interface RunnerFiles {
  dir: string;
  env: Record<string, string>;
  state(): Record<string, string>;
  outputs(): Record<string, string>;
  summary(): string;
}

const runnerDirs: string[] = [];

/** Removes the runner directories the cases created (after all of them ran). */
export function removeRunnerFiles(): void {
  for (const dir of runnerDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** The files and variables the runner gives a step, in a fresh directory. */
export function runnerFiles(): RunnerFiles {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-fault-action-'));
  runnerDirs.push(dir);
  for (const f of ['summary.md', 'output', 'state']) fs.writeFileSync(path.join(dir, f), '');
  const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
  return {
    dir,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: REPO,
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
      GITHUB_OUTPUT: path.join(dir, 'output'),
      GITHUB_STATE: path.join(dir, 'state'),
      RUNNER_TEMP: dir,
    },
    state: () => parseCommandFile(read('state')),
    outputs: () => parseCommandFile(read('output')),
    summary: () => read('summary.md'),
  };
}

/** What we print: the runner hides what follows ::add-mask:: itself. */
export const ours = (log: string) => log.replace(/^::add-mask::.*$/gm, '');

/**
 * Starts the bundled action's main step without waiting for it (runAction
 * waits, which would run the concurrent cases one after another).
 */
export function startAction(
  files: RunnerFiles,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
) {
  const env = { ...files.env, ...extraEnv };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn('node', [path.join(REPO, 'dist/index.js')], { cwd: REPO, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

export async function waitFor(what: string, ok: () => boolean, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
