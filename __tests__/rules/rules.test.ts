import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { checkProject, yaml } from './load.js';

/** A production-shaped Redis service that no rule should fire on; cases change one thing. */
const GOOD_REDIS = [
  '  redis:',
  '    image: redis:7.4.2-alpine',
  '    command: ["sh", "-c", "exec redis-server /etc/redis/redis.conf"]',
  '    environment:',
  '      REDISCLI_AUTH: ${REDIS_PASSWORD:?set it}',
  '    volumes:',
  '      - redis_data:/data',
  '      - ./redis.conf:/etc/redis/redis.conf:ro',
  '    healthcheck:',
  '      test: ["CMD-SHELL", "redis-cli -e ping | grep -q PONG"]',
  '    stop_grace_period: 30s',
];
const GOOD_CONF = 'requirepass 3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f\nappendonly yes\n';
const GOOD_WORKER = [
  '  worker:',
  '    image: app:1.0',
  '    environment:',
  '      CELERY_BROKER_URL: redis://:3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f@redis:6379/0',
  '    depends_on:',
  '      redis:',
  '        condition: service_healthy',
];
const VOLUMES = ['volumes:', '  redis_data:'];

interface Case {
  rule: string;
  name: string;
  files: Record<string, string>;
  env?: Record<string, string>;
  /** Expected line of the finding (in compose.yaml unless `file` says otherwise), or false for "does not fire". */
  line: number | false;
  file?: string;
  severity?: string;
  service?: string;
  message?: RegExp;
  /** Run the rules as for a run with probes. */
  probing?: boolean;
}

/** The good project with some lines of the redis service replaced (by index into GOOD_REDIS). */
function redisWith(
  change: (lines: string[]) => string[],
  extra: { worker?: string[]; top?: string[]; conf?: string } = {},
) {
  return {
    'compose.yaml': yaml(
      'services:',
      ...change([...GOOD_REDIS]),
      ...(extra.worker ?? GOOD_WORKER),
      ...(extra.top ?? VOLUMES),
    ),
    'redis.conf': extra.conf ?? GOOD_CONF,
  };
}
const set = (i: number, line: string) => (l: string[]) => l.map((x, j) => (j === i ? line : x));
const drop =
  (...is: number[]) =>
  (l: string[]) =>
    l.filter((_, j) => !is.includes(j));

// Line numbers: 'services:' is line 1, GOOD_REDIS starts at line 2 (index i -> line i + 2).
const L = (i: number) => i + 2;

