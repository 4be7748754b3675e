// Include chains: a compose file that includes a file that includes another,
// 200 files deep, each adding one service (the last one adds Redis).
// `redis-readiness check` next to `docker compose config -q` on the same
// project, measured in the same run (alternating). Issue 3 asks that such a project loads
// well under compose's own time; the benchmark reads that as at least 2x faster.
// Run after `npm run build`: `node bench/include.mjs [files] [runs]`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIncludeChain } from './generate.mjs';
import {
  alternate,
  printComparison,
  printOurs,
  requireBundle,
  timeComposeConfig,
  timeOurs,
} from './lib.mjs';

const files = Number(process.argv[2] ?? 200);
const runs = Number(process.argv[3] ?? 5);
requireBundle();
const dir = mkdtempSync(join(tmpdir(), 'rr-bench-'));
try {
  const root = generateIncludeChain(dir, files);
  const ourArgs = ['check', '-f', root, '--format', 'json', '--fail-on', 'never'];
  const rssFile = join(dir, 'rss');
  const { ours, compose } = alternate(runs, ['ours', 'compose'], (name) =>
    name === 'ours'
      ? timeOurs(ourArgs, { cwd: dir, runs: 1, rssFile })
      : timeComposeConfig([root], { cwd: dir, runs: 1 }),
  );
  console.log(`include chain: ${files} files, each including the next`);
  printOurs(ours);
  printComparison(ours, 'docker compose config -q', compose, 2);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
