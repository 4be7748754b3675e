import { posix } from 'node:path';
import { isOutsideDir } from '../compose/project-dir.js';
import type { ComposeProject, ModelPath, Position, VariableRef } from '../compose/types.js';
import {
  findProgram,
  parseFlagArgs,
  parseServerArgs,
  SERVER_PROGRAMS,
  type ArgDirective,
} from './argv.js';
import { builtInConfig, familyDefaults, type FamilyDefaults } from './defaults.js';
import type { DetectedService } from './detect.js';
import { directiveArity } from './directives.js';
import { imageEnvConfig } from './image-env.js';
import {
  containerFileProvider,
  fileReferenceText,
  mountedConfFiles,
  readHostFile,
  unusableHostFile,
  type FileReference,
} from './mounts.js';
import { parseAclFile, parseAclUser, parseRedisConf } from './redis-conf.js';
import { basename, UNKNOWN_MARK, type SimpleCommand } from './shell.js';
import type {
  AclUserInfo,
  ConfigDirective,
  ConfigFileInfo,
  ConfigProblem,
  PasswordSetting,
  ServerInvocation,
} from './types.js';
import {
  containerDefaultsAfter,
  containerVariablesAfter,
  pickRefs,
  uniqueRefs,
  variablesAfter,
} from './var-refs.js';

export interface EffectiveConfig {
  invocation?: ServerInvocation;
  /** In apply order: defaults, image env, config file(s), command line (later wins). */
  directives: ConfigDirective[];
  configFiles: ConfigFileInfo[];
  aclUsers: AclUserInfo[];
  configKnown: boolean;
  unknowns: string[];
  problems: ConfigProblem[];
  password?: PasswordSetting;
  dataDir: string;
  port: number;
}

/** Families whose directive names we know well enough to call one unknown. */
const STRICT_FAMILIES = new Set(['redis', 'valkey', 'bitnami', 'redis-stack']);

const MAX_INCLUDE_DEPTH = 8;

/** Where a word of entrypoint + command was written. */
function wordPath(
  name: string,
  entrypointLength: number,
  index: number,
  viaEntrypoint: boolean,
): ModelPath {
  if (viaEntrypoint && index < entrypointLength) return ['services', name, 'entrypoint', index];
  return ['services', name, 'command', viaEntrypoint ? index - entrypointLength : index];
}

/**
 * Computes what configuration the server really starts with: the image's
 * defaults, then what its start-up scripts derive from env, then the config
 * file(s) it is given, then command-line directives (Redis applies the
 * command line after the file, so later entries win).
 */
