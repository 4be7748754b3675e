import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ComposeModel } from '../../src/compose/types.js';
import { buildOverride } from '../../src/probes/override.js';
import { FIXTURES, loadFixture, requireEngine } from './helpers.js';

/** The project as the real `docker compose config` merges it. */
function composeConfig(args: string[]): ComposeModel {
  const json = execFileSync('docker', ['compose', ...args, 'config', '--format', 'json'], {
    encoding: 'utf8',
  });
  return JSON.parse(json) as ComposeModel;
}

const model: ComposeModel = {
  name: 'shop',
  services: {
    redis: {
      image: 'redis:7',
      container_name: 'redis',
      ports: [{ target: 6379, published: '6379' }],
      volumes: [
        { type: 'bind', source: '/home/me/redis-data', target: '/data' },
        { type: 'bind', source: '/home/me/redis.conf', target: '/etc/redis.conf', read_only: true },
      ],
    },
    web: { image: 'web', ports: [{ target: 80, published: '8080' }] },
    worker: { image: 'worker' },
    cache: { image: 'redis:7', network_mode: 'host' },
    sidecar: { image: 'sidecar', network_mode: 'service:web' },
  },
  volumes: {
    shared: { name: 'company-shared', external: true },
    cache: { name: 'shop_cache' },
    nfs: { name: 'shop_nfs', driver_opts: { type: 'none', o: 'bind', device: '/srv/x' } },
  },
  networks: { default: { name: 'shop_default' }, backbone: { name: 'corp-net', external: true } },
};

describe('buildOverride', () => {
  const plan = buildOverride(model, 'redis-readiness-abc', [
    { service: 'redis', dataDir: '/data' },
  ]);
  // Structure only: the `!reset` tags themselves are checked in the text.
  const doc = parse(plan.text.replace(/!reset /g, '')) as Record<
    string,
    Record<string, Record<string, unknown>>
  >;

  it('removes host publishing from every service that publishes', () => {
    expect(plan.text).toMatch(/"redis":\n {4}ports: !reset \[\]/);
    expect(plan.text).toMatch(/"web":\n {4}ports: !reset \[\]/);
    expect(doc.services!.worker).toBeUndefined();
  });

  it('drops a fixed container_name so runs never collide with the user or each other', () => {
    expect(plan.text).toContain('container_name: !reset null');
  });

  it("takes a service off the host's network, and leaves other network modes", () => {
    expect(plan.text).toMatch(/"cache":\n {4}network_mode: !reset null/);
    expect(doc.services!.sidecar).toBeUndefined();
  });

  it('renames every volume and network into our project and makes none external', () => {
    for (const key of ['shared', 'cache', 'nfs']) {
      expect(doc.volumes![key]).toMatchObject({
        name: `redis-readiness-abc_${key}`,
        external: false,
      });
    }
    for (const key of ['default', 'backbone']) {
      expect(doc.networks![key]).toMatchObject({
        name: `redis-readiness-abc_${key}`,
        external: false,
      });
    }
    expect(plan.text).toMatch(/"nfs":\n.*\n.*\n {4}driver: local\n {4}driver_opts: !reset \{\}/);
  });

  it('puts a bind-mounted data directory on a fresh volume of ours, and leaves other binds', () => {
    expect(plan.replacedBinds).toEqual({ redis: 'redis-readiness-data-redis' });
    expect(doc.services!.redis!.volumes).toEqual([
      { type: 'volume', source: 'redis-readiness-data-redis', target: '/data' },
    ]);
    expect(doc.volumes!['redis-readiness-data-redis']).toEqual({});
  });
});

describe('the override, as real Compose reads it', () => {
  it('leaves no published port, no fixed container name and no user-named volume', async () => {
    requireEngine();
    const { project } = await loadFixture('port-taken');
    const dir = mkdtempSync(join(tmpdir(), 'redis-readiness-override-test-'));
    try {
      const file = join(dir, 'override.yml');
      writeFileSync(file, buildOverride(project.model, 'redis-readiness-t1', []).text);
      const fixture = join(FIXTURES, 'port-taken');
      const merged = composeConfig([
        '-p',
        'redis-readiness-t1',
        '--project-directory',
        fixture,
        '-f',
        join(fixture, 'compose.yaml'),
        '-f',
        file,
      ]);
      expect(project.model.services.redis!.ports).toHaveLength(1);
      expect(merged.services.redis!.ports ?? []).toEqual([]);
      expect(merged.services.redis!.container_name).toBeUndefined();
      expect(merged.volumes!.redis_data!.name).toBe('redis-readiness-t1_redis_data');
      expect(merged.volumes!.redis_data!.external ?? false).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("puts a network_mode: host service on the project network, off the runner's interfaces", () => {
    requireEngine();
    const dir = mkdtempSync(join(tmpdir(), 'redis-readiness-override-test-'));
    try {
      const compose = join(dir, 'compose.yaml');
      writeFileSync(compose, 'services:\n  redis:\n    image: redis:7\n    network_mode: host\n');
      const hostModel: ComposeModel = {
        name: 'h',
        services: { redis: { image: 'redis:7', network_mode: 'host' } },
      };
      const file = join(dir, 'override.yml');
      writeFileSync(file, buildOverride(hostModel, 'redis-readiness-t2', []).text);
      const merged = composeConfig(['-p', 'redis-readiness-t2', '-f', compose, '-f', file]);
      expect(merged.services.redis!.network_mode).toBeUndefined();
      expect(Object.keys(merged.services.redis!.networks ?? {})).toEqual(['default']);
      expect(merged.networks!.default!.name).toBe('redis-readiness-t2_default');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
