// Rewrites the module factories of the ncc bundles in dist/ from arrow
// functions into parenthesised function expressions, which V8 compiles
// eagerly with the rest of the file ("PIFE"). As arrows, each factory is
// pre-parsed when the file is compiled, then parsed again when it is first
// called; our own code is one factory of ~10,000 lines, so every run paid
// for it twice. Measured on the CLI in alternating runs: cold start on a
// 20-line file 186 -> 172 ms, the 2,000-service benchmark ~10 ms less
// (bench/README.md). ncc has no option for it: its webpack target (node14 +
// es2022) enables arrow functions in webpack's output.
//
// Only ncc's own factories are touched (their parameters include
// `__nccwpck_require__`). The runtime calls them as plain functions in strict
// mode, so `this` is undefined either way, and no module reads `arguments` at
// its top level.
//
// Usage: node scripts/eager-modules.mjs [dir=dist]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FACTORY = /^\/\*\*\*\/ \(\(([A-Za-z_$][\w$]*(?:, [A-Za-z_$][\w$]*)*)\) => \{$/gm;

function bundles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return bundles(p);
    return name.endsWith('.js') ? [p] : [];
  });
}

const root = process.argv[2] ?? 'dist';
let rewritten = 0;
for (const file of bundles(root)) {
  const text = readFileSync(file, 'utf8');
  let count = 0;
  const out = text.replace(FACTORY, (whole, params) => {
    if (!params.split(', ').includes('__nccwpck_require__')) return whole;
    count++;
    return `/***/ (function(${params}) {`;
  });
  if (count > 0) writeFileSync(file, out);
  rewritten += count;
}
if (rewritten === 0) {
  // ncc's output format changed: better to fail the build than to lose the speed unnoticed.
  console.error(
    `eager-modules: no ncc module factory found under ${root}; check the bundle format.`,
  );
  process.exit(1);
}
console.log(`eager-modules: ${rewritten} module factories made eager under ${root}`);
