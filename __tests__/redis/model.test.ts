import { describe, expect, it } from 'vitest';
import { checkProject, yaml } from '../rules/load.js';

async function model(files: Record<string, string>, env: Record<string, string> = {}) {
  const { redis, project } = await checkProject(files, env);
  return { redis, project, server: (name: string) => redis.services.find((s) => s.name === name) };
}
const last = (s: { directives: { name: string; args: string[] }[] } | undefined, name: string) =>
  [...(s?.directives ?? [])].reverse().find((d) => d.name === name)?.args;

describe('detection', () => {
  it('finds servers by image, by command, by Dockerfile FROM, and Sentinel apart', async () => {
    const { redis } = await model({
      'compose.yaml': yaml(
        'services:',
        '  a: {image: "docker.io/library/redis:7.2"}',
        '  b: {image: "ghcr.io/acme/cache:1", command: ["redis-server", "--port", "7000"]}',
        '  c: {build: ./c}',
        '  s: {image: bitnami/redis-sentinel:7.2}',
        '  cli: {image: redis:7.2, command: ["redis-cli", "-h", "a", "ping"]}',
        '  app: {image: python:3.12}',
      ),
      'c/Dockerfile':
        'ARG V=7.2.4\nFROM redis:${V}-alpine AS base\nFROM base\nCOPY redis.conf /etc/redis.conf\nCMD ["redis-server", "/etc/redis.conf"]\n',
    });
    expect(redis.services.map((s) => [s.name, s.family])).toEqual([
      ['a', 'redis'],
      ['b', 'redis'],
      ['c', 'redis'],
    ]);
    expect(redis.services.find((s) => s.name === 'b')?.port).toBe(7000);
    // the Dockerfile bakes a config in: what it says cannot be known from here
    expect(redis.services.find((s) => s.name === 'c')?.configKnown).toBe(false);
    expect(redis.sentinels?.map((s) => s.name)).toEqual(['s']);
  });
});

