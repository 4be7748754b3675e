import path from 'node:path';

/**
 * A path as reports show it: relative to `baseDir`, with forward slashes
 * (GitHub annotations and SARIF URIs need them), or absolute when the file
 * lies outside `baseDir` (a `../` path would point nowhere in the repo).
 */
export function displayPath(file: string, baseDir: string): string {
  const relative = path.relative(baseDir, file);
  if (relative === '') return '.';
  if (relative.startsWith('..') || path.isAbsolute(relative)) return toPosix(file);
  return toPosix(relative);
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
