import type { ComposeProject, Position } from '../compose/types.js';
import type { RedisServiceModel } from '../redis/types.js';
import { isCommitted } from '../secrets.js';

/** A password value written into a file of the project (never printed). */
export interface WrittenPassword {
  value: string;
  pos: Position;
  /** 'literal' = the value itself; 'default' = the default of `${VAR:-default}`. */
  kind: 'literal' | 'default';
  /** Written in a committed Redis config file (a bind mount, config or secret), not a compose file. */
  inConfigFile?: boolean;
}

/** A compose file of the project, or one it includes or extends (an env file is not). */
function isComposeFile(project: ComposeProject, file: string): boolean {
  return project.composeTexts.has(file);
}

/**
 * Where the server's password is written as text in a compose file: the
 * value of --requirepass / REDIS_PASSWORD itself, a container variable the
 * command expands, or the default of a `${VAR:-default}`.
 */
export function writtenPasswords(
  project: ComposeProject,
  server: RedisServiceModel,
): WrittenPassword[] {
  const directive = server.password?.directive;
  if (!directive || directive.origin === 'default') return [];
  // A config file the server reads (mounted, or a compose config or secret) is
  // public when git tracks it; one the command script writes is in the compose file.
  const fromFile = directive.origin === 'config-file' && directive.containerVariables === undefined;
  const out: WrittenPassword[] = [];
  for (const ref of directive.variables ?? []) {
    if ((ref.operator === ':-' || ref.operator === '-') && ref.argument) {
      out.push({ value: ref.argument, pos: ref.pos, kind: 'default' });
    }
  }
  // A default the start script gives a container variable is used whenever the container lacks it.
  for (const d of directive.containerDefaults ?? []) {
    if (
      typeof server.service.environment?.[d.variable] === 'string' &&
      server.service.environment[d.variable] !== ''
    )
      continue;
    out.push({ value: d.value, pos: directive.pos, kind: 'default' });
  }
  const value = directive.args[0];
  const literal =
    value !== undefined &&
    value !== '' &&
    directive.containerVariables === undefined &&
    (directive.variables ?? []).length === 0;
  if (literal && fromFile && isCommitted(directive.pos.file)) {
    const inConfigFile = !isComposeFile(project, directive.pos.file);
    out.push({ value, pos: directive.pos, kind: 'literal', inConfigFile });
  } else if (
    literal &&
    directive.origin !== 'config-file' &&
    isComposeFile(project, directive.pos.file)
  ) {
    out.push({ value, pos: directive.pos, kind: 'literal' });
  }
  for (const name of directive.containerVariables ?? []) {
    const source = project.sources.get(['services', server.name, 'environment', name]);
    const envValue = server.service.environment?.[name];
    if (!source || typeof envValue !== 'string' || envValue === '') continue;
    if ((source.variables ?? []).length === 0 && isComposeFile(project, source.pos.file)) {
      out.push({ value: envValue, pos: source.pos, kind: 'literal' });
    }
  }
  return out;
}
