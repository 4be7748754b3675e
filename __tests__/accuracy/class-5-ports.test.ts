/**
 * Issue 14, class 5: a Redis port published without a host IP is public,
 * whether Docker picks the host port or a variable names it.
 */
import { describe, expect, it } from 'vitest';
import { checkProject, yaml } from '../rules/load.js';

function project(port: string[]): Record<string, string> {
  return {
    'compose.yaml': yaml('services:', '  redis:', '    image: redis:7.4.2', '    ports:', ...port),
  };
}

describe('class 5: ports', () => {
  it.each([
    ['container port only', ['      - "6379"']],
    ['container port as a number', ['      - 6379']],
    ['long syntax with only target', ['      - target: 6379']],
    ['unset variable host port', ['      - "${REDIS_PORT}:6379"']],
  ])('%s is port-public (error without a password)', async (_, port) => {
    const c = await checkProject(project(port));
    expect(c.of('port-public').map((f) => [f.severity, f.pos.line])).toEqual([['error', 5]]);
  });

  it('a variable host port without host IP is public whatever the variable holds', async () => {
    const c = await checkProject(project(['      - "${REDIS_PORT}:6379"']), { REDIS_PORT: '6380' });
    const [f] = c.of('port-public');
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/REDIS_PORT/);
    expect(f?.fix?.replacement).toBe('"127.0.0.1:${REDIS_PORT}:6379"');
  });

  it('offers a loopback ephemeral port as the fix for a container-only port', async () => {
    const c = await checkProject(project(['      - "6379"']));
    expect(c.of('port-public')[0]?.fix?.replacement).toBe('"127.0.0.1::6379"');
  });

  it.each([
    ['a default that carries a host IP', ['      - "${REDIS_PORT:-127.0.0.1:7654}:6379"']],
    ['loopback with ephemeral host port', ['      - "127.0.0.1::6379"']],
    ['long syntax on loopback', ['      - target: 6379', '        host_ip: 127.0.0.1']],
    ['another container port', ['      - "8001"']],
  ])('%s is not port-public', async (_, port) => {
    const c = await checkProject(project(port));
    expect(c.of('port-public')).toEqual([]);
  });
});
