import v8 from 'node:v8';

/** Compose text read so far, and whether Turbofan is on. */
let inputBytes = 0;
let optimizing = true;

/**
 * V8 tuned for what a run is: a process that reads a few compose files, keeps
 * nearly everything it builds until the report, and exits. Measured on the
 * benchmarks (bench/README.md); each flag is set inside a try/catch, so a V8
 * that refuses one only runs slower. Called first thing by the CLI's and the
 * action's entry points, whose processes are their own (never a host's).
 */
export function tuneForShortRun(): void {
  // V8 grows the young generation to 16 MB as the heap grows, and each
  // collection then copies more live trees into more fresh memory; kept at its
  // initial size, the trees are promoted early (about 15 % off a large check).
  setFlag('--semi-space-growth-factor=1');
  // Turbofan compiles the hot functions on other threads, which a check of
  // ordinary size ends before it profits from: on the 2,000-service benchmark,
  // about 80 ms of wall time and 230 ms of CPU time less without it. It is
  // turned back on for big inputs (noteComposeInput), where it pays.
  if (!compilersChosenByUser()) optimizing = !setFlag('--no-turbofan');
}

/**
 * Above this much compose text (in characters: bytes, for the ASCII most
 * compose files are), a check runs long enough for Turbofan to pay
 * (measured: the crossover lies near 1.2 MB, 4,000 generated services).
 */
export const OPTIMIZE_FROM_BYTES = 1_000_000;

/**
 * Tells the tuning that a compose file of `length` characters was read (each
 * time it is: a load that starts over once the YAML libraries are in counts
 * its files twice, and such files take the slower paths anyway).
 */
export function noteComposeInput(length: number): void {
  inputBytes += length;
  if (!optimizing && inputBytes >= OPTIMIZE_FROM_BYTES) optimizing = setFlag('--turbofan');
}

/** Whether the user set the compilers on node's command line (V8 takes none from NODE_OPTIONS): theirs win. */
function compilersChosenByUser(): boolean {
  return process.execArgv.some((a) => /^--(no-)?(turbofan|opt|jitless|max-opt)\b/.test(a));
}

/**
 * Sets one V8 flag. A flag V8 does not know is not an exception: V8 prints
 * "unrecognized flag" on stderr and goes on, so only flags Node 20's V8 knows
 * are set here (newer V8s are not checked on this project's machines).
 */
function setFlag(flag: string): boolean {
  try {
    v8.setFlagsFromString(flag);
    return true;
  } catch {
    // A V8 that freezes its flags after start-up refuses; the check only runs slower.
    return false;
  }
}
