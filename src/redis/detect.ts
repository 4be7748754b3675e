import type { ComposeProject, ServiceConfig, ValueSource } from '../compose/types.js';
import { findProgram, SENTINEL_PROGRAMS, SERVER_PROGRAMS, stripWrappers } from './argv.js';
import { familyOfProgram } from './defaults.js';
import { readDockerfile, type DockerfileInfo } from './dockerfile.js';
import { isSentinelImage, parseImageRef } from './image.js';
import { basename, shellScriptIndex, splitScript } from './shell.js';
import type { ImageRef, RedisFamily } from './types.js';

/** Redis tools that share the server images but are no server. */
const CLIENT_TOOLS = /^(redis|valkey|keydb)-(cli|benchmark|check-aof|check-rdb)$/;

/** Programs that are plainly no server: a container running one of them only idles or runs a job. */
const NOT_A_SERVER = new Set([
  'sleep',
  'tail',
  'true',
  'false',
  'echo',
  'printf',
  'cat',
  'ls',
  'env',
  'wait',
  'test',
  '[',
  'until',
  'while',
  'for',
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'do',
  'done',
  'set',
  'export',
  'mkdir',
  'chown',
  'chmod',
  'cp',
  'mv',
  'rm',
  'touch',
  'sed',
  'grep',
  'awk',
  'cut',
  'tr',
  'head',
  'nc',
  'ping',
  'curl',
  'wget',
  'timeout',
  'trap',
  'read',
  'local',
  'return',
  'exit',
  'shift',
  ':',
]);

/**
 * What a Redis-family image's entrypoint/command (that names no server
 * program) runs: 'server' when the image still starts its server (arguments
 * its entrypoint hands to the server, bitnami's run.sh), 'other' when it
 * plainly runs something else (sleep, redis-cli, an init script that never
 * starts a server), 'unknown' when it hands over to something we cannot read
 * (a script file, "$@").
 */
export type StartKind = 'server' | 'other' | 'unknown';

function classifyStart(
  words: readonly string[],
  env: Readonly<Record<string, string | null | undefined>>,
  hasEntrypoint: boolean,
): StartKind {
  const { words: rest } = stripWrappers(words);
  const first = rest[0];
  if (first === undefined) return 'server';
  const program = basename(first);
  if (!hasEntrypoint && (first.startsWith('-') || first.endsWith('.conf'))) return 'server';
  if (/^(run|entrypoint)\.sh$/.test(program) && /bitnami/.test(first)) return 'server';
  if (CLIENT_TOOLS.test(program) || NOT_A_SERVER.has(program)) return 'other';
  const scriptAt = shellScriptIndex(rest);
  // `sh script.sh`, `/start.sh`, an unknown program: it may exec the server.
  if (scriptAt === undefined) return 'unknown';
  let kind: StartKind = 'other';
  for (const command of splitScript(rest[scriptAt]!, env)) {
    const inner = stripWrappers(command.words).words;
    const head = inner[0];
    if (head === undefined) continue;
    const name = basename(head);
    if (/^(run|entrypoint)\.sh$/.test(name) && /bitnami/.test(head)) return 'server';
    if (CLIENT_TOOLS.test(name) || NOT_A_SERVER.has(name)) continue;
    // Anything else may start the server: a script file, "$@", a function we do not follow.
    kind = 'unknown';
  }
  return kind;
}

export interface DetectedService {
  name: string;
  service: ServiceConfig;
  active: boolean;
  /** The service's own image (for a build: the tag it is given). */
  image?: ImageRef;
  family: RedisFamily;
  /** How it was recognised. */
  via: 'image' | 'command' | 'build';
  /** The Dockerfile read for a build, when one was read. */
  dockerfile?: DockerfileInfo;
  /** Base image of the build's final stage, when that is a Redis-family image. */
  baseImage?: ImageRef;
  /** Runs Sentinel, not a data server. */
  sentinel: boolean;
  /** Why it may not be the server it looks like (its start cannot be read); rules then stay at notice level. */
  uncertain?: string;
}

