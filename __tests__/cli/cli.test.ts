import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle, locate, REPO, runCli, STACK_TRACE } from '../action/harness.js';
import { errorsOf, validateReport, validateSarif } from '../report/schema-validators.js';

const SEED = 'examples/seed-stack/docker-compose.yml';
const READY = 'examples/production-ready/docker-compose.yml';
const TEXT_LINE = /^(\S+):(\d+):(\d+) {2}(error|warning|notice) +([a-z0-9-]+) {2}(.+)$/;

beforeAll(() => ensureBundle(), 600_000);

describe('redis-readiness check', () => {
  it('prints text lines file:line:column  severity  rule-id  message and exits 1 on seed-stack', () => {
    const r = runCli(['check', '-f', SEED]);
    expect(r.status, r.stderr).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    const findings = lines.filter((l) => TEXT_LINE.test(l));
    expect(findings.length).toBeGreaterThan(3);
    for (const l of findings) expect(l.startsWith(`${SEED}:`)).toBe(true);
    const image = locate(SEED, 'redis:alpine');
    expect(findings).toContainEqual(
      expect.stringMatching(
        new RegExp(`^${SEED}:${image.line}:${image.column} {2}warning +image-unpinned {2}`),
      ),
    );
    expect(lines.at(-1)).toMatch(
      /^\d+ errors?, \d+ warnings?, \d+ notices?.* \(fail-on: error\): fail$/,
    );
    expect(r.stdout).not.toContain('\u001b['); // not a TTY
  });

  it('exits 0 on production-ready, and 0 on seed-stack with --fail-on never', () => {
    const ready = runCli(['check', '-f', READY], {
      env: { REDIS_PASSWORD: 'a-long-enough-password-1234' },
    });
    expect(ready.status, ready.stdout + ready.stderr).toBe(0);
    expect(ready.stdout.trimEnd().split('\n').at(-1)).toMatch(/^0 errors, 0 warnings, .*: pass$/);
    expect(runCli(['check', '-f', SEED, '--fail-on', 'never']).status).toBe(0);
  });

  it('writes JSON and SARIF that validate', () => {
    const json = runCli(['check', '-f', SEED, '--format', 'json']);
    const report = JSON.parse(json.stdout);
    expect(validateReport(report), errorsOf(validateReport.errors)).toBe(true);
    expect(report.findings.every((f: { file: string }) => f.file === SEED)).toBe(true);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rr-cli-')), 'r.sarif');
    const sarif = runCli(['check', '-f', SEED, '--format', 'sarif', '--output', out]);
    expect(sarif.status).toBe(1);
    expect(sarif.stdout).toBe('');
    const log = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(validateSarif(log), errorsOf(validateSarif.errors)).toBe(true);
    expect(log.runs[0].results.length).toBe(report.findings.length);
  });

  it('prints workflow commands with --format github', () => {
    const r = runCli(['check', '-f', SEED, '--format', 'github']);
    const image = locate(SEED, 'redis:alpine');
    expect(r.stdout).toMatch(
      new RegExp(
        `^::warning title=image-unpinned,file=${SEED},line=${image.line},col=${image.column}(,endColumn=\\d+)?::`,
        'm',
      ),
    );
  });

  it('resolves paths from the working directory', () => {
    const r = runCli(['check', '-f', 'docker-compose.yml', '--format', 'json'], {
      cwd: path.join(REPO, 'examples/seed-stack'),
    });
    expect(JSON.parse(r.stdout).findings[0].file).toBe('docker-compose.yml');
  });
});

describe('redis-readiness on bad input and usage', () => {
  it('exits 2 with one clear message for a missing file', () => {
    const r = runCli(['check', '-f', 'nope/compose.yml']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^redis-readiness: .*nope\/compose\.yml/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('exits 2 naming file and line for malformed YAML', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-cli-bad-'));
    fs.writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  redis:\n    image: "redis\n');
    const r = runCli(['check'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^redis-readiness: compose\.yaml:\d+:\d+: /);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('exits 2 on bad usage, 0 on --help and --version', () => {
    const bad = runCli(['check', '--format', 'xml']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(
      "redis-readiness: --format must be one of text, json, github, sarif; got 'xml'.\n",
    );
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('redis-readiness check [options]');
    const version = runCli(['--version']);
    expect(version.stdout).toBe(
      `redis-readiness ${JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version}\n`,
    );
  });
});

describe('redis-readiness config --format json', () => {
  it('prints the resolved project in the shape of docker compose config', () => {
    const r = runCli(['config', '-f', SEED, '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(Object.keys(config.services).sort()).toEqual(['backend', 'redis', 'worker']);
    expect(config.services.redis.image).toBe('redis:alpine');
    expect(config.volumes).toHaveProperty('redis_data');
  });
});
