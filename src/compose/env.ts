/**
 * The interpolation environment Compose builds: the env files (`.env` of the
 * project directory by default, or the --env-file list, later files winning),
 * then the process environment on top.
 */
import { existsSync, statSync } from 'node:fs';
import { parseDotenv, type DotenvEntry } from './dotenv.js';
import { readTextFile } from './read.js';
import { UnreadableInputError, type ComposeIssue } from './types.js';

export interface ProjectEnvironment {
  /** Name -> value, as used for interpolation. */
  values: Record<string, string>;
  /** Where each value from an env file was written (process env values have none). */
  entries: Map<string, DotenvEntry>;
  /** Env files actually read. */
  files: string[];
}

export function loadProjectEnvironment(
  processEnv: Record<string, string | undefined>,
  envFiles: string[],
  explicit: boolean,
  issues: ComposeIssue[],
): ProjectEnvironment {
  const fromFiles = new Map<string, DotenvEntry>();
  const files: string[] = [];
  const lookupProcess = (k: string) => processEnv[k];
  for (const file of envFiles) {
    if (!explicit && !(existsSync(file) && statSync(file).isFile())) continue;
    // An --env-file that cannot be read stops Compose too.
    const text = readTextFile(file, 'env file');
    files.push(file);
    const parsed = parseDotenv(text, file, (k) => lookupProcess(k) ?? fromFiles.get(k)?.value);
    if (parsed.error) {
      throw new UnreadableInputError(
        `${file}:${parsed.error.pos.line}: ${parsed.error.message}. Fix this line of the env file.`,
        parsed.error.pos,
      );
    }
    for (const u of parsed.unset)
      issues.push({
        kind: 'variable-unset',
        message: `${u.message} (in ${file})`,
        pos: u.pos,
        variable: u.name,
      });
    for (const [k, e] of parsed.entries) fromFiles.set(k, e);
  }
  const values: Record<string, string> = {};
  for (const [k, e] of fromFiles) values[k] = e.value;
  const entries = new Map(fromFiles);
  for (const [k, v] of Object.entries(processEnv)) {
    if (v === undefined) continue;
    values[k] = v;
    entries.delete(k);
  }
  return { values, entries, files };
}
