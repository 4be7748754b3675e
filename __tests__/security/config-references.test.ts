/**
 * Issue 13 §5: compose `configs:` and `secrets:` are Redis config files too.
 * Where Compose puts them in the container (as docker/compose 2.26 does),
 * what they hold (`file:`, `content:`, `environment:`), where their
 * directives point, and which passwords in them are public (a committed
 * file: auth-literal, never registered) or secrets (an untracked file, a
 * variable from outside: registered). Through the real loader, with real
 * git repositories in temp dirs; no engine needed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/compose/index.js';
import { buildRedisModel } from '../../src/redis/index.js';
import { fileReferenceTarget } from '../../src/redis/mounts.js';
import { runRules } from '../../src/rules/index.js';
import { collectOutsideSecrets, collectRedisSecrets, SecretMasker } from '../../src/secrets.js';

const PASSWORD = 'Cfg-Ref-Password-8812';
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** A project in its own git repository; `commit` lists the files git tracks. */
function project(files: Record<string, string>, commit: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'rr-config-refs-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  if (commit.length) git('add', '--', ...commit);
  return dir;
}

async function check(dir: string, env: Record<string, string> = {}) {
  const loaded = await loadProject({ files: [], projectDirectory: dir, cwd: dir, env });
  const redis = buildRedisModel(loaded);
  const masker = new SecretMasker();
  const outside = collectOutsideSecrets(masker, env, []);
  collectRedisSecrets(masker, redis, outside);
  const findings = runRules({ project: loaded, redis, probing: false });
  return { project: loaded, server: redis.services[0]!, masker, findings };
}

const compose = (service: string[], top: string[]) =>
  [
    'services:',
    '  redis:',
    '    image: redis:7.2',
    '    command: redis-server /usr/local/etc/redis/redis.conf',
    ...service.map((l) => `    ${l}`),
    ...top,
    '',
  ].join('\n');

const CONFIG_FILE = compose(
  ['configs: [{source: rc, target: /usr/local/etc/redis/redis.conf}]'],
  ['configs:', '  rc: {file: ./redis.conf}'],
);
const CONF = `port 6379\nrequirepass ${PASSWORD}\nappendonly yes\n`;

describe('where Compose puts a config or secret (docker/compose pkg/compose/create.go)', () => {
  it.each([
    ['config', 'rc', undefined, '/rc'],
    ['config', 'rc', 'redis.conf', '/redis.conf'],
    ['config', 'rc', 'etc/redis.conf', '/etc/redis.conf'],
    ['config', 'rc', '/usr/local/etc/redis/redis.conf', '/usr/local/etc/redis/redis.conf'],
    ['secret', 'pw', undefined, '/run/secrets/pw'],
    ['secret', 'pw', 'redis.conf', '/run/secrets/redis.conf'],
    ['secret', 'pw', '/etc/redis.conf', '/etc/redis.conf'],
  ] as const)('%s %s with target %s lands at %s', (kind, source, target, expected) => {
    expect(fileReferenceTarget(kind, source, target)).toBe(expected);
  });
});

