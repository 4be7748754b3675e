import { describe, expect, it } from 'vitest';
import { parseAclUser, parseRedisConf, splitArgs } from '../../src/redis/redis-conf.js';

describe('splitArgs (sdssplitargs)', () => {
  it('splits on blanks and unquotes', () => {
    expect(splitArgs('save 3600 1  300 100')).toEqual(['save', '3600', '1', '300', '100']);
    expect(splitArgs('save ""')).toEqual(['save', '']);
    expect(splitArgs(`requirepass "a b\\x41\\n"`)).toEqual(['requirepass', 'a bA\n']);
    expect(splitArgs(`requirepass 'it\\'s'`)).toEqual(['requirepass', "it's"]);
    expect(splitArgs(`requirepass a"b c"d`)).toBeNull(); // closing quote must end the word
  });
  it('rejects unbalanced quotes', () => {
    expect(splitArgs('requirepass "abc')).toBeNull();
    expect(splitArgs("requirepass 'abc")).toBeNull();
  });
});

describe('parseRedisConf', () => {
  it('keeps lines, lower-cases names, skips comments, reports bad lines', () => {
    const conf = parseRedisConf('# c\n\n  APPENDONLY yes\nrequirepass "x\nsave ""\n');
    expect(conf.lines.map((l) => [l.name, l.args, l.line, l.column])).toEqual([
      ['appendonly', ['yes'], 3, 3],
      ['save', [''], 5, 1],
    ]);
    expect(conf.errors).toEqual([
      { message: 'Unbalanced quotes in configuration line', line: 4, column: 1 },
    ]);
  });
});

describe('parseAclUser', () => {
  it('applies rules in order', () => {
    const u = parseAclUser(['celery', 'on', '>secret', '~*', '+@all', 'resetchannels']);
    expect(u).toMatchObject({
      name: 'celery',
      enabled: true,
      passwords: ['secret'],
      channels: 'none',
    });
    expect(parseAclUser(['default', 'on', 'nopass', '&*'])).toMatchObject({
      nopass: true,
      channels: 'all',
    });
    expect(parseAclUser(['app', 'on', '#abcd', '&jobs:*'])).toMatchObject({
      hasPasswordHash: true,
      channels: 'some',
    });
  });
});
