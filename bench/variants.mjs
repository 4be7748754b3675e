// Builds and runtimes side by side: each variant is a Node binary, node
// options and a CLI bundle; all run the same workload, alternating round by
// round, so that a ratio between them is fair on a noisy machine. This is how
// bench/README.md measures what a change to the build or the V8 flags costs
// or saves, on each Node the action may run on.
//
//   node bench/variants.mjs <variants.json> [workload=static|servers|cold] [rounds=9]
//
// variants.json: [{ "name": "...", "node": "/path/to/node", "args": ["--flag"], "cli": "/path/to/cli/index.js" }]
// Prints per variant: median wall and CPU time, and peak RSS (one more run with rss-hook.mjs).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLargeProject, generateServersProject, generateSmallProject } from './generate.mjs';
import { median, ms, root, time } from './lib.mjs';

const [variantsFile, workload = 'static', roundsArg = '9'] = process.argv.slice(2);
if (!variantsFile) {
  console.error('usage: node bench/variants.mjs <variants.json> [static|servers|cold] [rounds]');
  process.exit(2);
}
const variants = JSON.parse(readFileSync(variantsFile, 'utf8'));
const rounds = Number(roundsArg);
const dir = mkdtempSync(join(tmpdir(), 'rr-bench-variants-'));
try {
  const generate = {
    static: () => generateLargeProject(dir, 2000),
    servers: () => generateServersProject(dir, 2000),
    cold: () => generateSmallProject(dir),
  }[workload];
  const { file, lines } = generate();
  const cliArgs = ['check', '-f', file, '--format', 'json', '--fail-on', 'never'];
  const results = variants.map(() => ({ wall: [], cpu: [], rssMb: 0 }));
  const run = (v, extra = [], env = {}) => {
    const r = time(v.node, [...(v.args ?? []), ...extra, v.cli, ...cliArgs], { cwd: dir, env });
    if (r.status !== 0) {
      console.error(`${v.name} exited ${r.status ?? r.error}: ${(r.stderr ?? '').slice(0, 500)}`);
      process.exit(1);
    }
    return r;
  };
  // One untimed warm-up each (file cache), then the alternating rounds.
  for (const v of variants) run(v);
  for (let round = 0; round < rounds; round++) {
    variants.forEach((v, i) => {
      const r = run(v);
      results[i].wall.push(r.ms);
      results[i].cpu.push(r.cpuMs);
    });
  }
  variants.forEach((v, i) => {
    const rssFile = join(dir, `rss-${i}`);
    run(v, ['--import', join(root, 'bench/rss-hook.mjs')], { BENCH_RSS_FILE: rssFile });
    results[i].rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  });
  console.log(`${workload}: ${lines} lines, ${rounds} alternating rounds`);
  const base = median(results[0].wall);
  variants.forEach((v, i) => {
    const r = results[i];
    const wall = median(r.wall);
    console.log(
      `  ${v.name.padEnd(28)} wall ${ms(wall).padStart(8)}  CPU ${ms(median(r.cpu)).padStart(8)}  ` +
        `RSS ${r.rssMb.toFixed(0).padStart(4)} MB  (${((wall / base - 1) * 100).toFixed(1)} % vs ${variants[0].name})`,
    );
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
