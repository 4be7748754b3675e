import { posix } from 'node:path';
import type { ComposeProject, Position, VariableRef } from '../compose/types.js';
import { builtInConfig } from './defaults.js';
import type { DetectedService } from './detect.js';
import type { EffectiveConfig, ServiceContext } from './effective-context.js';
import {
  containerFileProvider,
  fileReferenceText,
  mountedConfFiles,
  readHostFile,
  unusableHostFile,
  type FileReference,
} from './mounts.js';
import { parseAclFile, parseRedisConf } from './redis-conf.js';
import type { ServerStart } from './server-start.js';
import { basename, UNKNOWN_MARK, type SimpleCommand } from './shell.js';
import type { ConfigDirective, ConfigFileInfo } from './types.js';
import { containerVariablesAfter, escapeRe } from './var-refs.js';

const MAX_INCLUDE_DEPTH = 8;

/** Config files a `sh -c` script writes before starting the server. */
interface GeneratedFiles {
  files: Map<string, string>;
  /** Where the script was written. */
  pos: Position;
  /** The script as written in the compose file. */
  raw?: string;
}

/** Loads the config file the server's first argument names (and what it includes). */
export function loadServerConfigFile(
  ctx: ServiceContext,
  start: ServerStart,
  containerPath: string,
  argIndex: number,
  out: EffectiveConfig,
): void {
  const { words, servicePos } = ctx;
  const scriptWord = start.scriptWord;
  loadConfigFile(
    ctx.project,
    ctx.detected,
    containerPath,
    start.args[argIndex]?.pos ?? servicePos,
    {
      files: generatedFiles(start.script),
      pos: scriptWord !== undefined ? words.pos(scriptWord) : servicePos,
      raw: scriptWord !== undefined ? words.raw(scriptWord) : undefined,
    },
    out,
    0,
  );
}

/** Files a script writes with `echo ... > file` / `printf ... >> file`. */
function generatedFiles(script: SimpleCommand[] | undefined): Map<string, string> {
  const files = new Map<string, string>();
  for (const command of script ?? []) {
    const program = command.words[0] !== undefined ? basename(command.words[0]) : '';
    if (program !== 'echo' && program !== 'printf') continue;
    for (const r of command.redirects) {
      let words = command.words.slice(1);
      if (program === 'echo') words = words.filter((w, i) => !(i === 0 && /^-[neE]+$/.test(w)));
      let text = words.join(' ');
      if (program === 'printf') text = text.replace(/\\n/g, '\n');
      else text += '\n';
      files.set(r.target, (r.op === '>>' ? (files.get(r.target) ?? '') : '') + text);
    }
  }
  return files;
}

/** Where the text of a config or secret without a host file was written, and the variables it came from. */
interface InlineSource {
  pos: Position;
  variables?: VariableRef[];
}

/**
 * A `content:` config points at its value in the compose file (with the
 * variables interpolated into it); an `environment:` one at the variable's
 * name, whose value comes from the project environment.
 */
function inlineSource(
  project: ComposeProject,
  service: string,
  reference: FileReference,
  fallback: Position,
): InlineSource {
  const section = reference.kind === 'config' ? 'configs' : 'secrets';
  const declared =
    project.sources.locate(['services', service, section, reference.index]) ?? fallback;
  if (reference.content !== undefined) {
    const source = project.sources.get([section, reference.name, 'content']);
    return { pos: source?.pos ?? declared, variables: source?.variables };
  }
  const pos = project.sources.locate([section, reference.name, 'environment']) ?? declared;
  const name = reference.environment ?? '';
  return {
    pos,
    variables: [
      {
        name,
        operator: '',
        isSet: project.environment[name] !== undefined,
        resolvedEmpty: (project.environment[name] ?? '') === '',
        pos,
      },
    ],
  };
}

/** A file a bind mount, config or secret puts into the container, and its text when it can be read here. */
interface ProvidedFile {
  text?: string;
  /** The host file it is read from: a bind mount's, or a config's or secret's `file:`. */
  hostPath?: string;
  /** A config or secret without a host file: where its text was written. */
  inline?: InlineSource;
}

/** What provides `path` in the container; undefined when nothing does (the image's own file). */
function providedFile(
  project: ComposeProject,
  detected: DetectedService,
  path: string,
  pos: Position,
): ProvidedFile | undefined {
  const provider = containerFileProvider(detected.service, project.model, path, project.workingDir);
  if (!provider) return undefined;
  if (provider.kind === 'mount') {
    const hostPath = provider.hostPath;
    return { hostPath, text: hostPath ? readHostFile(hostPath) : undefined };
  }
  // A compose config or secret: a host file, inline content or a variable's value.
  const text = fileReferenceText(provider, project.environment);
  if (provider.file !== undefined) return { hostPath: provider.file, text };
  return { text, inline: inlineSource(project, detected.name, provider, pos) };
}

