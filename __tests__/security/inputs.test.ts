/**
 * Issue 13 §6: inputs and the reusable workflow. The real bundled action and
 * CLI: `timeout` is a whole number of seconds in 1..3600 (a clear message
 * naming the input); two steps in one job write their own report files; `-o`
 * to a directory or to an impossible place is a usage error, in bounded time.
 * The reusable workflow writes GITHUB_ENV with a random delimiter and keeps the
 * secret out of the steps that do not need it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ensureBundle, REPO, runAction, runCli } from '../action/harness.js';

const SEED = 'examples/seed-stack/docker-compose.yml';

beforeAll(() => ensureBundle(), 600_000);

describe('timeout', () => {
  it.each(['2.5', '0', '-3', '3000000', 'soon', '1e3'])(
    "the action refuses timeout '%s', naming the input",
    (value) => {
      const r = runAction({ 'compose-file': SEED, probes: 'none', timeout: value });
      expect(r.status).toBe(2);
      expect(r.stdout).toMatch(
        /^::error title=redis-readiness::input 'timeout' must be a whole number of seconds from 1 to 3600/m,
      );
    },
  );

  it('the CLI too, and takes 120 and 120s', () => {
    const bad = runCli(['check', '-f', SEED, '--timeout', '2.5']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--timeout must be a whole number of seconds from 1 to 3600/);
    for (const ok of ['120', '120s', '3600']) {
      const r = runCli(['check', '-f', SEED, '--timeout', ok, '--fail-on', 'never']);
      expect(r.status, r.stderr).toBe(0);
    }
  });
});

describe('report files', () => {
  it('two steps of one job (same RUNNER_TEMP) write their own JSON and SARIF', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-action-'));
    const first = runAction(
      { 'compose-file': SEED, probes: 'none' },
      { tmp, env: { GITHUB_ACTION: 'redis-a' } },
    );
    const second = runAction(
      { 'compose-file': 'examples/production-ready/docker-compose.yml', probes: 'none' },
      { tmp, env: { GITHUB_ACTION: 'redis-b' } },
    );
    // GITHUB_OUTPUT is shared here: the second step's outputs are the last lines.
    const firstJson = first.outputs['report-json']!;
    const secondJson = second.outputs['report-json']!;
    expect(firstJson).not.toBe(secondJson);
    expect(first.outputs.sarif).not.toBe(second.outputs.sarif);
    for (const f of [firstJson, secondJson, first.outputs.sarif!, second.outputs.sarif!])
      expect(path.dirname(f)).toBe(tmp);
    const a = JSON.parse(fs.readFileSync(firstJson, 'utf8'));
    const b = JSON.parse(fs.readFileSync(secondJson, 'utf8'));
    expect(a.project.files[0]).toContain('seed-stack');
    expect(b.project.files[0]).toContain('production-ready');
  });
});

describe('-o', () => {
  it('to a directory: a usage error (exit 2), not an internal error', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-sec-out-'));
    const r = runCli(['check', '-f', SEED, '-o', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is a directory/);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it('to /proc/nope/x: a usage error in bounded time (no endless loop)', () => {
    // Not the harness: a synchronous endless loop ignores SIGTERM, so kill it outright.
    const r = spawnSync(
      'node',
      [path.join(REPO, 'bin/redis-readiness.js'), 'check', '-f', SEED, '-o', '/proc/nope/x'],
      { cwd: REPO, encoding: 'utf8', timeout: 20_000, killSignal: 'SIGKILL' },
    );
    expect(r.signal, 'still running after 20 s').toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot write the report to \/proc\/nope\/x/);
    expect(r.stderr).not.toMatch(/internal error/);
  }, 60_000);
});

describe('the reusable workflow', () => {
  const workflow = parse(
    fs.readFileSync(path.join(REPO, '.github/workflows/redis-readiness.yml'), 'utf8'),
  );
  const steps: {
    name?: string;
    uses?: string;
    run?: string;
    if?: string;
    env?: Record<string, string>;
  }[] = workflow.jobs.check.steps;

  it('writes GITHUB_ENV in the delimiter form, with a random delimiter', () => {
    const exporting = steps.filter((s) => s.run?.includes('GITHUB_ENV'));
    expect(exporting.length).toBeGreaterThan(0);
    for (const s of exporting) {
      // No `NAME=value` line: a value with a newline would add variables.
      expect(s.run).not.toMatch(/echo\s+"\$\w+=\$/);
      expect(s.run).toMatch(/<</);
      expect(s.run).toMatch(/openssl rand|\/dev\/urandom|uuidgen/);
    }
  });

  it('keeps the secret out of steps that do not need it', () => {
    for (const s of steps) {
      const text = JSON.stringify(s);
      if (s.uses?.includes('upload-sarif') || s.uses?.includes('checkout'))
        expect(text, s.name).not.toMatch(/secrets\./);
    }
    // What GITHUB_ENV holds reaches every later step: it is emptied right after the check.
    const check = steps.findIndex((s) => s.uses === './.redis-readiness-action');
    const upload = steps.findIndex((s) => s.uses?.includes('upload-sarif'));
    const clear = steps.findIndex(
      (s, i) => i > check && s.run?.includes('GITHUB_ENV') && /always\(\)/.test(String(s.if)),
    );
    expect(check).toBeGreaterThanOrEqual(0);
    expect(clear, 'no step empties the exported password after the check').toBeGreaterThan(check);
    expect(clear).toBeLessThan(upload);
  });
});
