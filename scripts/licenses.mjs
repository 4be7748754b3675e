// Writes dist/licenses.txt: the license of every production dependency (the
// bundles hold some of their code). ncc's own --license lists only one chunk
// once the bundles are split into chunks, so the list is made here, from the
// lock file, sorted, so that a rebuild gives the same file.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const entries = [];
for (const [where, meta] of Object.entries(lock.packages)) {
  if (where === '' || meta.dev) continue;
  const dir = join(root, where);
  if (!existsSync(dir)) continue; // an optional dependency for another platform
  const name = where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const text = file ? readFileSync(join(dir, file), 'utf8').trim() : '';
  entries.push(`${name}\n${meta.license ?? 'UNKNOWN'}\n${text}`);
}
entries.sort();
writeFileSync(join(root, 'dist/licenses.txt'), entries.join('\n\n') + '\n');
