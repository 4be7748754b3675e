/**
 * Issue 14, class 3: the password variables real projects put beside a Redis
 * host are recognised; a password that may exist under a name that cannot
 * be mapped with certainty gives a notice, never a consumer-no-password error.
 */
import { describe, expect, it } from 'vitest';
import { checkProject, yaml } from '../rules/load.js';

const REDIS = [
  'services:',
  '  redis:',
  '    image: redis:7.4.2',
  '    command: ["sh", "-c", "exec redis-server --requirepass \\"$$REDIS_PASSWORD\\""]',
  '    environment:',
  '      REDIS_PASSWORD: 3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f',
];

async function consumer(...env: string[]) {
  const c = await checkProject({
    'compose.yaml': yaml(...REDIS, '  app:', '    image: app:1.0', '    environment:', ...env),
  });
  return c;
}

describe('class 3: consumer password variables', () => {
  it.each([
    [['      REDIS_HOST: redis', '      REDIS_AUTH: 3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f']],
    [['      REDIS_HOST: redis', '      REDIS_PASS: 3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f']],
    [['      REDIS_HOST: redis', '      REDIS_PWD: 3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f']],
    [['      REDIS_HOST: redis', '      REDIS_SECRET: 3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f']],
    [['      Redis__Host: redis', '      Redis__Password: 3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f']],
    [['      CACHE_REDIS_HOST: redis', '      CACHE_REDIS_PASS: 3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f']],
    [['      QUEUE_REDIS_HOST: redis', '      REDIS_PASSWORD: 3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f']],
    [['      BROKER_HOST: redis', '      BROKER_PWD: 3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f']],
  ])('maps %j', async (env) => {
    const c = await consumer(...env);
    const [app] = c.redis.services[0]!.consumers;
    expect(app?.passwordVariable).toBe(env[1]!.trim().split(':')[0]);
    expect(c.of('consumer-no-password')).toEqual([]);
    expect(c.of('consumer-password-mismatch')).toEqual([]);
  });

  it('a password from an unset variable is unknown, not missing', async () => {
    const c = await consumer('      REDIS_HOST: redis', '      REDIS_AUTH: ${REDIS_PASSWORD}');
    expect(c.of('consumer-no-password')).toEqual([]);
  });

  it.each([
    [['      REDIS_URL: redis://redis:6379/0', '      REDIS_PASSWORD: x']],
    [['      REDIS_HOST: redis', '      APP_REDIS_CREDENTIALS: x', '      OTHER_REDIS_TOKEN: y']],
    [['      REDIS_HOST: redis', '      SHARED_AUTH_VALUE: x']],
    [['      SESSION_REDIS_HOST: redis', '      SESSION_PASSWORD: x']],
  ])('a password that may be under %j is a notice', async (env) => {
    const c = await consumer(...env);
    expect(c.of('consumer-no-password').map((f) => f.severity)).toEqual(['notice']);
  });

  it('no candidate at all is still an error (other systems do not count)', async () => {
    const c = await consumer(
      '      REDIS_HOST: redis',
      '      POSTGRES_PASSWORD: x',
      '      DJANGO_SECRET_KEY: y',
    );
    expect(c.of('consumer-no-password').map((f) => f.severity)).toEqual(['error']);
  });
});
