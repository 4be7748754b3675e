/**
 * Redis connection URLs as the common clients read them (redis-py / kombu
 * `urlsplit`, ioredis, node-redis): `redis://[[user]:password@]host[:port][/db][?query]`,
 * `rediss://` (TLS), `redis+socket:///path`, `unix:///path`, `sentinel://`
 * (kombu; several joined by `;`), and bare `host[:port]` values. The
 * authority ends at the first `/`, `?` or `#`, so a password holding one of
 * those must be percent-encoded; credentials split at the last `@`.
 */

export type RedisUrlScheme = 'redis' | 'rediss' | 'redis+socket' | 'unix' | 'sentinel' | 'bare';

export interface RedisEndpoint {
  host?: string;
  port?: number;
}

export interface RedisUrl {
  scheme: RedisUrlScheme;
  host?: string;
  port?: number;
  username?: string;
  password?: string;
  db?: number;
  /** Socket path for unix schemes. */
  path?: string;
  query: Record<string, string>;
  /** Every endpoint (sentinel URLs may list several). */
  endpoints: RedisEndpoint[];
}

export type ParsedRedisUrl = { ok: true; url: RedisUrl } | { ok: false; error: string };

const SCHEMES: Record<string, RedisUrlScheme> = {
  redis: 'redis',
  rediss: 'rediss',
  valkey: 'redis',
  valkeys: 'rediss',
  'redis+socket': 'redis+socket',
  'rediss+socket': 'redis+socket',
  unix: 'unix',
  socket: 'unix',
  sentinel: 'sentinel',
  'sentinel+ssl': 'sentinel',
};

/** A value that names a Redis server: a Redis URL scheme. */
export function hasRedisScheme(value: string): boolean {
  const m = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value.trim());
  return m !== null && m[1]!.toLowerCase() in SCHEMES;
}

/** A bare `host` or `host:port` value (no scheme). */
export function isBareHostPort(value: string): boolean {
  return /^(\[[0-9a-f:.]+\]|[A-Za-z0-9_.-]+)(:\d{1,5})?$/i.test(value.trim());
}

