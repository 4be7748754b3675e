// needs: engine compose
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_PROBES } from '../../src/probes/types.js';
import { requireEngine } from './helpers.js';
import { probeFixture, result } from './run-helpers.js';

const LONG = 300_000;

describe('probes on a production-ready project', () => {
  beforeAll(() => requireEngine());

  it.concurrent(
    'passes every probe, and never emits the password even without masking',
    async () => {
      // An identity mask: the password must not be there to begin with.
      const run = await probeFixture('ready', [...ALL_PROBES], { mask: (t) => t });
      for (const probe of ALL_PROBES) {
        const r = result(run, probe);
        expect({ probe, status: r.status, summary: r.summary }).toMatchObject({ status: 'pass' });
        expect(r.durationMs).toBeGreaterThanOrEqual(0);
      }
      expect(result(run, 'ping').summary).toMatch(/^PONG.*Redis \d+\.\d+\.\d+ \(standalone\)/);
      const persistence = result(run, 'persistence').evidence.join('\n');
      expect(persistence).toMatch(/AOF on \(appendfsync everysec\).*named volume/);
      expect(persistence).toMatch(/1\. restart: kept 3\/3/);
      expect(persistence).toMatch(/2\. re-create .*kept 3\/3/);
      expect(persistence).toMatch(/3\. down .*kept 3\/3/);
      expect(persistence).toMatch(/4\. SIGKILL: .*kept 3\/3.*kept 3\/3/);
      expect(result(run, 'network').evidence.join('\n')).toMatch(
        /worker CELERY_BROKER_URL: redis:6379 .* -> PONG/,
      );
      expect(run.run.findings).toEqual([]);
      expect(run.run.logs).toEqual({});
    },
    LONG,
  );

  it.concurrent(
    'probes two Redis services side by side, each step acting on its own service alone',
    async () => {
      const run = await probeFixture('two-servers', [...ALL_PROBES]);
      for (const service of ['broker', 'cache']) {
        for (const probe of ALL_PROBES) {
          const r = run.run.results.find((x) => x.service === service && x.probe === probe);
          expect({ service, probe, status: r?.status, summary: r?.summary }).toMatchObject({
            status: 'pass',
          });
        }
        const persistence = run.run.results.find(
          (x) => x.service === service && x.probe === 'persistence',
        )!;
        // The other service's down and up, re-creation and kill left this one's data alone.
        expect(persistence.evidence.join('\n')).toMatch(/3\. down .*kept 3\/3/);
      }
      // Results in the services' order, each service's in the probes' order.
      expect(run.run.results.map((r) => r.service)).toEqual([
        ...ALL_PROBES.map(() => 'broker'),
        ...ALL_PROBES.map(() => 'cache'),
      ]);
      // Side by side: each service's persistence steps began before the other's probe ended.
      const at = (pattern: RegExp) => run.logLines.findIndex((l) => pattern.test(l));
      expect(at(/^restart cache:/)).toBeLessThan(at(/^probe persistence broker:/));
      expect(at(/^restart broker:/)).toBeLessThan(at(/^probe persistence cache:/));
    },
    LONG,
  );

  it.concurrent(
    'works when the host port the file publishes is already taken (publishing is removed)',
    async () => {
      const server: Server = createServer();
      await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
      const port = (server.address() as { port: number }).port;
      try {
        const run = await probeFixture('port-taken', ['health', 'ping', 'network'], {
          env: { TAKEN_PORT: String(port) },
        });
        expect(result(run, 'health').status).toBe('pass');
        expect(result(run, 'ping').status).toBe('pass');
        expect(result(run, 'network').status).toBe('pass');
        // Neither the user's fixed container name nor their named volume was used.
        const names = execFileSync('docker', ['ps', '-a', '--format', '{{.Names}}'], {
          encoding: 'utf8',
        });
        expect(names.split('\n')).not.toContain('redis');
        const volumes = execFileSync('docker', ['volume', 'ls', '--format', '{{.Name}}'], {
          encoding: 'utf8',
        });
        expect(volumes.split('\n')).not.toContain('redis-readiness-fixture-user-volume');
      } finally {
        server.close();
      }
    },
    LONG,
  );
});
