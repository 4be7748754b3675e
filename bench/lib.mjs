// Shared helpers of the benchmarks: timing child processes, medians, peak
// memory of our CLI (through bench/rss-hook.mjs, in a run of its own) and the
// printed lines.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { platform } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The bundled CLI (`npm run build`); BENCH_CLI points at another build of it. */
export const cliPath = process.env.BENCH_CLI ?? join(root, 'dist/cli/index.js');
export const dclintPath = join(root, 'node_modules/.bin/dclint');
export const benchEnv = {
  ...process.env,
  REDIS_PASSWORD: 'bench-password-not-secret-0123456789',
  NO_COLOR: '1',
};

/**
 * CPU time (user + system, ms) of this process's finished children, from
 * /proc (Linux): less sensitive than wall time to other work on the machine.
 * Grandchildren count too (docker's compose plugin). Undefined elsewhere.
 */
function childrenCpuMs() {
  if (platform() !== 'linux') return undefined;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // Fields after the command name (in parentheses): cutime and cstime are fields 16 and 17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[13]) + Number(fields[14]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

/** Runs a command to completion; wall-clock and CPU milliseconds, exit status and output. */
export function time(cmd, args, { cwd, env = {} } = {}) {
  const cpu0 = childrenCpuMs();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd,
    env: { ...benchEnv, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpuMs = cpu0 === undefined ? NaN : childrenCpuMs() - cpu0;
  if (r.error) return { ms: NaN, cpuMs, error: r.error.message };
  return { ms, cpuMs, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Fails early with a clear message when the bundle has not been built. */
export function requireBundle() {
  if (!existsSync(cliPath)) {
    console.error(`${cliPath} is missing: run \`npm run build\` first (or set BENCH_CLI).`);
    process.exit(1);
  }
}

/**
 * `redis-readiness <args>` `runs` times; median wall time, and the peak RSS of
 * one more, untimed run with bench/rss-hook.mjs loaded (the timed runs are the
 * plain command a user runs: `--import` would add its own start-up cost).
 * Exits the benchmark when the CLI fails (a broken run is no figure).
 */
export function timeOurs(args, { cwd, runs, rssFile, cli = cliPath }) {
  const times = [];
  const cpu = [];
  const check = (r) => {
    if (r.status !== 0) {
      console.error(`redis-readiness exited ${r.status ?? r.error}: ${r.stderr ?? ''}`);
      process.exit(1);
    }
    return r;
  };
  for (let i = 0; i < runs; i++) {
    const r = check(time(process.execPath, [cli, ...args], { cwd }));
    times.push(r.ms);
    cpu.push(r.cpuMs);
  }
  check(
    time(process.execPath, ['--import', join(root, 'bench/rss-hook.mjs'), cli, ...args], {
      cwd,
      env: { BENCH_RSS_FILE: rssFile },
    }),
  );
  const rssKb = Number(readFileSync(rssFile, 'utf8'));
  return { median: median(times), times, cpuMedian: median(cpu), rssMb: rssKb / 1024 };
}

/**
 * A baseline command `runs` times. `ok(result)` says whether a run counts;
 * the first failing run makes the baseline unavailable (reason returned).
 */
export function timeBaseline(cmd, args, { cwd, runs, ok }) {
  const times = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const r = time(cmd, args, { cwd });
    if (r.error || !ok(r)) {
      const reason = r.error ?? `exit ${r.status}: ${(r.stderr || r.stdout).trim().split('\n')[0]}`;
      return { unavailable: reason };
    }
    times.push(r.ms);
    cpu.push(r.cpuMs);
  }
  return { median: median(times), times, cpuMedian: median(cpu) };
}

/** dclint lints the file; exit 0 or 1 (problems found) both mean it ran. */
export function timeDclint(file, { cwd, runs }) {
  if (!existsSync(dclintPath)) return { unavailable: 'not installed (npm ci)' };
  return timeBaseline(dclintPath, [file, '--formatter', 'json'], {
    cwd,
    runs,
    ok: (r) => (r.status === 0 || r.status === 1) && r.stdout.length > 0,
  });
}

export function timeComposeConfig(files, { cwd, runs }) {
  const fileArgs = files.flatMap((f) => ['-f', f]);
  return timeBaseline('docker', ['compose', ...fileArgs, 'config', '-q'], {
    cwd,
    runs,
    ok: (r) => r.status === 0,
  });
}

/**
 * Runs `measure(round)` `rounds` times, alternating the contenders inside each
 * round so that all see the same machine load; `measure` returns one result
 * per contender name, or `undefined` for those sitting the round out.
 */
export function alternate(rounds, names, measure) {
  const results = Object.fromEntries(names.map((n) => [n, { times: [], cpu: [], rssMb: 0 }]));
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const r = results[name];
      if (r.unavailable) continue;
      const one = measure(name, round);
      if (!one) continue;
      if (one.unavailable) r.unavailable = one.unavailable;
      else {
        r.times.push(one.median);
        r.cpu.push(one.cpuMedian);
        r.rssMb = Math.max(r.rssMb, one.rssMb ?? 0);
      }
    }
  }
  for (const r of Object.values(results)) {
    if (!r.unavailable && r.times.length === 0) r.unavailable = 'not run';
    else {
      r.median = median(r.times);
      r.cpuMedian = median(r.cpu);
    }
  }
  return results;
}

export const ms = (x) => `${x.toFixed(0)} ms`;

const cpuNote = (r) => (Number.isNaN(r.cpuMedian) ? '' : ` (CPU ${ms(r.cpuMedian)})`);

/**
 * One line per baseline: its median and how many times faster ours is, by
 * wall time (the target's measure) and by CPU time (steadier on a busy machine).
 */
export function printComparison(ours, name, baseline, target) {
  if (baseline.unavailable) {
    console.log(`  ${name}: unavailable (${baseline.unavailable})`);
    return undefined;
  }
  const ratio = baseline.median / ours.median;
  const cpuRatio = baseline.cpuMedian / ours.cpuMedian;
  const met = target === undefined ? '' : ratio >= target ? ' [target met]' : ' [target NOT met]';
  console.log(
    `  ${name}: median ${ms(baseline.median)}${cpuNote(baseline)} over ${baseline.times.length} runs; ` +
      `redis-readiness is ${ratio.toFixed(2)}x faster (target >= ${target}x)${met}` +
      (Number.isNaN(cpuRatio) ? '' : `; by CPU time ${cpuRatio.toFixed(2)}x`),
  );
  return ratio;
}

export function printOurs(ours, what = 'redis-readiness check') {
  console.log(
    `  ${what}: median ${ms(ours.median)}${cpuNote(ours)} over ${ours.times.length} runs, peak RSS ${ours.rssMb.toFixed(0)} MB`,
  );
}
