/**
 * Issue 13 §5: a file outside the project directory (a mounted
 * `../secret/creds` read as redis.conf or as an ACL file, an absolute path
 * elsewhere, a symlink inside the project that points out) is never echoed:
 * findings about it quote at most a directive name the server knows, and
 * redact any word built like a credential. A file inside the project is
 * still quoted, so the messages stay useful there. Real files in temp dirs,
 * through the real loader and rules; no engine needed.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/compose/index.js';
import { isOutsideDir } from '../../src/compose/project-dir.js';
import { buildRedisModel } from '../../src/redis/index.js';
import { runRules } from '../../src/rules/index.js';
import { looksLikeCredential, redactFileText } from '../../src/rules/outside-text.js';

/** What a credentials file holds; none of it may appear in a finding. */
const SECRETS = ['Hunter2-Secret99', 'wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY', 'Tok3n-Value-Xy'];
const CREDS = [
  `aws_secret_access_key ${SECRETS[1]}`,
  `${SECRETS[0]} trailing`,
  `port 6379 ${SECRETS[2]}`,
  '',
].join('\n');
const ACL = [`${SECRETS[0]} on >x ~* +@all`, 'user default on nopass ~* +@all', ''].join('\n');

const root = mkdtempSync(join(tmpdir(), 'rr-outside-text-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
writeFileSync(join(root, 'creds'), CREDS);
writeFileSync(join(root, 'creds.acl'), ACL);

async function findingsFor(confSource: string, aclSource: string, name: string) {
  const app = join(root, name);
  mkdirSync(app);
  writeFileSync(join(app, 'inside.conf'), CREDS);
  writeFileSync(join(app, 'inside.acl'), ACL);
  symlinkSync(join(root, 'creds'), join(app, 'linked.conf'));
  symlinkSync(join(root, 'creds.acl'), join(app, 'linked.acl'));
  writeFileSync(
    join(app, 'compose.yaml'),
    [
      'services:',
      '  redis:',
      '    image: redis:7.2',
      '    command: redis-server /usr/local/etc/redis/redis.conf --aclfile /etc/redis/users.acl',
      '    volumes:',
      `      - ${confSource}:/usr/local/etc/redis/redis.conf:ro`,
      `      - ${aclSource}:/etc/redis/users.acl:ro`,
      '',
    ].join('\n'),
  );
  const project = await loadProject({ files: [], projectDirectory: app, cwd: app, env: {} });
  return runRules({ project, redis: buildRedisModel(project), probing: false });
}

function expectNoSecret(text: string): void {
  for (const s of SECRETS)
    for (const form of [s, s.toLowerCase(), s.toUpperCase()])
      expect(text.includes(form), `shows ${form}: ${text}`).toBe(false);
}

describe('findings about a file outside the project never quote it', () => {
  it.each([
    ['../creds', '../creds.acl', 'parent'],
    [join(root, 'creds'), join(root, 'creds.acl'), 'absolute'],
    ['./linked.conf', './linked.acl', 'symlink'],
  ])('mounted from %s', async (conf, acl, name) => {
    const findings = await findingsFor(conf, acl, name);
    const invalid = findings.filter((f) => f.rule === 'config-invalid');
    // The problems are still reported, at their lines of the outside file.
    expect(invalid.map((f) => f.pos.line).sort()).toEqual([1, 1, 2, 3]);
    expect(invalid.map((f) => f.message).join('\n')).toMatch(/'port' takes 1 value/);
    // What the message quotes from Redis itself stays.
    expect(invalid.map((f) => f.message).join('\n')).toContain('("Bad directive or wrong');
    expectNoSecret(JSON.stringify(findings));
  });

  it('a file inside the project is still quoted', async () => {
    const findings = await findingsFor('./inside.conf', './inside.acl', 'inside');
    const text = findings.map((f) => f.message).join('\n');
    expect(text).toContain(`'aws_secret_access_key'`);
    expect(text).toContain(`not '${SECRETS[0]!.toLowerCase()}'`);
  });
});

describe('an env file outside the project', () => {
  it('names a required variable it misses, never the text written there, and keeps identifiers', async () => {
    const app = join(root, 'env-file');
    mkdirSync(app);
    writeFileSync(join(root, 'host.env'), 'GREETING=${NEEDED:?opensesame}\n');
    writeFileSync(
      join(app, 'compose.yaml'),
      ['services:', '  redis:', '    image: redis:7.2', '    env_file: ../host.env', ''].join('\n'),
    );
    const project = await loadProject({ files: [], projectDirectory: app, cwd: app, env: {} });
    const findings = runRules({ project, redis: buildRedisModel(project), probing: false });
    const unset = findings.filter((f) => f.rule === 'variable-unset').map((f) => f.message);
    expect(unset).toHaveLength(1);
    expect(unset[0]).toMatch(/NEEDED/);
    expect(unset[0]).not.toMatch(/opensesame/i);
    // Service names are identifiers, and our own words are no credentials.
    expect(unset[0]).toContain(`service 'redis' environment.GREETING`);
  });
});

describe('the pieces', () => {
  it('outside the project: ../, an absolute path, a symlink out, a missing file below a link out', () => {
    const app = join(root, 'pieces');
    mkdirSync(app);
    symlinkSync(root, join(app, 'up'));
    expect(isOutsideDir(join(app, '..', 'creds'), app)).toBe(true);
    expect(isOutsideDir('/etc/passwd', app)).toBe(true);
    expect(isOutsideDir(join(app, 'up', 'creds'), app)).toBe(true);
    expect(isOutsideDir(join(app, 'up', 'missing', 'x.conf'), app)).toBe(true);
    expect(isOutsideDir(join(app, 'compose.yaml'), app)).toBe(false);
    expect(isOutsideDir(join(app, 'sub', 'missing.conf'), app)).toBe(false);
  });

  it('redaction keeps known directive names and our prose, hides the rest', () => {
    expect(redactFileText(`'port' takes 1 value(s), not 2`)).toBe(`'port' takes 1 value(s), not 2`);
    expect(redactFileText(`aclfile lines must start with 'user', not 'Hunter2-Secret99'`)).toBe(
      `aclfile lines must start with 'user', not '…'`,
    );
    expect(redactFileText('the value Tok3n-Value-Xy is wrong.')).toBe(
      'the value [redacted] is wrong.',
    );
    for (const word of ['appendonly', 'maxmemory-policy', '6379', 'redis-readiness', '/data/db'])
      expect(looksLikeCredential(word), word).toBe(false);
    for (const word of SECRETS) expect(looksLikeCredential(word), word).toBe(true);
  });
});
