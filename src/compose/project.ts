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
 * the directory's name. As `docker compose` 2.26 does, the top-level name and
 * the directory name are normalised, while a COMPOSE_PROJECT_NAME that is not
 * already valid is refused (reported, then normalised here so checking goes on).
 */
export function projectName(
  env: Record<string, string>,
  topLevel: { name: string; pos: Position } | undefined,
  workingDir: string,
  issues: ComposeIssue[],
): string {
  const fromEnv = env.COMPOSE_PROJECT_NAME;
  const fallback = () => normalizeProjectName(path.basename(workingDir));
  if (fromEnv) {
    if (VALID.test(fromEnv)) return fromEnv;
    issues.push({
      kind: 'compose-invalid',
      message: `invalid project name "${fromEnv}" (COMPOSE_PROJECT_NAME): it must hold only lowercase letters, digits, "-" and "_", and start with a letter or digit.`,
      pos: { file: workingDir, line: 1, column: 1 },
    });
    return normalizeProjectName(fromEnv) || fallback();
  }
  if (topLevel && topLevel.name !== '') return normalizeProjectName(topLevel.name) || fallback();
  return fallback();
}
