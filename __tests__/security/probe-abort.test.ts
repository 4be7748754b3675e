/**
 * SIGINT in the middle of the persistence probe: the probe logic stops first
 * (no `up`, `kill` or `start` after "tearing down"), then the teardown
 * removes everything, and nothing comes back afterwards. Runs the built CLI.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle, REPO } from '../action/harness.js';
import { engineChanges, engineSnapshot, leftovers, requireEngine } from '../probes/helpers.js';

beforeAll(() => {
  requireEngine();
  ensureBundle();
}, 600_000);

/** A line a probe prints when one of its commands finished, or when it waits to try again. */
const STEP_LINE = /^((up|restart|kill|start|stop|down)\b.*: exit |waiting for )/m;

describe('the CLI on SIGINT mid-probe', () => {
  it('stops the probes before tearing down, and nothing is re-created afterwards', async () => {
    const before = engineSnapshot();
    const cli = spawn(
      'node',
      [
        path.join(REPO, 'bin/redis-readiness.js'),
        'check',
        '-f',
        'examples/production-ready/docker-compose.yml',
        '--probes',
        'health,persistence',
        '--pull',
        'never',
      ],
      {
        cwd: REPO,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          REDIS_PASSWORD: 'Abort-test-password-77',
        },
      },
    );
    let stderr = '';
    cli.stderr.on('data', (d) => (stderr += String(d)));
    const exited = new Promise<number | null>((resolve) => cli.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 120_000;
    // Mid-probe: the persistence probe has restarted Redis and goes on to re-create it.
    while (Date.now() < deadline && !/^restart redis: exit/m.test(stderr)) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const project = /compose project (redis-readiness-[a-z0-9]+)/.exec(stderr)?.[1] ?? '';
    expect(project, stderr).not.toBe('');
    cli.kill('SIGINT');
    expect(await exited).toBe(130);
    const after = stderr.slice(stderr.indexOf(`SIGINT: tearing down ${project}`));
    expect(after, stderr).toContain('tearing down');
    expect(after, 'a probe step ran after the teardown began').not.toMatch(STEP_LINE);
    // A compose command that outlived the CLI would re-create the container now.
    await new Promise((r) => setTimeout(r, 5000));
    expect(leftovers(project)).toEqual([]);
    expect(await engineChanges(before, project)).toEqual([]);
  }, 300_000);
});
