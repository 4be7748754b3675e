import type { VariableRef } from '../compose/types.js';
import { parseFlagArgs, parseServerArgs, type ArgDirective, type ServerArgs } from './argv.js';
import type { EffectiveConfig, ServiceContext } from './effective-context.js';
import type { ServerStart } from './server-start.js';
import { UNKNOWN_MARK } from './shell.js';
import {
  containerDefaultsAfter,
  containerVariablesAfter,
  escapeRe,
  pickRefs,
  uniqueRefs,
  variablesAfter,
} from './var-refs.js';

/**
 * Reads the server's arguments as the server does: the config file the
 * first one may name, then `--name value...` directives (Dragonfly's
 * `--name=value` flags for its family).
 */
export function readServerArgs(
  ctx: ServiceContext,
  start: ServerStart,
  out: EffectiveConfig,
): ServerArgs {
  const words = start.args.map((a) => a.word);
  const parsed: ServerArgs = ctx.defaults.flagStyle
    ? { directives: parseFlagArgs(words), stray: [] }
    : parseServerArgs(words);
  if (parsed.unreadWords)
    out.unknowns.push('the start script passes words from variables that cannot be read here');
  if (ctx.words.fromString)
    parsed.directives = restoreVanishedValues(ctx, start, parsed.directives);
  return parsed;
}

/**
 * `--requirepass ${PW} --appendonly yes` in a string command with PW empty:
 * Compose drops the empty word and Redis takes `--appendonly yes` as the
 * password. That is one fact (auth-unset-variable tells it); the rest of
 * the line is read as written, so the persistence rules see appendonly.
 */
function restoreVanishedValues(
  ctx: ServiceContext,
  start: ServerStart,
  directives: ArgDirective[],
): ArgDirective[] {
  const out: ArgDirective[] = [];
  for (const d of directives) {
    const wordIndex = start.args[d.argIndex]?.index ?? -1;
    const raw = wordIndex >= 0 ? ctx.words.raw(wordIndex) : undefined;
    const swallowed = d.args.length > 0 && d.args[0]!.startsWith('--');
    if (d.name !== 'requirepass' || !swallowed || raw === undefined) {
      out.push(d);
      continue;
    }
    const names = variablesAfter(raw, /(^|[\s"'])--requirepass\b/i, true) ?? [];
    const refs = pickRefs(ctx.words.refs(wordIndex), names);
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

/**
 * Adds the command line's directives (they apply after the config file) with
 * the variables each value came from, and the arguments that are no
 * directive at all.
 */
export function addCommandDirectives(
  ctx: ServiceContext,
  start: ServerStart,
  parsed: ServerArgs,
  out: EffectiveConfig,
): void {
  const { words, servicePos } = ctx;
  for (const d of parsed.directives) {
    const arg = start.args[d.argIndex];
    const wordIndex = arg?.index ?? -1;
    const raw = wordIndex >= 0 ? words.raw(wordIndex) : undefined;
    const keyword = new RegExp(`(^|[\\s"'])--${escapeRe(d.name)}\\b`, 'i');
    const scripted = start.via === 'shell-script';
    const containerVariables = scripted ? scriptVariables(raw, wordIndex, keyword, ctx) : [];
    const containerDefaults = scripted ? scriptDefaults(raw, wordIndex, keyword, ctx) : [];
    const variables = uniqueRefs(
      scripted
        ? scriptRefs(raw, wordIndex, keyword, containerVariables, ctx)
        : wordIndex >= 0
          ? commandRefs(raw, wordIndex, keyword, start.args[d.argIndex + 1]?.index, ctx)
          : [],
    );
    const unknown = d.args.some((a) => a.includes(UNKNOWN_MARK));
    out.directives.push({
      name: d.name,
      args: d.args.map((a) => a.split(UNKNOWN_MARK).join('')),
      origin: 'command',
      pos: arg?.pos ?? servicePos,
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
  for (const s of parsed.stray) {
    out.problems.push({
      kind: 'stray-argument',
      // The word itself is not echoed: a stray word is often a misplaced password.
      message: `server argument ${s.argIndex + 1} is neither a --directive nor its value (only the first argument may name a config file)`,
      pos: start.args[s.argIndex]?.pos ?? servicePos,
    });
  }
}

/** The container variables (`$$PW` in the file) a script expands into the value. */
function scriptVariables(
  raw: string | undefined,
  wordIndex: number,
  keyword: RegExp,
  ctx: ServiceContext,
): string[] {
  if (raw !== undefined) return containerVariablesAfter(raw, keyword) ?? [];
  return variablesAfter(scriptText(wordIndex, ctx), keyword, false) ?? [];
}

/** The defaults a script gives those variables (`$${PW:-default}`). */
function scriptDefaults(
  raw: string | undefined,
  wordIndex: number,
  keyword: RegExp,
  ctx: ServiceContext,
): { variable: string; value: string }[] {
  return raw !== undefined
    ? containerDefaultsAfter(raw, keyword, true)
    : containerDefaultsAfter(scriptText(wordIndex, ctx), keyword, false);
}

/** The script as the model holds it (after interpolation). */
function scriptText(wordIndex: number, ctx: ServiceContext): string {
  return wordIndex >= 0 ? (ctx.words.all[wordIndex] ?? '') : '';
}

/**
 * Compose variables behind a script's value: those of the container
 * variables it expands (from the service's environment), then those written
 * into the script itself.
 */
function scriptRefs(
  raw: string | undefined,
  wordIndex: number,
  keyword: RegExp,
  containerVariables: readonly string[],
  ctx: ServiceContext,
): VariableRef[] {
  const { project, detected } = ctx;
  const refs: VariableRef[] = [];
  for (const v of containerVariables)
    refs.push(
      ...(project.sources.get(['services', detected.name, 'environment', v])?.variables ?? []),
    );
  if (raw !== undefined)
    refs.push(...pickRefs(ctx.words.refs(wordIndex), variablesAfter(raw, keyword, true)));
  return refs;
}

/** Compose variables behind a command-line value. */
function commandRefs(
  raw: string | undefined,
  wordIndex: number,
  keyword: RegExp,
  nextWordIndex: number | undefined,
  ctx: ServiceContext,
): VariableRef[] {
  const fromString = ctx.words.fromString;
  const names = raw !== undefined ? variablesAfter(raw, keyword, true) : undefined;
  const refs = ctx.words.refs(wordIndex);
  // A list item holds one value: its refs are the value's refs.
  const variables =
    names && names.length > 0
      ? pickRefs(refs, names)
      : fromString
        ? pickRefs(refs, names ?? [])
        : [...(refs ?? [])];
  // In a list the value may be the next item.
  if (
    !fromString &&
    nextWordIndex !== undefined &&
    nextWordIndex >= 0 &&
    nextWordIndex !== wordIndex
  )
    variables.push(...(ctx.words.refs(nextWordIndex) ?? []));
  return variables;
}
