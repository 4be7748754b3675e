import type {
  ComposeProject,
  ModelPath,
  Position,
  ServiceConfig,
  ValueSource,
  VariableRef,
} from '../compose/types.js';
import { familyDefaults, type FamilyDefaults } from './defaults.js';
import type { DetectedService } from './detect.js';
import type {
  AclUserInfo,
  ConfigDirective,
  ConfigFileInfo,
  ConfigProblem,
  ImageRef,
  PasswordSetting,
  ServerInvocation,
} from './types.js';

/** What effectiveConfig computes for one server; each stage adds to it. */
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

/** The words of entrypoint + command, with where each was written. */
interface CommandWords {
  entrypoint?: readonly string[];
  command?: readonly string[];
  /** entrypoint + command, as the container runs them. */
  all: readonly string[];
  /** `command:` was one string in the file, split into words by the loader. */
  fromString: boolean;
  /** Where word `index` was written (the service when it has no position of its own). */
  pos(index: number): Position;
  /** The word as written before interpolation (a string command's whole text). */
  raw(index: number): string | undefined;
  /** The variables the word was interpolated from. */
  refs(index: number): VariableRef[] | undefined;
}

/** What every stage reads about the server being computed. */
export interface ServiceContext {
  project: ComposeProject;
  detected: DetectedService;
  /** The image the server runs: the Dockerfile's base image for a build. */
  imageRef?: ImageRef;
  defaults: FamilyDefaults;
  env: Readonly<Record<string, string | null | undefined>>;
  /** Where the service is defined: the position of what was written nowhere else. */
  servicePos: Position;
  words: CommandWords;
}

export function serviceContext(project: ComposeProject, detected: DetectedService): ServiceContext {
  const { name, service, family } = detected;
  const servicePos = project.sources.locate(['services', name]) ?? {
    file: project.composeFiles[0] ?? project.workingDir,
    line: 1,
    column: 1,
  };
  const imageRef = detected.baseImage ?? detected.image;
  return {
    project,
    detected,
    imageRef,
    defaults: familyDefaults(family, imageRef?.version, imageRef),
    env: service.environment ?? {},
    servicePos,
    words: commandWords(project, name, service, servicePos),
  };
}

export function emptyConfig(defaults: FamilyDefaults): EffectiveConfig {
  return {
    directives: [],
    configFiles: [],
    aclUsers: [],
    configKnown: true,
    unknowns: [],
    problems: [],
    dataDir: defaults.dataDir,
    port: defaults.port,
  };
}

function commandWords(
  project: ComposeProject,
  name: string,
  service: ServiceConfig,
  servicePos: Position,
): CommandWords {
  const sources = project.sources;
  const entrypoint =
    Array.isArray(service.entrypoint) && service.entrypoint.length > 0
      ? service.entrypoint
      : undefined;
  const command =
    Array.isArray(service.command) && service.command.length > 0 ? service.command : undefined;
  const entrypointLength = entrypoint?.length ?? 0;
  /** Where word `index` of entrypoint + command was written. */
  const wordPath = (index: number): ModelPath =>
    entrypoint && index < entrypointLength
      ? ['services', name, 'entrypoint', index]
      : ['services', name, 'command', entrypoint ? index - entrypointLength : index];
  // Each word's source is looked up once: several stages ask for its
  // position, text as written and variables.
  const wordSources: (ValueSource | null)[] = [];
  const wordSource = (index: number): ValueSource | undefined => {
    let source = wordSources[index];
    if (source === undefined) wordSources[index] = source = sources.get(wordPath(index)) ?? null;
    return source ?? undefined;
  };
  /** The source of the list a word belongs to (a string `command:` keeps its text there). */
  const listSources = new Map<string, ValueSource | null>();
  const listSource = (index: number): ValueSource | undefined => {
    const list = entrypoint && index < entrypointLength ? 'entrypoint' : 'command';
    let source = listSources.get(list);
    if (source === undefined) {
      source = sources.get(['services', name, list]) ?? null;
      listSources.set(list, source);
    }
    return source ?? undefined;
  };
  // A string `command:` is split into words by the loader; every word then
  // points at the start of the one scalar the list itself starts at.
  const commandPos = sources.get(['services', name, 'command'])?.pos;
  const firstWordPos = sources.get(['services', name, 'command', 0])?.pos;
  return {
    entrypoint,
    command,
    all: entrypoint ? [...entrypoint, ...(command ?? [])] : (command ?? []),
    fromString:
      commandPos !== undefined &&
      firstWordPos !== undefined &&
      commandPos.line === firstWordPos.line &&
      commandPos.column === firstWordPos.column,
    pos: (index) => wordSource(index)?.pos ?? sources.locate(wordPath(index)) ?? servicePos,
    raw: (index) => wordSource(index)?.raw ?? listSource(index)?.raw,
    refs: (index) => wordSource(index)?.variables ?? listSource(index)?.variables,
  };
}
