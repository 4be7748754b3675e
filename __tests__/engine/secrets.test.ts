import { describe, expect, it } from 'vitest';
import { SecretMasker, looksSecret, secretsInEnvironment, urlPassword } from '../../src/secrets.js';

describe('SecretMasker', () => {
  it('masks a secret in every form it takes in our outputs (plain, URL-encoded, JSON-escaped)', () => {
    const m = new SecretMasker();
    m.add('p@ss:w"rd/42');
    expect(m.mask('a p@ss:w"rd/42 b')).toBe('a *** b');
    expect(m.mask('redis://:p%40ss%3Aw%22rd%2F42@redis:6379')).toBe('redis://:***@redis:6379');
    expect(m.mask(JSON.stringify({ x: 'p@ss:w"rd/42' }))).toBe('{"x":"***"}');
  });

  it('masks the longer of two overlapping secrets whole', () => {
    const m = new SecretMasker();
    m.add('abcdef');
    m.add('abcdefghij');
    expect(m.mask('abcdefghij')).toBe('***');
  });

  it('tells listeners about every secret, including those added before', () => {
    const m = new SecretMasker();
    m.add('first-secret');
    const seen: string[] = [];
    m.onSecret((s) => seen.push(s));
    m.add('second-secret');
    // Upper-case forms too: the runner masks case-sensitively, our messages may change case.
    expect(seen).toEqual(['first-secret', 'FIRST-SECRET', 'second-secret', 'SECOND-SECRET']);
  });

  it('masks in any letter case', () => {
    const m = new SecretMasker();
    m.add('Mixed-Case-Pw');
    expect(m.mask('a mixed-case-pw b MIXED-CASE-PW c Mixed-Case-Pw')).toBe('a *** b *** c ***');
  });

  it('ignores empty and very short values that would shred every message', () => {
    const m = new SecretMasker();
    m.add('');
    m.add('ab');
    expect(m.size).toBe(0);
    expect(m.mask('about')).toBe('about');
  });
});

describe('secret discovery', () => {
  it('skips switches and file locations that only name a secret', () => {
    expect(
      secretsInEnvironment({
        ALLOW_EMPTY_PASSWORD: 'yes',
        REDIS_PASSWORD_FILE: '/run/secrets/redis',
        DISABLE_AUTH: 'true',
        SSH_AUTH_SOCK: '/tmp/agent.1',
        PWD: '/home/runner/work/app/app',
        OLDPWD: '/home/runner',
        REDIS_PWD: 'real-two-2',
        REDIS_PASSWORD: 'real-one-1',
      }),
    ).toEqual(['real-two-2', 'real-one-1']);
  });

  it('knows secret-looking variable names', () => {
    expect(
      ['REDIS_PASSWORD', 'REDISCLI_AUTH', 'API_TOKEN', 'DB_PASS', 'SECRET_KEY'].every(looksSecret),
    ).toBe(true);
    expect(['REDIS_HOST', 'PORT', 'CELERY_BROKER_URL'].some(looksSecret)).toBe(false);
    expect(
      ['redisPassword', 'AWS_SECRET_ACCESS_KEY', 'STRIPE_API_KEY', 'REQUIREPASS'].every(
        looksSecret,
      ),
    ).toBe(true);
    // Words that merely contain a secret word are not secrets (their values would be masked everywhere).
    expect(
      ['TOX_TESTENV_PASSENV', 'GIT_AUTHOR_NAME', 'TOKENIZERS_PARALLELISM'].some(looksSecret),
    ).toBe(false);
  });

  it('finds passwords in URLs and in secret-looking variables', () => {
    expect(urlPassword('redis://user:pw-123@redis:6379/0')).toBe('pw-123');
    expect(urlPassword('redis://redis:6379/0')).toBeUndefined();
    expect(
      secretsInEnvironment({
        REDIS_PASSWORD: 'x-y-z',
        CELERY_BROKER_URL: 'redis://:u-v-w@r/0',
        HOST: 'redis',
      }),
    ).toEqual(['x-y-z', 'u-v-w']);
  });
});
