import { splitArgs } from './redis-conf.js';
import {
  basename,
  shellScriptIndex,
  splitScript,
  UNKNOWN_MARK,
  type SimpleCommand,
} from './shell.js';

/** Programs that run a Redis-compatible data server. */
export const SERVER_PROGRAMS = new Set([
  'redis-server',
  'valkey-server',
  'keydb-server',
  'redis-stack-server',
  'dragonfly',
  'kvrocks',
]);

/** Programs that run Sentinel. */
export const SENTINEL_PROGRAMS = new Set(['redis-sentinel', 'valkey-sentinel']);

/** Words that start another program with the rest of the words (exec, gosu user, tini --). */
const PASS_THROUGH: Record<string, number> = {
  exec: 1,
  'docker-entrypoint.sh': 1,
  tini: 1,
  '--': 1,
  gosu: 2,
  'su-exec': 2,
  'chroot-user': 2,
};

/** Drops wrappers in front of the program: `exec`, `gosu redis`, `docker-entrypoint.sh`, `tini --`. */
export function stripWrappers(words: readonly string[]): { words: string[]; skipped: number } {
  let i = 0;
  for (;;) {
    const w = words[i];
    if (w === undefined) break;
    const skip = PASS_THROUGH[basename(w)];
    if (skip === undefined) break;
    i += skip;
  }
  return { words: words.slice(i), skipped: i };
}

export interface FoundProgram {
  /** Basename of the program, e.g. 'redis-server'. */
  program: string;
  args: string[];
  /** Index in the top-level words of the word holding the program (or the script). */
  wordIndex: number;
  /** Found inside a `sh -c` script. */
  inScript: boolean;
  /** The script's simple commands, when a script was read (for generated files). */
  script?: SimpleCommand[];
  /** How many commands of the script start a server (more than one: branches). */
  branches?: number;
}

/**
 * Finds the program a list of words (entrypoint + command) starts: directly,
 * after wrappers, or inside a `sh -c` script (the `redis-server ...` /
 * `exec redis-server ...` command of the script). `programs` says what to look for.
 */
export function findProgram(
  words: readonly string[],
  env: Readonly<Record<string, string | null | undefined>>,
  programs: ReadonlySet<string>,
): FoundProgram | undefined {
  const { words: rest, skipped } = stripWrappers(words);
  const first = rest[0];
  if (first === undefined) return undefined;
  if (programs.has(basename(first))) {
    return { program: basename(first), args: rest.slice(1), wordIndex: skipped, inScript: false };
  }
  const scriptAt = shellScriptIndex(rest);
  if (scriptAt !== undefined) {
    const script = splitScript(rest[scriptAt]!, env);
    const starts: string[][] = [];
    for (const command of script) {
      const inner = stripWrappers(command.words).words;
      const program = inner[0] !== undefined ? basename(inner[0]) : undefined;
      if (program !== undefined && programs.has(program)) starts.push(inner);
    }
    if (starts.length === 0) return undefined;
    // Branches (if/else) may start the server differently: read the one that sets a
    // password, so that no branch's lack of one is taken for certain (and so that
    // its password findings are not missed).
    const chosen = starts.find((w) => w.some((a) => /^--requirepass\b/i.test(a))) ?? starts[0]!;
    return {
      program: basename(chosen[0]!),
      args: chosen.slice(1),
      wordIndex: skipped + scriptAt,
      inScript: true,
      script,
      branches: starts.length,
    };
  }
  return undefined;
}

/** One directive read from the server's arguments. */
export interface ArgDirective {
  name: string;
  args: string[];
  /** Index (in the server's args) of the `--name` word. */
  argIndex: number;
}

export interface ServerArgs {
  /** The config file named by the first argument, when it does not start with `-`. */
  configFile?: string;
  configFileIndex?: number;
  directives: ArgDirective[];
  /** Words that are no directive at all (e.g. values before any `--name`). */
  stray: { word: string; argIndex: number }[];
  /** Words of unknown content (unquoted unset script variables) that were left out. */
  unreadWords?: number;
}

/**
 * Reads redis-server's arguments as server.c main() does (Redis 7): an
 * optional config file first, then `--name value...` groups appended to the
 * config. A `--name` word is split like a config line, so one word
 * "--port 6380" is a whole directive. After a `--name` with no value yet the
 * next word is its value even if it starts with `--`; a trailing or
 * value-less `--save` means `save ""`.
 */
export function parseServerArgs(args: readonly string[]): ServerArgs {
  const result: ServerArgs = { directives: [], stray: [] };
  let j = 0;
  if (args[0] !== undefined && !args[0].startsWith('-')) {
    result.configFile = args[0];
    result.configFileIndex = 0;
    j = 1;
  }
  let current: ArgDirective | undefined;
  let handledLastArg = true;
  for (; j < args.length; j++) {
    const word = args[j]!;
    if (word === '-' && (j === 0 || j === args.length - 1)) continue; // config from stdin
    // An unquoted script variable we cannot read ($${extra_flags}) may stand for any number
    // of words, none at all included: it is not a value of the directive before it.
    if (word === UNKNOWN_MARK && handledLastArg) {
      result.unreadWords = (result.unreadWords ?? 0) + 1;
      continue;
    }
    if (handledLastArg && word.startsWith('--')) {
      const split = splitArgs(word.slice(2)) ?? [word.slice(2)];
      current = { name: (split[0] ?? '').toLowerCase(), args: split.slice(1), argIndex: j };
      result.directives.push(current);
      if (split.length <= 1) {
        handledLastArg = false;
        const next = args[j + 1];
        if (current.name === 'save' && (next === undefined || next.startsWith('--'))) {
          current.args.push('');
          handledLastArg = true;
        } else if (current.name === 'sentinel' && (next === undefined || next.startsWith('--'))) {
          handledLastArg = true;
        }
      } else {
        handledLastArg = true;
      }
    } else if (current) {
      current.args.push(word);
      handledLastArg = true;
    } else {
      result.stray.push({ word, argIndex: j });
    }
  }
  return result;
}

/** Dragonfly/absl style flags: `--name=value` or `--name value`; `--noflag` sets false. */
export function parseFlagArgs(args: readonly string[]): ArgDirective[] {
  const out: ArgDirective[] = [];
  for (let j = 0; j < args.length; j++) {
    const word = args[j]!;
    if (!word.startsWith('-')) continue;
    const body = word.replace(/^--?/, '');
    const eq = body.indexOf('=');
    if (eq >= 0) {
      out.push({ name: body.slice(0, eq).toLowerCase(), args: [body.slice(eq + 1)], argIndex: j });
    } else if (args[j + 1] !== undefined && !args[j + 1]!.startsWith('-')) {
      out.push({ name: body.toLowerCase(), args: [args[j + 1]!], argIndex: j });
      j++;
    } else {
      out.push({ name: body.toLowerCase(), args: ['true'], argIndex: j });
    }
  }
  return out;
}
