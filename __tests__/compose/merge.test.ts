import { describe, expect, it } from 'vitest';
import { mergeFiles } from '../../src/compose/merge.js';
import { normalizeService } from '../../src/compose/normalize.js';
import { parseComposeText } from './helpers.js';
import { mapNode, toPlain, type MapNode } from '../../src/compose/node.js';
import { toPosition } from '../../src/compose/source-range.js';

function file(yaml: string, name: string): MapNode {
  const tree = parseComposeText(yaml, `/p/${name}`);
  const services = tree.entries.get('services')!.value as MapNode;
  const canon = mapNode(services.range);
  for (const [k, e] of services.entries) {
    const svc = normalizeService(k, e.value, { baseDir: '/p', issues: [] })!;
    canon.entries.set(k, { ...e, value: e.value.tag ? { ...svc, tag: e.value.tag } : svc });
  }
  tree.entries.set('services', { ...tree.entries.get('services')!, value: canon });
  return tree;
}

describe('mergeFiles: compose per-field rules', () => {
  const base = file(
    [
      'services:',
      '  r:',
      '    image: redis:7.0',
      '    command: redis-server --appendonly yes',
      '    ports: ["6379:6379"]',
      '    volumes: [data:/data, ./a:/a]',
      '    environment: {A: "1", B: "2"}',
      '    healthcheck: {test: ["CMD", "redis-cli", "ping"], interval: 10s}',
      '    profiles: [x]',
    ].join('\n'),
    'a.yml',
  );
  const over = file(
    [
      'services:',
      '  r:',
      '    image: redis:7.2',
      '    command: ["redis-server"]',
      '    ports: ["6379:6379", "127.0.0.1:7000:6379"]',
      '    volumes: [./b:/data]',
      '    environment: [B=3, C=4]',
      '    healthcheck: {test: redis-cli ping, retries: 3}',
      '    profiles: [y]',
    ].join('\n'),
    'b.yml',
  );
  const merged = toPlain(mergeFiles(base, over)) as { services: { r: Record<string, unknown> } };

  it('replaces scalars, command and healthcheck.test', () => {
    expect(merged.services.r.image).toBe('redis:7.2');
    expect(merged.services.r.command).toEqual(['redis-server']);
    expect(merged.services.r.healthcheck).toEqual({
      test: ['CMD-SHELL', 'redis-cli ping'],
      interval: '10s',
      retries: 3,
    });
  });

  it('merges environment by key, volumes by target, ports and profiles without duplicates', () => {
    expect(merged.services.r.environment).toEqual({ A: '1', B: '3', C: '4' });
    expect(
      (merged.services.r.volumes as { target: string; source: string }[]).map((v) => [
        v.target,
        v.source,
      ]),
    ).toEqual([
      ['/data', '/p/b'],
      ['/a', '/p/a'],
    ]);
    expect((merged.services.r.ports as unknown[]).length).toBe(2);
    expect(merged.services.r.profiles).toEqual(['x', 'y']);
  });

  it('keeps the position of the winning value', () => {
    const m = mergeFiles(base, over);
    const r = (m.entries.get('services')!.value as MapNode).entries.get('r')!.value as MapNode;
    expect(toPosition(r.entries.get('image')!.value.range).file).toBe('/p/b.yml');
    const env = r.entries.get('environment')!.value as MapNode;
    expect(toPosition(env.entries.get('A')!.value.range).file).toBe('/p/a.yml');
    expect(toPosition(env.entries.get('B')!.value.range).file).toBe('/p/b.yml');
  });

  it('honours !reset and !override', () => {
    const tagged = file(
      'services:\n  r:\n    ports: !reset []\n    environment: !override {Z: "9"}\n',
      'c.yml',
    );
    const out = toPlain(mergeFiles(base, tagged)) as { services: { r: Record<string, unknown> } };
    expect(out.services.r.ports).toBeUndefined();
    expect(out.services.r.environment).toEqual({ Z: '9' });
  });
});
