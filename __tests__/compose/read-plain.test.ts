/**
 * The line scanner (read-plain) must build exactly the tree the yaml path
 * builds, or decline. Checked on every compose file the tests know, on hand-picked
 * corners, and on thousands of mutated files (seeded, so a failure
 * reproduces).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CNode } from '../../src/compose/node.js';
import { parsePlain } from '../../src/compose/read-plain.js';
import { DEFAULT_LIMITS } from '../../src/compose/read.js';
import { parseWithYaml } from '../../src/compose/read-yaml.js';
import { POINT, SourceText, textRange, toPosition } from '../../src/compose/source-range.js';
import { yamlModule } from '../../src/yaml-module.js';
import { generatedCases } from './generated-cases.js';

const REPO = path.resolve(import.meta.dirname, '../..');
/** The real-world corpus in this repository (or the one REDIS_READINESS_CORPUS names). */
const CORPUS = path.resolve(REPO, process.env.REDIS_READINESS_CORPUS ?? '__tests__/corpus');

/** Everything the trees carry, positions and source texts included. */
function comparable(n: CNode): unknown {
  const base = { pos: toPosition(n.range), tag: n.tag };
  if (n.kind === 'scalar') {
    return {
      ...base,
      value: Number.isNaN(n.value) ? 'NaN' : n.value,
      quoted: n.quoted,
      src: n.src
        ? [n.src.text, n.src.offset, toPosition(textRange(n.src.source, n.src.offset, POINT))]
        : undefined,
    };
  }
  if (n.kind === 'seq') return { ...base, items: n.items.map(comparable) };
  return {
    ...base,
    entries: [...n.entries].map(([k, e]) => [
      k,
      e.key,
      toPosition(e.keyRange),
      comparable(e.value),
    ]),
  };
}

type Outcome = 'agree' | 'declined' | 'both-refuse' | 'fast-only' | 'differ';

type FastPath = (text: string) => CNode | undefined;

const viaLines: FastPath = (text) =>
  parsePlain(new SourceText('compose.yaml', text), DEFAULT_LIMITS);

function compare(
  text: string,
  parse: FastPath = viaLines,
): { outcome: Outcome; fast?: string; yaml?: string } {
  const fast = parse(text);
  let yaml: CNode | undefined;
  try {
    yaml = parseWithYaml(yamlModule(), new SourceText('compose.yaml', text), DEFAULT_LIMITS).tree;
  } catch {
    yaml = undefined;
  }
  if (!fast) return { outcome: yaml ? 'declined' : 'both-refuse' };
  if (!yaml) return { outcome: 'fast-only' };
  const a = JSON.stringify(comparable(fast));
  const b = JSON.stringify(comparable(yaml));
  return a === b ? { outcome: 'agree' } : { outcome: 'differ', fast: a, yaml: b };
}

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

function knownComposeTexts(): [string, string][] {
  const files = [
    ...yamlFiles(path.join(REPO, 'examples')),
    ...yamlFiles(path.join(REPO, '__tests__/fixtures')),
    ...yamlFiles(CORPUS),
  ];
  const texts: [string, string][] = files.map((f) => [
    path.relative(REPO, f),
    readFileSync(f, 'utf8'),
  ]);
  for (const c of generatedCases)
    for (const [name, text] of Object.entries(c.files))
      if (/\.ya?ml$/.test(name)) texts.push([`${c.name}/${name}`, text]);
  return texts;
}

/** Mutates known files at random and compares each result with the yaml path. */
function fuzz(parse: FastPath, minAgreeing: number): void {
  const texts = knownComposeTexts()
    .map(([, t]) => t)
    .filter((t) => t.length < 20_000);
  // READ_FAST_FUZZ_SEED / READ_FAST_FUZZ_RUNS explore further by hand.
  let seed = Number(process.env.READ_FAST_FUZZ_SEED ?? 20261126);
  const runs = Number(process.env.READ_FAST_FUZZ_RUNS ?? 3000);
  const rnd = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const bits = [
    ' ',
    '\t',
    ':',
    '-',
    '#',
    '"',
    "'",
    '&a ',
    '*a',
    '!reset ',
    '!override ',
    '|',
    '>',
    '|-',
    '>+',
    '{',
    '[',
    ']',
    '}',
    ',',
    '\n',
    '? ',
    '<<: *a\n',
    ': ',
    '- ',
    '  ',
    'x: &a\n  k: v\n',
    '\\',
    '%',
    '@',
    '`',
    '0755',
    '~',
    'null',
    '.inf',
    '0x1F',
    '"$X"',
    '${Y}',
    ' # c',
    '\r\n',
    '---\n',
    '...\n',
  ];
  const counts: Record<Outcome, number> = {
    agree: 0,
    declined: 0,
    'both-refuse': 0,
    'fast-only': 0,
    differ: 0,
  };
  const failures: string[] = [];
  for (let n = 0; n < runs; n++) {
    let t = texts[rnd(texts.length)];
    for (let e = 1 + rnd(3); e > 0; e--) {
      const at = rnd(t.length + 1);
      const lines = t.split('\n');
      const line = rnd(lines.length);
      switch (rnd(8)) {
        case 0:
          t = t.slice(0, at) + t.slice(at + 1 + rnd(3));
          break;
        case 1:
        case 2:
          t = t.slice(0, at) + bits[rnd(bits.length)] + t.slice(at);
          break;
        case 3:
          lines[line] = ' '.repeat(rnd(6)) + lines[line].trimStart();
          t = lines.join('\n');
          break;
        case 4:
          lines.splice(line, 0, [' '.repeat(rnd(8)) + '# c', '', ' '.repeat(rnd(6))][rnd(3)]);
          t = lines.join('\n');
          break;
        case 5:
          lines[line] += [' # c', '   ', ' ' + bits[rnd(bits.length)], ':'][rnd(4)];
          t = lines.join('\n');
          break;
        case 6:
          lines.splice(rnd(lines.length), 0, lines[line]);
          t = lines.join('\n');
          break;
        default: {
          const [moved] = lines.splice(line, 1);
          lines.splice(rnd(lines.length + 1), 0, moved);
          t = lines.join('\n');
        }
      }
    }
    const r = compare(t, parse);
    counts[r.outcome]++;
    if ((r.outcome === 'differ' || r.outcome === 'fast-only') && failures.length < 3)
      failures.push(
        `${r.outcome}: ${JSON.stringify(t)}\nfast: ${r.fast ?? ''}\nyaml: ${r.yaml ?? ''}`,
      );
  }
  expect(failures).toEqual([]);
  // The mutations must keep enough files valid for the comparison to mean something.
  expect(counts.agree).toBeGreaterThan(runs * minAgreeing);
}