export function effectiveConfig(
  project: ComposeProject,
  detected: DetectedService,
): EffectiveConfig {
  const { name, service, family } = detected;
  const sources = project.sources;
  const servicePos = locate(project, ['services', name]) ?? {
    file: project.composeFiles[0] ?? project.workingDir,
    line: 1,
    column: 1,
  };
  const env = service.environment ?? {};
  const version = (detected.baseImage ?? detected.image)?.version;
  const imageRef = detected.baseImage ?? detected.image;
  const defaults = familyDefaults(family, version, imageRef);
  const out: EffectiveConfig = {
    directives: [],
    configFiles: [],
    aclUsers: [],
    configKnown: true,
    unknowns: [],
    problems: [],
    dataDir: defaults.dataDir,
    port: defaults.port,
  };

  // 1. How the server is started.
  const entrypoint =
    Array.isArray(service.entrypoint) && service.entrypoint.length > 0
      ? service.entrypoint
      : undefined;
  const command =
    Array.isArray(service.command) && service.command.length > 0 ? service.command : undefined;
  const words = entrypoint ? [...entrypoint, ...(command ?? [])] : (command ?? []);
  const posOfWord = (i: number): Position =>
    locate(project, wordPath(name, entrypoint?.length ?? 0, i, entrypoint !== undefined)) ??
    servicePos;
  const rawOfWord = (i: number): string | undefined =>
    sources.get(wordPath(name, entrypoint?.length ?? 0, i, entrypoint !== undefined))?.raw ??
    sources.get(['services', name, entrypoint && i < entrypoint.length ? 'entrypoint' : 'command'])
      ?.raw;
  const refsOfWord = (i: number): VariableRef[] | undefined =>
    sources.get(wordPath(name, entrypoint?.length ?? 0, i, entrypoint !== undefined))?.variables ??
    sources.get(['services', name, entrypoint && i < entrypoint.length ? 'entrypoint' : 'command'])
      ?.variables;
  // A string `command:` is split into words by the loader; every word then
  // points at the start of the one scalar the list itself starts at.
  const commandPos = sources.get(['services', name, 'command'])?.pos;
  const firstWordPos = sources.get(['services', name, 'command', 0])?.pos;
  const commandFromString =
    commandPos !== undefined &&
    firstWordPos !== undefined &&
    commandPos.line === firstWordPos.line &&
    commandPos.column === firstWordPos.column;

  let program: string | undefined;
  let args: string[] = [];
  let argPositions: Position[] = [];
  let argWordIndex: number[] = [];
  let via: ServerInvocation['via'] = entrypoint ? 'entrypoint' : 'command';
  let script: SimpleCommand[] | undefined;
  let imageStart = false;
  let scriptWordIndex: number | undefined;

  const found = words.length > 0 ? findProgram(words, env, SERVER_PROGRAMS) : undefined;
  if (found) {
    program = found.program;
    args = found.args;
    if (found.inScript) {
      via = 'shell-script';
      script = found.script;
      scriptWordIndex = found.wordIndex;
      argPositions = args.map(() => posOfWord(found.wordIndex));
      argWordIndex = args.map(() => found.wordIndex);
    } else {
      argPositions = args.map((_, k) => posOfWord(found.wordIndex + 1 + k));
      argWordIndex = args.map((_, k) => found.wordIndex + 1 + k);
    }
  } else if (!entrypoint && command && prepends(defaults, family, command[0]!)) {
    program = defaults.program;
    args = [...command];
    argPositions = command.map((_, k) => posOfWord(k));
    argWordIndex = command.map((_, k) => k);
  } else if (!entrypoint && family === 'bitnami' && (!command || /\/run\.sh$/.test(command[0]!))) {
    program = defaults.program;
    args = command ? command.slice(1) : [];
    argPositions = args.map((_, k) => posOfWord(k + 1));
    argWordIndex = args.map((_, k) => k + 1);
    via = command ? 'command' : 'image-default';
    imageStart = true;
  } else if (!entrypoint && !command && detected.via !== 'build') {
    program = defaults.program;
    args = [...defaults.defaultArgs];
    argPositions = args.map(() => servicePos);
    argWordIndex = args.map(() => -1);
    via = 'image-default';
    imageStart = true;
  } else if (!entrypoint && !command && detected.dockerfile) {
    const dfWords = [...(detected.dockerfile.entrypoint ?? []), ...(detected.dockerfile.cmd ?? [])];
    const inDockerfile =
      dfWords.length > 0 ? findProgram(dfWords, env, SERVER_PROGRAMS) : undefined;
    if (inDockerfile && !inDockerfile.inScript) {
      program = inDockerfile.program;
      args = inDockerfile.args;
    } else if (dfWords.length === 0) {
      program = defaults.program;
      args = [...defaults.defaultArgs];
      imageStart = true;
    }
    argPositions = args.map(() => servicePos);
    argWordIndex = args.map(() => -1);
    via = 'image-default';
    if (!program) {
      out.configKnown = false;
      out.unknowns.push(
        `the image built from ${detected.dockerfile.path} starts the server in a way that cannot be read statically`,
      );
    } else if (args.some((a) => a.endsWith('.conf'))) {
      // A config file baked into the image cannot be read from here.
      out.configKnown = false;
      out.unknowns.push('the server reads a config file baked into the built image');
    }
  } else {
    out.configKnown = false;
    out.unknowns.push(
      detected.via === 'build'
        ? 'the image is built from a Dockerfile that could not be read'
        : 'the command does not start the server in a way that can be read statically',
    );
  }
  if (imageStart || (!entrypoint && family !== 'bitnami')) {
    const imageEnv = imageEnvConfig(family, env, imageRef);
    for (const extra of imageEnv.extraArgs) {
      const pos = locate(project, ['services', name, 'environment', extra.variable]) ?? servicePos;
      args.push(...extra.words);
      argPositions.push(...extra.words.map(() => pos));
      argWordIndex.push(...extra.words.map(() => -1));
    }
    if (imageStart || family === 'dragonfly') {
      for (const d of imageEnv.directives) {
        const path: ModelPath = ['services', name, 'environment', d.variable];
        out.directives.push({
          name: d.name,
          args: d.args,
          origin: 'image-env',
          pos: locate(project, path) ?? servicePos,
          unknown: d.unknown,
          variables: sources.get(path)?.variables,
          raw: sources.get(path)?.raw,
        });
      }
      for (const p of imageEnv.problems) {
        out.problems.push({
          message: p.message,
          pos:
            (p.variable && locate(project, ['services', name, 'environment', p.variable])) ||
            servicePos,
        });
      }
    }
  }
  if (program) {
    out.invocation = {
      program,
      args,
      via,
      argPositions,
      fromString: commandFromString && via !== 'entrypoint',
    };
  }

  // 2. Built-in defaults go first so that anything written overrides them.
  const defaultDirectives: ConfigDirective[] = [
    { name: 'save', args: [...defaults.save], origin: 'default', pos: servicePos },
    {
      name: 'appendonly',
      args: [defaults.appendonly ? 'yes' : 'no'],
      origin: 'default',
      pos: servicePos,
    },
    { name: 'port', args: [String(defaults.port)], origin: 'default', pos: servicePos },
  ];
  out.directives.unshift(...defaultDirectives);

  if (!program) return finish(out, defaults, project, detected);

  // 3. Server arguments: config file, then directives.
  const parsedArgs: {
    configFile?: string;
    configFileIndex?: number;
    directives: ArgDirective[];
    stray: { word: string; argIndex: number }[];
    unreadWords?: number;
  } = defaults.flagStyle ? { directives: parseFlagArgs(args), stray: [] } : parseServerArgs(args);
  if (parsedArgs.unreadWords)
    out.unknowns.push('the start script passes words from variables that cannot be read here');
  if (commandFromString) parsedArgs.directives = restoreVanishedValues(parsedArgs.directives);
  const generated = generatedFiles(script);

  /**
   * `--requirepass ${PW} --appendonly yes` in a string command with PW empty:
   * Compose drops the empty word and Redis takes `--appendonly yes` as the
   * password. That is one fact (auth-unset-variable tells it); the rest of
   * the line is read as written, so the persistence rules see appendonly.
   */
  function restoreVanishedValues(directives: ArgDirective[]): ArgDirective[] {
    const out: ArgDirective[] = [];
    for (const d of directives) {
      const wordIndex = argWordIndex[d.argIndex] ?? -1;
      const raw = wordIndex >= 0 ? rawOfWord(wordIndex) : undefined;
      const swallowed = d.args.length > 0 && d.args[0]!.startsWith('--');
      if (d.name !== 'requirepass' || !swallowed || raw === undefined) {
        out.push(d);
        continue;
      }
      const names = variablesAfter(raw, /(^|[\s"'])--requirepass\b/i, true) ?? [];
      const refs = pickRefs(refsOfWord(wordIndex), names);
      if (!refs.some((r) => r.resolvedEmpty)) {
        out.push(d);
        continue;
      }
      out.push({ ...d, args: [] });
      for (const rest of parseServerArgs(['-', ...d.args]).directives)
        out.push({ ...rest, argIndex: rest.argIndex + d.argIndex });
    }
    return out;
  }
  const scriptPos = scriptWordIndex !== undefined ? posOfWord(scriptWordIndex) : servicePos;
  if (parsedArgs.configFile !== undefined) {
    const at = parsedArgs.configFileIndex ?? 0;
    loadConfigFile(
      project,
      detected,
      parsedArgs.configFile,
      argPositions[at] ?? servicePos,
      {
        files: generated,
        pos: scriptPos,
        raw: scriptWordIndex !== undefined ? rawOfWord(scriptWordIndex) : undefined,
      },
      out,
      0,
    );
  }
  for (const d of parsedArgs.directives) {
    const wordIndex = argWordIndex[d.argIndex] ?? -1;
    const raw = wordIndex >= 0 ? rawOfWord(wordIndex) : undefined;
    const keyword = new RegExp(`(^|[\\s"'])--${escapeRe(d.name)}\\b`, 'i');
    const modelText = wordIndex >= 0 ? (words[wordIndex] ?? '') : '';
    let containerVariables: string[] = [];
    let containerDefaults: { variable: string; value: string }[] = [];
    let variables: VariableRef[] = [];
    if (via === 'shell-script') {
      containerVariables =
        raw !== undefined
          ? (containerVariablesAfter(raw, keyword) ?? [])
          : (variablesAfter(modelText, keyword, false) ?? []);
      containerDefaults =
        raw !== undefined
          ? containerDefaultsAfter(raw, keyword, true)
          : containerDefaultsAfter(modelText, keyword, false);
      for (const v of containerVariables) {
        variables.push(...(sources.get(['services', name, 'environment', v])?.variables ?? []));
      }
      if (raw !== undefined)
        variables.push(...pickRefs(refsOfWord(wordIndex), variablesAfter(raw, keyword, true)));
    } else if (wordIndex >= 0) {
      const names = raw !== undefined ? variablesAfter(raw, keyword, true) : undefined;
      const refs = refsOfWord(wordIndex);
      // A list item holds one value: its refs are the value's refs.
      variables =
        names && names.length > 0
          ? pickRefs(refs, names)
          : commandFromString
            ? pickRefs(refs, names ?? [])
            : [...(refs ?? [])];
      if (!commandFromString) {
        // the value may be the next list item
        const valueWord = argWordIndex[d.argIndex + 1];
        if (valueWord !== undefined && valueWord >= 0 && valueWord !== wordIndex)
          variables.push(...(refsOfWord(valueWord) ?? []));
      }
    }
    const unknown = d.args.some((a) => a.includes(UNKNOWN_MARK));
    variables = uniqueRefs(variables);
    out.directives.push({
      name: d.name,
      args: d.args.map((a) => a.split(UNKNOWN_MARK).join('')),
      origin: 'command',
      pos: argPositions[d.argIndex] ?? servicePos,
      unknown: unknown || undefined,
      variables: variables.length > 0 ? variables : undefined,
      containerVariables: containerVariables.length > 0 ? containerVariables : undefined,
      containerDefaults: containerDefaults.length > 0 ? containerDefaults : undefined,
      raw,
    });
    if (unknown)
      out.unknowns.push(
        `--${d.name} uses a container variable that is not set in the service's environment`,
      );
  }
  for (const s of parsedArgs.stray) {
    out.problems.push({
      // The word itself is not echoed: a stray word is often a misplaced password.
      message: `server argument ${s.argIndex + 1} is neither a --directive nor its value (only the first argument may name a config file)`,
      pos: argPositions[s.argIndex] ?? servicePos,
    });
  }
  // Config files present but maybe not loaded: mounted *.conf files.
  for (const file of mountedConfFiles(service, project.workingDir, project.model)) {
    if (out.configFiles.some((f) => f.containerPath === file.containerPath)) continue;
    out.configFiles.push({
      containerPath: file.containerPath,
      hostPath: file.hostPath,
      loaded: false,
      read: false,
      pos:
        locate(project, ['services', name, ...(file.declaredAt ?? ['volumes', file.index])]) ??
        servicePos,
    });
  }
  return finish(out, defaults, project, detected);
}

function prepends(defaults: FamilyDefaults, family: string, first: string): boolean {
  if (family === 'dragonfly') return first.startsWith('-');
  if (!defaults.prependsProgram) return false;
  return first.startsWith('-') || first.endsWith('.conf');
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

/** Config files a `sh -c` script writes before starting the server. */
interface GeneratedFiles {
  files: Map<string, string>;
  /** Where the script was written. */
  pos: Position;
  /** The script as written in the compose file. */
  raw?: string;
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
  const declared = locate(project, ['services', service, section, reference.index]) ?? fallback;
  if (reference.content !== undefined) {
    const source = project.sources.get([section, reference.name, 'content']);
    return { pos: source?.pos ?? declared, variables: source?.variables };
  }
  const pos = locate(project, [section, reference.name, 'environment']) ?? declared;
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
    const provider = containerFileProvider(
      detected.service,
      project.model,
      path,
      project.workingDir,
    );
    if (provider?.kind === 'mount' && provider.hostPath) {
      info.hostPath = provider.hostPath;
      text = readHostFile(provider.hostPath);
      file = provider.hostPath;
      info.read = text !== undefined;
    } else if (provider && provider.kind !== 'mount') {
      // A compose config or secret: a host file, inline content or a variable's value.
      text = fileReferenceText(provider, project.environment);
      if (provider.file !== undefined) {
        info.hostPath = provider.file;
        file = provider.file;
      } else inline = inlineSource(project, detected.name, provider, pos);
      info.read = text !== undefined;
    } else if (!provider) {
      // Nothing mounted over it: the image's own file, when we know what it holds.
      text = builtInConfig(detected.family, path);
      info.read = text !== undefined;
    }
  }
  if (text === undefined) {
    out.configKnown = false;
    const unusable = file ? unusableHostFile(file) : undefined;
    if (unusable && file) {
      const where = unusable.line > 0 ? { file, line: unusable.line, column: 1 } : pos;
      out.problems.push({ message: `${path}: ${unusable.reason}.`, pos: where });
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
    out.problems.push({ message: `${path}: ${e.message}`, pos: at(e.line, e.column) });
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

function loadAclFile(
  project: ComposeProject,
  detected: DetectedService,
  path: string,
  aclPos: Position,
  out: EffectiveConfig,
): void {
  const full = posix.isAbsolute(path) ? path : posix.join('/data', path);
  const provider = containerFileProvider(detected.service, project.model, full, project.workingDir);
  const hostPath = provider?.kind === 'mount' ? provider.hostPath : provider?.file;
  const text =
    provider?.kind === 'mount'
      ? hostPath && readHostFile(hostPath)
      : provider && fileReferenceText(provider, project.environment);
  if (text === undefined || !provider) {
    out.configKnown = false;
    out.unknowns.push(`the aclfile ${full} cannot be read here`);
    return;
  }
  const inline =
    provider.kind !== 'mount' && hostPath === undefined
      ? inlineSource(project, detected.name, provider, aclPos)
      : undefined;
  const at = (line: number, column: number): Position =>
    hostPath !== undefined ? { file: hostPath, line, column } : inline!.pos;
  const parsed = parseAclFile(text);
  for (const e of parsed.errors)
    out.problems.push({ message: `${full}: ${e.message}`, pos: at(e.line, e.column) });
  for (const u of parsed.users) {
    out.aclUsers.push({ ...u, pos: at(u.line, 1), variables: inline?.variables });
  }
}

/** Derives password, data dir, port, users and problems from the directives. */
function finish(
  out: EffectiveConfig,
  defaults: FamilyDefaults,
  project: ComposeProject,
  detected: DetectedService,
): EffectiveConfig {
  const last = (n: string): ConfigDirective | undefined =>
    [...out.directives].reverse().find((d) => d.name === n);
  for (const d of out.directives) {
    if (d.name === 'user') {
      const user = parseAclUser(d.args);
      if (user) out.aclUsers.push({ ...user, pos: d.pos });
    }
  }
  // A `user` line or aclfile applies after requirepass only in file order; keep it simple:
  // the default user's ACL line wins when present.
  const aclfile = last('aclfile');
  if (aclfile?.args[0]) loadAclFile(project, detected, aclfile.args[0], aclfile.pos, out);
  const requirepass = last('requirepass');
  if (requirepass) {
    const value = requirepass.args[0];
    // An empty value that came from an unset variable is unknown, not "no password":
    // the deploy environment normally sets it (auth-unset-variable reports the risk).
    const fromUnset =
      ((value ?? '') === '' && (requirepass.variables ?? []).some((v) => !v.isSet)) ||
      passwordVanished(requirepass);
    if (requirepass.unknown || fromUnset) {
      out.password = {
        via: requirepass.origin === 'image-env' ? 'image-env' : 'requirepass',
        pos: requirepass.pos,
        directive: requirepass,
      };
    } else if (value !== undefined && value !== '') {
      out.password = {
        via: requirepass.origin === 'image-env' ? 'image-env' : 'requirepass',
        value,
        pos: requirepass.pos,
        directive: requirepass,
      };
    }
  }
  const defaultUser = [...out.aclUsers].reverse().find((u) => u.name === 'default');
  if (defaultUser) {
    if (defaultUser.passwords.length > 0 || defaultUser.hasPasswordHash) {
      out.password = {
        via: 'acl-default-user',
        value: defaultUser.passwords[0],
        pos: defaultUser.pos,
      };
    } else if (defaultUser.nopass && defaultUser.enabled) {
      out.password = undefined;
    } else if (!defaultUser.enabled) {
      // default user off: every client must authenticate as a named user
      out.password = { via: 'acl-default-user', pos: defaultUser.pos };
    }
  }
  const dir = last('dir');
  // Redis resolves a relative `dir` against its working directory: compose's
  // working_dir, else the image's WORKDIR (the family's data dir).
  const workdir = detected.service.working_dir;
  if (dir?.args[0]) {
    out.dataDir = posix.resolve(
      typeof workdir === 'string' && workdir.startsWith('/') ? workdir : defaults.dataDir,
      dir.args[0],
    );
  }
  const port = last('port');
  if (port?.args[0] && /^\d+$/.test(port.args[0])) out.port = Number(port.args[0]);
  for (const d of out.directives) {
    if (d.origin === 'default' || d.origin === 'image-env') continue;
    if (defaults.flagStyle) continue;
    const arity = directiveArity(d.name);
    // A password whose variable came out empty is one fact, reported once by
    // auth-unset-variable (with what the empty word does to the server).
    if (d.name === 'requirepass' && passwordVanished(d)) continue;
    if (d.name === 'save' && !d.unknown && invalidSave(d.args)) {
      out.problems.push({
        directive: d.name,
        pos: d.pos,
        message: `'save' takes "" or pairs of <seconds> <changes>, not these ${d.args.length} value(s) (a '#' comment after the values is read as values too): the server refuses to start ("Invalid save parameters")`,
      });
      continue;
    }
    if (arity && (d.args.length < arity[0] || d.args.length > arity[1])) {
      const emptied = d.args.length < arity[0] && d.origin === 'command';
      out.problems.push({
        directive: d.name,
        pos: d.pos,
        message: emptied
          ? `'${d.name}' has no value, so the server refuses to start ("wrong number of arguments")`
          : `'${d.name}' takes ${arity[0] === arity[1] ? arity[0] : `${arity[0]} to ${arity[1]}`} value(s), not ${d.args.length}: the server refuses to start`,
      });
    } else if (!arity && d.name !== '' && !d.name.startsWith('#')) {
      // A name built from a variable, or read from a file outside the project,
      // may be a password: it is never quoted back (redact at the source).
      const hidden = unknownNameHidden(d, project);
      out.problems.push({
        directive: d.name,
        pos: d.pos,
        message: hidden
          ? `${hidden} is not a directive the server knows ("Bad directive or wrong number of arguments")`
          : d.name.includes('=')
            ? `'${d.name.slice(0, d.name.indexOf('='))}=...' is not a directive: redis-server takes \`--name value\`, not \`--name=value\` ("Bad directive or wrong number of arguments")`
            : `'${d.name}' is not a directive the server knows ("Bad directive or wrong number of arguments")`,
      });
    }
  }
  return out;
}

/** `save` needs "" or pairs of integers (one value holding the pairs is split, as Redis does). */
function invalidSave(args: readonly string[]): boolean {
  if (args.length === 1 && args[0] === '') return false;
  if (args.some((a) => a.includes(UNKNOWN_MARK))) return false;
  const words = args.length === 1 ? args[0]!.trim().split(/\s+/) : args;
  return words.length % 2 === 1 || words.some((w) => !/^\d+$/.test(w));
}

/**
 * The value of `--requirepass ${VAR}` vanished: the variable came out empty
 * and, in a string command, Compose dropped the word, so the directive has
 * no value or took the next `--option` word(s) as its value.
 */
function passwordVanished(d: ConfigDirective): boolean {
  if (d.origin !== 'command') return false;
  const emptied = (d.variables ?? []).some((v) => v.resolvedEmpty);
  if (!emptied) return false;
  return d.args.length === 0 || d.args[0] === '' || d.args[0]!.startsWith('--');
}

/**
 * How to name an unknown directive whose name must not be shown: one built
 * by interpolation (`--${REDIS_PASSWORD}`) by its variables, one from a file
 * outside the project directory by its place only.
 */
function unknownNameHidden(d: ConfigDirective, project: ComposeProject): string | undefined {
  if (d.variables?.length)
    return `the directive built from ${d.variables.map((v) => `\${${v.name}}`).join(', ')}`;
  if (d.origin === 'config-file' && isOutsideDir(d.pos.file, project.workingDir))
    return `a directive of a file outside the project`;
  return undefined;
}

/** Runs effectiveConfig and drops "unknown directive" problems for families with their own directives. */
export function effectiveConfigFor(
  project: ComposeProject,
  detected: DetectedService,
): EffectiveConfig {
  const config = effectiveConfig(project, detected);
  if (!STRICT_FAMILIES.has(detected.family)) {
    config.problems = config.problems.filter((p) => !p.message.includes('Bad directive'));
  }
  return config;
}

function locate(project: ComposeProject, path: ModelPath): Position | undefined {
  return project.sources.locate(path);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
