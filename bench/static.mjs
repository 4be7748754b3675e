// Static check speed: `redis-readiness check` on a generated 2,000-service
// (~22,000-line) compose file, next to `docker compose config -q` on the same
// file, measured in the same run. Prints times, the ratio and peak memory.
// Run after `npm run build`: `node bench/static.mjs [services] [runs]`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLargeProject } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const services = Number(process.argv[2] ?? 2000);
const runs = Number(process.argv[3] ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'rr-bench-'));
const { file, lines } = generateLargeProject(dir, services);
const env = { ...process.env, REDIS_PASSWORD: 'bench-password-not-secret-0123456789' };

function time(cmd, args, extraEnv = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env: { ...env, ...extraEnv }, cwd: dir, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) return { ms: NaN, error: r.error.message };
  return { ms, status: r.status, stderr: r.stderr };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const cli = join(root, 'dist/cli/index.js');
const rssFile = join(dir, 'rss');
const ours = [];
let rssKb = 0;
for (let i = 0; i < runs; i++) {
  const r = time(
    'node',
    [
      '--import',
      join(root, 'bench/rss-hook.mjs'),
      cli,
      'check',
      '-f',
      file,
      '--format',
      'json',
      '--fail-on',
      'never',
    ],
    { BENCH_RSS_FILE: rssFile },
  );
  if (r.status !== 0) {
    console.error(`redis-readiness exited ${r.status}: ${r.stderr}`);
    process.exit(1);
  }
  ours.push(r.ms);
  rssKb = Math.max(rssKb, Number(readFileSync(rssFile, 'utf8')));
}

const compose = [];
for (let i = 0; i < runs; i++) {
  const r = time('docker', ['compose', '-f', file, 'config', '-q']);
  if (r.status !== 0) {
    compose.length = 0;
    console.log(
      `docker compose config -q: unavailable (${r.error ?? r.stderr.trim().split('\n')[0]})`,
    );
    break;
  }
  compose.push(r.ms);
}

console.log(`file: ${services} services, ${lines} lines`);
console.log(
  `redis-readiness check: median ${median(ours).toFixed(0)} ms over ${runs} runs, peak RSS ${(rssKb / 1024).toFixed(0)} MB`,
);
if (compose.length) {
  const ratio = median(compose) / median(ours);
  console.log(
    `docker compose config -q: median ${median(compose).toFixed(0)} ms over ${runs} runs`,
  );
  console.log(
    `ratio: redis-readiness is ${ratio.toFixed(2)}x faster than docker compose config -q`,
  );
}
rmSync(dir, { recursive: true, force: true });
