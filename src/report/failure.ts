import fs from 'node:fs';
import { UnreadableInputError, type Position } from '../compose/types.js';
import { displayPath } from './paths.js';
import type { CheckReport } from './types.js';

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** Why a run could not produce a report, as one line for the user. */
export interface RunFailure {
  message: string;
  pos?: Position;
  /** 2: bad usage or unreadable input; the verdict codes 0 and 1 never come from here. */
  exitCode: 2;
  /** A bug of ours rather than a problem with the input. */
  internal: boolean;
}

/** Error classes whose message is meant for the user as it is. */
const USER_FACING = new Set([
  'UsageError',
  'UnreadableInputError',
  'ConfigError',
  'ComposeUnavailableError',
]);

/**
 * Turns whatever stopped the run into one clear line naming the file and
 * line when there is one. Never a stack trace: an unexpected error is shown
 * by its message and marked internal.
 */
export function describeFailure(error: unknown, baseDir: string): RunFailure {
  if (
    error instanceof UnreadableInputError ||
    (error instanceof Error && USER_FACING.has(error.name))
  ) {
    const pos = error instanceof UnreadableInputError ? error.pos : undefined;
    let message = error.message;
    if (pos && isDirectory(pos.file)) {
      // "No compose file in <dir>", "<dir> is a directory": the directory is the
      // place, there is no line to point at; show it as the user gave it.
      const shown = displayPath(pos.file, baseDir);
      if (shown !== '.') message = message.split(pos.file).join(shown);
      return { message, exitCode: 2, internal: false };
    }
    if (pos) {
      const shown = displayPath(pos.file, baseDir);
      const names = message.includes(pos.file) || message.includes(shown);
      if (!names) message = `${shown}:${pos.line}:${pos.column}: ${message}`;
      else message = message.split(pos.file).join(shown);
    }
    return { message, ...(pos ? { pos } : {}), exitCode: 2, internal: false };
  }
  const text = error instanceof Error ? error.message : String(error);
  return {
    message: `internal error: ${text}. This is a bug in redis-readiness; please report it with the compose file that caused it.`,
    exitCode: 2,
    internal: true,
  };
}

/**
 * A project with no Redis service passes (nothing in it is unready, and a
 * matrix over many compose files may include some without Redis), but a gate
 * that checked nothing must say so: most often the wrong compose file was given.
 */
export function noRedisServiceNotice(report: CheckReport, baseDir: string): string | undefined {
  if (report.services.length > 0) return undefined;
  const files = report.project.composeFiles.map((f) => displayPath(f, baseDir)).join(', ');
  return `no Redis service found in ${files || 'the project'}: nothing was checked. A service counts as Redis by its image (redis, valkey, bitnami/redis, keydb, dragonfly, ...) or its command (redis-server); give the compose file that defines it (-f / compose-file).`;
}
