import { describe, expect, it } from 'vitest';
import { interpolateTree } from '../../src/compose/interpolate-tree.js';
import { parseComposeText } from './helpers.js';
import type { MapNode, ScalarNode } from '../../src/compose/node.js';
import type { ComposeIssue } from '../../src/compose/types.js';

const text = [
  'services:', // 1
  '  redis:', // 2
  '    command: "redis-server --requirepass \\"${PW}\\""', // 3
  '    environment:', // 4
  '      A: |', // 5
  '        first $X', // 6
  '        second ${X} and ${Y:-d}', // 7
  "      B: '$$literal ${Z:?need Z}'", // 8
  '      ${KEY}: kept', // 9
].join('\n');

function run(env: Record<string, string>) {
  const issues: ComposeIssue[] = [];
  const tree = interpolateTree(
    parseComposeText(text, '/p/c.yaml'),
    (k) => env[k],
    issues,
  ) as MapNode;
  const redis = (tree.entries.get('services')!.value as MapNode).entries.get('redis')!
    .value as MapNode;
  const env_ = redis.entries.get('environment')!.value as MapNode;
  return { issues, redis, env: env_ };
}

describe('interpolateTree', () => {
  it('interpolates values but not keys, keeping the raw text', () => {
    const { env } = run({ X: 'x' });
    expect((env.entries.get('A')!.value as ScalarNode).value).toBe('first x\nsecond x and d\n');
    expect((env.entries.get('A')!.value as ScalarNode).raw).toBe(
      'first $X\nsecond ${X} and ${Y:-d}\n',
    );
    expect([...env.entries.keys()]).toContain('${KEY}');
  });

  it('finds the `$` of each reference in quoted and block scalars', () => {
    const { env, redis } = run({ X: 'x' });
    const a = (env.entries.get('A')!.value as ScalarNode).variables!;
    expect(a.map((v) => [v.name, v.pos.line, v.pos.column])).toEqual([
      ['X', 6, 15],
      ['X', 7, 16],
      ['Y', 7, 25],
    ]);
    const cmd = (redis.entries.get('command')!.value as ScalarNode).variables!;
    expect(cmd[0].pos).toMatchObject({ line: 3, column: 44 });
  });

  it('reports unset variables per use and required ones with their message', () => {
    const { issues } = run({});
    expect(issues.map((i) => [i.kind, i.variable, i.pos.line])).toEqual([
      ['variable-unset', 'PW', 3],
      ['variable-unset', 'X', 6],
      ['variable-unset', 'X', 7],
      ['variable-unset', 'Z', 8],
    ]);
    expect(issues[3].message).toMatch(
      /required variable Z is missing a value: need Z \(used in services\.redis\.environment\.B\)/,
    );
    expect(issues.every((i) => i.service === 'redis')).toBe(true);
  });

  it('leaves `$$` as a literal dollar', () => {
    const { env } = run({ Z: 'z' });
    expect((env.entries.get('B')!.value as ScalarNode).value).toBe('$literal z');
  });
});
