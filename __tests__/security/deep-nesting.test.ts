/**
 * Issue 13 §6: deeply nested YAML is refused early, in bounded time and
 * memory, with one message that names the limit and the line. Run through the
 * built CLI in a child process with a 256 MB heap: before the fix, 2 MB of
 * nested flow brackets ran for minutes and took gigabytes before failing with
 * a stack overflow at a misleading column. The timeout is a bound on a hang
 * (generous: the refusal itself takes milliseconds), not a speed target.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle } from '../action/harness.js';
import { DEFAULT_LIMITS } from '../../src/compose/read.js';
import { checkSpawned, expectOneMessage, project } from '../robustness/harness.js';

beforeAll(() => ensureBundle(), 600_000);

const LIMIT = DEFAULT_LIMITS.maxDepth;
const HANG_BOUND_MS = 20_000;
const TWO_MB = 2 * 1024 * 1024;

function refusedAt(line: number, text: string): void {
  const started = Date.now();
  const r = checkSpawned(
    project({ 'compose.yaml': text }),
    ['check', '-f', 'compose.yaml'],
    HANG_BOUND_MS,
  );
  expect(Date.now() - started).toBeLessThan(HANG_BOUND_MS);
  expect(expectOneMessage(r)).toBe(
    `redis-readiness: compose.yaml:${line}: values are nested more than ${LIMIT} levels deep (the limit is ${LIMIT}); no compose file needs that. Flatten the file.`,
  );
}

const head = 'services:\n  redis:\n    image: redis:7.2\n';

describe('deep nesting (built CLI, 256 MB heap)', () => {
  it('2 MB of nested flow sequences', () => {
    const n = TWO_MB / 2;
    refusedAt(4, `${head}    command: ${'['.repeat(n)}${']'.repeat(n)}\n`);
  });

  it('2 MB of nested flow mappings, never closed', () => {
    refusedAt(4, `${head}    labels: ${'{a: '.repeat(TWO_MB / 4)}\n`);
  });

  it('2 MB of nested flow sequences, one per line', () => {
    refusedAt(4 + LIMIT - 1, `${head}    command:\n${'     [\n'.repeat(TWO_MB / 7)}`);
  });

  it('1 MB of compact block sequences', () => {
    refusedAt(5, `${head}    command:\n      ${'- '.repeat(TWO_MB / 4)}x\n`);
  });
});
