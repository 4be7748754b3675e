/**
 * docs/job-summary.md is a copy of real job summaries
 * (scripts/render-job-summary.mjs); the README quotes an excerpt of it. Check
 * that the copy is whole, that it names only rules that exist, and that the
 * README's excerpt is taken from it rather than written by hand.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';

const root = join(import.meta.dirname, '../..');
const page = readFileSync(join(root, 'docs/job-summary.md'), 'utf8');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('docs/job-summary.md', () => {
  it('says how to regenerate it, and holds a failing PR run and a passing release gate', () => {
    expect(page).toContain('node scripts/render-job-summary.mjs');
    expect(page).toMatch(/redis-readiness: ❌ fail/);
    expect(page).toMatch(/redis-readiness: ✅ pass/);
    for (const probe of ['health', 'ping', 'auth', 'network', 'config', 'persistence'])
      expect(page).toMatch(new RegExp(`^\\| ${probe} \\| redis \\| ✅ pass \\|`, 'm'));
  });

  it('links only rules that have a page', () => {
    const ids = new Set(RULES.map((r) => r.id));
    const named = [...page.matchAll(/\[`([a-z-]+)`\]\(https:[^)]*\/docs\/rules\/([a-z-]+)\.md\)/g)];
    expect(named.length).toBeGreaterThan(5);
    for (const [, id, file] of named) {
      expect(file).toBe(id);
      // The summary also lists the engine's own rules (suppression-unused, probe-config-mismatch).
      if (!ids.has(id!)) expect(existsSync(join(root, 'docs/rules', `${id}.md`)), id).toBe(true);
    }
  });

  it("is what the README's excerpt quotes", () => {
    expect(readme).toContain('(docs/job-summary.md)');
    const quoted = readme
      .split('\n')
      .filter((l) => /^> \| (health|auth) \| redis \|/.test(l))
      .map((l) => l.slice(2));
    expect(quoted.length).toBe(2);
    for (const row of quoted) expect(page).toContain(row);
  });
});
