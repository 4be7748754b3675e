import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../options.js';

/**
 * Writes a report where the user asked for it (`-o FILE`, `sarif-file`),
 * creating missing parent directories one at a time (Node's recursive mkdir
 * loops forever under /proc). A directory, or a place that cannot hold a file,
 * is a usage error naming the path, never an internal error.
 */
export function writeReportFile(file: string, text: string, shown: string = file): void {
  const fail = (why: string) => new UsageError(`cannot write the report to ${shown}: ${why}.`);
  const existing = fs.statSync(file, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw fail('it is a directory; give a file name');
  const missing: string[] = [];
  let dir = path.dirname(file);
  for (;;) {
    const stat = fs.statSync(dir, { throwIfNoEntry: false });
    if (stat) {
      if (!stat.isDirectory()) throw fail(`${dir} is not a directory`);
      break;
    }
    missing.unshift(dir);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  try {
    for (const d of missing) fs.mkdirSync(d);
    fs.writeFileSync(file, text);
  } catch (error) {
    throw fail((error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
}
