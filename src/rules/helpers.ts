import type { ComposeProject, ModelPath, Position } from '../compose/types.js';
import type { RedisServiceModel } from '../redis/types.js';

/** Position of a model value, or of the nearest thing above it that has one. */
export function positionOf(project: ComposeProject, path: ModelPath): Position {
  return (
    project.sources.locate(path) ?? {
      file: project.composeFiles[0] ?? project.workingDir,
      line: 1,
      column: 1,
    }
  );
}

export function servicePosition(
  project: ComposeProject,
  service: string,
  ...rest: (string | number)[]
): Position {
  return positionOf(project, ['services', service, ...rest]);
}

/** The last directive of a name in apply order. */
export function lastDirective(server: RedisServiceModel, name: string) {
  for (let i = server.directives.length - 1; i >= 0; i--) {
    if (server.directives[i]!.name === name) return server.directives[i];
  }
  return undefined;
}

/** Snapshots are off when the effective `save` is `save ""` (or has no points). */
export function snapshotsOff(server: RedisServiceModel): boolean {
  const save = lastDirective(server, 'save');
  return save !== undefined && save.args.every((a) => a === '');
}

export function aofOn(server: RedisServiceModel): boolean {
  return /^yes$/i.test(lastDirective(server, 'appendonly')?.args[0] ?? 'no');
}

/** Roles, with none known treated as the strictest (unknown). */
export function rolesOf(server: RedisServiceModel): Set<string> {
  return new Set(server.roles.length > 0 ? server.roles : ['unknown']);
}

/** The server requires a password (known or not). */
export function requiresPassword(server: RedisServiceModel): boolean {
  return server.password !== undefined;
}

/** Where to point when the finding is about the server as a whole: its command, else its image, else the service. */
export function serverAnchor(project: ComposeProject, server: RedisServiceModel): Position {
  for (const key of ['command', 'entrypoint', 'image', 'build']) {
    if (server.service[key] !== undefined) {
      const pos = project.sources.locate(['services', server.name, key]);
      if (pos) return pos;
    }
  }
  return servicePosition(project, server.name);
}
