/**
 * Reads one compose file into a positioned tree. Only input that cannot be
 * read at all throws (UnreadableInputError); everything else is left for the
 * later stages to judge.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { loadYaml } from '../yaml-module.js';
import type { MapNode } from './node.js';
import { refuseDeepNesting } from './nesting.js';
import { parsePlain } from './read-plain.js';
import { parseWithYaml } from './read-yaml.js';
import { SourceText } from './source-range.js';
import { UnreadableInputError, type Position } from './types.js';

export interface ReadLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Deepest nesting of mappings and lists accepted. */
  maxDepth: number;
  /** Most values the document may expand to once aliases are resolved (alias bombs). */
  maxExpandedNodes: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  // The checker holds ~200 bytes of heap per byte of compose file: 4 MiB stays
  // within a default Node heap (a 4 MiB file is ~40,000 services); a larger
  // file is far more likely a wrong path (a dump, a log) than a compose file.
  maxBytes: 4 * 1024 * 1024,
  maxDepth: 64,
  maxExpandedNodes: 2_000_000,
};

/** Reads a file as UTF-8 text, refusing what is not a readable text file. */
export function readTextFile(
  file: string,
  what: string,
  limits: ReadLimits = DEFAULT_LIMITS,
): string {
  const at: Position = { file, line: 1, column: 1 };
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) {
      throw new UnreadableInputError(
        `${file}: is a directory, not ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what}. Give the path of the file itself.`,
        at,
      );
    }
    // Reading a FIFO blocks until a writer comes: forever, for a stray one.
    if (st.isFIFO() || st.isSocket())
      throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    size = st.size;
  } catch (err) {
    if (err instanceof UnreadableInputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'ELOOP'
            ? 'ELOOP: a symbolic link loop'
            : code === 'ENOTDIR'
              ? 'ENOTDIR: a part of the path is not a directory'
              : code === 'ENOTREG'
                ? 'not a regular file but a FIFO or socket'
                : String(code ?? err);
    throw new UnreadableInputError(
      `${file}: cannot read ${what} (${reason}). Check the path and its permissions.`,
      at,
    );
  }
  if (size > limits.maxBytes) {
    throw new UnreadableInputError(
      `${file}: ${what} is ${size} bytes, over the ${limits.maxBytes}-byte limit. Split it or check that this is the right file.`,
      at,
    );
  }
  let buf: Buffer;
  try {
    buf = readAtMost(file, limits.maxBytes + 1, size);
  } catch (err) {
    throw new UnreadableInputError(`${file}: cannot read ${what} (${(err as Error).message}).`, at);
  }
  if (buf.length > limits.maxBytes) {
    // A device (/dev/zero) or a file still growing: its stat size said less.
    throw new UnreadableInputError(
      `${file}: ${what} is ${buf.length} bytes, over the ${limits.maxBytes}-byte limit. Split it or check that this is the right file.`,
      at,
    );
  }
  const nul = buf.indexOf(0);
  if (nul >= 0) {
    const line = countLines(buf, nul);
    throw new UnreadableInputError(
      `${file}:${line}: ${what} holds binary data (a NUL byte); it must be UTF-8 text. Check that this is the right file.`,
      { file, line, column: 1 },
    );
  }
  // isUtf8 then toString: a fatal TextDecoder does the same but costs more at start-up.
  if (!isUtf8(buf)) {
    const bad = firstInvalidUtf8(buf);
    const line = countLines(buf, bad);
    throw new UnreadableInputError(
      `${file}:${line}: ${what} is not valid UTF-8 text. Save it as UTF-8.`,
      { file, line, column: 1 },
    );
  }
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * At most `max` bytes of a file: a device such as /dev/zero never ends (/dev/null,
 * as an env file, is fine). The first read asks for the size stat gave, and one
 * byte more to see growth: a regular file is read in one call, without copying.
 */
function readAtMost(file: string, max: number, sizeHint: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    let want = Math.min(Math.max(sizeHint + 1, 4096), max);
    while (total < max) {
      const chunk = Buffer.allocUnsafe(Math.min(want, max - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      want = 1 << 20;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

function countLines(buf: Buffer, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (buf[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(buf: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = buf.length;
  // The shortest invalid prefix: bisect on prefixes that still decode.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(buf.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/** A compose file parsed: its tree, and whether it uses `!reset` (the loader then strips what is left of them). */
export interface ParsedCompose {
  tree: MapNode;
  usesReset: boolean;
}

/**
 * The one parse entry of the loader. Plain files (most compose files) go
 * through the line scanner; anything it declines goes to yaml, loaded on
 * first need, which also words every error. Nesting deeper than the limit is
 * refused before yaml sees it: yaml's parser is recursive, and brackets
 * nested a million deep would take minutes and gigabytes to fail.
 */
export async function parseCompose(
  text: string,
  file: string,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<ParsedCompose> {
  const source = new SourceText(file, text);
  const plain = parsePlain(source, limits);
  if (plain) return { tree: plain, usesReset: false };
  refuseDeepNesting(text, file, limits.maxDepth);
  return parseWithYaml(await loadYaml(), source, limits);
}