/** Every service (active and outside the active profiles) that runs a Redis-family server or Sentinel. */
export function detectRedisServices(project: ComposeProject): DetectedService[] {
  const found: DetectedService[] = [];
  const all: [string, ServiceConfig, boolean][] = [
    ...Object.entries(project.model.services ?? {}).map(
      ([n, s]): [string, ServiceConfig, boolean] => [n, s, true],
    ),
    ...Object.entries(project.inactiveServices ?? {}).map(
      ([n, s]): [string, ServiceConfig, boolean] => [n, s, false],
    ),
  ];
  for (const [name, service, active] of all) {
    const detected = detectOne(project, name, service, active);
    if (detected) found.push(detected);
  }
  return found;
}

function detectOne(
  project: ComposeProject,
  name: string,
  service: ServiceConfig,
  active: boolean,
): DetectedService | undefined {
  const image =
    typeof service.image === 'string' && service.image !== ''
      ? parseImageRef(service.image)
      : undefined;
  const words = [...(service.entrypoint ?? []), ...(service.command ?? [])];
  const env = service.environment ?? {};
  const server = findProgram(words, env, SERVER_PROGRAMS);
  const sentinelProgram = findProgram(words, env, SENTINEL_PROGRAMS);
  const runsSentinelFlag = server !== undefined && server.args.some((a) => a === '--sentinel');
  const first = stripWrappers(words).words[0];
  const runsClientTool = first !== undefined && CLIENT_TOOLS.test(basename(first));

  let dockerfile: DockerfileInfo | undefined;
  let baseImage: ImageRef | undefined;
  if (service.build && typeof service.build === 'object') {
    dockerfile = readDockerfile(project.workingDir, service.build);
    if (dockerfile?.baseImage) {
      const ref = parseImageRef(dockerfile.baseImage);
      if (ref.family !== 'custom') baseImage = ref;
    }
  }
  const imageSentinel = image !== undefined && isSentinelImage(image);
  const sentinel = imageSentinel || sentinelProgram !== undefined || runsSentinelFlag;

  let family: RedisFamily | undefined;
  let via: DetectedService['via'] | undefined;
  if (baseImage) {
    family = baseImage.family;
    via = 'build';
  } else if (image && image.family !== 'custom' && !(service.build && dockerfile)) {
    family = image.family;
    via = 'image';
  }
  if (server && (family === undefined || family === 'custom')) {
    family = familyOfProgram(server.program);
    via = via ?? 'command';
  }
  if (family === undefined && !sentinel) return undefined;
  if (runsClientTool && !server) return undefined;
  // A Redis-family image whose command names no server: only a start that still
  // reaches the image's server (or cannot be read) counts as one.
  let uncertain: string | undefined;
  if (!server && !sentinel && words.length > 0 && via !== 'command') {
    const start = classifyStart(words, env, (service.entrypoint ?? []).length > 0);
    if (start === 'other') return undefined;
    if (start === 'unknown')
      uncertain = `its ${(service.entrypoint ?? []).length > 0 ? 'entrypoint' : 'command'} may or may not start the server (it cannot be read statically)`;
  }
  if (image && !uncertain)
    uncertain = imageUncertainty(project.sources.get(['services', name, 'image']));
  return {
    name,
    service,
    active,
    image,
    family: family ?? 'redis',
    via: via ?? 'command',
    dockerfile,
    baseImage,
    sentinel,
    uncertain,
  };
}

/** The image's repository depends on a variable that is unset with no default: it may be another image. */
function imageUncertainty(source: ValueSource | undefined): string | undefined {
  // `${MIRROR:-}` is meant to be empty when unset; a bare `${REGISTRY}` may be anything.
  const unset = (source?.variables ?? []).filter((r) => !r.isSet && r.operator === '');
  if (unset.length === 0) return undefined;
  // Only the name matters here: an unset tag (`redis:${TAG}`) leaves the family certain.
  const raw = (source?.raw ?? '$').replace(/@.*$/, '');
  let depth = 0;
  let tagColon = -1;
  for (let k = 0; k < raw.length; k++) {
    if (raw[k] === '{') depth++;
    else if (raw[k] === '}') depth--;
    else if (depth === 0 && raw[k] === '/') tagColon = -1;
    else if (depth === 0 && raw[k] === ':') tagColon = k;
  }
  const name = tagColon >= 0 ? raw.slice(0, tagColon) : raw;
  if (!unset.some((r) => name.includes(`$${r.name}`) || name.includes(`\${${r.name}`)))
    return undefined;
  return `its image name depends on \${${unset[0]!.name}}, which is not set here`;
}
