// needs: engine compose
import { beforeAll, describe, expect, it } from 'vitest';
import { requireEngine } from './helpers.js';
import { probeFixture, result } from './run-helpers.js';

const LONG = 300_000;

describe('persistence probe', () => {
  beforeAll(() => requireEngine());

  it.concurrent(
    'fails when the data dir is on no volume (8.6+ image): re-creation loses the data',
    async () => {
      const run = await probeFixture('no-volume', ['persistence']);
      const p = result(run, 'persistence');
      expect(p.status).toBe('fail');
      expect(p.evidence.join('\n')).toMatch(/data dir on container layer/);
      expect(p.evidence.join('\n')).toMatch(/1\. restart: kept 3\/3/);
      expect(p.evidence.join('\n')).toMatch(
        /2\. re-create .*kept 0\/3, LOST string, queue, result/,
      );
      expect(p.evidence.join('\n')).toMatch(/3\. down and up: not run/);
      expect(p.summary).toMatch(/re-creating the container lost .*mount a named volume/);
    },
    LONG,
  );

  it.concurrent(
    'fails with save "" and no AOF: a restart loses the data',
    async () => {
      const run = await probeFixture('save-disabled', ['persistence']);
      const p = result(run, 'persistence');
      expect(p.status).toBe('fail');
      expect(p.evidence.join('\n')).toMatch(/AOF off, no RDB save points/);
      expect(p.evidence.join('\n')).toMatch(/1\. restart: kept 0\/3, LOST/);
      expect(p.summary).toMatch(/a restart lost string, queue, result/);
    },
    LONG,
  );

  it.concurrent(
    'reports, without failing, what a crash loses with RDB only',
    async () => {
      const run = await probeFixture('rdb-only', ['persistence']);
      const p = result(run, 'persistence');
      const evidence = p.evidence.join('\n');
      expect(evidence).toMatch(/AOF off, RDB save points "3600 1"/);
      expect(evidence).toMatch(/1\. restart: kept 3\/3/);
      expect(evidence).toMatch(/2\. re-create .*kept 3\/3/);
      expect(evidence).toMatch(/4\. SIGKILL: .*LOST/);
      expect(evidence).toMatch(/RDB only: a crash loses everything since the last snapshot/);
      expect(p.status).toBe('pass');
      expect(p.summary).toMatch(/as RDB-only allows/);
    },
    LONG,
  );
});
