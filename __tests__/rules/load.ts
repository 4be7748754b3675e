import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadProject } from '../../src/compose/index.js';
import type { ComposeProject } from '../../src/compose/types.js';
import type { Finding } from '../../src/findings.js';
import { buildRedisModel } from '../../src/redis/index.js';
import type { RedisProjectModel } from '../../src/redis/types.js';
import { runRules } from '../../src/rules/index.js';

export interface Checked {
  project: ComposeProject;
  redis: RedisProjectModel;
  findings: Finding[];
  dir: string;
  of(rule: string): Finding[];
}

/**
 * Writes a small project (compose.yaml plus any other files) to a temp dir,
 * loads it with the real loader (no process env leaks in), builds the model
 * and runs every rule.
 */
export async function checkProject(
  files: Record<string, string>,
  env: Record<string, string> = {},
  options: { probing?: boolean } = {},
): Promise<Checked> {
  const dir = mkdtempSync(join(tmpdir(), 'rr-rules-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const project = await loadProject({ files: [join(dir, 'compose.yaml')], cwd: dir, env });
  const redis = buildRedisModel(project);
  const findings = runRules({ project, redis, ...(options.probing ? { probing: true } : {}) });
  return { project, redis, findings, dir, of: (rule) => findings.filter((f) => f.rule === rule) };
}

/** A compose file from lines (keeps fixtures readable and line numbers obvious). */
export function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}
