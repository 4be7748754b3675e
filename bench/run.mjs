// `npm run bench`: every benchmark in turn, each printing its own figures.
// The probe suite takes minutes and needs the engine: only with `--probes`.
// Run after `npm run build` (the CLI benchmarks time the bundle in dist/cli).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const benches = ['static.mjs', 'servers.mjs', 'coldstart.mjs', 'include.mjs'];
if (process.argv.includes('--probes')) benches.push('probes.mjs');

let failed = 0;
for (const bench of benches) {
  console.log(`\n== ${bench}`);
  const r = spawnSync(process.execPath, [join(here, bench)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`${bench} failed (exit ${r.status ?? r.signal})`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
