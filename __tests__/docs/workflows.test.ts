/**
 * Workflow hygiene (issue 16): every third-party action is pinned by a full
 * commit SHA, so a moved tag cannot change what runs with our tokens. Local
 * actions and workflows (`./…`) are part of this repository's commit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const WORKFLOWS = resolve(import.meta.dirname, '../../.github/workflows');

describe('workflows', () => {
  for (const file of readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f))) {
    it(`${file} pins every third-party action by commit SHA`, () => {
      const unpinned = readFileSync(join(WORKFLOWS, file), 'utf8')
        .split('\n')
        .map((line, i) => ({ line: i + 1, uses: /^\s*(?:-\s+)?uses:\s*(\S+)/.exec(line)?.[1] }))
        .filter((u): u is { line: number; uses: string } => u.uses !== undefined)
        .filter(
          (u) => !u.uses.startsWith('./') && !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(u.uses),
        );
      expect(unpinned).toEqual([]);
    });
  }
});
