// Probe suite speed: the whole probe suite (runProbes, all six probes) on the
// production-ready fixture, next to a plain shell script that performs the
// same engine operations (up --wait, ping, a helper container on the project
// network, restart, re-create, down and up, SIGKILL and start, down -v) in
// the same run, alternating so both see the same machine load. Prints both
// medians and the ratio (target: under 1.25x).
//
// Run: `node bench/probes.mjs [rounds]` (needs the engine and the offline
// images: .ci/rig/install-engine.sh, .ci/rig/build-redis-image.sh). The
// TypeScript sources are compiled to a temp directory first (not timed).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 2);
const fixture = join(root, '__tests__/fixtures/probes/ready');
const work = mkdtempSync(join(tmpdir(), 'redis-readiness-bench-'));

function compile() {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const entries = ['src/probes/index.ts', 'src/compose/index.ts', 'src/redis/index.ts'].map((f) =>
    join(root, f),
  );
  const r = spawnSync(
    process.execPath,
    [
      tsc,
      ...entries,
      '--outDir',
      join(work, 'build'),
      '--rootDir',
      root,
      '--module',
      'NodeNext',
      '--moduleResolution',
      'NodeNext',
      '--target',
      'ES2022',
      '--skipLibCheck',
      '--types',
      'node',
    ],
    { encoding: 'utf8' },
  );
  // Type errors elsewhere in a tree under development still emit JavaScript.
  if (r.error) throw r.error;
  writeFileSync(join(work, 'build/package.json'), '{"type":"module"}');
  symlinkSync(join(root, 'node_modules'), join(work, 'build/node_modules'));
}

// The same engine operations, written the way one would by hand.
const BASELINE = `
set -eu
P=redis-readiness-bench-base-$$
OV=$WORK/baseline-override.yml
printf 'services:\\n  redis:\\n    ports: !reset []\\n' > "$OV"
C="docker compose -p $P --project-directory $DIR -f $DIR/compose.yaml -f $OV"
cli() { $C exec -T -e REDISCLI_AUTH redis sh -c "$1" >/dev/null; }
ready='until redis-cli ping | grep -q PONG; do sleep 0.1; done'
$C up -d --wait --pull never redis 2>/dev/null
cli 'redis-cli ping'
docker run --rm --network "\${P}_default" -e REDISCLI_AUTH --entrypoint redis-cli redis:7.4.2-alpine -h redis ping >/dev/null
cli 'redis-cli set k v'
$C restart redis 2>/dev/null
cli "$ready; redis-cli get k"
$C up -d --no-deps --force-recreate --pull never redis 2>/dev/null
cli "$ready; redis-cli get k"
$C down 2>/dev/null
$C up -d --pull never redis 2>/dev/null
cli "$ready; redis-cli get k; redis-cli set k2 v"
$C kill -s SIGKILL redis 2>/dev/null
$C start redis 2>/dev/null
cli "$ready; redis-cli get k2"
$C down -v 2>/dev/null
`;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

try {
  compile();
  const build = join(work, 'build');
  const { loadProject } = await import(pathToFileURL(join(build, 'src/compose/index.js')).href);
  const { buildRedisModel } = await import(pathToFileURL(join(build, 'src/redis/index.js')).href);
  const { runProbes, ALL_PROBES } = await import(
    pathToFileURL(join(build, 'src/probes/index.js')).href
  );
  const project = await loadProject({ files: [], projectDirectory: fixture, cwd: fixture });
  const redis = buildRedisModel(project);
  const password = redis.services.find((s) => s.name === 'redis')?.password?.value ?? '';

  const suite = [];
  const baseline = [];
  const runBaseline = () => {
    const t0 = performance.now();
    const b = spawnSync('bash', ['-c', BASELINE], {
      env: { ...process.env, WORK: work, DIR: fixture, REDISCLI_AUTH: password },
      encoding: 'utf8',
    });
    if (b.status !== 0) throw new Error(`baseline failed: ${b.stderr.split(password).join('***')}`);
    baseline.push(performance.now() - t0);
  };
  const runSuite = async () => {
    const t0 = performance.now();
    const run = await runProbes({
      project,
      redis,
      probes: [...ALL_PROBES],
      timeoutSeconds: 60,
      pull: 'never',
      mask: (t) => t.split(password).join('***'),
    });
    suite.push(performance.now() - t0);
    const failed = run.results.filter((r) => r.status !== 'pass');
    if (failed.length) throw new Error(`probe suite did not pass: ${JSON.stringify(failed)}`);
  };
  for (let i = 0; i < rounds; i++) {
    // Alternate which goes first, so neither always inherits the other's cleanup.
    if (i % 2 === 0) {
      runBaseline();
      await runSuite();
    } else {
      await runSuite();
      runBaseline();
    }
    console.log(
      `round ${i + 1}: baseline ${(baseline[i] / 1000).toFixed(2)} s, probe suite ${(suite[i] / 1000).toFixed(2)} s`,
    );
  }
  const s = median(suite);
  const b = median(baseline);
  console.log(
    `baseline (shell, same engine operations): ${(b / 1000).toFixed(2)} s (median of ${rounds})`,
  );
  console.log(
    `probe suite (6 probes, teardown included): ${(s / 1000).toFixed(2)} s (median of ${rounds})`,
  );
  console.log(`ratio: ${(s / b).toFixed(2)}x (target < 1.25x)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
