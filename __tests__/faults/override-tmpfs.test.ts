import { describe, expect, it } from 'vitest';
import type { ComposeModel } from '../../src/compose/types.js';
import { buildOverride } from '../../src/probes/override.js';

/**
 * A tmpfs volume is probed as declared (the disk-full fault depends on it,
 * and a tmpfs loses data on down: the persistence probe must see that),
 * while driver options that could reach host paths are still reset.
 */
describe('buildOverride and volume drivers', () => {
  const model: ComposeModel = {
    name: 'shop',
    services: { redis: { image: 'redis:7' } },
    volumes: {
      memory: { driver_opts: { type: 'tmpfs', device: 'tmpfs', o: 'size=8k' } },
      hostdir: { driver_opts: { type: 'none', o: 'bind', device: '/srv/x' } },
      tmpfsbind: { driver_opts: { type: 'tmpfs', device: 'tmpfs', o: 'size=8k,bind' } },
      nfs: { driver: 'local', driver_opts: { type: 'nfs', o: 'addr=10.0.0.1', device: ':/x' } },
    },
  };
  const text = buildOverride(model, 'redis-readiness-x', []).text;
  const block = (key: string) => new RegExp(`"${key}":\\n(?: {4}.*\\n)*`).exec(text)?.[0] ?? '';

  it('keeps a plain tmpfs volume as declared', () => {
    expect(block('memory')).toContain('name: "redis-readiness-x_memory"');
    expect(block('memory')).not.toContain('driver_opts');
  });

  it('still resets bind, tmpfs-with-bind and remote volumes', () => {
    for (const key of ['hostdir', 'tmpfsbind', 'nfs'])
      expect(block(key), key).toContain('driver_opts: !reset {}');
  });
});
