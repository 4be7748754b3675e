// Static check speed: `redis-readiness check` on a generated 2,000-service
// (~22,000-line) compose file, next to `docker compose config -q` and `dclint`
// on the same file, measured in the same run, alternating
// the three so that they see the same machine load. Prints medians, the ratios and
// our peak memory (targets from issue 16: >= 3x compose config, >= 10x dclint,
// peak RSS under 150 MB).
// Run after `npm run build`: `node bench/static.mjs [services] [runs] [dclint-runs]`
// (dclint takes several seconds per run, so it runs fewer times by default).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLargeProject } from './generate.mjs';
import {
  alternate,
  printComparison,
  printOurs,
  requireBundle,
  timeComposeConfig,
  timeDclint,
  timeOurs,
} from './lib.mjs';

requireBundle();
const services = Number(process.argv[2] ?? 2000);
const runs = Number(process.argv[3] ?? 5);
const dclintRuns = Number(process.argv[4] ?? Math.min(runs, 3));
const dir = mkdtempSync(join(tmpdir(), 'rr-bench-'));
try {
  const { file, lines } = generateLargeProject(dir, services);
  const ourArgs = ['check', '-f', file, '--format', 'json', '--fail-on', 'never'];
  const rssFile = join(dir, 'rss');
  const { ours, compose, dclint } = alternate(
    runs,
    ['ours', 'compose', 'dclint'],
    (name, round) => {
      if (name === 'ours') return timeOurs(ourArgs, { cwd: dir, runs: 1, rssFile });
      if (name === 'compose') return timeComposeConfig([file], { cwd: dir, runs: 1 });
      return round < dclintRuns ? timeDclint(file, { cwd: dir, runs: 1 }) : undefined;
    },
  );

  console.log(`static check: ${services} services, ${lines} lines`);
  printOurs(ours);
  console.log(`  peak RSS target < 150 MB: ${ours.rssMb < 150 ? 'met' : 'NOT met'}`);
  printComparison(ours, 'docker compose config -q', compose, 3);
  printComparison(ours, 'dclint', dclint, 10);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
