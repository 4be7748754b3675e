/**
 * Issue 14, class 4: only services that talk to Redis are its consumers.
 * Env shared through env_file or anchors does not make Postgres a consumer;
 * services outside the active profiles are not started; waiting for a
 * service that waits for a healthy Redis is waiting.
 */
import { describe, expect, it } from 'vitest';
import { checkProject, yaml } from '../rules/load.js';

const REDIS = [
  '  redis:',
  '    image: redis:7.4.2',
  '    healthcheck:',
  '      test: ["CMD-SHELL", "redis-cli -e ping | grep -q PONG"]',
];

const unhealthy = (c: Awaited<ReturnType<typeof checkProject>>) =>
  c.of('consumer-unhealthy-dependency').map((f) => f.message.match(/service '([^']+)'/)![1]);

describe('class 4: who is a consumer', () => {
  it('env shared by env_file or an anchor does not make Postgres, Elasticsearch or MinIO consumers', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'x-env: &env',
        '  REDIS_URL: redis://redis:6379/0',
        'services:',
        ...REDIS,
        '  db:',
        '    image: postgres:16',
        '    env_file: app.env',
        '  search:',
        '    image: docker.elastic.co/elasticsearch/elasticsearch:8.13.0',
        '    environment: *env',
        '  storage:',
        '    image: minio/minio:RELEASE.2024-01-01T00-00-00Z',
        '    environment:',
        '      <<: *env',
        '  web:',
        '    image: app:1.0',
        '    env_file: app.env',
      ),
      'app.env': 'REDIS_URL=redis://redis:6379/0\n',
    });
    expect(c.redis.services[0]!.consumers.map((x) => x.service)).toEqual(['web']);
    expect(unhealthy(c)).toEqual(['web']);
  });

  it('a Redis URL written in such a service itself still counts', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        ...REDIS,
        '  grafana:',
        '    image: grafana/grafana:10.4.0',
        '    environment:',
        '      REDIS_URL: redis://redis:6379/0',
      ),
    });
    expect(unhealthy(c)).toEqual(['grafana']);
  });

  it('a consumer outside the active profiles gets no consumer-unhealthy-dependency', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        ...REDIS,
        '  tools:',
        '    image: app:1.0',
        '    profiles: [debug]',
        '    environment:',
        '      REDIS_URL: redis://redis:6379/0',
        '  web:',
        '    image: app:1.0',
        '    environment:',
        '      REDIS_URL: redis://redis:6379/0',
      ),
    });
    expect(unhealthy(c)).toEqual(['web']);
  });

  it('waiting for a service that waits for a healthy Redis is waiting', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        ...REDIS,
        '  api:',
        '    image: app:1.0',
        '    environment:',
        '      REDIS_URL: redis://redis:6379/0',
        '    depends_on:',
        '      redis:',
        '        condition: service_healthy',
        '  worker:',
        '    image: app:1.0',
        '    environment:',
        '      CELERY_BROKER_URL: redis://redis:6379/0',
        '    depends_on:',
        '      api:',
        '        condition: service_healthy',
        '  beat:',
        '    image: app:1.0',
        '    environment:',
        '      CELERY_BROKER_URL: redis://redis:6379/0',
        '    depends_on:',
        '      - api',
      ),
    });
    // beat only waits for 'other' to start (a service_started link promises nothing).
    expect(unhealthy(c)).toEqual(['beat']);
  });
});
