import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { add, edited, keyLineOf, lineOf, remove, set, type Edit, type KeyPath } from './edit.js';
import { checkProject, yaml } from './load.js';

/** A production-shaped project that no rule should fire on; cases change one thing, by key. */
const GOOD = yaml(
  'services:',
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
  '  worker:',
  '    image: app:1.0',
  '    environment:',
  '      CELERY_BROKER_URL: redis://:3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f@redis:6379/0',
  '    depends_on:',
  '      redis:',
  '        condition: service_healthy',
  'volumes:',
  '  redis_data:',
);
const GOOD_CONF = 'requirepass 3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f\nappendonly yes\n';

const REDIS = ['services', 'redis'];
const IMAGE = [...REDIS, 'image'];
const COMMAND = [...REDIS, 'command'];
const ENVIRONMENT = [...REDIS, 'environment'];
const VOLUMES = [...REDIS, 'volumes'];
const DATA_VOLUME = [...VOLUMES, 0];
const CONF_MOUNT = [...VOLUMES, 1];
const HEALTHCHECK = [...REDIS, 'healthcheck'];
const HEALTH_TEST = [...HEALTHCHECK, 'test'];
const WORKER = ['services', 'worker'];
const WORKER_ENVIRONMENT = [...WORKER, 'environment'];
const BROKER_URL = [...WORKER_ENVIRONMENT, 'CELERY_BROKER_URL'];
const GUARDED_ARGV = '["redis-server", "--requirepass", "${REDIS_PASSWORD:?set it}"]';

/** The good project with some edits, and a redis.conf. */
function withConf(conf: string, ...edits: Edit[]) {
  return { 'compose.yaml': edited(GOOD, edits), 'redis.conf': conf };
}
const project = (...edits: Edit[]) => withConf(GOOD_CONF, ...edits);

interface Case {
  rule: string;
  name: string;
  files: Record<string, string>;
  env?: Record<string, string>;
  /**
   * Where the finding should be, or false for "does not fire": a line of
   * `file`, or in compose.yaml the line of the value at a key path (`{ key }`:
   * of the key itself).
   */
  line: number | false | KeyPath | { key: KeyPath };
  file?: string;
  severity?: string;
  service?: string;
  message?: RegExp;
  /** Run the rules as for a run with probes. */
  probing?: boolean;
}

function expectedLine(c: Case): number | false {
  const line = c.line;
  if (line === false || typeof line === 'number') return line;
  const text = c.files['compose.yaml']!;
  return 'key' in line ? keyLineOf(text, line.key) : lineOf(text, line);
}

