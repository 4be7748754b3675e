/**
 * The README's CLI synopsis lists every option `--help` lists (issue 16):
 * a user reading the README meets the same CLI the bundle runs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli.js';

const README = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

const options = (text: string) => new Set(text.match(/--[a-z][a-z-]+/g) ?? []);

describe('README CLI synopsis', () => {
  it('lists every option of --help', () => {
    const synopsis = /## The CLI\s+```\n([\s\S]*?)```/.exec(README)?.[1] ?? '';
    const listed = options(synopsis);
    expect([...options(USAGE)].filter((o) => !listed.has(o))).toEqual([]);
  });
});
