// Probe suite speed (issue 15): the whole `check --probes all` run of the CLI
// on examples/production-ready, next to (a) the current release's CLI on the
// same project and (b) the sum of the engine operations such a run needs
// (start, restart, re-create, down and up, SIGKILL and start, teardown),
// each timed on its own. The three alternate round by round, so all see the
// same machine load. Prints medians and both ratios (targets: at most 0.7x
// the release, at most 1.25x the engine sum). Nothing here asserts timings.
//
// Run: `npm run build`, then `node bench/probes.mjs [rounds=5]`. Needs the
// engine and the offline images (.ci/rig/install-engine.sh,
// .ci/rig/build-redis-image.sh) and the release's bundle:
//   mkdir /tmp/rr-base && git archive e76e9bc | tar -x -C /tmp/rr-base
// (the release commits its dist/; BENCH_BASE_CLI points elsewhere,
// BENCH_CLI times another build of ours).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 5);
const project = join(root, 'examples/production-ready');
const ours = process.env.BENCH_CLI ?? join(root, 'dist/cli/index.js');
const release = process.env.BENCH_BASE_CLI ?? '/tmp/rr-base/dist/cli/index.js';
// A throwaway password for the example's required REDIS_PASSWORD.
const env = { ...process.env, REDIS_PASSWORD: 'bench-password-4f1c9a' };

for (const [what, path] of [
  ['our CLI (npm run build)', ours],
  ['the release CLI', release],
]) {
  if (!existsSync(path)) {
    console.error(`${what} not found at ${path}: see the comment at the top of bench/probes.mjs`);
    process.exit(2);
  }
}

function timed(argv, options = {}) {
  const t0 = performance.now();
  const r = spawnSync(argv[0], argv.slice(1), { env, encoding: 'utf8', ...options });
  const ms = performance.now() - t0;
  if (r.status !== 0 && !options.mayFail) {
    throw new Error(
      `${argv.join(' ')} failed (${r.status}): ${(r.stderr || r.stdout).slice(-500)}`,
    );
  }
  return { ms, stdout: r.stdout };
}

function runCli(cli) {
  const r = timed(
    [process.execPath, cli, 'check', '--probes', 'all', '--pull', 'never', '--format', 'json'],
    { cwd: project, mayFail: true },
  );
  const report = JSON.parse(r.stdout);
  const notPassed = report.probes.filter((p) => p.status !== 'pass');
  if (notPassed.length)
    throw new Error(`${cli}: probes did not pass: ${JSON.stringify(notPassed)}`);
  return r.ms;
}

/** The engine operations alone, each timed; the gaps between them are not counted. */
function engineSum() {
  const p = `redis-readiness-bench-engine-${process.pid}`;
  const compose = ['docker', 'compose', '-p', p, '--project-directory', project];
  const parts = {};
  const op = (name, argv) => {
    parts[name] = (parts[name] ?? 0) + timed(argv, { cwd: project }).ms;
  };
  const id = () =>
    timed([...compose, 'ps', '-q', 'redis'], { cwd: project })
      .stdout.trim()
      .split('\n')[0];
  try {
    op('start', [...compose, 'up', '-d', '--pull', 'never', 'redis']);
    op('restart', ['docker', 'restart', id()]);
    op('re-create', [
      ...compose,
      ...['up', '-d', '--no-deps', '--force-recreate', '--no-build', '--pull', 'never', 'redis'],
    ]);
    op('down/up', [...compose, 'down', '--remove-orphans']);
    op('down/up', [...compose, 'up', '-d', '--no-build', '--pull', 'never', 'redis']);
    const container = id();
    op('kill/start', ['docker', 'kill', '--signal', 'SIGKILL', container]);
    op('kill/start', ['docker', 'start', container]);
  } finally {
    op('teardown', [...compose, 'down', '-v', '--remove-orphans', '--timeout', '5']);
  }
  return { total: Object.values(parts).reduce((a, b) => a + b, 0), parts };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const oursMs = [];
const releaseMs = [];
const engineMs = [];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
for (let i = 0; i < rounds; i++) {
  // Rotate the order, so none always inherits another's cleanup.
  const steps = [
    () => oursMs.push(runCli(ours)),
    () => releaseMs.push(runCli(release)),
    () => {
      const e = engineSum();
      engineMs.push(e.total);
      console.log(
        `  engine parts: ${Object.entries(e.parts)
          .map(([k, v]) => `${k} ${s(v)}`)
          .join(', ')}`,
      );
    },
  ];
  for (let j = 0; j < steps.length; j++) steps[(i + j) % steps.length]();
  console.log(
    `round ${i + 1}: ours ${s(oursMs[i])}, release ${s(releaseMs[i])}, engine sum ${s(engineMs[i])}`,
  );
}
const o = median(oursMs);
const r = median(releaseMs);
const e = median(engineMs);
console.log(`ours (--probes all, whole CLI run): ${s(o)} (median of ${rounds})`);
console.log(`release e76e9bc (same run):         ${s(r)}`);
console.log(`engine operations alone (sum):      ${s(e)}`);
console.log(`ours / release: ${(o / r).toFixed(2)}x (target <= 0.7x)`);
console.log(`ours / engine sum: ${(o / e).toFixed(2)}x (target <= 1.25x)`);
