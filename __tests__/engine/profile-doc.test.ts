import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_PROFILE } from '../../src/config-file.js';

describe('docs/configuration.md', () => {
  it('documents exactly the development profile the code applies', () => {
    const doc = fs.readFileSync(
      path.resolve(import.meta.dirname, '../../docs/configuration.md'),
      'utf8',
    );
    const table = doc
      .split('<!-- profile-table:start -->')[1]!
      .split('<!-- profile-table:end -->')[0]!;
    const rows = [
      ...table.matchAll(/^\| `([a-z-]+)` \| default \| (error|warning|notice) \|$/gm),
    ].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(rows)).toEqual(DEVELOPMENT_PROFILE);
    expect(rows.map((r) => r[0])).toEqual([...rows.map((r) => r[0])].sort());
  });
});
