/** Small helpers for the loader's unit tests: projects written into temp dirs. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Writes `files` (relative path -> content) into a fresh temp dir and returns its path. */
export function writeProject(files: Record<string, string | Buffer>, name = 'proj'): string {
  const root = mkdtempSync(path.join(tmpdir(), 'rr-compose-'));
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const f = path.join(dir, rel);
    mkdirSync(path.dirname(f), { recursive: true });
    writeFileSync(f, content);
  }
  return dir;
}
