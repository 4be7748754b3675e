// needs: engine compose
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_PROBES } from '../../src/probes/types.js';
import { requireEngine } from './helpers.js';
import { probeFixture, result } from './run-helpers.js';

const IMAGE = 'redis-readiness/redis-standin:nocli';

describe('probes on an image without redis-cli', () => {
  beforeAll(() => {
    requireEngine();
    try {
      execFileSync('docker', ['image', 'inspect', IMAGE], { stdio: 'pipe' });
    } catch {
      throw new Error(`The image ${IMAGE} is missing: run .ci/rig/build-redis-image.sh`);
    }
    // The point of the test: there really is no client tool in the image.
    const found = execFileSync(
      'docker',
      [
        'run',
        '--rm',
        '--network',
        'none',
        '--entrypoint',
        'sh',
        IMAGE,
        '-c',
        'command -v redis-cli || echo none',
      ],
      { encoding: 'utf8' },
    );
    expect(found.trim()).toBe('none');
  });

  it('passes every probe, with no client tool in any image', async () => {
    const run = await probeFixture('no-cli', [...ALL_PROBES]);
    for (const probe of ALL_PROBES) {
      const r = result(run, probe);
      expect({ probe, status: r.status, summary: r.summary }).toMatchObject({ status: 'pass' });
    }
    expect(result(run, 'ping').evidence.join('\n')).toMatch(/connected from the runner to /);
    expect(result(run, 'ping').evidence.join('\n')).toMatch(/queue round trip: pass/);
    expect(result(run, 'ping').evidence.join('\n')).toMatch(/Pub\/Sub round trip: pass/);
    expect(result(run, 'network').evidence.join('\n')).toMatch(
      /worker CELERY_RESULT_BACKEND: redis:6379 on network default \(\d+\.\d+\.\d+\.\d+\) -> PONG/,
    );
    const persistence = result(run, 'persistence').evidence.join('\n');
    expect(persistence).toMatch(/1\. restart: kept 3\/3/);
    expect(persistence).toMatch(/4\. SIGKILL: .*kept 3\/3.*kept 3\/3/);
    expect(run.text).not.toMatch(/redis-cli/);
  }, 300_000);
});
