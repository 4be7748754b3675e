import { parse } from 'shell-quote';

/**
 * Just enough POSIX shell reading to find what a `sh -c` wrapper starts:
 * the script is split into simple commands (on `;`, `&&`, `||`, `|`, `&`
 * and newlines), words are unquoted, and `$VAR` / `${VAR}` are expanded from
 * the container environment. A variable the environment does not hold
 * becomes UNKNOWN_MARK so callers can tell "empty" from "unknown".
 */

/** Marks a part of a word that cannot be known statically. */
export const UNKNOWN_MARK = '\u0000?';

export interface ShellRedirect {
  op: '>' | '>>';
  target: string;
}

export interface SimpleCommand {
  words: string[];
  redirects: ShellRedirect[];
}

/** Shells whose `-c` argument is a script. */
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'busybox']);

export function isShell(word: string): boolean {
  return SHELLS.has(basename(word));
}

export function basename(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

/**
 * For `sh -c script` (also `-ec`, `-euc`, `-c -e`), the index of the script
 * in the words; undefined when the words are not such a wrapper.
 */
export function shellScriptIndex(words: readonly string[]): number | undefined {
  if (words.length < 2 || !isShell(words[0]!)) return undefined;
  let i = 1;
  if (basename(words[0]!) === 'busybox') i = 2;
  let sawC = false;
  while (i < words.length && words[i]!.startsWith('-')) {
    if (/^-[a-z]*c[a-z]*$/i.test(words[i]!)) sawC = true;
    i++;
  }
  return sawC && i < words.length ? i : undefined;
}

/** Replaces newlines outside quotes with `;` (shell-quote does not split on them). */
function joinLines(script: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') {
        out += c + (script[++i] ?? '');
        continue;
      }
      if (c === quote) quote = undefined;
      out += c;
    } else if (c === '\\' && script[i + 1] === '\n') {
      i++;
    } else if (c === '"' || c === "'") {
      quote = c;
      out += c;
    } else if (c === '\n') {
      out += ' ; ';
    } else {
      out += c;
    }
  }
  return out;
}

/** Splits a script into simple commands with expanded, unquoted words. */
export function splitScript(
  script: string,
  env: Readonly<Record<string, string | null | undefined>>,
): SimpleCommand[] {
  const tokens = parse(joinLines(script), (name: string) => {
    const value = env[name];
    return typeof value === 'string' ? value : UNKNOWN_MARK;
  });
  const commands: SimpleCommand[] = [];
  let current: SimpleCommand = { words: [], redirects: [] };
  let pendingRedirect: ShellRedirect['op'] | undefined;
  const flush = (): void => {
    if (current.words.length > 0) commands.push(current);
    current = { words: [], redirects: [] };
  };
  for (const token of tokens) {
    if (typeof token === 'string') {
      if (pendingRedirect) {
        current.redirects.push({ op: pendingRedirect, target: token });
        pendingRedirect = undefined;
      } else {
        current.words.push(token);
      }
    } else if ('op' in token) {
      if (token.op === '>' || token.op === '>>') pendingRedirect = token.op;
      else if (token.op === 'glob') current.words.push(token.pattern);
      else flush();
    }
    // comments are dropped
  }
  flush();
  return commands;
}
