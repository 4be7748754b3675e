import { describe, expect, it } from 'vitest';
import { parseDotenv } from '../../src/compose/dotenv.js';

describe('parseDotenv: compose dotenv syntax', () => {
  const text = [
    '# comment', // 1
    'A=plain', // 2
    'export B="double ${A}\\n end"', // 3
    "C='single ${A}'", // 4
    'D=unquoted ${A} # trailing comment', // 5
    'E=', // 6
    'F: yaml-style', // 7
    'G=with#hash', // 8
    'H="multi', // 9
    'line"', // 10
    '  I = spaced  ', // 11
    'J=${MISSING:-dflt}', // 12
    'NOVAL', // 13
    'INHERIT', // 14
    'K="esc \\" quote"', // 15
  ].join('\n');
  const r = parseDotenv(text, '/p/.env', (k) => (k === 'INHERIT' ? 'from-process' : undefined));
  const values = Object.fromEntries([...r.entries].map(([k, e]) => [k, e.value]));

  it('reads each form as Compose does', () => {
    expect(values).toEqual({
      A: 'plain',
      B: 'double plain\n end',
      C: 'single ${A}',
      D: 'unquoted plain',
      E: '',
      F: 'yaml-style',
      G: 'with#hash',
      H: 'multi\nline',
      I: 'spaced',
      J: 'dflt',
      INHERIT: 'from-process',
      K: 'esc " quote',
    });
    expect(r.error).toBeUndefined();
  });

  it('keeps the line of each key and the variables of its value', () => {
    expect(r.entries.get('D')!.pos).toEqual({ file: '/p/.env', line: 5, column: 1 });
    expect(r.entries.get('I')!.pos.line).toBe(11);
    const v = r.entries.get('D')!.variables!;
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ name: 'A', isSet: true, pos: { line: 5, column: 12 } });
  });

  it('looks variables up in the lookup before earlier keys', () => {
    const out = parseDotenv('A=file\nB=${A}\n', '/p/.env', (k) => (k === 'A' ? 'proc' : undefined));
    expect(out.entries.get('B')!.value).toBe('proc');
  });

  it('reports what Compose refuses, with the line', () => {
    expect(parseDotenv('A B=1\n', '/p/.env').error?.message).toMatch(/space/);
    expect(parseDotenv('OK=1\nA-B=1\n', '/p/.env').error).toMatchObject({ pos: { line: 2 } });
    // Without the value: it may be a password (issue 13 §5).
    const open = parseDotenv('A="open-value\n', '/p/.env').error?.message;
    expect(open).toMatch(/quoted value of A has no closing "/);
    expect(open).not.toContain('open-value');
  });

  it('records required variables that are missing', () => {
    const out = parseDotenv('P=${PW:?set it}\n', '/p/.env');
    expect(out.unset).toEqual([
      {
        name: 'PW',
        message: 'required variable PW is missing a value: set it',
        pos: { file: '/p/.env', line: 1, column: 3 },
      },
    ]);
  });
});