const CASES: Case[] = [
  {
    rule: 'image-unpinned',
    name: 'floating tag',
    files: redisWith(set(1, '    image: redis:7-alpine')),
    line: L(1),
  },
  {
    rule: 'image-unpinned',
    name: 'no tag',
    files: redisWith(set(1, '    image: redis')),
    line: L(1),
  },
  {
    rule: 'image-unpinned',
    name: 'digest counts as pinned',
    files: redisWith(set(1, '    image: redis:7@sha256:0123abcd')),
    line: false,
  },
  {
    rule: 'image-unpinned',
    name: 'major.minor',
    files: redisWith(set(1, '    image: valkey/valkey:8.0-alpine')),
    line: false,
  },
  {
    rule: 'image-unmaintained',
    name: 'Redis 6.0',
    files: redisWith(set(1, '    image: redis:6.0.20')),
    line: L(1),
  },
  {
    rule: 'image-unmaintained',
    name: 'keydb',
    files: redisWith(set(1, '    image: eqalpha/keydb:6.3.4')),
    line: L(1),
  },
  {
    rule: 'image-unmaintained',
    name: 'bitnami versioned',
    files: redisWith(set(1, '    image: bitnami/redis:7.2')),
    line: L(1),
  },
  {
    rule: 'image-unmaintained',
    name: 'Redis 6.2',
    files: redisWith(set(1, '    image: redis:6.2.14')),
    line: false,
  },
  {
    rule: 'port-public',
    name: 'all interfaces, no auth (error)',
    severity: 'error',
    files: redisWith((l) => [...l, '    ports:', '      - "6379:6379"'], {
      conf: 'appendonly yes\n',
    }),
    line: 14,
  },
  {
    rule: 'port-public',
    name: 'all interfaces with auth (warning)',
    severity: 'warning',
    files: redisWith((l) => [...l, '    ports:', '      - "0.0.0.0:6379:6379"']),
    line: 14,
  },
  {
    rule: 'port-public',
    name: 'loopback',
    files: redisWith((l) => [...l, '    ports:', '      - "127.0.0.1:6379:6379"']),
    line: false,
  },
  {
    rule: 'auth-missing',
    name: 'no password anywhere',
    files: redisWith((l) => l, { conf: 'appendonly yes\n' }),
    line: L(2),
  },
  {
    rule: 'auth-missing',
    name: 'bitnami ALLOW_EMPTY_PASSWORD',
    files: redisWith((l) => [
      ...set(1, '    image: bitnamilegacy/redis:7.2.4')(drop(2, 7)(l)).slice(0, 3),
      '      ALLOW_EMPTY_PASSWORD: "yes"',
      ...drop(2, 7)(l).slice(3),
    ]),
    line: 5,
  },
  {
    rule: 'auth-missing',
    name: 'password in the mounted config',
    files: redisWith((l) => l),
    line: false,
  },
  {
    rule: 'auth-unset-variable',
    name: 'string command loses its value',
    files: redisWith(set(2, '    command: redis-server --requirepass ${REDIS_PASSWORD}')),
    line: L(2),
    message: /drops the empty word/,
  },
  {
    rule: 'auth-unset-variable',
    name: 'list command gets an empty password',
    files: redisWith(
      set(2, '    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD:-}"]'),
    ),
    line: L(2),
    message: /empty password/,
  },
  {
    rule: 'auth-unset-variable',
    name: 'bitnami REDIS_PASSWORD from a plain variable',
    files: {
      'compose.yaml': yaml(
        'services:',
        '  redis:',
        '    image: bitnamilegacy/redis:7.2.4',
        '    environment:',
        '      REDIS_PASSWORD: ${REDIS_PASSWORD}',
      ),
    },
    line: 5,
    message: /the image then starts/,
  },
  {
    rule: 'auth-unset-variable',
    name: 'guarded with :?',
    files: redisWith(
      set(2, '    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD:?set it}"]'),
    ),
    line: false,
  },
  {
    rule: 'auth-literal',
    name: 'default value',
    file: 'compose.yaml',
    files: redisWith(
      set(
        2,
        '    command: redis-server --requirepass ${REDIS_PASSWORD:-3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f}',
      ),
    ),
    line: L(2),
  },
  {
    rule: 'auth-literal',
    name: 'literal via container variable',
    files: redisWith((l) => [
      ...set(
        2,
        '    command: ["sh", "-c", "exec redis-server --requirepass \\"$$PW\\""]',
      )(l).slice(0, 4),
      '      PW: hunter2hunter2hunter2',
      ...l.slice(4),
    ]),
    line: 6,
  },
  {
    rule: 'auth-literal',
    name: 'password only in a mounted config',
    files: redisWith((l) => l),
    line: false,
  },
  {
    rule: 'auth-weak',
    name: 'short default',
    files: redisWith(set(2, '    command: redis-server --requirepass ${REDIS_PASSWORD:-redis}')),
    line: L(2),
  },
  {
    rule: 'auth-weak',
    name: 'long default',
    files: redisWith(
      set(
        2,
        '    command: redis-server --requirepass ${REDIS_PASSWORD:-3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f}',
      ),
    ),
    line: false,
  },
  {
    rule: 'auth-in-argv',
    name: '--requirepass on the command line',
    files: redisWith(
      set(2, '    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD:?set it}"]'),
    ),
    line: L(2),
  },
  {
    rule: 'auth-in-argv',
    name: 'config file and REDISCLI_AUTH',
    files: redisWith((l) => l),
    line: false,
  },
  {
    rule: 'auth-url-unsafe',
    name: 'password with @ and /',
    files: redisWith((l) => l, {
      conf: 'requirepass "p@ss/word-3b7c1e0f5a9d4c2b"\nappendonly yes\n',
    }),
    line: 1,
    file: 'redis.conf',
  },
  { rule: 'auth-url-unsafe', name: 'hex password', files: redisWith((l) => l), line: false },
  {
    rule: 'auth-url-unsafe',
    name: 'password with @ and / percent-encoded in every consumer URL',
    files: redisWith((l) => l, {
      conf: 'requirepass "p@ss/word-3b7c1e0f5a9d4c2b"\nappendonly yes\n',
      worker: GOOD_WORKER.map((line) =>
        line.replace('3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f', 'p%40ss%2Fword-3b7c1e0f5a9d4c2b'),
      ),
    }),
    line: false,
  },
  {
    rule: 'acl-channels',
    name: 'result backend user without channels',
    files: redisWith((l) => l, {
      conf: 'user celery on >3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f ~* +@all\nuser default off\nappendonly yes\n',
      worker: [
        '  worker:',
        '    image: app:1.0',
        '    environment:',
        '      CELERY_RESULT_BACKEND: redis://celery:3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f@redis:6379/1',
        '    depends_on:',
        '      redis:',
        '        condition: service_healthy',
      ],
    }),
    line: 1,
    file: 'redis.conf',
  },
  {
    rule: 'acl-channels',
    name: 'user with &*',
    files: redisWith((l) => l, {
      conf: 'user celery on >3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f ~* &* +@all\nuser default off\nappendonly yes\n',
      worker: [
        '  worker:',
        '    image: app:1.0',
        '    environment:',
        '      CELERY_RESULT_BACKEND: redis://celery:3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f@redis:6379/1',
        '    depends_on:',
        '      redis:',
        '        condition: service_healthy',
      ],
    }),
    line: false,
  },
  { rule: 'persist-no-volume', name: 'no data volume', files: redisWith(drop(6)), line: L(6) },
  {
    rule: 'persist-no-volume',
    name: 'anonymous volume',
    files: redisWith(set(6, '      - /data')),
    line: L(6),
  },
  {
    rule: 'persist-no-volume',
    name: 'bitnami data dir under /bitnami',
    files: redisWith((l) =>
      set(1, '    image: bitnamilegacy/redis:7.2.4')(set(6, '      - redis_data:/bitnami')(l)),
    ),
    line: false,
  },
  {
    rule: 'persist-volume-undeclared',
    name: 'undeclared named volume',
    files: redisWith((l) => l, { top: [] }),
    line: L(6),
  },
  { rule: 'persist-volume-undeclared', name: 'declared', files: redisWith((l) => l), line: false },
  {
    rule: 'persist-disabled',
    name: 'save "" without AOF on a broker',
    files: redisWith((l) => l, { conf: 'requirepass 3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f\nsave ""\n' }),
    line: 2,
    file: 'redis.conf',
  },
  {
    rule: 'persist-disabled',
    name: 'save "" with AOF',
    files: redisWith((l) => l, {
      conf: 'requirepass 3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f\nsave ""\nappendonly yes\n',
    }),
    line: false,
  },
  {
    rule: 'persist-rdb-only',
    name: 'broker with RDB only',
    files: redisWith((l) => l, { conf: 'requirepass 3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f\n' }),
    line: L(2),
  },
  { rule: 'persist-rdb-only', name: 'broker with AOF', files: redisWith((l) => l), line: false },
  // A finding about the whole service points at its first line (the mapping under `redis:`).
  { rule: 'persist-stop-grace', name: 'default 10 s', files: redisWith(drop(10)), line: L(1) },
  { rule: 'persist-stop-grace', name: '30 s', files: redisWith((l) => l), line: false },
  { rule: 'health-missing', name: 'no healthcheck', files: redisWith(drop(8, 9)), line: L(1) },
  {
    rule: 'health-missing',
    name: 'disabled',
    files: redisWith(set(9, '      disable: true')),
    line: L(9),
  },
  { rule: 'health-missing', name: 'present', files: redisWith((l) => l), line: false },
  {
    rule: 'health-unauthenticated',
    name: 'password but no REDISCLI_AUTH',
    files: redisWith(drop(3, 4)),
    line: L(9) - 2,
  },
  {
    rule: 'health-unauthenticated',
    name: 'sends -a',
    files: redisWith((l) =>
      drop(3, 4)(set(9, '      test: ["CMD", "redis-cli", "-e", "-a", "$$PW", "ping"]')(l)),
    ),
    line: false,
  },
  {
    rule: 'health-lenient',
    name: 'redis-cli ping',
    files: redisWith(set(9, '      test: ["CMD", "redis-cli", "ping"]')),
    line: L(9),
  },
  {
    rule: 'health-lenient',
    name: '|| exit 1 does not help',
    files: redisWith(set(9, '      test: redis-cli ping || exit 1')),
    line: L(9),
  },
  {
    rule: 'health-lenient',
    name: '-e',
    files: redisWith(set(9, '      test: ["CMD", "redis-cli", "-e", "ping"]')),
    line: false,
  },
  {
    rule: 'health-writes',
    name: 'incr',
    files: redisWith(set(9, '      test: ["CMD", "redis-cli", "-e", "--raw", "incr", "ping"]')),
    line: L(9),
  },
  { rule: 'health-writes', name: 'ping', files: redisWith((l) => l), line: false },
  {
    rule: 'memory-eviction',
    name: 'allkeys-lru on a broker',
    severity: 'error',
    files: redisWith((l) => l, {
      conf: GOOD_CONF + 'maxmemory 100mb\nmaxmemory-policy allkeys-lru\n',
    }),
    line: 4,
    file: 'redis.conf',
  },
  {
    rule: 'memory-eviction',
    name: 'volatile-lru is a notice',
    severity: 'notice',
    files: redisWith((l) => l, { conf: GOOD_CONF + 'maxmemory-policy volatile-lru\n' }),
    line: 3,
    file: 'redis.conf',
  },
  {
    rule: 'memory-eviction',
    name: 'noeviction',
    files: redisWith((l) => l, { conf: GOOD_CONF + 'maxmemory-policy noeviction\n' }),
    line: false,
  },
  {
    rule: 'memory-unbounded',
    name: 'mem_limit without maxmemory',
    files: redisWith((l) => [...l, '    mem_limit: 512m']),
    line: 13,
  },
  {
    rule: 'memory-unbounded',
    name: 'mem_limit with maxmemory',
    files: redisWith((l) => [...l, '    mem_limit: 512m'], {
      conf: GOOD_CONF + 'maxmemory 400mb\n',
    }),
    line: false,
  },
  {
    rule: 'config-invalid',
    name: 'unknown directive',
    files: redisWith((l) => l, { conf: GOOD_CONF + 'requirepas x\n' }),
    line: 3,
    file: 'redis.conf',
  },
  {
    rule: 'config-invalid',
    name: 'args-only command is fine',
    files: redisWith(
      set(
        2,
        '    command: ["/etc/redis/redis.conf", "--save", "60", "1", "--loglevel", "warning"]',
      ),
    ),
    line: false,
  },
  {
    rule: 'config-invalid',
    name: 'one item holding --port 6380 is fine',
    files: redisWith(
      set(2, '    command: ["redis-server", "/etc/redis/redis.conf", "--port 6380"]'),
    ),
    line: false,
  },
  {
    rule: 'config-unloaded',
    name: 'mounted but not passed',
    files: redisWith(
      set(2, '    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD:?set it}"]'),
    ),
    line: L(7),
  },
  {
    rule: 'config-unloaded',
    name: 'mounted directory holding redis.conf, not passed',
    files: {
      ...redisWith((l) =>
        set(
          7,
          '      - ./conf:/usr/local/etc/redis:ro',
        )(set(2, '    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD:?set it}"]')(l)),
      ),
      'conf/redis.conf': GOOD_CONF,
    },
    line: L(7),
    message: /\/usr\/local\/etc\/redis\/redis\.conf/,
  },
  { rule: 'config-unloaded', name: 'passed', files: redisWith((l) => l), line: false },
  {
    rule: 'config-bind-loopback',
    name: 'bind 127.0.0.1',
    files: redisWith((l) => l, { conf: GOOD_CONF + 'bind 127.0.0.1 -::1\n' }),
    line: 3,
    file: 'redis.conf',
  },
  {
    rule: 'config-bind-loopback',
    name: 'bind all',
    files: redisWith((l) => l, { conf: GOOD_CONF + 'bind * -::*\n' }),
    line: false,
  },
  {
    rule: 'consumer-host-unknown',
    name: 'typo in host',
    service: 'worker',
    files: redisWith((l) => l, {
      worker: set(
        3,
        '      CELERY_BROKER_URL: redis://:3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f@rediss:6379/0',
      )(GOOD_WORKER),
    }),
    line: 16,
  },
  {
    rule: 'consumer-host-unknown',
    name: 'network alias',
    files: redisWith((l) => [...l, '    networks:', '      default:', '        aliases: [cache]'], {
      worker: set(
        3,
        '      CELERY_BROKER_URL: redis://:3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f@cache:6379/0',
      )(GOOD_WORKER),
    }),
    line: false,
  },
  {
    rule: 'consumer-localhost',
    name: 'localhost',
    service: 'worker',
    files: redisWith((l) => l, {
      worker: set(
        3,
        '      CELERY_BROKER_URL: redis://:3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f@localhost:6379/0',
      )(GOOD_WORKER),
    }),
    line: 16,
  },
  { rule: 'consumer-localhost', name: 'service name', files: redisWith((l) => l), line: false },
  {
    rule: 'consumer-no-password',
    name: 'URL without password',
    files: redisWith((l) => l, {
      worker: set(3, '      CELERY_BROKER_URL: redis://redis:6379/0')(GOOD_WORKER),
    }),
    line: 16,
  },
  {
    rule: 'consumer-no-password',
    name: 'URL with password',
    files: redisWith((l) => l),
    line: false,
  },
  {
    rule: 'consumer-password-mismatch',
    name: 'different password',
    files: redisWith((l) => l, {
      worker: set(
        3,
        '      CELERY_BROKER_URL: redis://:other-password-0123456789@redis:6379/0',
      )(GOOD_WORKER),
    }),
    line: 16,
    message: /^(?!.*other-password)/,
  },
  {
    rule: 'consumer-password-mismatch',
    name: 'same password',
    files: redisWith((l) => l),
    line: false,
  },
  {
    rule: 'consumer-url-invalid',
    name: 'unencoded # in password',
    service: 'worker',
    files: redisWith((l) => l, {
      worker: set(3, '      CELERY_BROKER_URL: "redis://:ab#cd@redis:6379/0"')(GOOD_WORKER),
    }),
    line: 16,
  },
  { rule: 'consumer-url-invalid', name: 'valid URL', files: redisWith((l) => l), line: false },
  {
    rule: 'consumer-unhealthy-dependency',
    name: 'short-form depends_on',
    files: redisWith((l) => l, { worker: [...GOOD_WORKER.slice(0, 4), '    depends_on: [redis]'] }),
    line: 17,
  },
  {
    rule: 'consumer-unhealthy-dependency',
    name: 'service_healthy',
    files: redisWith((l) => l),
    line: false,
  },
  {
    rule: 'ha-topology',
    name: 'replica without masterauth',
    files: redisWith((l) => l, { conf: GOOD_CONF + 'replicaof primary 6379\n' }),
    line: 3,
    file: 'redis.conf',
  },
  { rule: 'ha-topology', name: 'standalone', files: redisWith((l) => l), line: false },
  {
    rule: 'compose-invalid',
    name: 'misspelled key',
    service: 'worker',
    files: redisWith((l) => l, { worker: [...GOOD_WORKER, '    environnement:', '      A: b'] }),
    line: 20,
  },
  { rule: 'compose-invalid', name: 'valid project', files: redisWith((l) => l), line: false },
  {
    rule: 'variable-unset',
    name: 'unset password variable',
    files: redisWith((l) => l),
    line: L(4),
  },
  {
    rule: 'variable-unset',
    name: 'set',
    env: { REDIS_PASSWORD: 'x' },
    files: redisWith((l) => l),
    line: false,
  },
  {
    rule: 'variable-unset',
    name: 'unset but used by nothing Redis-related',
    env: { REDIS_PASSWORD: 'x' },
    files: redisWith((l) => l, { worker: [...GOOD_WORKER, '    command: ["run", "${APP_MODE}"]'] }),
    line: false,
  },
  {
    rule: 'probe-isolation',
    name: 'the Docker socket mounted: refused',
    probing: true,
    files: redisWith((l) => [
      ...l.slice(0, 8),
      '      - /var/run/docker.sock:/var/run/docker.sock',
      ...l.slice(8),
    ]),
    line: L(8),
    severity: 'warning',
    message: /not probed: volumes\[2\]: mounts the host path \/var\/run\/docker\.sock/,
  },
  {
    rule: 'probe-isolation',
    name: 'privileged: dropped',
    probing: true,
    files: redisWith((l) => [...l, '    privileged: true']),
    line: L(GOOD_REDIS.length),
    severity: 'notice',
    message: /probed without privileged/,
  },
  {
    rule: 'probe-isolation',
    name: 'network_mode container: refused',
    probing: true,
    files: redisWith((l) => [...l, '    network_mode: "container:other"']),
    line: L(GOOD_REDIS.length),
    severity: 'warning',
    message: /network_mode "container:other" shares the network of a container/,
  },
  {
    rule: 'probe-isolation',
    name: 'a plain service',
    probing: true,
    files: redisWith((l) => l),
    line: false,
  },
  {
    rule: 'probe-isolation',
    name: 'no probes: nothing to say',
    files: redisWith((l) => [...l, '    privileged: true']),
    line: false,
  },
];