describe('line scanner path', () => {
  it('builds the same tree as the yaml path for every known compose file it reads', () => {
    const texts = knownComposeTexts();
    let read = 0;
    for (const [name, text] of texts) {
      const r = compare(text, viaLines);
      expect(r.outcome === 'differ' ? `${name}\nlines: ${r.fast}\nyaml: ${r.yaml}` : name).toBe(
        name,
      );
      expect(r.outcome, name).not.toBe('fast-only');
      if (r.outcome === 'agree') read++;
    }
    // It declines anchors, block scalars and the like; most files have none.
    expect(read, 'files the line scanner reads').toBeGreaterThan(texts.length * 0.7);
  });

  it('reads the generated benchmark file', async () => {
    const { largeComposeText } = await import('../../bench/generate.mjs');
    const r = compare(largeComposeText(50), viaLines);
    expect(r, `${r.fast}\n${r.yaml}`).toEqual({ outcome: 'agree' });
  });

  it.each([
    ['empty values with comments', 'a: # c\n  \nb:   \nv:\n  d:\n# c\n'],
    ['a sequence as indented as its key', 'a:\n- b: 1\n  c: 2\n- x\nd: 1\n'],
    ['quoted keys and values', "\"a b\": 'it''s'\n'c': \"q \\\" \\\\ \\n $X\"\n"],
    ['flow sequences', 's:\n  - ["a", b, \'c\', 1]\n  - []\n  - {}\n  - [ x ,y ]\n'],
    ['core schema and Go octal', 'p: 0755\nq: 1e3\nr: .inf\nt: 0o17\nu: 0x1F\nv: ~\nw: TRUE\n'],
    ['keys that resolve', '1: a\nnull: b\n0x10: c\ntrue: d\n'],
    ['plain scalars with indicators inside', 'a: b:c #d\ne: f#g\nh: -1\ni: x[y]{z}\n'],
    ['comments anywhere', '# top\na:\n    # deep\n  b: 1 # trailing\n# low\n  c: "x" # q\n'],
    ['no final line break', 'a:\n  b: [1]'],
  ])('agrees on %s', (_name, text) => {
    const r = compare(text, viaLines);
    expect(r, `${r.fast}\n${r.yaml}`).toEqual({ outcome: 'agree' });
  });

  it.each([
    ['anchors and aliases', 'x: &a\n  k: v\ny: *a\n'],
    ['a merge key', 'y:\n  <<: {}\n'],
    ['a tag', 'c: !reset []\n'],
    ['a block scalar', 'a: |\n  x\n'],
    ['a multi-line plain scalar', 'a: plain\n  continued\n'],
    ['a multi-line quoted scalar', 'a: "one\n  two"\n'],
    ['a flow collection over lines', 'a: [\n  b]\n'],
    ['a nested flow collection', 'a: [[b]]\n'],
    ['a flow mapping', 'a: {b: 1}\n'],
    ['a hex escape', 'a: "\\x41"\n'],
    ['CRLF line ends', 'a:\r\n  b: 1\r\n'],
    ['a tab', 'a:\tb\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['keys equal once resolved', '1: a\n01: b\n'],
    ['an empty sequence entry', 'a:\n-\n- b\n'],
    ['a sequence in a sequence', 'a:\n- - b\n'],
    ['a nested mapping on its key line', 'a: b: c\n'],
    ['text after a quoted scalar', 'a: "b" c\n'],
    ['a comment touching a quoted scalar', 'a: "b"#c\n'],
    ['a trailing comma', 'a: [b, ]\n'],
    ['a top-level sequence', '- a\n'],
    ['indentation that goes deeper after a value', 'a: 1\n  b: 2\n'],
    [
      'deep nesting',
      Array.from({ length: 40 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' v\n',
    ],
  ])('declines %s', (_name, text) => {
    expect(viaLines(text)).toBeUndefined();
  });

  it('never accepts what yaml refuses nor builds a different tree, on mutated files', () => {
    // It declines more of the mutations (every tab, every `&`, ...), by design.
    fuzz(viaLines, 1 / 4);
  });
});
