import { describe, expect, it } from 'vitest';
import { jsonText } from '../../src/report/escape.js';
import { maskDeep, maskedJsonText } from '../../src/report/mask-deep.js';

const mask = (text: string) => text.replace(/hunter2/gi, '***');

describe('maskedJsonText', () => {
  it('writes what jsonText(maskDeep(...)) writes, identifier fields and shared objects included', () => {
    const shared = { summary: 'pw hunter2', name: 'HUNTER2' };
    const list = ['hunter2', 'x'];
    const doc = {
      $schema: 'hunter2',
      name: 'svc-hunter2',
      hunter2: 'key stays, value HUNTER2 goes',
      consumers: list,
      roles: [{ nested: 'hunter2' }],
      probe: { summary: 'kept whole: hunter2' },
      again: shared,
      nested: [
        shared,
        [list, 'hunter2 #[x]'],
        null,
        3,
        true,
        { service: 'hunter2', message: 'hunter2' },
      ],
      empty: {},
      emptyList: [],
      after: 'hunter2',
      missing: undefined,
    };
    const text = maskedJsonText(doc, mask);
    expect(text).toBe(jsonText(maskDeep(doc, mask)));
    expect(text).toContain('"pw ***"');
    expect(text).toContain('"kept whole: hunter2"');
    expect(text).toContain('\\u0023[x]');
  });

  it('masks a top-level string and leaves other values alone', () => {
    expect(maskedJsonText('a hunter2', mask)).toBe(jsonText(maskDeep('a hunter2', mask)));
    expect(maskedJsonText([1, 'hunter2'], mask)).toBe(jsonText([1, '***']));
  });
});