describe('effective configuration', () => {
  it('expands $$VAR in sh -c from the service environment (env_file included)', async () => {
    const { server } = await model({
      'compose.yaml': yaml(
        'services:',
        '  redis:',
        '    image: valkey/valkey:8.0',
        '    command: [sh, -c, "valkey-server --appendonly yes --requirepass $$REDIS_PASSWORD"]',
        '    env_file: redis.env',
      ),
      'redis.env': 'REDIS_PASSWORD=from-env-file\n',
    });
    const s = server('redis');
    expect(s?.password?.value).toBe('from-env-file');
    expect(s?.invocation?.via).toBe('shell-script');
    expect(last(s, 'appendonly')).toEqual(['yes']);
  });

  it('marks a password from an unset container variable as unknown, not missing', async () => {
    const { server } = await model({
      'compose.yaml': yaml(
        'services:',
        '  redis:',
        '    image: redis:7.2',
        '    command: [sh, -c, "redis-server --requirepass $$NOPE"]',
      ),
    });
    const s = server('redis');
    expect(s?.password).toBeDefined();
    expect(s?.password?.value).toBeUndefined();
  });

  it('resolves a relative dir against the working directory, as Redis does (its cwd)', async () => {
    const { server } = await model({
      'compose.yaml': yaml(
        'services:',
        '  plain:',
        '    image: redis:7.2',
        '    command: ["redis-server", "--dir", "./db/"]',
        '  moved:',
        '    image: redis:7.2',
        '    working_dir: /srv/redis',
        '    command: ["redis-server", "--dir", "db"]',
      ),
    });
    expect(server('plain')?.dataDir).toBe('/data/db');
    expect(server('moved')?.dataDir).toBe('/srv/redis/db');
  });

  it('applies command-line directives after the config file, and follows include', async () => {
    const { server } = await model({
      'compose.yaml': yaml(
        'services:',
        '  redis:',
        '    image: redis:7.2',
        '    command: redis-server /usr/local/etc/redis/redis.conf --appendonly no',
        '    volumes: ["./conf:/usr/local/etc/redis:ro"]',
      ),
      'conf/redis.conf': 'appendonly yes\ninclude /usr/local/etc/redis/extra.conf\n',
      'conf/extra.conf': 'requirepass "pw with space"\ndir /data/redis\n',
    });
    const s = server('redis');
    expect(last(s, 'appendonly')).toEqual(['no']);
    expect(s?.password?.value).toBe('pw with space');
    expect(s?.dataDir).toBe('/data/redis');
    expect(s?.configFiles?.map((f) => [f.containerPath, f.loaded, f.read])).toEqual([
      ['/usr/local/etc/redis/redis.conf', true, true],
      ['/usr/local/etc/redis/extra.conf', true, true],
    ]);
  });

  it('reads a config file the command script writes (echo ... > file)', async () => {
    const { server } = await model({
      'compose.yaml': yaml(
        'services:',
        '  redis:',
        '    image: redis:alpine',
        '    command:',
        '      - sh',
        '      - -euc',
        '      - |',
        `        echo "requirepass '$$REDIS_PASSWORD'" > /etc/redis.conf`,
        '        exec redis-server /etc/redis.conf',
        '    environment:',
        '      REDIS_PASSWORD: "s3cret-s3cret-s3cret"',
      ),
    });
    const s = server('redis');
    expect(s?.password?.value).toBe('s3cret-s3cret-s3cret');
    expect(s?.configFiles?.[0]).toMatchObject({
      containerPath: '/etc/redis.conf',
      generated: true,
      loaded: true,
    });
  });

  it('reads bitnami env: REDIS_PASSWORD, AOF on by default, disabled commands, data under /bitnami', async () => {
    const { server } = await model({
      'compose.yaml': yaml(
        'services:',
        '  redis:',
        '    image: bitnamilegacy/redis:7.2.4',
        '    environment:',
        '      REDIS_PASSWORD: pw-pw-pw-pw-pw-pw',
        '      REDIS_DISABLE_COMMANDS: FLUSHDB,FLUSHALL',
      ),
    });
    const s = server('redis');
    expect(s?.password).toMatchObject({ via: 'image-env', value: 'pw-pw-pw-pw-pw-pw' });
    expect(last(s, 'appendonly')).toEqual(['yes']);
    expect(s?.directives.filter((d) => d.name === 'rename-command').map((d) => d.args)).toEqual([
      ['FLUSHDB', ''],
      ['FLUSHALL', ''],
    ]);
    expect(s?.dataDir).toBe('/bitnami/redis/data');
  });

  it('appends redis-stack REDIS_ARGS and valkey VALKEY_EXTRA_FLAGS', async () => {
    const { server } = await model({
      'compose.yaml': yaml(
        'services:',
        '  stack:',
        '    image: redis/redis-stack-server:7.2.0-v10',
        '    environment: {REDIS_ARGS: "--requirepass stackpw --appendonly yes"}',
        '  valkey:',
        '    image: valkey/valkey:8.1',
        '    environment: {VALKEY_EXTRA_FLAGS: "--save \\"\\" --maxmemory 100mb"}',
      ),
    });
    expect(server('stack')?.password?.value).toBe('stackpw');
    expect(last(server('stack'), 'appendonly')).toEqual(['yes']);
    expect(last(server('valkey'), 'maxmemory')).toEqual(['100mb']);
  });

  it('reads ACL users from an aclfile', async () => {
    const { server } = await model({
      'compose.yaml': yaml(
        'services:',
        '  redis:',
        '    image: redis:7.2',
        '    command: ["redis-server", "--aclfile", "/etc/redis/users.acl"]',
        '    volumes: ["./users.acl:/etc/redis/users.acl:ro"]',
      ),
      'users.acl':
        'user default on >defaultpw ~* &* +@all\nuser celery on >celerypw ~celery* +@all\n',
    });
    const s = server('redis');
    expect(s?.aclUsers?.map((u) => [u.name, u.channels])).toEqual([
      ['default', 'all'],
      ['celery', 'default'],
    ]);
    expect(s?.password).toMatchObject({ via: 'acl-default-user', value: 'defaultpw' });
  });

  it('reports a value-less directive and an unknown one as problems', async () => {
    const { server } = await model({
      'compose.yaml': yaml(
        'services:',
        '  redis:',
        '    image: redis:7.2',
        '    command: redis-server --appendonly yes --requirepass',
      ),
    });
    expect(server('redis')?.problems?.map((p) => p.directive)).toEqual(['requirepass']);
  });

  it('names the kind of each problem, and drops only unknown directives for families with their own', async () => {
    const { server } = await model({
      'compose.yaml': yaml(
        'services:',
        '  redis:',
        '    image: redis:7.2',
        '    command: ["redis-server", "--server-threads", "4", "--save", "60", "--port", "1", "2"]',
        '  keydb:',
        '    image: eqalpha/keydb:x86_64_v6.3.4',
        '    command: ["keydb-server", "--server-threads", "4", "--save", "60", "--port", "1", "2"]',
        '  stray:',
        '    image: redis:7.2',
        '    command: ["redis-server", "/etc/redis.conf", "oops", "--port", "6380"]',
      ),
    });
    const kinds = (name: string) => server(name)?.problems?.map((p) => [p.kind, p.directive]);
    expect(kinds('redis')).toEqual([
      ['unknown-directive', 'server-threads'],
      ['invalid-save', 'save'],
      ['arity', 'port'],
    ]);
    expect(kinds('keydb')).toEqual([
      ['invalid-save', 'save'],
      ['arity', 'port'],
    ]);
    expect(kinds('stray')).toEqual([['stray-argument', undefined]]);
    expect(server('stray')?.invocation?.args.map((a) => [a.word, a.index])).toEqual([
      ['/etc/redis.conf', 1],
      ['oops', 2],
      ['--port', 3],
      ['6380', 4],
    ]);
  });
});

