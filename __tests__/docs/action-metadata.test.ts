/**
 * The Marketplace refuses to list an action whose metadata breaks its rules
 * (docs/releasing.md): check what can be checked offline, so a release is
 * never blocked at publication time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../..');

// GitHub's branding colours (docs: "Metadata syntax for GitHub Actions", branding.color).
const COLORS = [
  'white',
  'black',
  'yellow',
  'blue',
  'green',
  'orange',
  'red',
  'purple',
  'gray-dark',
];
// Feather icons that suit this action, each checked against GitHub's accepted list
// (which leaves out some Feather icons), so a typo or an unlisted icon fails here.
const ICONS = ['check-circle', 'check-square', 'check', 'database', 'activity', 'alert-triangle'];

interface ActionMetadata {
  name: string;
  description: string;
  author?: string;
  branding: { icon: string; color: string };
  runs: { using: string; main: string; post?: string };
  inputs: Record<string, { description?: string }>;
  outputs: Record<string, { description?: string }>;
}

const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as ActionMetadata;

describe('action.yml is ready for the Marketplace', () => {
  it('has a name and a description under 125 characters', () => {
    expect(action.name.trim().length).toBeGreaterThan(0);
    expect(action.description.length, action.description).toBeLessThan(125);
  });

  it('has branding with an accepted Feather icon and colour', () => {
    expect(ICONS).toContain(action.branding.icon);
    expect(COLORS).toContain(action.branding.color);
  });

  it('describes every input and output', () => {
    for (const [name, input] of Object.entries(action.inputs))
      expect(input.description?.trim(), `input ${name}`).toBeTruthy();
    for (const [name, output] of Object.entries(action.outputs))
      expect(output.description?.trim(), `output ${name}`).toBeTruthy();
  });

  it('runs bundled entry points that the repository holds', () => {
    expect(action.runs.using).toMatch(/^node\d+$/);
    for (const entry of [action.runs.main, action.runs.post].filter(Boolean))
      expect(() => readFileSync(join(root, entry!))).not.toThrow();
  });
});
