/**
 * The docs that name rules, inputs and outputs are generated from, or checked
 * against, the code, so they can never drift. To regenerate after changing a
 * rule's metadata: `UPDATE_DOCS=1 npx vitest run __tests__/docs.test.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RULES } from '../src/rules/index.js';

const root = join(import.meta.dirname, '..');
const update = process.env.UPDATE_DOCS === '1';

const SEVERITY_NOTE: Record<string, string> = {
  'port-public': 'error / warning',
  'probe-isolation': 'warning / notice',
};

function ruleTable(linkPrefix: string): string {
  const rows = RULES.map(
    (r) =>
      `| [\`${r.id}\`](${linkPrefix}${r.id}.md) | ${SEVERITY_NOTE[r.id] ?? r.defaultSeverity} | ${r.summary.replace(/\|/g, '\\|')} |`,
  );
  return ['| rule | default severity | reports |', '|---|---|---|', ...rows].join('\n');
}

const BEGIN = '<!-- rules:begin (generated from src/rules by __tests__/docs.test.ts) -->';
const END = '<!-- rules:end -->';

function withGeneratedTable(text: string, table: string): string {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`markers ${BEGIN} ... ${END} missing`);
  return text.slice(0, start + BEGIN.length) + '\n' + table + '\n' + text.slice(end);
}

function checkOrUpdate(path: string, expected: string): void {
  if (update) writeFileSync(path, expected);
  expect(
    readFileSync(path, 'utf8'),
    `${path} is stale: run UPDATE_DOCS=1 npx vitest run __tests__/docs.test.ts`,
  ).toBe(expected);
}

describe('documentation generated from the code', () => {
  it('docs/rules/README.md lists every rule with its severity and summary', () => {
    const path = join(root, 'docs/rules/README.md');
    const current = existsSync(path) ? readFileSync(path, 'utf8') : `# Rules\n\n${BEGIN}\n${END}\n`;
    checkOrUpdate(path, withGeneratedTable(current, ruleTable('')));
  });

  it('README.md carries the same rule table', () => {
    const path = join(root, 'README.md');
    checkOrUpdate(path, withGeneratedTable(readFileSync(path, 'utf8'), ruleTable('docs/rules/')));
  });

  it('every rule has a docs page that names it and its default severity', () => {
    for (const rule of RULES) {
      const page = join(root, 'docs/rules', `${rule.id}.md`);
      expect(existsSync(page), `docs/rules/${rule.id}.md is missing`).toBe(true);
      const text = readFileSync(page, 'utf8');
      expect(text.startsWith(`# ${rule.id}\n`), `${page} must start with '# ${rule.id}'`).toBe(
        true,
      );
      expect(text).toContain(`**${rule.defaultSeverity}**`);
    }
  });

  it('rule ids are unique kebab-case', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('README.md documents every input and output of action.yml', () => {
    const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
    };
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const name of Object.keys(action.inputs)) {
      expect(readme, `README.md does not document input '${name}'`).toMatch(
        new RegExp(`^\\| \`${name}\` \\|`, 'm'),
      );
    }
    for (const name of Object.keys(action.outputs)) {
      expect(readme, `README.md does not document output '${name}'`).toMatch(
        new RegExp(`^\\| \`${name}\` \\|`, 'm'),
      );
    }
  });
});
