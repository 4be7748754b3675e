/**
 * Issue 14, class 9 (second half): a consumer's host is checked whether or
 * not its password variable is set.
 */
import { describe, expect, it } from 'vitest';
import { checkProject, yaml } from '../rules/load.js';

const files = {
  'compose.yaml': yaml(
    'services:',
    '  redis:',
    '    image: redis:7.4.2',
    '  worker:',
    '    image: app:1.0',
    '    environment:',
    '      CELERY_BROKER_URL: redis://:${REDIS_PASSWORD}@rediss:6379/0',
    '  web:',
    '    image: app:1.0',
    '    environment:',
    '      CELERY_BROKER_URL: redis://:${REDIS_PASSWORD}@${REDIS_HOST}:6379/0',
  ),
};

describe('class 9b: host checks do not depend on the password', () => {
  it.each([
    ['unset', {}],
    ['set', { REDIS_PASSWORD: 'a3f1c9e7b5d3f1a9c7e5b3d1f9a7c5e3' }],
  ])('reports the mistyped host with the password %s', async (_, env) => {
    const c = await checkProject(files, env);
    expect(c.of('consumer-host-unknown').map((f) => [f.service, f.pos.line])).toEqual([
      ['worker', 7],
    ]);
    // A host from an unset variable stays unknown: no guess.
    expect(c.of('consumer-host-unknown').some((f) => f.service === 'web')).toBe(false);
  });
});

describe('class 9b: a host naming another service of the project', () => {
  it('is a notice (it may be a Redis not recognised, or a proxy); a name nothing answers to is an error', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  cache:',
        '    image: myorg/cache:1.0',
        '  partial:',
        '    volumes:',
        '      - data:/data',
        '  web:',
        '    image: app:1.0',
        '    environment:',
        '      REDIS_URL: redis://cache:6379/0',
        '      OTHER_REDIS_URL: redis://cahce:6379/0',
        '      THIRD_REDIS_URL: redis://partial:6379/0',
        'volumes:',
        '  data:',
      ),
    });
    expect(c.of('consumer-host-unknown').map((f) => [f.pos.line, f.severity])).toEqual([
      [11, 'error'],
      [10, 'notice'],
    ]);
  });
});
