// needs: engine compose
/**
 * Issue 13 §1: the post step trusts nothing it reads back. A state forged
 * through an injected `::save-state` (or edited on the runner) names another
 * compose project, a command of its choice, or paths outside the runner's
 * temp dir: the real bundled post step warns and runs or deletes nothing.
 * A volume of a "victim" project on the real engine proves nothing ran.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle, runAction } from '../action/harness.js';
import { requireEngine } from '../probes/helpers.js';

const POST = 'dist/post/index.js';
const victim = `victim-${randomBytes(4).toString('hex')}`;
const victimVolume = `${victim}_data`;
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-sec-outside-'));
const canary = path.join(outside, 'ran');

beforeAll(() => {
  ensureBundle();
  requireEngine();
  execFileSync('docker', [
    'volume',
    'create',
    '--label',
    `com.docker.compose.project=${victim}`,
    victimVolume,
  ]);
}, 600_000);

afterAll(() => {
  execFileSync('docker', ['volume', 'rm', '-f', victimVolume]);
  fs.rmSync(outside, { recursive: true, force: true });
});

function post(state: unknown, inputs: Record<string, string> = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-action-'));
  const raw = typeof state === 'string' ? state : JSON.stringify(state);
  return runAction(inputs, { entry: POST, tmp, env: { 'STATE_probe-state': raw } });
}

const volumeExists = () =>
  execFileSync('docker', ['volume', 'ls', '-q', '--filter', `name=^${victimVolume}$`], {
    encoding: 'utf8',
  }).trim() === victimVolume;

const warnings = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning'));

describe('the post step with a forged probe state', () => {
  it('refuses a project name that is not one of ours (the victim volume survives)', () => {
    const r = post({
      composeCommand: ['docker', 'compose'],
      projectName: victim,
      tempPaths: [],
      workingDir: outside,
    });
    expect(r.status).toBe(0);
    expect(warnings(r.stdout).join('\n')).toMatch(/probe state.*project name/i);
    expect(volumeExists()).toBe(true);
  });

  it('refuses a compose command it neither detects nor was given (nothing runs)', () => {
    const r = post({
      composeCommand: ['sh', '-c', `touch ${canary}`, '--'],
      projectName: 'redis-readiness-abc12345',
      tempPaths: [],
      workingDir: outside,
    });
    expect(warnings(r.stdout).join('\n')).toMatch(/probe state.*compose command/i);
    expect(fs.existsSync(canary)).toBe(false);
  });

  it('refuses temp paths outside the runner temp dir or without its prefix (nothing deleted)', () => {
    const keep = path.join(outside, 'keep');
    fs.mkdirSync(keep, { recursive: true });
    const r = post({
      composeCommand: ['docker', 'compose'],
      projectName: 'redis-readiness-abc12345',
      tempPaths: [keep, path.join(os.tmpdir(), 'redis-readiness-x', '..', path.basename(outside))],
      workingDir: outside,
    });
    expect(warnings(r.stdout).join('\n')).toMatch(/probe state.*temp/i);
    expect(fs.existsSync(keep)).toBe(true);
  });

  it("refuses volume names that are neither anonymous nor the project's own (the victim volume survives)", () => {
    const r = post({
      composeCommand: ['docker', 'compose'],
      projectName: 'redis-readiness-abc12345',
      tempPaths: [],
      workingDir: outside,
      volumes: [victimVolume],
    });
    expect(warnings(r.stdout).join('\n')).toMatch(/probe state.*volumes/i);
    expect(volumeExists()).toBe(true);
  });

  it('refuses a state that is not the JSON it wrote', () => {
    const r = post('{"projectName": 5');
    expect(r.status).toBe(0);
    expect(warnings(r.stdout).join('\n')).toMatch(/probe state/i);
  });

  it("tears down a state of its own: its temp dir under the runner's temp dir goes", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-action-'));
    const own = fs.mkdtempSync(path.join(tmp, 'redis-readiness-'));
    const r = runAction(
      {},
      {
        entry: POST,
        tmp,
        env: {
          'STATE_probe-state': JSON.stringify({
            composeCommand: ['docker', 'compose'],
            projectName: `redis-readiness-${Date.now().toString(36)}${randomBytes(4).toString('hex')}`,
            tempPaths: [own],
            workingDir: tmp,
          }),
        },
      },
    );
    expect(warnings(r.stdout), r.stdout).toEqual([]);
    expect(fs.existsSync(own)).toBe(false);
  });
});
