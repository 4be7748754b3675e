// needs: engine compose
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle, parseCommandFile, REPO, runAction } from './harness.js';

const READY = 'examples/production-ready/docker-compose.yml';
const PASSWORD = 'Probe-e2e-distinctive-77';

function requireEngine(): void {
  const info = spawnSync('docker', ['info'], { encoding: 'utf8', timeout: 30_000 });
  if (info.status !== 0) {
    throw new Error(
      'No Docker engine answers `docker info`: run `bash .ci/rig/install-engine.sh` (and .ci/rig/build-redis-image.sh) first.',
    );
  }
}

/** Containers, volumes and networks that carry the compose project label of `project`. */
function leftovers(project: string): string[] {
  const label = `label=com.docker.compose.project=${project}`;
  const list = (args: string[]) =>
    execFileSync('docker', args, { encoding: 'utf8' }).split('\n').filter(Boolean);
  return [
    ...list(['ps', '-aq', '--filter', label]).map((c) => `container ${c}`),
    ...list(['volume', 'ls', '-q', '--filter', label]).map((v) => `volume ${v}`),
    ...list(['network', 'ls', '-q', '--filter', label]).map((n) => `network ${n}`),
  ];
}

beforeAll(() => {
  requireEngine();
  ensureBundle();
}, 600_000);

describe('the bundled action with probes', () => {
  it('runs the probes, reports them with timings, and leaves nothing behind', () => {
    const r = runAction(
      { 'compose-file': READY, probes: 'health,ping,auth', pull: 'never', timeout: '90' },
      { env: { REDIS_PASSWORD: PASSWORD } },
    );
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const probes = JSON.parse(r.outputs.probes!);
    expect(probes.map((p: { probe: string; status: string }) => `${p.probe}:${p.status}`)).toEqual([
      'health:pass',
      'ping:pass',
      'auth:pass',
    ]);
    expect(r.summary).toMatch(/\| ping \| redis \| ✅ pass \| [\d.]+ (ms|s) \|/);
    const report = JSON.parse(fs.readFileSync(r.outputs['report-json']!, 'utf8'));
    expect(report.probes).toHaveLength(3);
    const state = JSON.parse(r.state['probe-state']!);
    expect(state.projectName).toMatch(/^redis-readiness-/);
    expect(leftovers(state.projectName)).toEqual([]);
    for (const text of [
      r.stdout.replace(/^::add-mask::.*$/gm, ''),
      r.summary,
      fs.readFileSync(r.outputs['report-json']!, 'utf8'),
    ]) {
      expect(text).not.toContain(PASSWORD);
    }
  }, 300_000);

  it('reports a failed probe with its evidence and the masked container log in the summary', () => {
    const r = runAction(
      {
        'compose-file': 'examples/seed-stack/docker-compose.yml',
        probes: 'health',
        pull: 'never',
        timeout: '90',
        'fail-on': 'never',
      },
      { env: { REDIS_PASSWORD: PASSWORD } },
    );
    // fail-on never: the verdict passes, yet the probe's failure is reported.
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const [health] = JSON.parse(r.outputs.probes!);
    expect(health).toMatchObject({ probe: 'health', service: 'redis', status: 'fail' });
    expect(r.summary).toMatch(/\| health \| redis \| ❌ fail \|/);
    expect(r.summary).toContain('NOAUTH');
    expect(r.summary).toMatch(/<summary>redis: last \d+ log lines<\/summary>/);
    expect(r.summary).not.toContain(PASSWORD);
    expect(leftovers(JSON.parse(r.state['probe-state']!).projectName)).toEqual([]);
  }, 300_000);

  it('post tears down what a killed main left running', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-post-'));
    for (const f of ['summary.md', 'output', 'state']) fs.writeFileSync(path.join(tmp, f), '');
    const main = spawn('node', [path.join(REPO, 'dist/index.js')], {
      cwd: REPO,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GITHUB_WORKSPACE: REPO,
        GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md'),
        GITHUB_OUTPUT: path.join(tmp, 'output'),
        GITHUB_STATE: path.join(tmp, 'state'),
        RUNNER_TEMP: tmp,
        REDIS_PASSWORD: PASSWORD,
        'INPUT_COMPOSE-FILE': READY,
        INPUT_PROBES: 'health,ping,persistence',
        INPUT_PULL: 'never',
      },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => main.on('exit', resolve));
    // Wait until main has saved its state and the container exists, then kill it as a cancelled job would.
    let project = '';
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const saved = parseCommandFile(fs.readFileSync(path.join(tmp, 'state'), 'utf8'))[
        'probe-state'
      ];
      if (saved) project = JSON.parse(saved).projectName;
      if (project && leftovers(project).some((l) => l.startsWith('container'))) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    main.kill('SIGKILL');
    await exited;
    expect(project).not.toBe('');
    expect(leftovers(project).length).toBeGreaterThan(0);

    const post = runAction(
      {},
      {
        entry: 'dist/post/index.js',
        env: {
          [`STATE_probe-state`]: parseCommandFile(fs.readFileSync(path.join(tmp, 'state'), 'utf8'))[
            'probe-state'
          ]!,
        },
      },
    );
    expect(post.status, post.stdout + post.stderr).toBe(0);
    expect(post.stdout).toContain(`tearing down compose project ${project}`);
    expect(leftovers(project)).toEqual([]);
  }, 300_000);
});