describe('consumers', () => {
  it('reads URLs, host variables, bare host:port, and resolves names, aliases, container_name and links', async () => {
    const { redis, server } = await model({
      'compose.yaml': yaml(
        'services:',
        '  redis:',
        '    image: redis:7.2',
        '    container_name: redis-main',
        '    networks: {back: {aliases: [cache]}}',
        '  worker:',
        '    image: app:1',
        '    networks: [back]',
        '    links: ["redis:queue"]',
        '    environment:',
        '      CELERY_BROKER_URL: redis://queue:6379/0',
        '      CELERY_RESULT_BACKEND: redis://cache:6379/1',
        '      AUTHENTIK_REDIS__HOST: redis-main',
        '      AUTHENTIK_REDIS__PASSWORD: pw',
        '      REDIS_QUEUE: redis:6379',
        '  other:',
        '    image: app:1',
        '    environment:',
        '      REDIS_URL: redis://redis:6379/0',
        'networks:',
        '  back:',
      ),
    });
    const s = server('redis');
    expect(s?.consumers.map((c) => [c.variable, c.role, c.kind])).toEqual([
      ['CELERY_BROKER_URL', 'broker', 'url'],
      ['CELERY_RESULT_BACKEND', 'result-backend', 'url'],
      ['AUTHENTIK_REDIS__HOST', 'unknown', 'host'],
      ['REDIS_QUEUE', 'broker', 'host'],
    ]);
    expect(s?.consumers.find((c) => c.variable === 'AUTHENTIK_REDIS__HOST')?.password).toBe('pw');
    expect(s?.roles).toEqual(['broker', 'result-backend', 'unknown']);
    // 'other' is on the default network only: the name does not resolve from there
    expect(redis.unresolvedConsumers?.map((c) => [c.service, c.variable])).toEqual([
      ['other', 'REDIS_URL'],
    ]);
  });
});

describe('Sentinel and built images', () => {
  it('treats a consumer pointing at a Sentinel service as resolved through it', async () => {
    const { redis } = await model({
      'compose.yaml': yaml(
        'services:',
        '  redis: {image: "redis:7.2"}',
        '  sentinel: {image: "redis:7.2", command: ["redis-sentinel", "/etc/sentinel.conf"]}',
        '  worker:',
        '    image: app:1',
        '    environment: {CELERY_BROKER_URL: "sentinel://sentinel:26379;sentinel://sentinel:26379"}',
      ),
    });
    expect(redis.sentinels?.map((s) => s.name)).toEqual(['sentinel']);
    expect(redis.unresolvedConsumers).toEqual([]);
  });

  it('knows a HEALTHCHECK from the Dockerfile the service is built from', async () => {
    const { server } = await model({
      'compose.yaml': yaml('services:', '  redis: {build: ., image: "acme/redis:1"}'),
      Dockerfile: 'FROM valkey/valkey:8.1\nHEALTHCHECK CMD valkey-cli -e ping\n',
    });
    expect(server('redis')).toMatchObject({
      family: 'valkey',
      imageHealthcheck: true,
      configKnown: true,
    });
  });
});

describe('problem messages never echo values', () => {
  it('does not print the value of --requirepass=value or of a stray word', async () => {
    const { server } = await model({
      'compose.yaml': yaml(
        'services:',
        '  redis:',
        '    image: redis:7.2',
        '    command: ["redis-server", "/c.conf", "--requirepass=Sup3rS3cret", "x"]',
      ),
    });
    const problems = server('redis')?.problems ?? [];
    expect(problems.map((p) => p.message).join('\n')).toMatch(/--name=value/);
    for (const p of problems) expect(p.message).not.toMatch(/Sup3rS3cret/);
  });
});

describe('Dragonfly flags', () => {
  it('reads --flag=value, --flag value and DFLY_ env flags', async () => {
    const { server } = await model({
      'compose.yaml': yaml(
        'services:',
        '  a: {image: "docker.dragonflydb.io/dragonflydb/dragonfly:v1.27.1", command: ["--requirepass=pw1", "--dir", "/store"]}',
        '  b: {image: "docker.dragonflydb.io/dragonflydb/dragonfly:v1.27.1", environment: {DFLY_requirepass: pw2}}',
        '  c: {image: "docker.dragonflydb.io/dragonflydb/dragonfly:v1.27.1"}',
        '  d: {image: "docker.dragonflydb.io/dragonflydb/dragonfly:v1.27.1", command: ["--logtostderr"], environment: {DFLY_requirepass: pw4}}',
      ),
    });
    expect(server('a')).toMatchObject({
      family: 'dragonfly',
      password: { value: 'pw1' },
      dataDir: '/store',
    });
    expect(server('b')?.password?.value).toBe('pw2');
    expect(server('c')?.password).toBeUndefined();
    expect(server('c')?.problems).toEqual([]);
    // absl reads DFLY_ flags from the environment whatever the command line
    expect(server('d')?.password?.value).toBe('pw4');
  });
});
