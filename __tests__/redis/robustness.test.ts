import { describe, expect, it } from 'vitest';
import { checkProject, yaml } from '../rules/load.js';

describe('odd input never crashes the model or the rules', () => {
  it('handles unreadable configs, include loops, remote builds, odd commands and env', async () => {
    const checked = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  loop:',
        '    image: redis:7.2',
        '    command: redis-server /conf/a.conf',
        '    volumes: ["./conf:/conf"]',
        '  dir-as-conf:',
        '    image: redis:7.2',
        '    command: ["redis-server", "/etc/redis.conf"]',
        '    volumes: ["./conf:/etc/redis.conf"]',
        '  missing-conf:',
        '    image: redis:7.2',
        '    command: ["redis-server", "/nowhere/redis.conf", "--aclfile", "/nowhere/users.acl"]',
        '  remote:',
        '    build: https://github.com/example/repo.git#main',
        '    command: redis-server',
        '  unbalanced:',
        '    image: redis:7.2',
        '    command: ["sh", "-c", "redis-server --requirepass \\"$$X"]',
        '  nullenv:',
        '    image: valkey/valkey:8.1',
        '    environment: [VALKEY_EXTRA_FLAGS, REDISCLI_AUTH]',
        '    healthcheck: {test: "NONE"}',
        '  hostnet:',
        '    image: redis:7.2',
        '    network_mode: host',
        '  app:',
        '    image: app:1',
        '    environment:',
        '      REDIS_URL: "redis://[::1"',
        '      OTHER_REDIS_URL: "unix:///run/redis.sock"',
        '      CACHE_REDIS_HOST: ""',
        '      EMPTY_REDIS_URL: "redis://"',
      ),
      'conf/a.conf': 'include /conf/b.conf\nsave 60\n',
      'conf/b.conf': 'include /conf/a.conf\nrequirepass "unterminated\n',
    });
    const names = checked.redis.services.map((s) => s.name);
    expect(names).toEqual([
      'loop',
      'dir-as-conf',
      'missing-conf',
      'remote',
      'unbalanced',
      'nullenv',
      'hostnet',
    ]);
    const svc = (n: string) => checked.redis.services.find((s) => s.name === n)!;
    expect(svc('loop').problems?.some((p) => /Unbalanced quotes/.test(p.message))).toBe(true);
    expect(svc('dir-as-conf').configKnown).toBe(false);
    expect(svc('missing-conf').configKnown).toBe(false);
    // unknown configuration: no claim that auth is missing
    expect(checked.of('auth-missing').map((f) => f.service)).not.toContain('missing-conf');
    expect(checked.of('port-public').map((f) => f.service)).toEqual(['hostnet']);
    expect(checked.of('consumer-url-invalid').map((f) => f.service)).toContain('app');
    expect(checked.findings.length).toBeGreaterThan(0);
  });
});
