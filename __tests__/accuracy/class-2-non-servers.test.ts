/**
 * Issue 14, class 2: a Redis-family image is a server only when its process
 * ends up exec'ing one (or the image's default command runs); a start that
 * cannot be read is reported at notice level, never as an error.
 */
import { describe, expect, it } from 'vitest';
import { checkProject, yaml } from '../rules/load.js';

describe('class 2: non-servers are not taken for servers', () => {
  it('drops idle containers, cluster-create jobs and init scripts of Redis images', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  sleeper:',
        '    image: redis:7.2',
        '    command: ["sleep", "3600"]',
        '  creator:',
        '    image: redis:7.2',
        '    command: sh -c "redis-cli --cluster create redis-1:6379 redis-2:6379 --cluster-yes"',
        '  init:',
        '    image: bitnami/redis:7.2',
        '    entrypoint: ["bash", "-c"]',
        '    command: ["sleep 5; redis-cli -h redis-1 set ready 1"]',
        '  waiter:',
        '    image: valkey/valkey:8.0',
        '    command:',
        '      - sh',
        '      - -c',
        '      - |',
        '        until valkey-cli -h redis-1 ping; do sleep 1; done',
        '        echo ready',
      ),
    });
    expect(c.redis.services.map((s) => s.name)).toEqual([]);
    expect(c.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(c.of('persist-no-volume')).toEqual([]);
    expect(c.of('health-missing')).toEqual([]);
  });

  it('keeps images started with server arguments or bitnami run.sh', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  a:',
        '    image: redis:7.2',
        '    command: ["--appendonly", "yes"]',
        '  b:',
        '    image: bitnami/redis:7.2',
        '    command: /opt/bitnami/scripts/redis/run.sh --maxmemory 100mb',
        '    environment:',
        '      ALLOW_EMPTY_PASSWORD: "yes"',
      ),
    });
    expect(c.redis.services.map((s) => s.name)).toEqual(['a', 'b']);
    expect(c.redis.services.every((s) => s.uncertain === undefined)).toBe(true);
  });

  it('reports a start script it cannot read at notice level only', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  redis:',
        '    image: redis:7.2',
        '    command: ["/usr/local/bin/start-redis.sh"]',
      ),
    });
    expect(c.redis.services.map((s) => s.name)).toEqual(['redis']);
    expect(c.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(c.of('persist-no-volume').map((f) => f.severity)).toEqual(['notice']);
    expect(c.of('persist-no-volume')[0]!.message).toMatch(/not certain/);
  });

  it('reads a multi-line if/else script that execs the server with a password', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  redis:',
        '    image: redis:7.2',
        '    command:',
        '      - sh',
        '      - -c',
        '      - |',
        '        if [ -f /data/extra.conf ]; then',
        '          exec redis-server /data/extra.conf',
        '        else',
        '          exec redis-server --appendonly yes --requirepass "$${REDIS_PASSWORD:-default}"',
        '        fi',
        '    environment:',
        '      REDIS_PASSWORD: ${REDIS_PASSWORD:-}',
        '    volumes:',
        '      - redis:/data',
        '    healthcheck:',
        '      test: ["CMD", "redis-cli", "ping"]',
        'volumes:',
        '  redis:',
      ),
    });
    const [redis] = c.redis.services;
    expect(redis?.invocation?.via).toBe('shell-script');
    expect(redis?.password).toBeDefined();
    // The container default "default" is a committed, well-known password (reported at the script).
    expect(c.of('auth-literal').map((f) => f.pos.line)).toEqual([7]);
    expect(c.of('auth-weak').map((f) => f.pos.line)).toEqual([7]);
    expect(c.of('auth-in-argv')).toHaveLength(1);
    expect(c.of('health-unauthenticated')).toHaveLength(1);
    // A password is set on the branch that sets one: no auth-missing, no false persistence error.
    expect(c.of('auth-missing')).toEqual([]);
    expect(c.of('persist-disabled')).toEqual([]);
  });
});

describe('class 2: scripts read with what they leave unknown', () => {
  it('an unquoted script variable after the password is not a second password value', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  redis:',
        '    image: valkey/valkey:7.2',
        '    command: |',
        "      sh -c '",
        '        if [ "$${DISABLE_SNAPSHOT}" = "true" ]; then snapshot="--save \\"\\""; else snapshot=""; fi',
        '        exec valkey-server --requirepass "$${REDIS_PASSWORD:-redispassword}" $${snapshot}',
        "      '",
        '    environment:',
        '      REDIS_PASSWORD: ${REDIS_PASSWORD:-redispassword}',
      ),
    });
    expect(c.of('config-invalid')).toEqual([]);
    expect(c.redis.services[0]!.password?.value).toBe('redispassword');
    expect(c.of('auth-weak')).not.toEqual([]);
  });

  it('a healthcheck piping redis-cli into grep judges the output (not health-lenient)', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  redis:',
        '    image: redis:7.4.2',
        '    healthcheck:',
        '      test: ["CMD-SHELL", "redis-cli info replication | grep -q master_link_status:up"]',
      ),
    });
    expect(c.of('health-lenient')).toEqual([]);
  });

  it('a data dir behind an unreadable loaded config is not guessed; a trailing slash mounts the dir', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  a:',
        '    image: redis:7.4.2',
        '    command: redis-server /etc/redis/redis.conf',
        '    volumes:',
        '      - /srv/redis/conf:/etc/redis',
        '  b:',
        '    image: redis:7.4.2',
        '    volumes:',
        '      - redis-vol:/data/',
        'volumes:',
        '  redis-vol:',
      ),
    });
    expect(c.of('persist-no-volume')).toEqual([]);
  });
});
