import { describe, expect, it } from 'vitest';
import { isPinned, parseImageRef } from '../../src/redis/image.js';

describe('parseImageRef', () => {
  it.each([
    ['redis', 'library/redis', undefined, 'redis'],
    ['redis:alpine', 'library/redis', 'alpine', 'redis'],
    ['docker.io/library/redis:alpine', 'library/redis', 'alpine', 'redis'],
    ['library/redis:7.0-alpine', 'library/redis', '7.0-alpine', 'redis'],
    ['docker.io/valkey/valkey:8.0-alpine', 'valkey/valkey', '8.0-alpine', 'valkey'],
    ['docker.io/bitnami/redis:7.0', 'bitnami/redis', '7.0', 'bitnami'],
    ['bitnamilegacy/redis:7.2.4', 'bitnamilegacy/redis', '7.2.4', 'bitnami'],
    ['redis/redis-stack-server', 'redis/redis-stack-server', undefined, 'redis-stack'],
    ['eqalpha/keydb:latest', 'eqalpha/keydb', 'latest', 'keydb'],
    [
      'docker.dragonflydb.io/dragonflydb/dragonfly',
      'dragonflydb/dragonfly',
      undefined,
      'dragonfly',
    ],
    ['apache/kvrocks:2.8.0', 'apache/kvrocks', '2.8.0', 'kvrocks'],
    ['localhost:5000/redis:7.2', 'redis', '7.2', 'custom'],
    ['mirror.gcr.io/library/redis:7.2', 'library/redis', '7.2', 'redis'],
    ['myorg/app:1.0', 'myorg/app', '1.0', 'custom'],
  ])('%s', (raw, repository, tag, family) => {
    const ref = parseImageRef(raw);
    expect(ref.repository).toBe(repository);
    expect(ref.tag).toBe(tag);
    expect(ref.family).toBe(family);
  });

  it('keeps the registry with its port and the digest', () => {
    const ref = parseImageRef('registry.example.com:5000/valkey/valkey:9@sha256:abc');
    expect(ref.registry).toBe('registry.example.com:5000');
    expect(ref.digest).toBe('sha256:abc');
    expect(ref.version).toEqual({ major: 9 });
    expect(ref.family).toBe('valkey');
  });

  it('reads versions from tags', () => {
    expect(parseImageRef('redis:7.4.2-alpine').version).toEqual({ major: 7, minor: 4, patch: 2 });
    expect(parseImageRef('redis:7-alpine').version).toEqual({ major: 7 });
    expect(parseImageRef('redis:alpine').version).toBeUndefined();
    expect(parseImageRef('dragonfly:v1.14.0').version).toEqual({ major: 1, minor: 14, patch: 0 });
  });
});

describe('isPinned', () => {
  it.each([
    ['redis', false],
    ['redis:latest', false],
    ['redis:alpine', false],
    ['redis:7', false],
    ['redis:8-alpine', false],
    ['redis:7.2', true],
    ['redis:6.2.4-alpine', true],
    ['valkey/valkey:9@sha256:5463', true],
  ])('%s -> %s', (raw, pinned) => {
    expect(isPinned(parseImageRef(raw))).toBe(pinned);
  });
});
