/**
 * The post step imports only the teardown (issue 16): its bundle carries no
 * probe logic and no Redis client, so the step that runs even after a
 * cancellation has the least code that could fail.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle } from './harness.js';

const POST = resolve(import.meta.dirname, '../../dist/post/index.js');

describe('the post bundle', () => {
  beforeAll(() => ensureBundle(), 600_000);

  it('holds the teardown and neither the Redis client nor the probes', () => {
    const text = readFileSync(POST, 'utf8');
    expect(text).toContain('down');
    expect(text).not.toMatch(/ioredis/);
    expect(text).not.toMatch(/canary/i);
  });
});