export function parseRedisUrl(text: string): ParsedRedisUrl {
  const value = text.trim();
  if (isBareHostPort(value)) {
    const hp = splitHostPort(value);
    if (!hp.ok) return hp;
    return {
      ok: true,
      url: { scheme: 'bare', ...hp.endpoint, query: {}, endpoints: [hp.endpoint] },
    };
  }
  const m = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/is.exec(value);
  if (!m) return { ok: false, error: 'it is neither a redis:// URL nor host:port' };
  const scheme = SCHEMES[m[1]!.toLowerCase()];
  if (!scheme) return { ok: false, error: `unknown scheme '${m[1]}://'` };
  if (scheme === 'sentinel' && m[2]!.includes(';')) {
    const parts = value.split(';').map((p) => parseRedisUrl(p));
    const bad = parts.find((p) => !p.ok);
    if (bad) return bad;
    const urls = parts.map((p) => (p as { ok: true; url: RedisUrl }).url);
    return { ok: true, url: { ...urls[0]!, endpoints: urls.flatMap((u) => u.endpoints) } };
  }
  let rest = m[2]!;
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const authorityEnd = rest.search(/[/?]/);
  const authority = authorityEnd < 0 ? rest : rest.slice(0, authorityEnd);
  const afterAuthority = authorityEnd < 0 ? '' : rest.slice(authorityEnd);
  const q = afterAuthority.indexOf('?');
  const pathPart = q < 0 ? afterAuthority : afterAuthority.slice(0, q);
  const query: Record<string, string> = {};
  if (q >= 0) {
    for (const pair of afterAuthority.slice(q + 1).split('&')) {
      if (!pair) continue;
      const eq = pair.indexOf('=');
      const k = eq < 0 ? pair : pair.slice(0, eq);
      const v = eq < 0 ? '' : pair.slice(eq + 1);
      const dk = decode(k);
      const dv = decode(v);
      if (dk === undefined || dv === undefined)
        return { ok: false, error: 'a query parameter has a bad percent-encoding' };
      query[dk] = dv;
    }
  }
  const at = authority.lastIndexOf('@');
  const userinfo = at < 0 ? undefined : authority.slice(0, at);
  const hostport = at < 0 ? authority : authority.slice(at + 1);
  const url: RedisUrl = { scheme, query, endpoints: [] };
  if (userinfo !== undefined) {
    if (/[@\s]/.test(userinfo)) {
      return {
        ok: false,
        error: 'the credentials hold characters that must be percent-encoded (@ or a space)',
      };
    }
    const colon = userinfo.indexOf(':');
    const user = colon < 0 ? userinfo : userinfo.slice(0, colon);
    const pass = colon < 0 ? undefined : userinfo.slice(colon + 1);
    const du = decode(user);
    const dp = pass === undefined ? undefined : decode(pass);
    if (du === undefined || (pass !== undefined && dp === undefined)) {
      return { ok: false, error: 'the credentials hold a % that is not a percent-encoding' };
    }
    // redis-py: `redis://secret@host` (no colon) means a password for old servers;
    // a username alone is sent as password too. Keep both meanings visible.
    if (colon < 0) {
      url.password = du || undefined;
    } else {
      url.username = du || undefined;
      url.password = dp;
    }
  }
  if (query.password !== undefined) url.password = query.password;
  if (query.username !== undefined) url.username = query.username;
  if (scheme === 'redis+socket' || scheme === 'unix') {
    url.path = decode(pathPart) ?? pathPart;
  } else {
    if (hostport !== '') {
      const hp = splitHostPort(hostport);
      if (!hp.ok) return hp;
      url.host = hp.endpoint.host;
      url.port = hp.endpoint.port;
      url.endpoints.push(hp.endpoint);
    }
    const dbText = pathPart.replace(/^\//, '');
    if (dbText !== '') {
      if (!/^\d+$/.test(dbText))
        return { ok: false, error: `the database '/${dbText}' is not a number` };
      url.db = Number(dbText);
    }
  }
  if (query.db !== undefined) {
    if (!/^\d+$/.test(query.db))
      return { ok: false, error: 'the db query parameter is not a number' };
    url.db = Number(query.db);
  }
  return { ok: true, url };
}

function splitHostPort(
  text: string,
): { ok: true; endpoint: RedisEndpoint } | { ok: false; error: string } {
  let host = text;
  let portText: string | undefined;
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0) return { ok: false, error: 'an IPv6 host is missing its closing ]' };
    host = text.slice(1, close);
    const after = text.slice(close + 1);
    if (after.startsWith(':')) portText = after.slice(1);
    else if (after !== '') return { ok: false, error: 'unexpected text after the IPv6 host' };
  } else {
    const colon = text.lastIndexOf(':');
    if (colon >= 0) {
      host = text.slice(0, colon);
      portText = text.slice(colon + 1);
    }
  }
  const endpoint: RedisEndpoint = {
    host: host === '' ? undefined : (decode(host) ?? host).toLowerCase(),
  };
  if (portText !== undefined && portText !== '') {
    if (!/^\d+$/.test(portText) || Number(portText) > 65535) {
      return {
        ok: false,
        error:
          'the port is not a number from 0 to 65535 (a password with : / # ? needs percent-encoding)',
      };
    }
    endpoint.port = Number(portText);
  }
  if (endpoint.host !== undefined && !/^[a-z0-9_.\-:]+$/.test(endpoint.host)) {
    return {
      ok: false,
      error:
        'the host name holds characters a host cannot have (a password with / # ? needs percent-encoding)',
    };
  }
  return { ok: true, endpoint };
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Characters that break a Redis URL when a password holding them is pasted in unencoded. */
export const URL_UNSAFE_PASSWORD_CHARS = /[@:/#?%[\]\s]/;
