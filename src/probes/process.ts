import { spawn, type ChildProcess } from 'node:child_process';

/** What one external command did. Output is raw: callers mask before printing. */
export interface CommandResult {
  argv: string[];
  code: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  timedOut: boolean;
  /** Set when the program could not be started at all (ENOENT, EACCES). */
  spawnError?: string;
}

export interface CommandOptions {
  cwd?: string;
  /** Full environment of the child; secrets travel here, never in argv. */
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  /** Once aborted, the command is not started (or is killed when running). */
  signal?: AbortSignal;
}

/** Runs argv without a shell, so no argument is ever re-parsed. */
export type CommandRunner = (argv: string[], options?: CommandOptions) => Promise<CommandResult>;

// Output beyond this is dropped: probes read short replies, logs are tailed.
const MAX_OUTPUT = 1 << 20;

/** Commands still running, so a signal handler can stop them before tearing down. */
const running = new Set<ChildProcess>();

/** The abort controllers of the probe runs in progress (see probeRunSignal). */
const runs = new Set<AbortController>();

/**
 * A signal for one probe run, aborted by stopRunningCommands. Every probe and
 * every command of the run honours it; the teardown does not use it.
 */
export function probeRunSignal(): { signal: AbortSignal; done(): void } {
  const controller = new AbortController();
  runs.add(controller);
  return { signal: controller.signal, done: () => runs.delete(controller) };
}

/**
 * On SIGINT/SIGTERM: stops the probe logic first (aborts every probe run, so
 * no further `up`, `kill` or `start` begins), then kills the commands still
 * running: a compose `up` or `restart` outliving us would re-create
 * containers after the teardown.
 */
export function stopRunningCommands(): void {
  for (const controller of runs) controller.abort();
  runs.clear();
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/** Thrown by probe steps once their run is aborted. */
export class ProbeAbortedError extends Error {
  constructor() {
    super('the probe run was stopped (SIGINT/SIGTERM)');
    this.name = 'ProbeAbortedError';
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ProbeAbortedError();
}

export const runCommand: CommandRunner = (argv, options = {}) =>
  new Promise((resolve) => {
    const started = performance.now();
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let settled = false;
    const finish = (code: number | null, spawnError?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({
        argv,
        code,
        stdout,
        stderr,
        durationMs: Math.round(performance.now() - started),
        timedOut,
        ...(spawnError ? { spawnError } : {}),
      });
    };
    if (options.signal?.aborted) {
      resolve({ argv, code: null, stdout, stderr, durationMs: 0, timedOut, spawnError: 'aborted' });
      return;
    }
    const [program, ...args] = argv;
    const child = spawn(program!, args, {
      cwd: options.cwd,
      env: options.env as NodeJS.ProcessEnv | undefined,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    const onAbort = () => child.kill('SIGKILL');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.on('close', () => {
      running.delete(child);
      options.signal?.removeEventListener('abort', onAbort);
    });
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, options.timeoutMs)
      : undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      if (stdout.length < MAX_OUTPUT) stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < MAX_OUTPUT) stderr += chunk.toString('utf8');
    });
    child.on('error', (error: NodeJS.ErrnoException) => finish(null, error.code ?? error.message));
    child.on('close', (code) => finish(code));
  });
