/**
 * Issue 14, class 7: an unknown role is treated as the strictest by every
 * persistence and memory rule; bitnami replicas are part of an HA topology.
 */
import { describe, expect, it } from 'vitest';
import { checkProject, yaml } from '../rules/load.js';

const redis = [
  '  redis:',
  '    image: redis:7.4.2',
  '    command: ["redis-server", "--maxmemory-policy", "allkeys-lru"]',
  '    volumes:',
  '      - redis:/data',
];

function withConsumer(variable: string, image: string): Record<string, string> {
  return {
    'compose.yaml': yaml(
      'services:',
      ...redis,
      '  app:',
      `    image: ${image}`,
      '    environment:',
      `      ${variable}: redis://redis:6379/0`,
      'volumes:',
      '  redis:',
    ),
  };
}

describe('class 7: roles', () => {
  it.each([
    ['CELERY_BROKER_URL', 'celery-worker:1.0'],
    ['REDIS_URL', 'sidekiq-app:1.0'],
    ['REDIS_URL', 'bullmq-worker:1.0'],
    ['RQ_REDIS_URL', 'rq-worker:1.0'],
  ])('%s (%s) gets every strict persistence/memory finding', async (variable, image) => {
    const c = await checkProject(withConsumer(variable, image));
    expect(c.of('persist-rdb-only').map((f) => f.service)).toEqual(['redis']);
    expect(c.of('memory-eviction').map((f) => f.severity)).toEqual(['error']);
  });

  it('a cache-only Redis gets neither', async () => {
    const c = await checkProject(withConsumer('CACHE_URL', 'web:1.0'));
    expect(c.of('persist-rdb-only')).toEqual([]);
    expect(c.of('memory-eviction')).toEqual([]);
  });

  it('a bitnami replica (REDIS_REPLICATION_MODE=slave) is part of an HA topology', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  redis-master:',
        '    image: bitnamilegacy/redis:7.2.4',
        '    environment:',
        '      REDIS_REPLICATION_MODE: master',
        '      REDIS_PASSWORD: ${REDIS_PASSWORD:?set it}',
        '  redis-replica:',
        '    image: bitnamilegacy/redis:7.2.4',
        '    environment:',
        '      REDIS_REPLICATION_MODE: slave',
        '      REDIS_MASTER_HOST: redis-master',
        '      REDIS_MASTER_PASSWORD: ${REDIS_PASSWORD:?set it}',
        '      REDIS_PASSWORD: ${REDIS_PASSWORD:?set it}',
      ),
    });
    const ha = c.of('ha-topology');
    expect(ha.map((f) => f.service)).toEqual(['redis-replica']);
    expect(ha[0]!.pos.line).toBe(10);
    // masterauth comes from REDIS_MASTER_PASSWORD: no "no masterauth" warning text.
    expect(ha[0]!.message).not.toMatch(/no masterauth/);
    expect(ha[0]!.message).toMatch(/replica of redis-master 6379/);
  });
});

describe('class 7: result backends', () => {
  it('allkeys eviction on a result backend is memory-eviction too (results vanish unread)', async () => {
    const c = await checkProject(withConsumer('CELERY_RESULT_BACKEND', 'worker:1.0'));
    expect(c.of('memory-eviction').map((f) => f.severity)).toEqual(['error']);
  });
});
