// needs: engine compose
import { beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_MISMATCH_RULE } from '../../src/probes/config.js';
import { requireEngine } from './helpers.js';
import { probeFixture, result } from './run-helpers.js';

const WORKER_PASSWORD = 'Rr-probe-worker-5e8d21c0b7a4';

const LONG = 300_000;

describe('probes that fail, each in its own way', () => {
  beforeAll(() => requireEngine());

  it.concurrent(
    'auth fails without a password and says who could connect',
    async () => {
      const run = await probeFixture('no-password', ['health', 'ping', 'auth']);
      expect(result(run, 'health').status).toBe('pass');
      expect(result(run, 'ping').status).toBe('pass');
      const auth = result(run, 'auth');
      expect(auth.status).toBe('fail');
      expect(auth.summary).toMatch(/no password/);
      expect(auth.summary).toMatch(/worker/);
      expect(run.run.logs.redis?.length).toBeGreaterThan(0);
    },
    LONG,
  );

  it.concurrent(
    'network fails when a consumer URL carries the wrong password',
    async () => {
      const run = await probeFixture('wrong-consumer-password', ['auth', 'network']);
      expect(result(run, 'auth').status).toBe('pass');
      const network = result(run, 'network');
      expect(network.status).toBe('fail');
      expect(network.summary).toMatch(/worker CELERY_BROKER_URL cannot use redis:6379/);
      expect(network.summary).toMatch(/WRONGPASS|AUTH failed/);
      expect(run.text).not.toContain('not-the-server-password');
    },
    LONG,
  );

  it.concurrent(
    'health fails when the healthcheck reports healthy while printing NOAUTH',
    async () => {
      const run = await probeFixture('health-ignores-auth', ['health', 'ping']);
      const health = result(run, 'health');
      expect(health.status).toBe('fail');
      expect(health.summary).toMatch(/healthy while its check prints NOAUTH/);
      expect(result(run, 'ping').status).toBe('pass');
    },
    LONG,
  );

  it.concurrent(
    'network fails when Redis is bound to loopback, though it is healthy',
    async () => {
      const run = await probeFixture('bind-loopback', ['health', 'network']);
      expect(result(run, 'health').status).toBe('pass');
      const network = result(run, 'network');
      expect(network.status).toBe('fail');
      expect(network.summary).toMatch(/Could not connect|Connection refused/);
      expect(network.summary).toMatch(/loopback/);
    },
    LONG,
  );

  it.concurrent(
    'health fails for a container that never gets healthy, and everything is still torn down',
    async () => {
      const run = await probeFixture('never-healthy', ['health', 'ping'], { timeoutSeconds: 20 });
      const health = result(run, 'health');
      expect(health.status).toBe('fail');
      // Judged as the engine would, by as many failures in a row as retries
      // allows, without waiting for the engine's own interval.
      expect(health.summary).toMatch(/not healthy \(status: unhealthy\): its check failed 2 times/);
      expect(health.summary).toMatch(/Could not connect to Redis at 127\.0\.0\.1:6390/);
      expect(health.evidence.join('\n')).toMatch(/check 2: exit 1/);
      // The server itself answers: the healthcheck is what is wrong.
      expect(result(run, 'ping').status).toBe('pass');
      expect(run.run.logs.redis?.join('\n')).toMatch(/Ready to accept connections/);
    },
    LONG,
  );

  it.concurrent(
    'auth fails when the consumer ACL user has no channel permission (SUBSCRIBE refused)',
    async () => {
      const run = await probeFixture('acl-no-channels', ['auth', 'network']);
      const auth = result(run, 'auth');
      expect(auth.status).toBe('fail');
      expect(auth.summary).toMatch(/ACL user worker cannot PUBLISH/);
      expect(auth.summary).toMatch(/ACL user worker cannot SUBSCRIBE/);
      expect(auth.evidence.join('\n')).toMatch(/user worker: LPUSH to a queue -> allowed/);
      expect(auth.evidence.join('\n')).toMatch(/user worker: SET a result with expiry -> allowed/);
      // The worker's credentials themselves work over the network.
      expect(result(run, 'network').status).toBe('pass');
      expect(run.text).not.toContain(WORKER_PASSWORD);
    },
    LONG,
  );

  it.concurrent(
    "Redis that never starts: the server's own last log line, and the others skipped for that cause",
    async () => {
      const run = await probeFixture('bad-args', ['health', 'ping', 'auth', 'persistence'], {
        timeoutSeconds: 20,
      });
      const health = result(run, 'health');
      expect(health.status).toBe('fail');
      expect(health.summary).toMatch(
        /^the container is exited \(exit code 1\): Redis is not running; its last log line: .*wrong number of arguments/,
      );
      for (const probe of ['ping', 'auth', 'persistence'] as const) {
        const r = result(run, probe);
        expect(r.status).toBe('skip');
        expect(r.summary).toMatch(/^not run: the container is exited .*wrong number of arguments/);
        expect(r.summary).not.toMatch(/password/);
      }
    },
    LONG,
  );

  it.concurrent(
    'config reports a disagreement between the server and the static model as a finding',
    async () => {
      // The model says maxmemory 128mb; the server was started with 64mb.
      const run = await probeFixture('ready', ['config'], {
        editModel: (redis) => {
          const service = redis.services.find((s) => s.name === 'redis')!;
          service.directives = service.directives.map((d) =>
            d.name === 'maxmemory' ? { ...d, args: ['128mb'] } : d,
          );
        },
      });
      const config = result(run, 'config');
      expect(config.status).toBe('fail');
      expect(config.summary).toMatch(/disagrees with the configuration on maxmemory/);
      expect(run.run.findings).toHaveLength(1);
      expect(run.run.findings[0]).toMatchObject({
        rule: CONFIG_MISMATCH_RULE,
        severity: 'warning',
        service: 'redis',
      });
      expect(run.run.findings[0]!.message).toMatch(/maxmemory "67108864".*"128mb"/);
      expect(run.run.findings[0]!.pos.file).toMatch(/ready\/compose\.yaml$/);
    },
    LONG,
  );
});
