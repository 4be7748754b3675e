/**
 * docs/troubleshooting.md covers every message the action and the CLI can
 * stop with or report about the input itself (see messages.ts for how they
 * are found in src/), so the page cannot drift from the code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CLASSES, messageSites, normalise } from './messages.js';

const root = join(import.meta.dirname, '../..');

describe('docs/troubleshooting.md', () => {
  const page = normalise(readFileSync(join(root, 'docs/troubleshooting.md'), 'utf8'));
  const sites = messageSites();

  it('finds the messages in src/ (the extraction itself works)', () => {
    const kinds = new Set(sites.map((s) => s.kind));
    for (const k of [...ERROR_CLASSES, 'compose-invalid', 'rec.fail', 'rec.skip'])
      expect(kinds, `no ${k} message found in src/`).toContain(k);
    expect(sites.length).toBeGreaterThan(60);
  });

  it('covers every message the action and the CLI can print', () => {
    const missing = sites
      .filter((s) => s.fragment.length >= 6 && !page.includes(s.fragment))
      .map((s) => `${s.where} (${s.kind}): "${s.fragment}"\n    message: ${s.template}`);
    expect(
      missing,
      `docs/troubleshooting.md does not mention these messages; add each with its cause and fix:\n${missing.join('\n')}`,
    ).toEqual([]);
  });

  it('links every section it lists in its index', () => {
    const raw = readFileSync(join(root, 'docs/troubleshooting.md'), 'utf8');
    const anchors = new Set(
      [...raw.matchAll(/^#{2,3} (.+)$/gm)].map((m) =>
        m[1]!
          .toLowerCase()
          .replace(/[^\w\- ]/g, '')
          .replace(/ /g, '-'),
      ),
    );
    for (const m of raw.matchAll(/\]\(#([^)]+)\)/g))
      expect(anchors, `link to #${m[1]} has no heading`).toContain(m[1]);
  });
});
