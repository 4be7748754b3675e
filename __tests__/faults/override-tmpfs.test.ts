import { describe, expect, it } from 'vitest';
import type { ComposeModel, ComposeProject } from '../../src/compose/types.js';
import { planIsolation } from '../../src/probes/isolation.js';
import { buildProbeProject } from '../../src/probes/probe-project.js';
import type { RedisServiceModel } from '../../src/redis/types.js';

/**
 * A tmpfs volume is probed as declared (the disk-full fault depends on it,
 * and a tmpfs loses data on down: the persistence probe must see that),
 * while driver options that could reach host paths are dropped.
 */
describe('the probe project and volume drivers', () => {
  const model: ComposeModel = {
    name: 'shop',
    services: {
      redis: {
        image: 'redis:7',
        volumes: ['memory', 'hostdir', 'tmpfsbind', 'nfs'].map((source, i) => ({
          type: 'volume' as const,
          source,
          target: `/v${i}`,
        })),
      },
    },
    volumes: {
      memory: { driver_opts: { type: 'tmpfs', device: 'tmpfs', o: 'size=8k' } },
      hostdir: { driver_opts: { type: 'none', o: 'bind', device: '/srv/x' } },
      tmpfsbind: { driver_opts: { type: 'tmpfs', device: 'tmpfs', o: 'size=8k,bind' } },
      nfs: { driver: 'local', driver_opts: { type: 'nfs', o: 'addr=10.0.0.1', device: ':/x' } },
    },
  };
  const project = { model, workingDir: '/src/shop', environment: {} } as unknown as ComposeProject;
  const server = {
    name: 'redis',
    service: model.services.redis,
    dataDir: '/data',
  } as RedisServiceModel;
  const doc = JSON.parse(
    buildProbeProject(planIsolation(project, [server]), model, 'redis-readiness-x'),
  ) as { volumes: Record<string, Record<string, unknown>> };

  it('keeps a plain tmpfs volume as declared', () => {
    expect(doc.volumes.memory).toEqual({
      name: 'redis-readiness-x_memory',
      driver: 'local',
      driver_opts: { type: 'tmpfs', device: 'tmpfs', o: 'size=8k' },
    });
  });

  it('drops the driver of bind, tmpfs-with-bind and remote volumes', () => {
    for (const key of ['hostdir', 'tmpfsbind', 'nfs'])
      expect(doc.volumes[key], key).toEqual({ name: `redis-readiness-x_${key}` });
  });
});
