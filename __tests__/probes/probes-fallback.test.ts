// needs: engine compose
/**
 * The in-container fallback on a real engine, for the case it exists for: a
 * runner that cannot reach the containers' addresses (Docker Desktop,
 * rootless Docker, a remote DOCKER_HOST) while the engine answers. The CLI
 * runs in a network namespace of its own (`unshare -rn`: nothing but a
 * loopback that is down), so every connection to a container address fails
 * at once, and the engine still answers on its unix socket.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle, REPO } from '../action/harness.js';
import { ALL_PROBES } from '../../src/probes/types.js';
import {
  engineChanges,
  engineSnapshot,
  FIXTURE_PASSWORD,
  FIXTURES,
  leftovers,
  requireEngine,
} from './helpers.js';

const LONG = 300_000;

/**
 * How to start a command in a network namespace of its own: `unshare -rn`
 * (an unprivileged user namespace), else `sudo -n unshare -n` (GitHub's
 * Ubuntu 24.04 runners restrict unprivileged user namespaces; their sudo
 * asks no password).
 */
function networkNamespacePrefix(): string[] {
  const host = process.env.DOCKER_HOST;
  const tried: string[] = [];
  if (!host || host.startsWith('unix://')) {
    for (const prefix of [
      ['unshare', '-rn'],
      ['sudo', '-n', 'unshare', '-n'],
    ]) {
      const r = spawnSync(prefix[0]!, [...prefix.slice(1), 'true'], { encoding: 'utf8' });
      if (r.status === 0) return prefix;
      tried.push(`${prefix.join(' ')}: ${(r.stderr || r.error?.message || '').trim()}`);
    }
  }
  throw new Error(
    'This test runs the CLI in a network namespace of its own and needs the engine on a unix socket: ' +
      'install util-linux and allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1; on Ubuntu 24.04 ' +
      'kernel.apparmor_restrict_unprivileged_userns=0), or passwordless sudo; leave DOCKER_HOST unset or unix://. ' +
      `(${tried.join('; ') || `DOCKER_HOST is ${host}`})`,
  );
}

describe('probes through the in-container fallback', () => {
  let isolated: string[] = [];
  beforeAll(() => {
    requireEngine();
    isolated = networkNamespacePrefix();
    ensureBundle();
  }, 600_000);

  it(
    'pass every probe when the runner cannot reach the container, and say so in the evidence',
    async () => {
      const before = engineSnapshot();
      const r = spawnSync(
        isolated[0]!,
        [
          ...isolated.slice(1),
          process.execPath,
          join(REPO, 'dist/cli/index.js'),
          'check',
          '--probes',
          'all',
          '--pull',
          'never',
          '--format',
          'json',
        ],
        { cwd: join(FIXTURES, 'ready'), encoding: 'utf8', timeout: LONG },
      );
      const projectName = /as compose project (redis-readiness-[a-z0-9]+)/.exec(r.stderr)?.[1];
      expect(projectName, r.stderr).toBeDefined();
      expect(leftovers(projectName!)).toEqual([]);
      expect(await engineChanges(before, projectName)).toEqual([]);
      expect(`${r.stdout}${r.stderr}`).not.toContain(FIXTURE_PASSWORD);

      const report = JSON.parse(r.stdout) as {
        probes: { probe: string; status: string; summary: string; evidence: string[] }[];
      };
      const fallback =
        /the runner cannot reach the container's address [\d.]+ \(.*ENETUNREACH.*\): using redis-cli inside the container instead/;
      for (const probe of ALL_PROBES) {
        const p = report.probes.find((x) => x.probe === probe);
        expect({ probe, status: p?.status, summary: p?.summary }).toMatchObject({
          status: 'pass',
        });
        expect(p!.evidence.join('\n'), probe).toMatch(fallback);
      }
      const by = (probe: string) => report.probes.find((x) => x.probe === probe)!;
      expect(by('ping').summary).toMatch(/through redis-cli in the container$/);
      expect(by('network').evidence.join('\n')).toMatch(
        /worker CELERY_BROKER_URL: redis:6379 on network default \(helper container\) -> PONG/,
      );
      expect(by('persistence').evidence.join('\n')).toMatch(/4\. SIGKILL: .*kept 3\/3/);
    },
    LONG,
  );
});
