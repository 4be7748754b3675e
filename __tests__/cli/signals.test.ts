// needs: engine compose
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle, REPO } from '../action/harness.js';

beforeAll(() => {
  const info = spawnSync('docker', ['info'], { encoding: 'utf8', timeout: 30_000 });
  if (info.status !== 0) {
    throw new Error(
      'No Docker engine answers `docker info`: run `bash .ci/rig/install-engine.sh` first.',
    );
  }
  ensureBundle();
}, 600_000);

function leftovers(project: string): string[] {
  const label = `label=com.docker.compose.project=${project}`;
  return ['ps -aq', 'volume ls -q', 'network ls -q'].flatMap((cmd) =>
    execFileSync('docker', [...cmd.split(' '), '--filter', label], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean),
  );
}

describe('the CLI on SIGINT', () => {
  it('tears down the probe project and exits 130', async () => {
    const cli = spawn(
      'node',
      [
        path.join(REPO, 'bin/redis-readiness.js'),
        'check',
        '-f',
        'examples/production-ready/docker-compose.yml',
        '--probes',
        'health,ping,persistence',
        '--pull',
        'never',
      ],
      {
        cwd: REPO,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          REDIS_PASSWORD: 'Signal-test-password-55',
        },
      },
    );
    let stderr = '';
    cli.stderr.on('data', (d) => (stderr += String(d)));
    const exited = new Promise<number | null>((resolve) => cli.on('exit', (code) => resolve(code)));
    let project = '';
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      project = /compose project (redis-readiness-[a-z0-9]+)/.exec(stderr)?.[1] ?? '';
      if (project && leftovers(project).length > 0) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(project, stderr).not.toBe('');
    cli.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain(`SIGINT: tearing down ${project}`);
    expect(leftovers(project)).toEqual([]);
  }, 300_000);
});
