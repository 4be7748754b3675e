import { describe, expect, it } from 'vitest';
import { splitCommand, splitShellWords } from '../../src/compose/shellwords.js';

const words = (s: string) => {
  const r = splitCommand(s);
  if (!r.ok) throw new Error(r.error);
  return r.words.map((w) => w.text);
};

// Each expectation was checked against `docker compose config` 2.26.
describe('splitCommand: go-shellwords as Compose uses it', () => {
  it.each([
    ['redis-server --requirepass ', ['redis-server', '--requirepass']],
    ['redis-server --requirepass ""', ['redis-server', '--requirepass', '']],
    [`a 'b c' d\\ e "x\\"y" e\\\\f`, ['a', 'b c', 'd e', 'x"y', 'e\\f']],
    ['sh -c echo hi && redis-server ; foo', ['sh', '-c', 'echo', 'hi']],
    ['a 2>b c', ['a']],
    ['a >b', ['a']],
    ['echo "a;b" a\\;b', ['echo', 'a;b', 'a;b']],
    ['a\\tb "c\\nd" \'e\\nf\'', ['atb', 'cnd', 'e\\nf']],
    ['x $(a b)c d', ['x', '$(a b)c', 'd']],
    ['a `b c` d', ['a', '`b c`', 'd']],
    ['  lots   of\tspace\n', ['lots', 'of', 'space']],
  ])('%s', (input, expected) => {
    expect(words(input)).toEqual(expected);
  });

  it.each(['a (b)', 'a b)', 'a "b', "a 'b", 'a b\\'])('refuses %s as Compose does', (input) => {
    expect(splitCommand(input)).toEqual({ ok: false, error: 'invalid command line string' });
  });

  it('gives the start index of each word', () => {
    const r = splitCommand('redis-server  --port "6380"');
    expect(r.ok && r.words.map((w) => w.start)).toEqual([0, 14, 21]);
  });
});

describe('splitCommand: the plain-words shortcut', () => {
  it('gives what the general walk gives, on random lines of plain characters and spaces', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const alphabet = [' ', ' ', 'a', 'Z', '0', '-', '=', '$', '{', '}', ':', '/', '.', 'é', '😀'];
    for (let n = 0; n < 2000; n++) {
      const line = Array.from({ length: rnd(24) }, () => alphabet[rnd(alphabet.length)]).join('');
      expect(splitCommand(line), JSON.stringify(line)).toEqual(splitShellWords(line));
    }
  });
});