describe('every rule has a firing and a non-firing case', () => {
  it.each(RULES.map((r) => r.id))('%s', (id) => {
    expect(
      CASES.some((c) => c.rule === id && c.line !== false),
      `no firing case for ${id}`,
    ).toBe(true);
    expect(
      CASES.some((c) => c.rule === id && c.line === false),
      `no non-firing case for ${id}`,
    ).toBe(true);
  });
});

describe('rules', () => {
  it.each(CASES.map((c) => [`${c.rule}: ${c.name}`, c] as const))('%s', async (_, c) => {
    const checked = await checkProject(c.files, c.env, { probing: c.probing === true });
    const hits = checked.of(c.rule);
    if (c.line === false) {
      expect(hits.map((h) => `${h.pos.line}: ${h.message}`)).toEqual([]);
      return;
    }
    const file = c.file ?? 'compose.yaml';
    const hit = hits.find((h) => h.pos.file.endsWith('/' + file) && h.pos.line === c.line);
    expect(
      hit,
      `expected ${c.rule} at ${file}:${c.line}, got ${JSON.stringify(hits.map((h) => [h.pos.file, h.pos.line, h.message]))}`,
    ).toBeDefined();
    expect(hit!.service).toBe(c.service ?? 'redis');
    if (c.severity) expect(hit!.severity).toBe(c.severity);
    if (c.message) expect(hit!.message).toMatch(c.message);
    // No finding ever shows a password of the fixtures.
    for (const f of checked.findings)
      expect(f.message).not.toMatch(/3b7c1e0f5a9d4c2b|hunter2|other-password|p@ss/);
  });
});

