/**
 * The depth pre-scan (nesting.ts) refuses deep nesting before yaml parses it,
 * and never refuses what the loader accepts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { refuseDeepNesting } from '../../src/compose/nesting.js';
import { DEFAULT_LIMITS, parseCompose } from '../../src/compose/read.js';
import { UnreadableInputError } from '../../src/compose/types.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const LIMIT = DEFAULT_LIMITS.maxDepth;

function yamlFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

function refusal(text: string): UnreadableInputError | undefined {
  try {
    refuseDeepNesting(text, 'c.yaml', LIMIT);
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(UnreadableInputError);
    return err as UnreadableInputError;
  }
}

/** `levels` collections nested, each written the way `wrap` writes one around its inside. */
function nested(levels: number, open: string, close: string): string {
  return `services: {}\nx: ${open.repeat(levels)}v${close.repeat(levels)}\n`;
}

describe('depth pre-scan', () => {
  it('passes every compose file the tests know', () => {
    const files = [
      ...yamlFiles(path.join(REPO, 'examples')),
      ...yamlFiles(path.join(REPO, '__tests__/fixtures')),
      ...yamlFiles(path.join(REPO, '__tests__/corpus')),
    ];
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) expect(refusal(readFileSync(f, 'utf8')), f).toBeUndefined();
  });

  it.each([
    ['flow sequences', '[', ']'],
    ['flow mappings', '{a: ', '}'],
    ['mixed flow', '[{a: ', '}]'],
  ])('agrees with the loader at the limit on %s', async (_name, open, close) => {
    // Within the limit the loader reads it; one level more, both refuse, the pre-scan first.
    const levels = Math.floor(LIMIT / open.replace(/[^[{]/g, '').length) - 1;
    const ok = nested(levels, open, close);
    expect(refusal(ok)).toBeUndefined();
    await expect(parseCompose(ok, 'c.yaml')).resolves.toBeDefined();
    const deep = nested(LIMIT + 2, open, close);
    expect(refusal(deep)?.message).toBe(
      `c.yaml:2: values are nested more than ${LIMIT} levels deep (the limit is ${LIMIT}); no compose file needs that. Flatten the file.`,
    );
  });

  it.each([
    ['compact block sequences', `x:\n  ${'- '.repeat(LIMIT + 2)}v\n`, 2],
    [
      'block mappings by indentation',
      Array.from({ length: LIMIT + 3 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' v\n',
      LIMIT + 2,
    ],
    ['tabs after indicators', `x:\n  -\t${'['.repeat(LIMIT + 2)}]\n`, 2],
    ['a flow key then a flow value', `[a]: ${'['.repeat(LIMIT + 2)}]\n`, 1],
    ['a # inside flow that is no comment', `x: [a,#b, ${'['.repeat(LIMIT + 2)}]\n`, 1],
    ['a document marker', `--- ${'['.repeat(LIMIT + 2)}]\n`, 1],
    ['nesting over several lines', `x:\n${'  [\n'.repeat(LIMIT + 2)}`, LIMIT + 2],
    [
      'a block scalar followed by a sibling key',
      `- a: |\n    text [[[\n  b: ${'['.repeat(LIMIT + 2)}\n`,
      3,
    ],
  ])('refuses deep nesting written as %s, naming its line', (_name, text, line) => {
    expect(refusal(text)?.pos?.line).toBe(line);
  });

  it.each([
    ['brackets inside quotes', `x: "${'['.repeat(200)}"\ny: '${'{'.repeat(200)}'\n`],
    ['brackets inside a plain scalar', `x: echo ${'['.repeat(200)}\n`],
    ['brackets inside a block scalar', `x: |\n  ${'['.repeat(200)}\ny: 1\n`],
    ['brackets inside a comment', `x: 1 # ${'['.repeat(200)}\n`],
    ['a multi-line quoted scalar', `x: "a\n  ${'['.repeat(200)}"\ny: 1\n`],
  ])('does not count %s', (_name, text) => {
    expect(refusal(text)).toBeUndefined();
  });

  it('refuses 2 MB of nested brackets in one linear pass', () => {
    const n = 1024 * 1024;
    const text = `services:\n  redis:\n    command: ${'['.repeat(n)}${']'.repeat(n)}\n`;
    expect(refusal(text)?.pos?.line).toBe(3);
  });
});
