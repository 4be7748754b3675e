/**
 * Which compose files Compose reads when none are given: the first default
 * name found in the directory (or its parents), plus the first override file
 * next to it. Order checked against `docker compose` 2.26 (which warns when
 * several exist and uses the first).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

const DEFAULT_FILE_NAMES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yml',
  'docker-compose.yaml',
];
const OVERRIDE_FILE_NAMES = [
  'compose.override.yml',
  'compose.override.yaml',
  'docker-compose.override.yml',
  'docker-compose.override.yaml',
];

function isFile(p: string): boolean {
  try {
    return existsSync(p) && statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The files Compose would load from `dir`, or [] when there are none up to the root. */
export function discoverFiles(dir: string): string[] {
  let current = path.resolve(dir);
  for (;;) {
    const main = DEFAULT_FILE_NAMES.map((n) => path.join(current, n)).find(isFile);
    if (main) {
      const override = OVERRIDE_FILE_NAMES.map((n) => path.join(current, n)).find(isFile);
      return override ? [main, override] : [main];
    }
    const parent = path.dirname(current);
    if (parent === current) return [];
    current = parent;
  }
}

/** COMPOSE_FILE split on COMPOSE_PATH_SEPARATOR (default `:`, `;` on Windows). */
export function filesFromEnv(env: Record<string, string | undefined>): string[] {
  const value = env.COMPOSE_FILE;
  if (!value) return [];
  const sep = env.COMPOSE_PATH_SEPARATOR || (process.platform === 'win32' ? ';' : ':');
  return value.split(sep).filter((f) => f !== '');
}
