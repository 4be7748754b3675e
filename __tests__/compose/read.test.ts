import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCompose, readTextFile, type ReadLimits } from '../../src/compose/read.js';
import { toPlain, type CNode, type MapNode } from '../../src/compose/node.js';
import { toPosition } from '../../src/compose/source-range.js';
import { UnreadableInputError } from '../../src/compose/types.js';
import { writeProject } from './helpers.js';

async function parseComposeText(text: string, file: string): Promise<MapNode> {
  return (await parseCompose(text, file)).tree;
}

async function readComposeFile(file: string, limits?: ReadLimits): Promise<MapNode> {
  return (await parseCompose(readTextFile(file, 'compose file', limits), file, limits)).tree;
}

async function unreadable(fn: () => unknown): Promise<UnreadableInputError> {
  try {
    await fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UnreadableInputError);
    return err as UnreadableInputError;
  }
  throw new Error('expected UnreadableInputError');
}

describe('readTextFile + parseCompose: input that cannot be read', () => {
  it('names a missing file', async () => {
    const err = await unreadable(() => readComposeFile('/nonexistent/compose.yaml'));
    expect(err.message).toMatch(
      /\/nonexistent\/compose\.yaml: cannot read compose file \(no such file\)/,
    );
  });

  it('refuses a directory', async () => {
    const dir = writeProject({});
    mkdirSync(path.join(dir, 'compose.yaml'));
    expect(
      (await unreadable(() => readComposeFile(path.join(dir, 'compose.yaml')))).message,
    ).toMatch(/is a directory/);
  });

  it('refuses binary content with the line of the NUL byte', async () => {
    const dir = writeProject({ 'compose.yaml': Buffer.from('services:\n  a:\n\0\0') });
    const err = await unreadable(() => readComposeFile(path.join(dir, 'compose.yaml')));
    expect(err.message).toMatch(/:3: compose file holds binary data/);
    expect(err.pos?.line).toBe(3);
  });

  it('refuses text that is not UTF-8', async () => {
    const dir = writeProject({
      'compose.yaml': Buffer.from([0x61, 0x3a, 0x0a, 0x62, 0x3a, 0x20, 0xff, 0xfe, 0x0a]),
    });
    const err = await unreadable(() => readComposeFile(path.join(dir, 'compose.yaml')));
    expect(err.message).toMatch(/:2: compose file is not valid UTF-8/);
  });

  it('refuses a file over the size bound', async () => {
    const dir = writeProject({ 'compose.yaml': 'services: {}\n' + '#'.repeat(2000) });
    const err = await unreadable(() =>
      readComposeFile(path.join(dir, 'compose.yaml'), {
        maxBytes: 1000,
        maxDepth: 64,
        maxExpandedNodes: 1000,
      }),
    );
    expect(err.message).toMatch(/over the 1000-byte limit/);
  });

  it('gives file, line and column for invalid YAML', async () => {
    const err = await unreadable(() =>
      parseComposeText('services:\n  redis:\n    image: "redis\n  x: [', '/p/compose.yaml'),
    );
    expect(err.message).toMatch(/^\/p\/compose\.yaml:\d+:\d+: is not valid YAML/);
    expect(err.pos?.file).toBe('/p/compose.yaml');
  });

  it('refuses duplicate keys as Compose does, at the second one', async () => {
    const err = await unreadable(() =>
      parseComposeText('services:\n  a:\n    image: x\n    image: y\n', '/p/c.yaml'),
    );
    expect(err.message).toMatch(/defined twice/);
    expect(err.pos?.line).toBe(4);
  });

  it('refuses a top level that is not a mapping, and an empty file', async () => {
    expect((await unreadable(() => parseComposeText('- a\n- b\n', '/p/c.yaml'))).message).toMatch(
      /must be a mapping/,
    );
    expect((await unreadable(() => parseComposeText('', '/p/c.yaml'))).message).toMatch(/is empty/);
    expect((await unreadable(() => parseComposeText('just text', '/p/c.yaml'))).message).toMatch(
      /must be a mapping/,
    );
  });

  it('stops alias bombs before expanding them', async () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    lines.push('services: {}');
    const started = performance.now();
    const err = await unreadable(() => parseComposeText(lines.join('\n'), '/p/bomb.yaml'));
    expect(err.message).toMatch(/alias bomb/);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('refuses nesting deeper than the bound', async () => {
    const deep = 'a: ' + '['.repeat(100) + ']'.repeat(100);
    expect((await unreadable(() => parseComposeText(deep, '/p/deep.yaml'))).message).toMatch(
      /nested more than 64 levels/,
    );
  });

  it('reads a UTF-8 BOM file and strips the BOM', async () => {
    const dir = writeProject({ '.env': '\ufeffA=1\n' });
    expect(readTextFile(path.join(dir, '.env'), 'env file')).toBe('A=1\n');
  });
});

describe('parseCompose: values and positions', () => {
  const text = [
    'x-base: &base', //1
    '  image: redis:7.2', //2
    '  environment:', //3
    '    A: "1"', //4
    'services:', //5
    '  redis:', //6
    '    <<: *base', //7
    '    ports:', //8
    '      - "6379:6379"', //9
    '    command: !reset null', //10
  ].join('\n');
  let redis: MapNode;
  beforeAll(async () => {
    const tree = await parseComposeText(text, '/p/compose.yaml');
    redis = (tree.entries.get('services')!.value as MapNode).entries.get('redis')!.value as MapNode;
  });

  it('resolves merge keys, explicit keys winning', async () => {
    expect(toPlain(redis)).toEqual({
      image: 'redis:7.2',
      environment: { A: '1' },
      ports: ['6379:6379'],
      command: null,
    });
  });

  it('keeps line and column of values, keys and list items', async () => {
    const ports = redis.entries.get('ports')!;
    expect(toPosition(ports.keyRange)).toMatchObject({
      file: '/p/compose.yaml',
      line: 8,
      column: 5,
    });
    const item = (ports.value as { items: CNode[] }).items[0];
    expect(toPosition(item.range)).toMatchObject({ line: 9, column: 9 });
  });

  it('keeps the anchor position for merged values', async () => {
    expect(toPosition(redis.entries.get('image')!.value.range)).toMatchObject({
      line: 2,
      column: 10,
    });
  });

  it('keeps local tags such as !reset', async () => {
    expect(redis.entries.get('command')!.value.tag).toBe('!reset');
  });

  it('refuses a merge key that points at a scalar', async () => {
    expect(
      (await unreadable(() => parseComposeText('a: &a 1\nb:\n  <<: *a\n', '/p/c.yaml'))).message,
    ).toMatch(/merge key/);
  });
});
