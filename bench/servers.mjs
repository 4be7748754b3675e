// Many servers: `redis-readiness check` on a generated file of 2,000 Redis
// servers and 2,000 consumers (~36,000 lines: every server is modelled, ruled
// and matched with its consumers), next to `docker compose config -q` on the
// same file, alternating the two. Target (issue 16): >= 3x compose config.
// Run after `npm run build`: `node bench/servers.mjs [servers=2000] [runs=5]`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateServersProject } from './generate.mjs';
import {
  alternate,
  printComparison,
  printOurs,
  requireBundle,
  timeComposeConfig,
  timeOurs,
} from './lib.mjs';

requireBundle();
const servers = Number(process.argv[2] ?? 2000);
const runs = Number(process.argv[3] ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'rr-bench-servers-'));
try {
  const { file, lines } = generateServersProject(dir, servers);
  const ourArgs = ['check', '-f', file, '--format', 'json', '--fail-on', 'never'];
  const rssFile = join(dir, 'rss');
  const { ours, compose } = alternate(runs, ['ours', 'compose'], (name) =>
    name === 'ours'
      ? timeOurs(ourArgs, { cwd: dir, runs: 1, rssFile })
      : timeComposeConfig([file], { cwd: dir, runs: 1 }),
  );
  console.log(`many servers: ${servers} servers + ${servers} consumers, ${lines} lines`);
  printOurs(ours);
  console.log(`  peak RSS target < 150 MB: ${ours.rssMb < 150 ? 'met' : 'NOT met'}`);
  printComparison(ours, 'docker compose config -q', compose, 3);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
