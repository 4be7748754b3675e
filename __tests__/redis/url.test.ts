import { describe, expect, it } from 'vitest';
import { parseRedisUrl } from '../../src/redis/url.js';

describe('parseRedisUrl', () => {
  it('reads host, port, password, db', () => {
    const r = parseRedisUrl('redis://:p%40ss@redis:6380/2');
    expect(r).toMatchObject({
      ok: true,
      url: { scheme: 'redis', host: 'redis', port: 6380, password: 'p@ss', db: 2 },
    });
  });
  it('reads user and password, TLS and query options', () => {
    expect(
      parseRedisUrl('rediss://celery:pw@cache.internal:6379?db=3&ssl_cert_reqs=none'),
    ).toMatchObject({
      ok: true,
      url: { scheme: 'rediss', username: 'celery', password: 'pw', host: 'cache.internal', db: 3 },
    });
  });
  it('reads an empty password as empty', () => {
    expect(parseRedisUrl('redis://:@redis:6379/0')).toMatchObject({
      ok: true,
      url: { password: '' },
    });
  });
  it('reads unix sockets and sentinel lists', () => {
    expect(parseRedisUrl('unix:///run/redis.sock?db=1')).toMatchObject({
      ok: true,
      url: { path: '/run/redis.sock', db: 1 },
    });
    const s = parseRedisUrl('sentinel://:pw@s1:26379;sentinel://:pw@s2:26379');
    expect(s.ok && s.url.endpoints.map((e) => e.host)).toEqual(['s1', 's2']);
  });
  it('reads bare host:port', () => {
    expect(parseRedisUrl('redis-queue:6379')).toMatchObject({
      ok: true,
      url: { scheme: 'bare', host: 'redis-queue', port: 6379 },
    });
  });
  it('rejects passwords that need percent-encoding', () => {
    expect(parseRedisUrl('redis://:a/b@redis:6379/0').ok).toBe(false);
    expect(parseRedisUrl('redis://:a#b@redis:6379/0').ok).toBe(false);
    expect(parseRedisUrl('redis://:a@b@redis:6379/0').ok).toBe(false);
    expect(parseRedisUrl('redis://:50%off@redis').ok).toBe(false);
  });
  it('rejects a non-numeric db', () => {
    expect(parseRedisUrl('redis://redis:6379/x').ok).toBe(false);
  });
});
