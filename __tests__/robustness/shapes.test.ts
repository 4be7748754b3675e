/**
 * Values of the wrong shape inside a Redis service and its consumers (nested
 * lists, maps, nulls where strings belong): compose-invalid findings or one
 * clear message, never an internal error. The loader's own tests cover the
 * loader alone (compose/malformed.test.ts); this runs the whole check.
 */
import { describe, expect, it } from 'vitest';
import { checkInProcess, project, STACK_TRACE } from './harness.js';

const ODD = ['[[redis-server]]', '[{a: 1}]', '[null]', '[redis-server, [--port, 1]]', '{}', '[]'];
const KEYS = [
  'command',
  'entrypoint',
  'expose',
  'env_file',
  'profiles',
  'dns',
  'cap_add',
  'networks',
  'depends_on',
  'secrets',
  'configs',
  'tmpfs',
  'volumes_from',
  'links',
  'external_links',
  'healthcheck',
  'environment',
  'labels',
  'ports',
  'volumes',
  'ulimits',
  'logging',
  'deploy',
  'build',
  'image',
  'user',
  'sysctls',
  'extra_hosts',
];

const cases = KEYS.flatMap((key) => ODD.map((value) => [key, value] as const));

describe('odd shapes in a Redis service never crash the check', () => {
  it.each(cases)('%s: %s', async (key, value) => {
    const body = [
      'services:',
      '  redis:',
      '    image: redis:7.2',
      `    ${key}: ${value}`,
      '  app:',
      '    image: app:1',
      `    ${key === 'image' ? 'command' : key}: ${value}`,
      '    environment: [REDIS_URL=redis://redis:6379]',
      '',
    ].join('\n');
    const r = await checkInProcess(project({ 'compose.yaml': body }), [
      'check',
      '-f',
      'compose.yaml',
    ]);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect([0, 1, 2]).toContain(r.code);
    if (r.code === 2) expect(r.stderr).toMatch(/^redis-readiness: compose\.yaml:\d+/);
  });
});