describe('suggested fixes', () => {
  it('quotes an unquoted port it binds to 127.0.0.1', async () => {
    const checked = await checkProject(redisWith((l) => [...l, '    ports:', '      - 6379:6379']));
    expect(checked.of('port-public')[0]?.fix?.replacement).toBe('"127.0.0.1:6379:6379"');
  });
  it('authenticates a healthcheck through REDISCLI_AUTH from the container variable', async () => {
    const checked = await checkProject(
      redisWith((l) =>
        set(
          2,
          '    command: ["sh", "-c", "exec redis-server /etc/redis/redis.conf --requirepass \\"$$PW\\""]',
        )(set(4, '      PW: ${PW:?set it}')(set(9, '      test: ["CMD", "redis-cli", "ping"]')(l))),
      ),
    );
    expect(checked.of('health-unauthenticated')[0]?.fix?.replacement).toBe(
      '["CMD-SHELL", "REDISCLI_AUTH=\\"$$PW\\" redis-cli -e ping | grep -q PONG"]',
    );
    // One fix for the healthcheck, whichever rule offers it (issue 14 class 8): adding -e
    // alone would leave the check unauthenticated.
    expect(checked.of('health-lenient')[0]?.fix?.replacement).toBe(
      '["CMD-SHELL", "REDISCLI_AUTH=\\"$$PW\\" redis-cli -e ping | grep -q PONG"]',
    );
  });
  it('binds a quoted published port to 127.0.0.1, keeping it quoted', async () => {
    const checked = await checkProject(
      redisWith((l) => [...l, '    ports:', '      - "6379:6379"']),
    );
    expect(checked.of('port-public')[0]?.fix).toMatchObject({
      pos: { line: 14, column: 9, endColumn: 20 },
      replacement: '"127.0.0.1:6379:6379"',
    });
  });
  it('adds -e to a CMD-SHELL healthcheck', async () => {
    const checked = await checkProject(
      redisWith(set(9, '      test: ["CMD-SHELL", "redis-cli ping || exit 1"]')),
    );
    expect(checked.of('health-lenient')[0]?.fix?.replacement).toBe('"redis-cli -e ping || exit 1"');
  });
  it('adds :? to the password variable', async () => {
    const checked = await checkProject(
      redisWith(set(2, '    command: redis-server --requirepass ${REDIS_PASSWORD}')),
    );
    const fix = checked.of('auth-unset-variable')[0]?.fix;
    expect(fix?.replacement).toBe('${REDIS_PASSWORD:?set REDIS_PASSWORD}');
    expect(fix?.pos).toMatchObject({ line: 4, column: 41, endColumn: 58 });
  });
});
