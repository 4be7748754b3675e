/**
 * Issue 14, class 1: every Redis-family server image is recognised, behind a
 * registry or a variable prefix too, with what its image does by default.
 */
import { describe, expect, it } from 'vitest';
import { parseImageRef, isPinned } from '../../src/redis/image.js';
import { checkProject, yaml } from '../rules/load.js';

const rules = (c: Awaited<ReturnType<typeof checkProject>>, service: string) =>
  c.findings.filter((f) => f.service === service).map((f) => `${f.rule}:${f.severity}`);

describe('class 1: servers recognised', () => {
  it('finds bitnami cluster, valkey and keydb images, with their data dirs and env', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  node-0:',
        '    image: bitnami/redis-cluster:7.2',
        '    environment:',
        '      ALLOW_EMPTY_PASSWORD: "yes"',
        '      REDIS_NODES: node-0 node-1',
        '    volumes:',
        '      - node0:/bitnami/redis/data',
        '  cache:',
        '    image: docker.io/bitnami/valkey:8.0',
        '    environment:',
        '      VALKEY_PASSWORD: ${VALKEY_PASSWORD:?set it}',
        '    volumes:',
        '      - valkey:/bitnami/valkey/data',
        '  vc:',
        '    image: bitnami/valkey-cluster:8.0',
        '    environment:',
        '      VALKEY_PASSWORD: ${VALKEY_PASSWORD:?set it}',
        'volumes:',
        '  node0:',
        '  valkey:',
      ),
    });
    const byName = new Map(c.redis.services.map((s) => [s.name, s]));
    expect([...byName.keys()].sort()).toEqual(['cache', 'node-0', 'vc']);
    expect(byName.get('node-0')!.dataDir).toBe('/bitnami/redis/data');
    expect(byName.get('cache')!.dataDir).toBe('/bitnami/valkey/data');
    expect(byName.get('cache')!.password?.via).toBe('image-env');
    // The cluster node has no password (ALLOW_EMPTY_PASSWORD) and runs in cluster mode.
    expect(rules(c, 'node-0')).toContain('auth-missing:error');
    expect(rules(c, 'node-0')).toContain('ha-topology:notice');
    expect(rules(c, 'node-0')).not.toContain('persist-no-volume:error');
    expect(rules(c, 'cache')).not.toContain('auth-missing:error');
    expect(rules(c, 'cache')).not.toContain('persist-no-volume:error');
    // bitnami/valkey-cluster has no volume on /bitnami/valkey/data.
    expect(rules(c, 'vc')).toContain('persist-no-volume:error');
    expect(c.findings.some((f) => /no Redis service/.test(f.message))).toBe(false);
  });

  it('treats bitnami/redis-sentinel and bitnami/valkey-sentinel as Sentinels, not servers', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  s1:',
        '    image: bitnami/redis-sentinel:7.2',
        '  s2:',
        '    image: bitnami/valkey-sentinel:8.0',
      ),
    });
    expect(c.redis.services).toEqual([]);
    expect(c.redis.sentinels?.map((s) => s.name).sort()).toEqual(['s1', 's2']);
  });

  it('reads eqalpha/keydb with no command as its built-in config: no password', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  keydb:',
        '    image: eqalpha/keydb:x86_64_v6.3.4',
        '    volumes:',
        '      - keydb:/data',
        'volumes:',
        '  keydb:',
      ),
    });
    const [keydb] = c.redis.services;
    expect(keydb?.family).toBe('keydb');
    expect(keydb?.configKnown).toBe(true);
    expect(rules(c, 'keydb')).toContain('auth-missing:error');
    // x86_64_v6.3.4 names 6.3.4: pinned.
    expect(rules(c, 'keydb')).not.toContain('image-unpinned:warning');
  });

  it.each([
    ['x86_64_v6.3.4', true],
    ['alpine_x86_64_v6.3.4', true],
    ['arm64_v6.3.2', true],
    ['latest', false],
    ['alpine3.19', false],
  ])('keydb tag %s pinned=%s', (tag, pinned) => {
    expect(isPinned(parseImageRef(`eqalpha/keydb:${tag}`))).toBe(pinned);
  });

  it.each([
    ['redis/redis-stack:7.2.0-v10', 'redis-stack'],
    ['redis/redis-stack-server:7.2.0-v10', 'redis-stack'],
    ['docker.io/valkey/valkey:7.2', 'valkey'],
    ['ghcr.io/dragonflydb/dragonfly:v1.14.0', 'dragonfly'],
    ['bitnamilegacy/valkey:8.0', 'bitnami'],
    ['bitnami/keydb:6.3', 'bitnami'],
  ])('%s is family %s', (raw, family) => {
    expect(parseImageRef(raw).family).toBe(family);
  });

  it('reads a variable registry prefix: empty by default is certain, unset bare is not', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  a:',
        '    image: ${REGISTRY_MIRROR:-}valkey/valkey:7.2',
        '  b:',
        '    image: ${REGISTRY}/valkey/valkey:7.2',
        '  c:',
        '    image: redis:${REDIS_TAG}',
      ),
    });
    expect(c.redis.services.map((s) => s.family)).toEqual(['valkey', 'valkey', 'redis']);
    expect(rules(c, 'a')).toContain('auth-missing:error');
    // The registry may hold any image: no error, a notice that says why.
    expect(rules(c, 'b')).not.toContain('auth-missing:error');
    expect(rules(c, 'b')).toContain('auth-missing:notice');
    expect(c.findings.find((f) => f.service === 'b' && f.rule === 'auth-missing')?.message).toMatch(
      /not certain.*REGISTRY/,
    );
    // An unset tag leaves the family certain.
    expect(rules(c, 'c')).toContain('auth-missing:error');
  });
});

describe('class 1: what each family image does', () => {
  it('versioned bitnami server images and their frozen bitnamilegacy copies are unmaintained', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  a:',
        '    image: bitnamilegacy/redis:7.2.4',
        '  b:',
        '    image: bitnami/valkey:8.0',
        '  c:',
        '    image: bitnami/redis:latest',
      ),
    });
    expect(c.of('image-unmaintained').map((f) => f.service)).toEqual(['a', 'b']);
  });

  it('a mounted keydb.conf with comments after save values does not start', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  keydb:',
        '    image: eqalpha/keydb:x86_64_v6.3.4',
        '    command: keydb-server /etc/keydb/keydb.conf',
        '    volumes:',
        '      - ./keydb.conf:/etc/keydb/keydb.conf:ro',
      ),
      'keydb.conf': 'save 900 1      # after 15 min\nsave 60 10000\nsave ""\nsave "300 10"\n',
    });
    expect(c.of('config-invalid').map((f) => f.pos.line)).toEqual([1]);
  });
});
