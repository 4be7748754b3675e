// Cold start: `redis-readiness check` on a 20-line compose file (a whole
// process each time: node start-up, loading the bundle, the check, the
// output), next to `dclint` on the same file, alternating the two so both see
// the same machine load. Target from issue 6: at most a third of dclint's time.
// Run after `npm run build`: `node bench/coldstart.mjs [runs]`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSmallProject } from './generate.mjs';
import {
  alternate,
  printComparison,
  printOurs,
  requireBundle,
  timeDclint,
  timeOurs,
} from './lib.mjs';

requireBundle();
const runs = Number(process.argv[2] ?? 11);
const dir = mkdtempSync(join(tmpdir(), 'rr-bench-'));
try {
  const { file, lines } = generateSmallProject(dir);
  const args = ['check', '-f', file, '--fail-on', 'never'];
  const rssFile = join(dir, 'rss');
  const { ours, dclint } = alternate(runs, ['ours', 'dclint'], (name) =>
    name === 'ours'
      ? timeOurs(args, { cwd: dir, runs: 1, rssFile })
      : timeDclint(file, { cwd: dir, runs: 1 }),
  );

  console.log(`cold start: ${lines}-line compose file`);
  printOurs(ours);
  const ratio = printComparison(ours, 'dclint', dclint, 3);
  if (ratio !== undefined)
    console.log(`  redis-readiness takes ${((100 / ratio) | 0).toFixed(0)}% of dclint's time`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
