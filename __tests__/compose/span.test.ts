import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/compose/index.js';
import { parseComposeText } from '../../src/compose/read.js';
import {
  currentSpanTable,
  isOneLine,
  pointRightOf,
  positionOf,
  span,
  SpanTable,
  spanOf,
} from '../../src/compose/span.js';
import { writeProject } from './helpers.js';

describe('SpanTable', () => {
  it('gives back the position it was given, with or without an end', () => {
    const t = new SpanTable();
    const ranged = t.fromPosition({
      file: '/p/a.yml',
      line: 3,
      column: 5,
      endLine: 4,
      endColumn: 1,
    });
    const point = t.fromPosition({ file: '/p/b.yml', line: 7, column: 2 });
    expect(t.position(ranged)).toEqual({
      file: '/p/a.yml',
      line: 3,
      column: 5,
      endLine: 4,
      endColumn: 1,
    });
    // No end given, none made up: the Position has no end keys at all.
    expect(t.position(point)).toStrictEqual({ file: '/p/b.yml', line: 7, column: 2 });
  });

  it('grows past its first capacity and keeps every span', () => {
    const t = new SpanTable();
    const spans = Array.from({ length: 5000 }, (_, i) =>
      t.add(t.fileId(`/p/f${i % 3}.yml`), i + 1, (i % 80) + 1, i + 1, (i % 80) + 4),
    );
    expect(t.position(spans[0])).toMatchObject({ file: '/p/f0.yml', line: 1, column: 1 });
    expect(t.position(spans[4999])).toEqual({
      file: '/p/f1.yml',
      line: 5000,
      column: 40,
      endLine: 5000,
      endColumn: 43,
    });
  });

  it('refuses a span it did not make', () => {
    const t = new SpanTable();
    expect(() => t.position(0)).toThrow(RangeError);
  });

  it('places a word of a one-line value by its column offset', () => {
    const s = span('/p/c.yml', 4, 14, 4, 40);
    expect(isOneLine(s)).toBe(true);
    expect(isOneLine(span('/p/c.yml', 4, 14, 6, 1))).toBe(false);
    expect(positionOf(pointRightOf(s, 13))).toStrictEqual({
      file: '/p/c.yml',
      line: 4,
      column: 27,
    });
  });
});

describe('spans and loads', () => {
  it('keeps the positions of a project right after other loads have run', async () => {
    const a = writeProject({
      'compose.yaml': 'services:\n  redis:\n    image: redis:7\n',
    });
    const b = writeProject({
      'compose.yaml': '# another file\n\nservices:\n  cache:\n\n    image: valkey/valkey:8\n',
    });
    const first = await loadProject({ files: [], cwd: a, env: {} });
    const second = await loadProject({ files: [], cwd: b, env: {} });
    // Parsing outside a load adds spans to whatever table is current; neither project may care.
    spanOf({ file: '/elsewhere.yml', line: 99, column: 9 });
    parseComposeText('services:\n  x:\n    image: busybox\n', '/elsewhere.yml');
    expect(first.sources.get(['services', 'redis', 'image'])?.pos).toMatchObject({
      line: 3,
      column: 12,
    });
    expect(second.sources.get(['services', 'cache', 'image'])?.pos).toMatchObject({
      line: 6,
      column: 12,
    });
    expect(currentSpanTable()).toBeInstanceOf(SpanTable);
  });
});
