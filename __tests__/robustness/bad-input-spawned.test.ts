/**
 * Bad input that could cost time or memory, through the built CLI and the
 * action in a child process: a 256 MB heap and a timeout make a blow-up fail
 * the test (a signal or a V8 fatal error instead of exit 2 and one message).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle, runAction } from '../action/harness.js';
import { DEFAULT_LIMITS } from '../../src/compose/read.js';
import { aliasBomb, checkSpawned, expectOneMessage, project, STACK_TRACE } from './harness.js';

beforeAll(() => ensureBundle(), 600_000);

const CHECK = ['check', '-f', 'compose.yaml'];

describe('bounded time and memory (built CLI, 256 MB heap)', () => {
  it('a YAML alias bomb of 9 levels is stopped before it expands', () => {
    const r = checkSpawned(project({ 'compose.yaml': aliasBomb(9) }), CHECK);
    expect(r.code, `signal or crash: ${r.stderr.slice(0, 500)}`).toBe(2);
    expect(expectOneMessage(r)).toMatch(
      /^redis-readiness: compose\.yaml:\d+: YAML aliases expand to more than 2000000 values \(an alias bomb\?\)\. Reduce the use of anchors\.$/,
    );
  });

  it('a 50 MB compose file is refused by its size, naming the limit', () => {
    const dir = project({});
    const file = path.join(dir, 'compose.yaml');
    // Valid YAML all the way (a long comment), so only the size can refuse it.
    const fd = fs.openSync(file, 'w');
    fs.writeSync(fd, 'services:\n  redis:\n    image: redis:7.2\n');
    const chunk = Buffer.from(`# ${'x'.repeat(1021)}\n`);
    for (let i = 0; i < 50 * 1024; i++) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    const size = fs.statSync(file).size;
    expect(size).toBeGreaterThan(50 * 1024 * 1024);
    const r = checkSpawned(dir, CHECK);
    expect(expectOneMessage(r)).toBe(
      `redis-readiness: compose.yaml: compose file is ${size} bytes, over the ${DEFAULT_LIMITS.maxBytes}-byte limit. Split it or check that this is the right file.`,
    );
    expect(DEFAULT_LIMITS.maxBytes).toBe(4 * 1024 * 1024);
  });

  it('a 1 MiB compose file (9,000 services) is checked within the 256 MB heap', () => {
    const lines = ['services:'];
    for (let i = 0; lines.join('\n').length < 1024 * 1024 - 4096 && i < 20_000; i += 100) {
      for (let j = i; j < i + 100; j++)
        lines.push(`  app${j}:`, '    image: nginx:1.27', `    environment: {N: "${j}"}`);
    }
    lines.push('  redis:', '    image: redis:7.2', '');
    const text = lines.join('\n');
    expect(text.length).toBeLessThan(DEFAULT_LIMITS.maxBytes);
    const r = checkSpawned(project({ 'compose.yaml': text }), [...CHECK, '--format', 'json']);
    expect(r.code, r.stderr.slice(0, 500)).toBe(1);
    const findings = JSON.parse(r.stdout).findings as { rule: string; service?: string }[];
    expect(findings.some((f) => f.rule === 'auth-missing' && f.service === 'redis')).toBe(true);
  });

  it('a FIFO with no writer does not hang the CLI', () => {
    const dir = project({});
    execFileSync('mkfifo', [path.join(dir, 'compose.yaml')]);
    const r = checkSpawned(dir, CHECK, 30_000);
    expect(expectOneMessage(r)).toMatch(/compose\.yaml: cannot read compose file \(not a regular/);
  });

  it('malformed YAML through the built CLI: one line, file and line', () => {
    const r = checkSpawned(
      project({ 'compose.yaml': 'services:\n  redis:\n\timage: redis:7.2\n' }),
      CHECK,
    );
    expect(expectOneMessage(r)).toMatch(/^redis-readiness: compose\.yaml:3:1: is not valid YAML/);
  });
});

describe('the action on bad input: one ::error with file and line, exit 2', () => {
  const errorsOf = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error'));

  it.each([
    [
      'tabs',
      { 'compose.yaml': 'services:\n  redis:\n\timage: redis:7.2\n' },
      /^::error title=redis-readiness,file=compose\.yaml,line=3,col=1::compose\.yaml:3:1: is not valid YAML: Tabs are not allowed as indentation/,
    ],
    [
      'an alias bomb',
      { 'compose.yaml': aliasBomb(9) },
      /^::error title=redis-readiness,file=compose\.yaml,line=\d+,col=\d+::compose\.yaml:\d+: YAML aliases expand to more than 2000000 values/,
    ],
    [
      'a duplicate key',
      { 'compose.yaml': 'services:\n  redis:\n    image: redis:7.2\n    image: redis:7.4\n' },
      /^::error title=redis-readiness,file=compose\.yaml,line=4,col=5::compose\.yaml:4:5: a key is defined twice/,
    ],
  ])('%s', (_name, files, expected) => {
    const workspace = project(files);
    const r = runAction({ 'compose-file': 'compose.yaml', probes: 'none' }, { workspace });
    expect(r.status, r.stdout + r.stderr).toBe(2);
    const errors = errorsOf(r.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(expected);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
  });

  it('no Redis service: passes with a notice that nothing was checked', () => {
    const workspace = project({ 'compose.yaml': 'services:\n  app:\n    image: nginx:1.27\n' });
    const r = runAction({ 'compose-file': 'compose.yaml', probes: 'none' }, { workspace });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^::notice title=redis-readiness::no Redis service found in compose\.yaml: nothing was checked\./m,
    );
    expect(r.outputs.result).toBe('pass');
  });
});