function loadConfigFile(
  project: ComposeProject,
  detected: DetectedService,
  containerPath: string,
  pos: Position,
  generated: GeneratedFiles,
  out: EffectiveConfig,
  depth: number,
): void {
  const path = posix.isAbsolute(containerPath)
    ? posix.normalize(containerPath)
    : posix.join('/data', containerPath);
  const existing = out.configFiles.find((f) => f.containerPath === path);
  const info: ConfigFileInfo = existing ?? { containerPath: path, loaded: true, read: false, pos };
  info.loaded = true;
  if (!existing) out.configFiles.push(info);
  if (depth > MAX_INCLUDE_DEPTH) return;
  let text: string | undefined;
  let file: string | undefined;
  let inline: InlineSource | undefined;
  const script = generated.files.get(path) ?? generated.files.get(containerPath);
  if (script !== undefined) {
    text = script;
    info.generated = true;
    info.read = true;
  } else {
    const provided = providedFile(project, detected, path, pos);
    if (provided === undefined) {
      // Nothing mounted over it: the image's own file, when we know what it holds.
      text = builtInConfig(detected.family, path);
    } else {
      ({ text, hostPath: file, inline } = provided);
      if (file !== undefined) info.hostPath = file;
    }
    info.read = text !== undefined;
  }
  if (text === undefined) {
    out.configKnown = false;
    const unusable = file ? unusableHostFile(file) : undefined;
    if (unusable && file) {
      const where = unusable.line > 0 ? { file, line: unusable.line, column: 1 } : pos;
      out.problems.push({
        kind: 'unusable-file',
        message: `${path}: ${unusable.reason}.`,
        pos: where,
      });
    }
    out.unknowns.push(
      `the config file ${path} cannot be read here (no readable bind mount, config or secret provides it)`,
    );
    return;
  }
  const parsed = parseRedisConf(text);
  const at = (line: number, column: number): Position =>
    file ? { file, line, column } : (inline?.pos ?? generated.pos);
  for (const e of parsed.errors)
    out.problems.push({
      kind: 'parse',
      message: `${path}: ${e.message}`,
      pos: at(e.line, e.column),
    });
  for (const line of parsed.lines) {
    if (line.name === 'include' && line.args[0] !== undefined) {
      loadConfigFile(
        project,
        detected,
        line.args[0],
        at(line.line, line.column),
        generated,
        out,
        depth + 1,
      );
      continue;
    }
    const unknown = line.args.some((a) => a.includes(UNKNOWN_MARK));
    const directive: ConfigDirective = {
      name: line.name,
      args: line.args.map((a) => a.split(UNKNOWN_MARK).join('')),
      origin: 'config-file',
      pos: at(line.line, line.column),
      unknown: unknown || undefined,
    };
    if (inline?.variables) directive.variables = inline.variables;
    if (info.generated && generated.raw !== undefined) {
      // Written by the command script: its values may expand container variables.
      const keyword = new RegExp(`(^|[\\s"'])${escapeRe(line.name)}\\b`, 'i');
      const names = containerVariablesAfter(generated.raw, keyword) ?? [];
      const variables = names.flatMap(
        (v) => project.sources.get(['services', detected.name, 'environment', v])?.variables ?? [],
      );
      directive.containerVariables = names;
      directive.raw = generated.raw;
      if (variables.length > 0) directive.variables = variables;
    }
    out.directives.push(directive);
  }
}

/** Notes the `*.conf` files mounted into the container that the server does not load. */
export function addMountedConfigFiles(ctx: ServiceContext, out: EffectiveConfig): void {
  const { project, detected, servicePos } = ctx;
  for (const file of mountedConfFiles(detected.service, project.workingDir, project.model)) {
    if (out.configFiles.some((f) => f.containerPath === file.containerPath)) continue;
    out.configFiles.push({
      containerPath: file.containerPath,
      hostPath: file.hostPath,
      loaded: false,
      read: false,
      pos:
        project.sources.locate([
          'services',
          detected.name,
          ...(file.declaredAt ?? ['volumes', file.index]),
        ]) ?? servicePos,
    });
  }
}

export function loadAclFile(
  project: ComposeProject,
  detected: DetectedService,
  path: string,
  aclPos: Position,
  out: EffectiveConfig,
): void {
  const full = posix.isAbsolute(path) ? path : posix.join('/data', path);
  const { text, hostPath, inline } = providedFile(project, detected, full, aclPos) ?? {};
  if (text === undefined) {
    out.configKnown = false;
    out.unknowns.push(`the aclfile ${full} cannot be read here`);
    return;
  }
  const at = (line: number, column: number): Position =>
    hostPath !== undefined ? { file: hostPath, line, column } : inline!.pos;
  const parsed = parseAclFile(text);
  for (const e of parsed.errors)
    out.problems.push({
      kind: 'parse',
      message: `${full}: ${e.message}`,
      pos: at(e.line, e.column),
    });
  for (const u of parsed.users) {
    out.aclUsers.push({ ...u, pos: at(u.line, 1), variables: inline?.variables });
  }
}
