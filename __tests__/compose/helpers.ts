/** Small helpers for the loader's unit tests: projects written into temp dirs. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MapNode } from '../../src/compose/node.js';
import { DEFAULT_LIMITS } from '../../src/compose/read.js';
import { parsePlain } from '../../src/compose/read-plain.js';
import { parseWithYaml } from '../../src/compose/read-yaml.js';
import { SourceText } from '../../src/compose/source-range.js';
import { yamlModule } from '../../src/yaml-module.js';

/** Writes `files` (relative path -> content) into a fresh temp dir and returns its path. */
export function writeProject(files: Record<string, string | Buffer>, name = 'proj'): string {
  const root = mkdtempSync(path.join(tmpdir(), 'rr-compose-'));
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const f = path.join(dir, rel);
    mkdirSync(path.dirname(f), { recursive: true });
    writeFileSync(f, content);
  }
  return dir;
}

/**
 * A compose text parsed synchronously, as parseCompose does it (the line
 * scanner, then yaml): for unit tests of the later stages. yaml is loaded
 * up front by __tests__/setup.ts.
 */
export function parseComposeText(text: string, file: string): MapNode {
  const source = new SourceText(file, text);
  return (
    parsePlain(source, DEFAULT_LIMITS) ?? parseWithYaml(yamlModule(), source, DEFAULT_LIMITS).tree
  );
}
