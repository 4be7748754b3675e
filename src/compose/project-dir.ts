/**
 * Whether a host file lies outside the project directory. One answer for
 * every place that asks (probe isolation, messages that would quote a file's
 * text): symlinks are resolved, so a link inside the project that points out
 * of it is outside, and `..` or an absolute path elsewhere is outside too.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';

/** The real path of an existing file or directory; undefined when it does not exist or cannot be read. */
export function existingRealPath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

/**
 * The real path of `file`, symlinks resolved as far as the path exists: a
 * missing file keeps its name below its nearest existing directory's real path.
 */
export function realPathOf(file: string): string {
  const absolute = path.resolve(file);
  const real = existingRealPath(absolute);
  if (real !== undefined) return real;
  const parent = path.dirname(absolute);
  if (parent === absolute) return absolute;
  return path.join(realPathOf(parent), path.basename(absolute));
}

/** `file` is `dir` or below it, comparing the paths as given. */
export function isWithinDir(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

/** `file` lies outside `dir` once both are resolved to their real paths. */
export function isOutsideDir(file: string, dir: string): boolean {
  return !isWithinDir(realPathOf(file), realPathOf(dir));
}