describe('a config file given by `configs:` / `secrets:`', () => {
  it('is read: its requirepass is the password, and its directives point into the file', async () => {
    const dir = project({ 'compose.yaml': CONFIG_FILE, 'redis.conf': CONF }, ['compose.yaml']);
    const { server } = await check(dir);
    expect(server.configKnown).toBe(true);
    expect(server.password?.value).toBe(PASSWORD);
    expect(server.password?.pos).toMatchObject({ file: join(dir, 'redis.conf'), line: 2 });
    expect(
      server.directives.find((d) => d.name === 'appendonly' && d.origin === 'config-file'),
    ).toBeDefined();
  });

  it('committed: auth-literal reports the password at its line, and it is not registered', async () => {
    const dir = project({ 'compose.yaml': CONFIG_FILE, 'redis.conf': CONF }, [
      'compose.yaml',
      'redis.conf',
    ]);
    const { masker, findings } = await check(dir);
    const literal = findings.filter((f) => f.rule === 'auth-literal');
    expect(literal).toHaveLength(1);
    expect(literal[0]!.pos).toMatchObject({ file: join(dir, 'redis.conf'), line: 2, column: 1 });
    expect(JSON.stringify(findings)).not.toContain(PASSWORD);
    expect(masker.size).toBe(0);
  });

  it('committed with a weak password: auth-weak judges it too', async () => {
    const dir = project({ 'compose.yaml': CONFIG_FILE, 'redis.conf': 'requirepass redis\n' }, [
      'compose.yaml',
      'redis.conf',
    ]);
    const { findings } = await check(dir);
    const weak = findings.filter((f) => f.rule === 'auth-weak');
    expect(weak.map((f) => f.pos)).toMatchObject([{ file: join(dir, 'redis.conf'), line: 1 }]);
  });

  it('untracked (generated by the workflow): the password is registered, no auth-literal', async () => {
    const dir = project({ 'compose.yaml': CONFIG_FILE, 'redis.conf': CONF }, ['compose.yaml']);
    const { masker, findings } = await check(dir);
    expect(findings.filter((f) => f.rule === 'auth-literal')).toEqual([]);
    expect(masker.mask(`log: ${PASSWORD.toLowerCase()}`)).toBe('log: ***');
  });

  it('a secret in the short form lands at /run/secrets/<name>', async () => {
    const text = [
      'services:',
      '  redis:',
      '    image: redis:7.2',
      '    command: redis-server /run/secrets/redis_conf',
      '    secrets: [redis_conf]',
      'secrets:',
      '  redis_conf: {file: ./redis.conf}',
      '',
    ].join('\n');
    const dir = project({ 'compose.yaml': text, 'redis.conf': CONF }, ['compose.yaml']);
    const { server, masker } = await check(dir);
    expect(server.password?.value).toBe(PASSWORD);
    expect(masker.mask(PASSWORD)).toBe('***');
  });

  it('`content:`: directives point at the content value in the compose file; committed, it is a literal', async () => {
    const text = compose(
      ['configs: [{source: rc, target: /usr/local/etc/redis/redis.conf}]'],
      ['configs:', '  rc:', `    content: "requirepass ${PASSWORD}"`],
    );
    const dir = project({ 'compose.yaml': text }, ['compose.yaml']);
    const { server, masker, findings } = await check(dir);
    expect(server.password?.value).toBe(PASSWORD);
    expect(server.password?.pos).toMatchObject({ file: join(dir, 'compose.yaml'), line: 8 });
    expect(findings.filter((f) => f.rule === 'auth-literal')).toHaveLength(1);
    expect(masker.size).toBe(0);
  });

  it('`content:` interpolated from a variable set outside: registered, not a literal', async () => {
    const text = compose(
      ['configs: [{source: rc, target: /usr/local/etc/redis/redis.conf}]'],
      ['configs:', '  rc:', '    content: "requirepass ${REDIS_SECRET}"'],
    );
    const dir = project({ 'compose.yaml': text }, ['compose.yaml']);
    const { server, masker, findings } = await check(dir, { REDIS_SECRET: PASSWORD });
    expect(server.password?.value).toBe(PASSWORD);
    expect(findings.filter((f) => f.rule === 'auth-literal')).toEqual([]);
    expect(masker.mask(PASSWORD)).toBe('***');
  });

  it('`environment:`: the value of a variable from outside is read and registered', async () => {
    const text = compose(
      ['configs: [{source: rc, target: /usr/local/etc/redis/redis.conf}]'],
      ['configs:', '  rc:', '    environment: REDIS_CONF'],
    );
    const dir = project({ 'compose.yaml': text }, ['compose.yaml']);
    const { server, masker, findings } = await check(dir, {
      REDIS_CONF: `requirepass ${PASSWORD}\n`,
    });
    expect(server.password?.value).toBe(PASSWORD);
    expect(server.password?.pos).toMatchObject({ file: join(dir, 'compose.yaml'), line: 8 });
    expect(findings.filter((f) => f.rule === 'auth-literal')).toEqual([]);
    expect(masker.mask(PASSWORD)).toBe('***');
  });

  it('an ACL file given as an untracked config: its users are read and their passwords registered', async () => {
    const text = [
      'services:',
      '  redis:',
      '    image: redis:7.2',
      '    command: redis-server --aclfile /etc/redis/users.acl',
      '    configs: [{source: acl, target: /etc/redis/users.acl}]',
      'configs:',
      '  acl: {file: ./users.acl}',
      '',
    ].join('\n');
    const dir = project(
      { 'compose.yaml': text, 'users.acl': `user default on >${PASSWORD} ~* &* +@all\n` },
      ['compose.yaml'],
    );
    const { server, masker, findings } = await check(dir);
    expect(server.password?.via).toBe('acl-default-user');
    expect(findings.filter((f) => f.rule === 'auth-missing')).toEqual([]);
    expect(masker.mask(PASSWORD)).toBe('***');
  });

  it('a redis.conf given as a config but not passed to the server: config-unloaded', async () => {
    const text = [
      'services:',
      '  redis:',
      '    image: redis:7.2',
      '    configs: [{source: rc, target: /usr/local/etc/redis/redis.conf}]',
      'configs:',
      '  rc: {file: ./redis.conf}',
      '',
    ].join('\n');
    const dir = project({ 'compose.yaml': text, 'redis.conf': CONF }, ['compose.yaml']);
    const { findings } = await check(dir);
    const unloaded = findings.filter((f) => f.rule === 'config-unloaded');
    expect(unloaded).toHaveLength(1);
    expect(unloaded[0]!.pos).toMatchObject({ file: join(dir, 'compose.yaml'), line: 4 });
  });
});
