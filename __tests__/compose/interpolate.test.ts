import { describe, expect, it } from 'vitest';
import { substitute } from '../../src/compose/interpolate.js';

const env: Record<string, string> = { SET: 'value', EMPTY: '', B: 'bee' };
const lookup = (k: string) => env[k];
const value = (t: string) => substitute(t, lookup).value;

describe('substitute: every form Compose knows', () => {
  it.each([
    ['$SET', 'value'],
    ['${SET}', 'value'],
    ['${UNSET}', ''],
    ['${UNSET:-d}', 'd'],
    ['${EMPTY:-d}', 'd'],
    ['${EMPTY-d}', ''],
    ['${UNSET-d}', 'd'],
    ['${SET:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['${UNSET+alt}', ''],
    ['${A:-${B:-x}}', 'bee'],
    ['${A:-${C:-x}}', 'x'],
    ['$$SET', '$SET'],
    ['$$$SET', '$value'],
    ['a$ b $1 $-', 'a$ b $1 $-'],
    ['$SET_2x', ''],
    ['$SET.x', 'value.x'],
    ['${UNSET:-a}}', 'a}'],
    ['${UNSET-{x}}', '{x}'],
    ['${UNSET:-a b}', 'a b'],
  ])('%s -> %s', (t, expected) => {
    expect(value(t)).toBe(expected);
  });

  it('records each reference with operator, argument, set and empty flags, in order', () => {
    const r = substitute('x ${SET:-d} $UNSET ${EMPTY:?must}', lookup);
    expect(
      r.refs.map((x) => [x.name, x.operator, x.argument, x.isSet, x.resolvedEmpty, x.index]),
    ).toEqual([
      ['SET', ':-', 'd', true, false, 2],
      ['UNSET', '', undefined, false, true, 12],
      ['EMPTY', ':?', 'must', true, true, 19],
    ]);
  });

  it('turns an unset required variable into a problem with compose message, value empty', () => {
    const r = substitute('--requirepass ${PW:?set PW in .env}', lookup);
    expect(r.value).toBe('--requirepass ');
    expect(r.problems).toEqual([
      {
        kind: 'required',
        name: 'PW',
        message: 'required variable PW is missing a value: set PW in .env',
        index: 14,
      },
    ]);
    expect(substitute('${EMPTY?x}', lookup).problems).toEqual([]);
    expect(substitute('${EMPTY:?}', lookup).problems[0].message).toBe(
      'required variable EMPTY is missing a value',
    );
  });

  it('reports malformed templates and keeps the text', () => {
    for (const t of ['${1}', '${A', '${A/b}', '${A:=x}']) {
      const r = substitute(t, lookup);
      expect(r.problems[0]?.kind, t).toBe('invalid');
      expect(r.value).toBe(t);
    }
  });

  it('evaluates nested defaults eagerly, recording their variables too', () => {
    const r = substitute('${A:-${B:-${C}}}', lookup);
    expect(r.value).toBe('bee');
    expect(r.refs.map((x) => x.name)).toEqual(['A', 'B', 'C']);
  });
});

describe('substitute: hostile input', () => {
  it('stops at a nesting depth no real file needs, without exhausting the stack', () => {
    const deep = '${A:-'.repeat(5000) + 'x' + '}'.repeat(5000);
    const r = substitute(deep, () => undefined);
    expect(r.problems.some((p) => /nested more than 64 levels/.test(p.message))).toBe(true);
  });
});
