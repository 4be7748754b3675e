/** The project name as Compose derives it. */
import path from 'node:path';
import type { ComposeIssue, Position } from './types.js';

/** Lowercase, only [a-z0-9_-], no leading `_` or `-` (compose-go NormalizeProjectName). */
export function normalizeProjectName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[_-]+/, '');
}

const VALID = /^[a-z0-9][a-z0-9_-]*$/;

/**
 * COMPOSE_PROJECT_NAME (process env or .env), then top-level `name:`, then
 * the directory's name. Only the directory's name is normalised; Compose
 * refuses a given name that is not already valid (reported, then normalised
 * here so checking goes on).
 */
export function projectName(
  env: Record<string, string>,
  topLevel: { name: string; pos: Position } | undefined,
  workingDir: string,
  issues: ComposeIssue[],
): string {
  const given = env.COMPOSE_PROJECT_NAME
    ? { name: env.COMPOSE_PROJECT_NAME, pos: undefined }
    : topLevel;
  if (given && given.name !== '') {
    if (!VALID.test(given.name)) {
      issues.push({
        kind: 'compose-invalid',
        message: `invalid project name "${given.name}"${given.pos ? '' : ' (COMPOSE_PROJECT_NAME)'}: it must hold only lowercase letters, digits, "-" and "_", and start with a letter or digit.`,
        pos: given.pos ?? { file: workingDir, line: 1, column: 1 },
      });
      return normalizeProjectName(given.name) || normalizeProjectName(path.basename(workingDir));
    }
    return given.name;
  }
  return normalizeProjectName(path.basename(workingDir));
}
