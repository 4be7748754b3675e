import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLargeProject } from '../../bench/generate.mjs';
import { OPTIMIZE_FROM_BYTES } from '../../src/v8-tuning.js';
import { ensureBundle, REPO } from '../action/harness.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-v8-tuning-'));

beforeAll(() => ensureBundle(), 600_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Generates a project of `services` services and returns its compose file and size. */
function project(services: number): { file: string; bytes: number } {
  const sub = path.join(dir, String(services));
  const { file } = generateLargeProject(sub, services);
  return { file, bytes: fs.statSync(file).size };
}

/** Runs the bundled CLI with V8 tracing what it optimises; returns how many functions Turbofan compiled. */
function turbofanCompiles(file: string, nodeFlags: string[] = []): number {
  const r = spawnSync(
    'node',
    [
      ...nodeFlags,
      '--trace-opt',
      path.join(REPO, 'dist/cli/index.js'),
      'check',
      '-f',
      file,
      '--format',
      'json',
    ],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, REDIS_PASSWORD: 'a-long-enough-password' },
    },
  );
  expect(r.status, r.stderr).toBeLessThan(2);
  return r.stdout.split('\n').filter((l) => /compiling method.*TURBOFAN/i.test(l)).length;
}

describe('V8 tuned for a short run', () => {
  it('leaves Turbofan off for a compose file of ordinary size', () => {
    const { file, bytes } = project(2000);
    expect(bytes).toBeLessThan(OPTIMIZE_FROM_BYTES);
    expect(turbofanCompiles(file)).toBe(0);
  }, 60_000);

  it('turns Turbofan back on once the compose text is big enough for it to pay', () => {
    const { file, bytes } = project(4000);
    expect(bytes).toBeGreaterThanOrEqual(OPTIMIZE_FROM_BYTES);
    expect(turbofanCompiles(file)).toBeGreaterThan(0);
  }, 60_000);

  it('leaves the compilers alone when the user chose them', () => {
    const { file } = project(2000);
    expect(turbofanCompiles(file, ['--turbofan'])).toBeGreaterThan(0);
  }, 60_000);
});
