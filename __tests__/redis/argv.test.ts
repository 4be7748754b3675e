import { describe, expect, it } from 'vitest';
import { findProgram, parseServerArgs, SERVER_PROGRAMS } from '../../src/redis/argv.js';
import { splitScript, UNKNOWN_MARK } from '../../src/redis/shell.js';

describe('parseServerArgs', () => {
  it('reads a config file then --name value groups', () => {
    const r = parseServerArgs(['/etc/redis.conf', '--save', '60', '1', '--appendonly', 'yes']);
    expect(r.configFile).toBe('/etc/redis.conf');
    expect(r.directives.map((d) => [d.name, d.args])).toEqual([
      ['save', ['60', '1']],
      ['appendonly', ['yes']],
    ]);
  });
  it('splits one word holding a directive and its value, like Redis does', () => {
    const r = parseServerArgs(['--requirepass pw', '--port 6380']);
    expect(r.directives.map((d) => [d.name, d.args])).toEqual([
      ['requirepass', ['pw']],
      ['port', ['6380']],
    ]);
  });
  it('gives a value-less --requirepass no value (server refuses to start)', () => {
    expect(parseServerArgs(['--requirepass']).directives[0]!.args).toEqual([]);
  });
  it('takes the next word as the value even when it starts with --', () => {
    const r = parseServerArgs(['--requirepass', '--appendonly', 'yes']);
    expect(r.directives.map((d) => [d.name, d.args])).toEqual([
      ['requirepass', ['--appendonly', 'yes']],
    ]);
  });
  it('reads a trailing or value-less --save as save ""', () => {
    expect(parseServerArgs(['--save']).directives[0]!.args).toEqual(['']);
    expect(
      parseServerArgs(['--save', '--appendonly', 'no']).directives.map((d) => [d.name, d.args]),
    ).toEqual([
      ['save', ['']],
      ['appendonly', ['no']],
    ]);
  });
});

describe('findProgram', () => {
  it('finds the server behind sh -c, with container variables expanded', () => {
    const found = findProgram(
      ['sh', '-c', 'valkey-server --appendonly yes --requirepass $REDIS_PASSWORD ## comment'],
      { REDIS_PASSWORD: 'pw' },
      SERVER_PROGRAMS,
    );
    expect(found?.program).toBe('valkey-server');
    expect(found?.args).toEqual(['--appendonly', 'yes', '--requirepass', 'pw']);
    expect(found?.inScript).toBe(true);
  });
  it('finds exec redis-server after other commands in a multi-line sh -euc script', () => {
    const found = findProgram(
      [
        'sh',
        '-euc',
        `echo "requirepass '$REDIS_PASSWORD'" > /etc/redis.conf\nexec redis-server /etc/redis.conf\n`,
      ],
      {},
      SERVER_PROGRAMS,
    );
    expect(found?.args).toEqual(['/etc/redis.conf']);
    expect(found?.script?.[0]?.words[1]).toBe(`requirepass '${UNKNOWN_MARK}'`);
  });
  it('finds a direct invocation after docker-entrypoint.sh', () => {
    expect(
      findProgram(['docker-entrypoint.sh', 'redis-server', '--port', '1'], {}, SERVER_PROGRAMS)
        ?.args,
    ).toEqual(['--port', '1']);
  });
});

describe('splitScript', () => {
  it('splits on operators and newlines and records redirects', () => {
    const cmds = splitScript('echo a >> /x; redis-cli ping | grep PONG', {});
    expect(cmds).toEqual([
      { words: ['echo', 'a'], redirects: [{ op: '>>', target: '/x' }] },
      { words: ['redis-cli', 'ping'], redirects: [] },
      { words: ['grep', 'PONG'], redirects: [] },
    ]);
  });
});

describe('splitScript word expansion (like sh)', () => {
  it('drops an unquoted empty expansion but keeps a quoted one', () => {
    expect(splitScript('a $X b "$X" c${X}d', { X: '' })[0]!.words).toEqual(['a', 'b', '', 'cd']);
  });
  it('splits an unquoted expansion on blanks, not a quoted one', () => {
    expect(splitScript('a $X "$X"', { X: 'p q' })[0]!.words).toEqual(['a', 'p', 'q', 'p q']);
  });
  it('marks unset variables unknown and applies ${X:-default}', () => {
    expect(splitScript('a $NOPE ${NOPE:-d} ${E:-d}', { E: '' })[0]!.words).toEqual([
      'a',
      UNKNOWN_MARK,
      UNKNOWN_MARK,
      'd',
    ]);
  });
  it('reads fd redirects, comments and $( ) as separate commands', () => {
    expect(splitScript('[ $(valkey-cli ping 2>/dev/null) = PONG ] # ok', {})).toEqual([
      { words: ['['], redirects: [] },
      { words: ['valkey-cli', 'ping'], redirects: [{ op: '>', target: '/dev/null' }] },
      { words: ['=', 'PONG', ']'], redirects: [] },
    ]);
  });
});
