import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { expect } from 'vitest';
import { runCli } from '../../src/cli.js';
import { REPO } from '../action/harness.js';

export interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** The CLI from source, in process: the fixes under test without a rebuilt bundle. */
export async function checkInProcess(cwd: string, argv: string[]): Promise<Outcome> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli(argv, { stdout, stderr, env: { PATH: process.env.PATH }, cwd });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/**
 * The built CLI as a user runs it, with a small heap (256 MB): a blow-up in
 * time or memory kills it, and the test sees a signal or a V8 fatal error
 * instead of exit 2.
 */
export function checkSpawned(cwd: string, argv: string[], timeoutMs = 60_000): Outcome {
  const r = spawnSync(
    'node',
    ['--max-old-space-size=256', path.join(REPO, 'bin/redis-readiness.js'), ...argv],
    {
      cwd,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: os.tmpdir() },
      encoding: 'utf8',
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh project directory holding `files` (text or bytes). */
export function project(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-bad-input-'));
  for (const [name, body] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, body);
  }
  return dir;
}

/** Deterministic "random" bytes (a fixed LCG), so that a failure reproduces. */
export function noise(length: number, seed = 42): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** A "billion laughs" YAML: `levels` anchors, each a list of nine aliases of the one before. */
export function aliasBomb(levels: number): string {
  const names = 'abcdefghijklmnop'.slice(0, levels).split('');
  const lines = [`  ${names[0]}: &${names[0]} [lol, lol, lol, lol, lol, lol, lol, lol, lol]`];
  for (let i = 1; i < names.length; i++) {
    lines.push(
      `  ${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(', ')}]`,
    );
  }
  return ['x-bomb:', ...lines, 'services:', '  redis:', '    image: redis:7.2', ''].join('\n');
}

export const STACK_TRACE = /^\s+at .+:\d+/m;

/** Exit 2, one line on stderr prefixed with the tool's name, no stack trace, nothing on stdout. */
export function expectOneMessage(r: Outcome): string {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^redis-readiness: [^\n]+\n$/);
  expect(r.stderr).not.toMatch(STACK_TRACE);
  return r.stderr.trimEnd();
}