const CASES: Case[] = [
  {
    rule: 'image-unpinned',
    name: 'floating tag',
    files: project(set(IMAGE, 'redis:7-alpine')),
    line: IMAGE,
  },
  {
    rule: 'image-unpinned',
    name: 'no tag',
    files: project(set(IMAGE, 'redis')),
    line: IMAGE,
  },
  {
    rule: 'image-unpinned',
    name: 'digest counts as pinned',
    files: project(set(IMAGE, 'redis:7@sha256:0123abcd')),
    line: false,
  },
  {
    rule: 'image-unpinned',
    name: 'major.minor',
    files: project(set(IMAGE, 'valkey/valkey:8.0-alpine')),
    line: false,
  },
  {
    rule: 'image-unmaintained',
    name: 'Redis 6.0',
    files: project(set(IMAGE, 'redis:6.0.20')),
    line: IMAGE,
  },
  {
    rule: 'image-unmaintained',
    name: 'keydb',
    files: project(set(IMAGE, 'eqalpha/keydb:6.3.4')),
    line: IMAGE,
  },
  {
    rule: 'image-unmaintained',
    name: 'bitnami versioned',
    files: project(set(IMAGE, 'bitnami/redis:7.2')),
    line: IMAGE,
  },
  {
    rule: 'image-unmaintained',
    name: 'Redis 6.2',
    files: project(set(IMAGE, 'redis:6.2.14')),
    line: false,
  },
  {
    rule: 'port-public',
    name: 'all interfaces, no auth (error)',
    severity: 'error',
    files: withConf('appendonly yes\n', add(REDIS, 'ports:', '  - "6379:6379"')),
    line: [...REDIS, 'ports', 0],
  },
  {
    rule: 'port-public',
    name: 'all interfaces with auth (warning)',
    severity: 'warning',
    files: project(add(REDIS, 'ports:', '  - "0.0.0.0:6379:6379"')),
    line: [...REDIS, 'ports', 0],
  },
  {
    rule: 'port-public',
    name: 'loopback',
    files: project(add(REDIS, 'ports:', '  - "127.0.0.1:6379:6379"')),
    line: false,
  },
  {
    rule: 'auth-missing',
    name: 'no password anywhere',
    files: withConf('appendonly yes\n'),
    line: COMMAND,
  },
  {
    rule: 'auth-missing',
    name: 'bitnami ALLOW_EMPTY_PASSWORD',
    files: project(
      set(IMAGE, 'bitnamilegacy/redis:7.2.4'),
      remove(COMMAND),
      remove(CONF_MOUNT),
      add(ENVIRONMENT, 'ALLOW_EMPTY_PASSWORD: "yes"'),
    ),
    line: [...ENVIRONMENT, 'ALLOW_EMPTY_PASSWORD'],
  },
  {
    rule: 'auth-missing',
    name: 'password in the mounted config',
    files: project(),
    line: false,
  },
  {
    rule: 'auth-unset-variable',
    name: 'string command loses its value',
    files: project(set(COMMAND, 'redis-server --requirepass ${REDIS_PASSWORD}')),
    line: COMMAND,
    message: /drops the empty word/,
  },
  {
    rule: 'auth-unset-variable',
    name: 'list command gets an empty password',
    files: project(set(COMMAND, '["redis-server", "--requirepass", "${REDIS_PASSWORD:-}"]')),
    line: COMMAND,
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
    line: [...ENVIRONMENT, 'REDIS_PASSWORD'],
    message: /the image then starts/,
  },
  {
    rule: 'auth-unset-variable',
    name: 'guarded with :?',
    files: project(set(COMMAND, GUARDED_ARGV)),
    line: false,
  },
  {
    rule: 'auth-literal',
    name: 'default value',
    file: 'compose.yaml',
    files: project(
      set(
        COMMAND,
        'redis-server --requirepass ${REDIS_PASSWORD:-3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f}',
      ),
    ),
    line: COMMAND,
  },
  {
    rule: 'auth-literal',
    name: 'literal via container variable',
    files: project(
      set(COMMAND, '["sh", "-c", "exec redis-server --requirepass \\"$$PW\\""]'),
      add(ENVIRONMENT, 'PW: hunter2hunter2hunter2'),
    ),
    line: [...ENVIRONMENT, 'PW'],
  },
  {
    rule: 'auth-literal',
    name: 'password only in a mounted config',
    files: project(),
    line: false,
  },
  {
    rule: 'auth-weak',
    name: 'short default',
    files: project(set(COMMAND, 'redis-server --requirepass ${REDIS_PASSWORD:-redis}')),
    line: COMMAND,
  },
  {
    rule: 'auth-weak',
    name: 'long default',
    files: project(
      set(
        COMMAND,
        'redis-server --requirepass ${REDIS_PASSWORD:-3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f}',
      ),
    ),
    line: false,
  },
  {
    rule: 'auth-in-argv',
    name: '--requirepass on the command line',
    files: project(set(COMMAND, GUARDED_ARGV)),
    line: COMMAND,
  },
  {
    rule: 'auth-in-argv',
    name: 'config file and REDISCLI_AUTH',
    files: project(),
    line: false,
  },
  {
    rule: 'auth-url-unsafe',
    name: 'password with @ and /',
    files: withConf('requirepass "p@ss/word-3b7c1e0f5a9d4c2b"\nappendonly yes\n'),
    line: 1,
    file: 'redis.conf',
  },
  { rule: 'auth-url-unsafe', name: 'hex password', files: project(), line: false },
  {
    rule: 'auth-url-unsafe',
    name: 'password with @ and / percent-encoded in every consumer URL',
    files: withConf(
      'requirepass "p@ss/word-3b7c1e0f5a9d4c2b"\nappendonly yes\n',
      set(BROKER_URL, 'redis://:p%40ss%2Fword-3b7c1e0f5a9d4c2b@redis:6379/0'),
    ),
    line: false,
  },
  {
    rule: 'acl-channels',
    name: 'result backend user without channels',
    files: withConf(
      'user celery on >3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f ~* +@all\nuser default off\nappendonly yes\n',
      add(
        WORKER_ENVIRONMENT,
        'CELERY_RESULT_BACKEND: redis://celery:3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f@redis:6379/1',
      ),
      remove(BROKER_URL),
    ),
    line: 1,
    file: 'redis.conf',
  },
  {
    rule: 'acl-channels',
    name: 'user with &*',
    files: withConf(
      'user celery on >3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f ~* &* +@all\nuser default off\nappendonly yes\n',
      add(
        WORKER_ENVIRONMENT,
        'CELERY_RESULT_BACKEND: redis://celery:3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f@redis:6379/1',
      ),
      remove(BROKER_URL),
    ),
    line: false,
  },
  {
    rule: 'persist-no-volume',
    name: 'no data volume',
    files: project(remove(DATA_VOLUME)),
    line: VOLUMES,
  },
  {
    rule: 'persist-no-volume',
    name: 'anonymous volume',
    files: project(set(DATA_VOLUME, '/data')),
    line: DATA_VOLUME,
  },
  {
    rule: 'persist-no-volume',
    name: 'bitnami data dir under /bitnami',
    files: project(
      set(IMAGE, 'bitnamilegacy/redis:7.2.4'),
      set(DATA_VOLUME, 'redis_data:/bitnami'),
    ),
    line: false,
  },
  {
    rule: 'persist-volume-undeclared',
    name: 'undeclared named volume',
    files: project(remove(['volumes'])),
    line: DATA_VOLUME,
  },
  { rule: 'persist-volume-undeclared', name: 'declared', files: project(), line: false },
  {
    rule: 'persist-disabled',
    name: 'save "" without AOF on a broker',
    files: withConf('requirepass 3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f\nsave ""\n'),
    line: 2,
    file: 'redis.conf',
  },
  {
    rule: 'persist-disabled',
    name: 'save "" with AOF',
    files: withConf('requirepass 3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f\nsave ""\nappendonly yes\n'),
    line: false,
  },
  {
    rule: 'persist-rdb-only',
    name: 'broker with RDB only',
    files: withConf('requirepass 3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f\n'),
    line: COMMAND,
  },
  { rule: 'persist-rdb-only', name: 'broker with AOF', files: project(), line: false },
  // A finding about the whole service points at its first line (the mapping under `redis:`).
  {
    rule: 'persist-stop-grace',
    name: 'default 10 s',
    files: project(remove([...REDIS, 'stop_grace_period'])),
    line: REDIS,
  },
  { rule: 'persist-stop-grace', name: '30 s', files: project(), line: false },
  {
    rule: 'health-missing',
    name: 'no healthcheck',
    files: project(remove(HEALTHCHECK)),
    line: REDIS,
  },
  {
    rule: 'health-missing',
    name: 'disabled',
    files: project(add(HEALTHCHECK, 'disable: true'), remove(HEALTH_TEST)),
    line: [...HEALTHCHECK, 'disable'],
  },
  { rule: 'health-missing', name: 'present', files: project(), line: false },
  {
    rule: 'health-unauthenticated',
    name: 'password but no REDISCLI_AUTH',
    files: project(remove(ENVIRONMENT)),
    line: HEALTH_TEST,
  },
  {
    rule: 'health-unauthenticated',
    name: 'sends -a',
    files: project(
      remove(ENVIRONMENT),
      set(HEALTH_TEST, '["CMD", "redis-cli", "-e", "-a", "$$PW", "ping"]'),
    ),
    line: false,
  },
  {
    rule: 'health-lenient',
    name: 'redis-cli ping',
    files: project(set(HEALTH_TEST, '["CMD", "redis-cli", "ping"]')),
    line: HEALTH_TEST,
  },
  {
    rule: 'health-lenient',
    name: '|| exit 1 does not help',
    files: project(set(HEALTH_TEST, 'redis-cli ping || exit 1')),
    line: HEALTH_TEST,
  },
  {
    rule: 'health-lenient',
    name: '-e',
    files: project(set(HEALTH_TEST, '["CMD", "redis-cli", "-e", "ping"]')),
    line: false,
  },
  {
    rule: 'health-writes',
    name: 'incr',
    files: project(set(HEALTH_TEST, '["CMD", "redis-cli", "-e", "--raw", "incr", "ping"]')),
    line: HEALTH_TEST,
  },
  { rule: 'health-writes', name: 'ping', files: project(), line: false },
  {
    rule: 'memory-eviction',
    name: 'allkeys-lru on a broker',
    severity: 'error',
    files: withConf(GOOD_CONF + 'maxmemory 100mb\nmaxmemory-policy allkeys-lru\n'),
    line: 4,
    file: 'redis.conf',
  },
  {
    rule: 'memory-eviction',
    name: 'volatile-lru is a notice',
    severity: 'notice',
    files: withConf(GOOD_CONF + 'maxmemory-policy volatile-lru\n'),
    line: 3,
    file: 'redis.conf',
  },
  {
    rule: 'memory-eviction',
    name: 'noeviction',
    files: withConf(GOOD_CONF + 'maxmemory-policy noeviction\n'),
    line: false,
  },
  {
    rule: 'memory-unbounded',
    name: 'mem_limit without maxmemory',
    files: project(add(REDIS, 'mem_limit: 512m')),
    line: [...REDIS, 'mem_limit'],
  },
  {
    rule: 'memory-unbounded',
    name: 'mem_limit with maxmemory',
    files: withConf(GOOD_CONF + 'maxmemory 400mb\n', add(REDIS, 'mem_limit: 512m')),
    line: false,
  },
  {
    rule: 'config-invalid',
    name: 'unknown directive',
    files: withConf(GOOD_CONF + 'requirepas x\n'),
    line: 3,
    file: 'redis.conf',
  },
  {
    rule: 'config-invalid',
    name: 'args-only command is fine',
    files: project(
      set(COMMAND, '["/etc/redis/redis.conf", "--save", "60", "1", "--loglevel", "warning"]'),
    ),
    line: false,
  },
  {
    rule: 'config-invalid',
    name: 'one item holding --port 6380 is fine',
    files: project(set(COMMAND, '["redis-server", "/etc/redis/redis.conf", "--port 6380"]')),
    line: false,
  },
  {
    rule: 'config-unloaded',
    name: 'mounted but not passed',
    files: project(set(COMMAND, GUARDED_ARGV)),
    line: CONF_MOUNT,
  },
  {
    rule: 'config-unloaded',
    name: 'mounted directory holding redis.conf, not passed',
    files: {
      ...project(set(COMMAND, GUARDED_ARGV), set(CONF_MOUNT, './conf:/usr/local/etc/redis:ro')),
      'conf/redis.conf': GOOD_CONF,
    },
    line: CONF_MOUNT,
    message: /\/usr\/local\/etc\/redis\/redis\.conf/,
  },
  { rule: 'config-unloaded', name: 'passed', files: project(), line: false },
  {
    rule: 'config-bind-loopback',
    name: 'bind 127.0.0.1',
    files: withConf(GOOD_CONF + 'bind 127.0.0.1 -::1\n'),
    line: 3,
    file: 'redis.conf',
  },
  {
    rule: 'config-bind-loopback',
    name: 'bind all',
    files: withConf(GOOD_CONF + 'bind * -::*\n'),
    line: false,
  },
  {
    rule: 'consumer-host-unknown',
    name: 'typo in host',
    service: 'worker',
    files: project(set(BROKER_URL, 'redis://:3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f@rediss:6379/0')),
    line: BROKER_URL,
  },
  {
    rule: 'consumer-host-unknown',
    name: 'network alias',
    files: project(
      add(REDIS, 'networks:', '  default:', '    aliases: [cache]'),
      set(BROKER_URL, 'redis://:3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f@cache:6379/0'),
    ),
    line: false,
  },
  {
    rule: 'consumer-localhost',
    name: 'localhost',
    service: 'worker',
    files: project(set(BROKER_URL, 'redis://:3b7c1e0f5a9d4c2b8e6f1a0d9c8b7a6f@localhost:6379/0')),
    line: BROKER_URL,
  },
  { rule: 'consumer-localhost', name: 'service name', files: project(), line: false },
  {
    rule: 'consumer-no-password',
    name: 'URL without password',
    files: project(set(BROKER_URL, 'redis://redis:6379/0')),
    line: BROKER_URL,
  },
  {
    rule: 'consumer-no-password',
    name: 'URL with password',
    files: project(),
    line: false,
  },
  {
    rule: 'consumer-password-mismatch',
    name: 'different password',
    files: project(set(BROKER_URL, 'redis://:other-password-0123456789@redis:6379/0')),
    line: BROKER_URL,
    message: /^(?!.*other-password)/,
  },
  {
    rule: 'consumer-password-mismatch',
    name: 'same password',
    files: project(),
    line: false,
  },
  {
    rule: 'consumer-url-invalid',
    name: 'unencoded # in password',
    service: 'worker',
    files: project(set(BROKER_URL, '"redis://:ab#cd@redis:6379/0"')),
    line: BROKER_URL,
  },
  { rule: 'consumer-url-invalid', name: 'valid URL', files: project(), line: false },
  {
    rule: 'consumer-unhealthy-dependency',
    name: 'short-form depends_on',
    files: project(remove([...WORKER, 'depends_on']), add(WORKER, 'depends_on: [redis]')),
    line: [...WORKER, 'depends_on'],
  },
  {
    rule: 'consumer-unhealthy-dependency',
    name: 'service_healthy',
    files: project(),
    line: false,
  },
  {
    rule: 'ha-topology',
    name: 'replica without masterauth',
    files: withConf(GOOD_CONF + 'replicaof primary 6379\n'),
    line: 3,
    file: 'redis.conf',
  },
  { rule: 'ha-topology', name: 'standalone', files: project(), line: false },
  {
    rule: 'compose-invalid',
    name: 'misspelled key',
    service: 'worker',
    files: project(add(WORKER, 'environnement:', '  A: b')),
    line: { key: [...WORKER, 'environnement'] },
  },
  { rule: 'compose-invalid', name: 'valid project', files: project(), line: false },
  {
    rule: 'variable-unset',
    name: 'unset password variable',
    files: project(),
    line: [...ENVIRONMENT, 'REDISCLI_AUTH'],
  },
  {
    rule: 'variable-unset',
    name: 'set',
    env: { REDIS_PASSWORD: 'x' },
    files: project(),
    line: false,
  },
  {
    rule: 'variable-unset',
    name: 'unset but used by nothing Redis-related',
    env: { REDIS_PASSWORD: 'x' },
    files: project(add(WORKER, 'command: ["run", "${APP_MODE}"]')),
    line: false,
  },
  {
    rule: 'probe-isolation',
    name: 'the Docker socket mounted: refused',
    probing: true,
    files: project(add(VOLUMES, '- /var/run/docker.sock:/var/run/docker.sock')),
    line: [...VOLUMES, 2],
    severity: 'warning',
    message: /not probed: volumes\[2\]: mounts the host path \/var\/run\/docker\.sock/,
  },
  {
    rule: 'probe-isolation',
    name: 'privileged: dropped',
    probing: true,
    files: project(add(REDIS, 'privileged: true')),
    line: [...REDIS, 'privileged'],
    severity: 'notice',
    message: /probed without privileged/,
  },
  {
    rule: 'probe-isolation',
    name: 'network_mode container: refused',
    probing: true,
    files: project(add(REDIS, 'network_mode: "container:other"')),
    line: [...REDIS, 'network_mode'],
    severity: 'warning',
    message: /network_mode "container:other" shares the network of a container/,
  },
  {
    rule: 'probe-isolation',
    name: 'a plain service',
    probing: true,
    files: project(),
    line: false,
  },
  {
    rule: 'probe-isolation',
    name: 'no probes: nothing to say',
    files: project(add(REDIS, 'privileged: true')),
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
    const line = expectedLine(c);
    if (line === false) {
      expect(hits.map((h) => `${h.pos.line}: ${h.message}`)).toEqual([]);
      return;
    }
    const file = c.file ?? 'compose.yaml';
    const hit = hits.find((h) => h.pos.file.endsWith('/' + file) && h.pos.line === line);
    expect(
      hit,
      `expected ${c.rule} at ${file}:${line}, got ${JSON.stringify(hits.map((h) => [h.pos.file, h.pos.line, h.message]))}`,
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
    const checked = await checkProject(project(add(REDIS, 'ports:', '  - 6379:6379')));
    expect(checked.of('port-public')[0]?.fix?.replacement).toBe('"127.0.0.1:6379:6379"');
  });
  it('authenticates a healthcheck through REDISCLI_AUTH from the container variable', async () => {
    const checked = await checkProject(
      project(
        set(
          COMMAND,
          '["sh", "-c", "exec redis-server /etc/redis/redis.conf --requirepass \\"$$PW\\""]',
        ),
        add(ENVIRONMENT, 'PW: ${PW:?set it}'),
        remove([...ENVIRONMENT, 'REDISCLI_AUTH']),
        set(HEALTH_TEST, '["CMD", "redis-cli", "ping"]'),
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
    const files = project(add(REDIS, 'ports:', '  - "6379:6379"'));
    const checked = await checkProject(files);
    expect(checked.of('port-public')[0]?.fix).toMatchObject({
      pos: {
        line: lineOf(files['compose.yaml'], [...REDIS, 'ports', 0]),
        column: 9,
        endColumn: 20,
      },
      replacement: '"127.0.0.1:6379:6379"',
    });
  });
  it('adds -e to a CMD-SHELL healthcheck', async () => {
    const checked = await checkProject(
      project(set(HEALTH_TEST, '["CMD-SHELL", "redis-cli ping || exit 1"]')),
    );
    expect(checked.of('health-lenient')[0]?.fix?.replacement).toBe('"redis-cli -e ping || exit 1"');
  });
  it('adds :? to the password variable', async () => {
    const files = project(set(COMMAND, 'redis-server --requirepass ${REDIS_PASSWORD}'));
    const checked = await checkProject(files);
    const fix = checked.of('auth-unset-variable')[0]?.fix;
    expect(fix?.replacement).toBe('${REDIS_PASSWORD:?set REDIS_PASSWORD}');
    expect(fix?.pos).toMatchObject({
      line: lineOf(files['compose.yaml'], COMMAND),
      column: 41,
      endColumn: 58,
    });
  });
});
