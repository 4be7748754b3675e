import type { ComposeProject, ServiceConfig } from '../compose/types.js';
import { findProgram, SENTINEL_PROGRAMS, SERVER_PROGRAMS, stripWrappers } from './argv.js';
import { familyOfProgram } from './defaults.js';
import { readDockerfile, type DockerfileInfo } from './dockerfile.js';
import { parseImageRef } from './image.js';
import { basename } from './shell.js';
import type { ImageRef, RedisFamily } from './types.js';

/** Redis tools that share the server images but are no server. */
const CLIENT_TOOLS = /^(redis|valkey|keydb)-(cli|benchmark|check-aof|check-rdb)$/;

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
    const detected = detectOne(project.workingDir, name, service, active);
    if (detected) found.push(detected);
  }
  return found;
}

function detectOne(
  workingDir: string,
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
    dockerfile = readDockerfile(workingDir, service.build);
    if (dockerfile?.baseImage) {
      const ref = parseImageRef(dockerfile.baseImage);
      if (ref.family !== 'custom') baseImage = ref;
    }
  }
  const imageSentinel = image !== undefined && /(^|\/)redis-sentinel$/.test(image.repository);
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
  };
}
