import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  ignoreMatches,
  loadCheckConfig,
  parseCheckConfig,
} from '../../src/config-file.js';

const KNOWN = ['port-public', 'auth-missing', 'health-writes', 'image-unpinned'];
const FILE = '/proj/.redis-readiness.yml';

function error(text: string): ConfigError {
  try {
    parseCheckConfig(text, FILE, KNOWN);
  } catch (e) {
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('.redis-readiness.yml', () => {
  it('reads strictness, rule settings, ignores and roles', () => {
    const config = parseCheckConfig(
      [
        'strictness: development',
        'rules:',
        '  health-writes: off',
        '  image-unpinned: error',
        'ignore:',
        '  - service: cache',
        '    rules: [port-public]',
        '  - file: compose.dev.yml',
        '    reason: laptop only',
        'services:',
        '  cache:',
        '    role: cache',
      ].join('\n'),
      FILE,
      KNOWN,
    );
    expect(config.strictness).toBe('development');
    expect(config.rules).toEqual({ 'health-writes': 'off', 'image-unpinned': 'error' });
    expect(config.roles).toEqual({ cache: 'cache' });
    expect(config.ignore).toHaveLength(2);
    expect(config.ignore[1]!.file).toBe('/proj/compose.dev.yml');
    const f = {
      rule: 'port-public',
      service: 'cache',
      pos: { file: '/proj/compose.yml', line: 1, column: 1 },
    };
    expect(ignoreMatches(config.ignore[0]!, f)).toBe(true);
    expect(ignoreMatches(config.ignore[0]!, { ...f, rule: 'auth-missing' })).toBe(false);
    expect(
      ignoreMatches(config.ignore[1]!, { ...f, pos: { ...f.pos, file: '/proj/compose.dev.yml' } }),
    ).toBe(true);
  });

  it("still reads the first release's spelling, `profile`", () => {
    expect(parseCheckConfig('profile: development\n', FILE, KNOWN).strictness).toBe('development');
  });

  it('names the file, line and column of an unknown key', () => {
    const e = error('rules:\n  port-public: warning\nignores:\n  - service: x\n');
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.message).toBe(
      `${FILE}:3:1: unknown key 'ignores' (allowed: strictness, rules, ignore, services).`,
    );
    expect(e.pos).toEqual({ file: FILE, line: 3, column: 1 });
  });

  it('rejects unknown rule ids with a suggestion', () => {
    expect(error('rules:\n  port-publik: off\n').message).toBe(
      `${FILE}:2:3: unknown rule id 'port-publik'. Did you mean 'port-public'? The rule ids are listed in docs/rules/.`,
    );
    expect(error('ignore:\n  - service: a\n    rules: [nope]\n').message).toMatch(
      /:3:13: unknown rule id 'nope'/,
    );
  });

  it('rejects bad values, bad YAML and a non-mapping', () => {
    expect(error('rules:\n  port-public: fatal\n').message).toMatch(
      /:2:16: rules.port-public must be one of error, warning, notice, off; got 'fatal'/,
    );
    expect(error('strictness: staging\n').message).toMatch(
      /:1:13: strictness must be one of production, development; got 'staging'/,
    );
    expect(error('profile: staging\n').message).toMatch(
      /profile must be one of production, development/,
    );
    expect(error('strictness: development\nprofile: production\n').message).toMatch(
      /:2:1: give the strictness once/,
    );
    expect(error('services:\n  redis:\n    role: queue\n').message).toMatch(
      /:3:11: services.redis.role must be one of/,
    );
    expect(error('rules: [\n').message).toMatch(
      /^\/proj\/.redis-readiness.yml:\d+:\d+: not valid YAML/,
    );
    expect(error('- a\n- b\n').message).toMatch(/must be a mapping/);
    expect(error('ignore:\n  - rules: [port-public]\n').message).toMatch(
      /needs a service or a file/,
    );
  });

  it('is found in the project directory, and a missing --config file is an error', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-config-'));
    expect(
      await loadCheckConfig({ projectDirectory: dir, cwd: dir, knownRules: KNOWN }),
    ).toBeUndefined();
    fs.writeFileSync(path.join(dir, '.redis-readiness.yml'), 'profile: development\n');
    expect(
      (await loadCheckConfig({ projectDirectory: dir, cwd: dir, knownRules: KNOWN }))?.strictness,
    ).toBe('development');
    await expect(
      loadCheckConfig({ explicit: 'nope.yml', projectDirectory: dir, cwd: dir, knownRules: KNOWN }),
    ).rejects.toThrow(/nope.yml: config file not found/);
    fs.mkdirSync(path.join(dir, 'conf'));
    await expect(
      loadCheckConfig({ explicit: 'conf', projectDirectory: dir, cwd: dir, knownRules: KNOWN }),
    ).rejects.toThrow(
      /^conf: is a directory, not a config file\. Give the file itself \(conf\/\.redis-readiness\.yml\)\.$/,
    );
    fs.rmSync(dir, { recursive: true });
  });
});
