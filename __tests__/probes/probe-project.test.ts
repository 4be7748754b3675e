import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ComposeModel, ComposeProject } from '../../src/compose/types.js';
import { planIsolation } from '../../src/probes/isolation.js';
import { buildProbeProject } from '../../src/probes/probe-project.js';
import type { RedisServiceModel } from '../../src/redis/types.js';
import { requireEngine } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'redis-readiness-project-test-'));
mkdirSync(join(dir, 'conf'));
writeFileSync(join(dir, 'conf/redis.conf'), 'appendonly yes\n');
symlinkSync('/etc', join(dir, 'escape'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const model: ComposeModel = {
  name: 'shop',
  services: {
    redis: {
      image: 'redis:7',
      container_name: 'redis',
      command: ['redis-server', '--requirepass', 'pa$$word'],
      ports: [{ target: 6379, published: '6379' }],
      environment: { TZ: 'UTC', UNSET: null, LEAK: 'x-ghs_RunnerToken0123456789' },
      volumes: [
        { type: 'bind', source: join(dir, 'redis-data'), target: '/data/' },
        { type: 'bind', source: join(dir, 'conf/redis.conf'), target: '/etc/redis.conf' },
      ],
      sysctls: { 'net.core.somaxconn': '1024', 'kernel.shmmax': '1' },
      depends_on: { web: { condition: 'service_started', required: true } },
      cap_add: ['SYS_ADMIN'],
      labels: { a: 'b' },
    },
    cache: { image: 'redis:7', network_mode: 'host' },
    conf: {
      image: 'redis:7',
      volumes: [{ type: 'bind', source: join(dir, 'escape/passwd'), target: '/etc/x' }],
    },
    web: { image: 'web', ports: [{ target: 80, published: '8080' }] },
  },
  volumes: { shared: { name: 'company-shared', external: true } },
  networks: { default: { name: 'shop_default' }, backbone: { name: 'corp-net', external: true } },
};
const project = {
  model,
  workingDir: dir,
  environment: { GITHUB_TOKEN: 'ghs_RunnerToken0123456789' },
} as unknown as ComposeProject;
const server = (name: string): RedisServiceModel =>
  ({ name, service: model.services[name], dataDir: '/data' }) as RedisServiceModel;
const plan = planIsolation(project, [server('redis'), server('cache'), server('conf')]);
const text = buildProbeProject(plan, model, 'redis-readiness-t1');
const doc = JSON.parse(text) as {
  services: Record<string, Record<string, unknown>>;
  volumes: Record<string, unknown>;
  networks: Record<string, unknown>;
};

describe('the probe project, from the isolation plan', () => {
  it('holds only the probed Redis services: nothing else can start', () => {
    expect(Object.keys(doc.services).sort()).toEqual(['cache', 'redis']);
    expect(doc.services.redis!.depends_on).toBeUndefined();
  });

  it('publishes nothing, fixes no container name, keeps no label', () => {
    expect(doc.services.redis!.ports).toBeUndefined();
    expect(doc.services.redis!.container_name).toBeUndefined();
    expect(doc.services.redis!.labels).toBeUndefined();
  });

  it('drops cap_add and host-wide sysctls, keeps net.* sysctls, and says so', () => {
    expect(doc.services.redis!.cap_add).toBeUndefined();
    expect(doc.services.redis!.sysctls).toEqual({ 'net.core.somaxconn': '1024' });
    const dropped = plan.issues.filter((i) => i.action === 'dropped').map((i) => i.field);
    expect(dropped).toEqual(
      expect.arrayContaining(['cap_add', 'sysctls.kernel.shmmax', 'environment.LEAK']),
    );
  });

  it("never passes the runner's token, and leaves unset variables unset", () => {
    expect(text).not.toContain('ghs_RunnerToken');
    expect(doc.services.redis!.environment).toEqual({ TZ: 'UTC' });
  });

  it('replaces the bind-mounted data dir (trailing slash) with a fresh volume of ours', () => {
    expect(doc.services.redis!.volumes).toEqual([
      {
        type: 'bind',
        source: join(dir, 'conf/redis.conf'),
        target: '/etc/redis.conf',
        read_only: true,
        bind: { create_host_path: false },
      },
      { type: 'volume', source: 'redis-readiness-data-0', target: '/data' },
    ]);
    expect(plan.services.find((s) => s.name === 'redis')!.dataBindReplaced).toBe(true);
    expect(doc.volumes['redis-readiness-data-0']).toEqual({
      name: 'redis-readiness-t1_redis-readiness-data-0',
    });
  });

  it('refuses a bind mount that leaves the project through a symlink', () => {
    expect(plan.refused.get('conf')?.[0]?.reason).toMatch(/outside the project directory/);
  });

  it("takes a network_mode: host service off the runner's interfaces", () => {
    expect(doc.services.cache!.network_mode).toBeUndefined();
    expect(doc.services.cache!.networks).toEqual({ default: null });
  });

  it('renames every network into our project, none external', () => {
    expect(doc.networks).toMatchObject({
      default: { name: 'redis-readiness-t1_default' },
      backbone: { name: 'redis-readiness-t1_backbone' },
    });
    expect(text).not.toContain('external');
  });

  it('escapes $ so that compose reads every value as the model holds it', () => {
    requireEngine();
    const file = join(dir, 'probe.json');
    writeFileSync(file, text);
    const json = execFileSync(
      'docker',
      [
        'compose',
        '-p',
        'redis-readiness-t1',
        '--project-directory',
        dir,
        '-f',
        file,
        'config',
        '--format',
        'json',
      ],
      { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME } },
    );
    const merged = JSON.parse(json) as ComposeModel;
    // `config` prints values escaped again ($ -> $$): the model's `pa$$word` comes back doubled.
    expect(merged.services.redis!.command).toEqual(['redis-server', '--requirepass', 'pa$$$$word']);
    expect(merged.services.redis!.ports ?? []).toEqual([]);
    expect(merged.volumes!['redis-readiness-data-0']!.name).toBe(
      'redis-readiness-t1_redis-readiness-data-0',
    );
  });
});
