import type { ModelPath, Position } from '../compose/types.js';
import { findProgram, SERVER_PROGRAMS } from './argv.js';
import type { EffectiveConfig, ServiceContext } from './effective-context.js';
import { imageEnvConfig } from './image-env.js';
import type { SimpleCommand } from './shell.js';
import type { ServerArg, ServerInvocation } from './types.js';

/** How the server is started, as far as it can be read statically. */
export interface ServerStart {
  program?: string;
  via: ServerInvocation['via'];
  /** The server's arguments, the image environment's extra words included. */
  args: ServerArg[];
  /** The `sh -c` script that starts the server, when one does. */
  script?: SimpleCommand[];
  /** Index in entrypoint + command of the word holding that script. */
  scriptWord?: number;
}

/**
 * Finds the program and arguments the container starts the server with:
 * entrypoint + command (directly, after wrappers, or in a `sh -c` script),
 * else the image's default command (or the Dockerfile's), then the words and
 * directives the image's start-up scripts derive from the environment.
 * What cannot be read is noted in `out.unknowns`.
 */
export function serverStart(ctx: ServiceContext, out: EffectiveConfig): ServerStart {
  const { detected, defaults, words, servicePos } = ctx;
  const { entrypoint, command } = words;
  const { family } = detected;
  const start: ServerStart = { via: entrypoint ? 'entrypoint' : 'command', args: [] };
  /** Arguments that came from nowhere in entrypoint + command. */
  const unwritten = (list: readonly string[], pos: Position): ServerArg[] =>
    list.map((word) => ({ word, pos, index: -1 }));
  /** Arguments that are the words `first`, `first + 1`, ... of entrypoint + command. */
  const written = (list: readonly string[], first: number): ServerArg[] =>
    list.map((word, k) => ({ word, pos: words.pos(first + k), index: first + k }));
  let imageStart = false;

  const found = words.all.length > 0 ? findProgram(words.all, ctx.env, SERVER_PROGRAMS) : undefined;
  if (found) {
    start.program = found.program;
    if (found.inScript) {
      start.via = 'shell-script';
      start.script = found.script;
      start.scriptWord = found.wordIndex;
      const pos = words.pos(found.wordIndex);
      start.args = found.args.map((word) => ({ word, pos, index: found.wordIndex }));
    } else {
      start.args = written(found.args, found.wordIndex + 1);
    }
  } else if (!entrypoint && command && prepends(ctx, command[0]!)) {
    start.program = defaults.program;
    start.args = written(command, 0);
  } else if (!entrypoint && family === 'bitnami' && (!command || /\/run\.sh$/.test(command[0]!))) {
    start.program = defaults.program;
    start.args = command ? written(command.slice(1), 1) : [];
    start.via = command ? 'command' : 'image-default';
    imageStart = true;
  } else if (!entrypoint && !command && detected.via !== 'build') {
    start.program = defaults.program;
    start.args = unwritten(defaults.defaultArgs, servicePos);
    start.via = 'image-default';
    imageStart = true;
  } else if (!entrypoint && !command && detected.dockerfile) {
    const dfWords = [...(detected.dockerfile.entrypoint ?? []), ...(detected.dockerfile.cmd ?? [])];
    const inDockerfile =
      dfWords.length > 0 ? findProgram(dfWords, ctx.env, SERVER_PROGRAMS) : undefined;
    if (inDockerfile && !inDockerfile.inScript) {
      start.program = inDockerfile.program;
      start.args = unwritten(inDockerfile.args, servicePos);
    } else if (dfWords.length === 0) {
      start.program = defaults.program;
      start.args = unwritten(defaults.defaultArgs, servicePos);
      imageStart = true;
    }
    start.via = 'image-default';
    if (!start.program) {
      out.configKnown = false;
      out.unknowns.push(
        `the image built from ${detected.dockerfile.path} starts the server in a way that cannot be read statically`,
      );
    } else if (start.args.some((a) => a.word.endsWith('.conf'))) {
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
  if (imageStart || (!entrypoint && family !== 'bitnami'))
    applyImageEnv(ctx, start, imageStart, out);
  if (start.program) {
    out.invocation = {
      program: start.program,
      args: start.args,
      via: start.via,
      fromString: words.fromString && start.via !== 'entrypoint',
    };
  }
  return start;
}

/**
 * The image's start-up scripts read its environment: extra server words
 * (REDIS_ARGS, VALKEY_EXTRA_FLAGS) whenever the image's entrypoint runs, and
 * directives of their own (bitnami's REDIS_PASSWORD, Dragonfly's DFLY_*)
 * when the image's start-up runs in full.
 */
function applyImageEnv(
  ctx: ServiceContext,
  start: ServerStart,
  imageStart: boolean,
  out: EffectiveConfig,
): void {
  const { project, detected, servicePos } = ctx;
  const envPath = (variable: string): ModelPath => [
    'services',
    detected.name,
    'environment',
    variable,
  ];
  const imageEnv = imageEnvConfig(detected.family, ctx.env, ctx.imageRef);
  for (const extra of imageEnv.extraArgs) {
    const pos = project.sources.locate(envPath(extra.variable)) ?? servicePos;
    for (const word of extra.words) start.args.push({ word, pos, index: -1 });
  }
  if (!imageStart && detected.family !== 'dragonfly') return;
  for (const d of imageEnv.directives) {
    const path = envPath(d.variable);
    out.directives.push({
      name: d.name,
      args: d.args,
      origin: 'image-env',
      pos: project.sources.locate(path) ?? servicePos,
      unknown: d.unknown,
      variables: project.sources.get(path)?.variables,
      raw: project.sources.get(path)?.raw,
    });
  }
  for (const p of imageEnv.problems) {
    out.problems.push({
      kind: 'image-env',
      message: p.message,
      pos: (p.variable && project.sources.locate(envPath(p.variable))) || servicePos,
    });
  }
}

/** The image's entrypoint puts the server program in front of these arguments. */
function prepends({ defaults, detected }: ServiceContext, first: string): boolean {
  if (detected.family === 'dragonfly') return first.startsWith('-');
  if (!defaults.prependsProgram) return false;
  return first.startsWith('-') || first.endsWith('.conf');
}
