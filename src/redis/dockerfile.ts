import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/** What a Dockerfile says about the image it builds (final stage only). */
export interface DockerfileInfo {
  path: string;
  /** Base image of the final stage (after following stage names), as written. */
  baseImage?: string;
  /** CMD and ENTRYPOINT of the final stage, as words (exec form, or `sh -c` for shell form). */
  cmd?: string[];
  entrypoint?: string[];
  /** The final stage declares a HEALTHCHECK (other than NONE). */
  healthcheck?: boolean;
}

/**
 * Reads the Dockerfile a `build:` section points at. Returns undefined when
 * it cannot be read (remote context, missing file): the image is then unknown.
 */
export function readDockerfile(
  workingDir: string,
  build: { context?: string; dockerfile?: string; dockerfile_inline?: unknown },
): DockerfileInfo | undefined {
  let text: string;
  let path: string;
  if (typeof build.dockerfile_inline === 'string') {
    text = build.dockerfile_inline;
    path = '<dockerfile_inline>';
  } else {
    const context = build.context ?? '.';
    if (/^[a-z]+:\/\//i.test(context) || context.startsWith('git@')) return undefined;
    const contextDir = isAbsolute(context) ? context : resolve(workingDir, context);
    const file = build.dockerfile ?? 'Dockerfile';
    path = isAbsolute(file) ? file : join(contextDir, file);
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  }
  return { path, ...parseDockerfile(text) };
}

/** The final stage's base image, CMD and ENTRYPOINT; ARG defaults are substituted in FROM. */
function parseDockerfile(text: string): Omit<DockerfileInfo, 'path'> {
  const args: Record<string, string> = {};
  const stages = new Map<string, string>();
  let base: string | undefined;
  let cmd: string[] | undefined;
  let entrypoint: string[] | undefined;
  let healthcheck: boolean | undefined;
  const logical = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  for (const line of logical) {
    const m = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (!m || line.trimStart().startsWith('#')) continue;
    const instruction = m[1]!.toUpperCase();
    const rest = m[2]!.trim();
    if (instruction === 'ARG' && base === undefined) {
      const a = /^([A-Za-z_]\w*)(?:=(.*))?$/.exec(rest);
      if (a && a[2] !== undefined) args[a[1]!] = a[2].replace(/^["']|["']$/g, '');
    } else if (instruction === 'FROM') {
      const words = rest.split(/\s+/).filter((w) => !w.startsWith('--'));
      let image = (words[0] ?? '').replace(/\$\{?(\w+)\}?/g, (_, n: string) => args[n] ?? '');
      image = stages.get(image.toLowerCase()) ?? image;
      if (words[1]?.toLowerCase() === 'as' && words[2]) stages.set(words[2].toLowerCase(), image);
      base = image;
      cmd = undefined;
      entrypoint = undefined;
      healthcheck = undefined;
    } else if (instruction === 'HEALTHCHECK') {
      healthcheck = !/^NONE\b/i.test(rest);
    } else if (instruction === 'CMD') {
      cmd = instructionWords(rest);
    } else if (instruction === 'ENTRYPOINT') {
      entrypoint = instructionWords(rest);
      cmd = undefined; // ENTRYPOINT resets an inherited CMD
    }
  }
  return { baseImage: base, cmd, entrypoint, healthcheck };
}

function instructionWords(rest: string): string[] {
  if (rest.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(rest);
      if (Array.isArray(parsed) && parsed.every((w) => typeof w === 'string'))
        return parsed as string[];
    } catch {
      // not valid JSON: Docker then runs it in shell form
    }
  }
  return ['/bin/sh', '-c', rest];
}
