/**
 * Just enough POSIX shell reading to find what a `sh -c` wrapper starts:
 * the script is split into simple commands (on `;`, `&&`, `||`, `|`, `&`,
 * parentheses, `$(` and newlines), words are unquoted, and `$VAR` /
 * `${VAR}` / `${VAR:-default}` are expanded from the container environment.
 * Like sh, an unquoted expansion is split on blanks and an unquoted empty
 * expansion removes the word (so `--requirepass $PW` with PW empty loses its
 * value), while `"$PW"` stays one (possibly empty) word. A variable the
 * environment does not hold becomes UNKNOWN_MARK, so callers can tell
 * "empty" from "unknown".
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

type Env = Readonly<Record<string, string | null | undefined>>;

/** Shells whose `-c` argument is a script. */
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'busybox']);

function isShell(word: string): boolean {
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

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Expands `$NAME`, `${NAME}`, `${NAME<op>word}` at text[i] (which is '$'); returns value and length. */
function expand(text: string, i: number, env: Env): { value: string; length: number } | undefined {
  const rest = text.slice(i + 1);
  const lookup = (name: string): string | undefined => {
    const v = env[name];
    return typeof v === 'string' ? v : undefined;
  };
  if (rest.startsWith('{')) {
    const close = rest.indexOf('}');
    if (close < 0) return undefined;
    const body = rest.slice(1, close);
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-=+?])(.*))?$/s.exec(body);
    if (!m) return { value: UNKNOWN_MARK, length: close + 2 };
    const value = lookup(m[1]!);
    const op = m[2];
    const word = m[3] ?? '';
    let out: string;
    if (!op) out = value ?? UNKNOWN_MARK;
    else if (op === ':-' || op === ':=')
      out = value === undefined ? UNKNOWN_MARK : value === '' ? word : value;
    else if (op === '-' || op === '=') out = value === undefined ? UNKNOWN_MARK : value;
    else if (op === ':+') out = value === undefined ? UNKNOWN_MARK : value === '' ? '' : word;
    else if (op === '+') out = value === undefined ? UNKNOWN_MARK : word;
    else out = value ?? UNKNOWN_MARK; // :? and ? stop the script when unset
    return { value: out, length: close + 2 };
  }
  const m = NAME.exec(rest);
  if (m) return { value: lookup(m[0]) ?? UNKNOWN_MARK, length: m[0].length + 1 };
  if (/^[0-9@*#?$!-]/.test(rest)) return { value: UNKNOWN_MARK, length: 2 };
  return undefined;
}

/** Characters with a meaning of their own outside quotes, past a word's first character. */
const UNQUOTED_SPECIAL = new Set([
  '\\',
  "'",
  '"',
  '$',
  ' ',
  '\t',
  '\n',
  ';',
  '(',
  ')',
  '&',
  '|',
  '>',
  '<',
]);
/** Characters with a meaning of their own inside double quotes. */
const QUOTED_SPECIAL = new Set(['"', '\\', '$']);

/** Splits a script into simple commands with expanded, unquoted words. */
export function splitScript(script: string, env: Env): SimpleCommand[] {
  const commands: SimpleCommand[] = [];
  let current: SimpleCommand = { words: [], redirects: [] };
  let word = '';
  let started = false; // the word has a literal character or quotes
  let pendingRedirect: ShellRedirect['op'] | 'skip' | undefined;

  const endWord = (): void => {
    if (started || word !== '') {
      if (pendingRedirect === 'skip') pendingRedirect = undefined;
      else if (pendingRedirect) {
        current.redirects.push({ op: pendingRedirect, target: word });
        pendingRedirect = undefined;
      } else current.words.push(word);
    }
    word = '';
    started = false;
  };
  const endCommand = (): void => {
    endWord();
    if (current.words.length > 0 || current.redirects.length > 0) commands.push(current);
    current = { words: [], redirects: [] };
    pendingRedirect = undefined;
  };
  /** Adds an unquoted expansion: split on blanks, empty adds nothing. */
  const addUnquoted = (value: string): void => {
    const parts = value.split(/[ \t\n]+/);
    parts.forEach((part, k) => {
      if (k > 0) endWord();
      word += part;
    });
  };

  let i = 0;
  const n = script.length;
  while (i < n) {
    const c = script[i]!;
    if (c === '\\') {
      if (script[i + 1] === '\n') {
        i += 2;
        continue;
      }
      word += script[i + 1] ?? '';
      started = true;
      i += 2;
    } else if (c === "'") {
      const close = script.indexOf("'", i + 1);
      const end = close < 0 ? n : close;
      word += script.slice(i + 1, end);
      started = true;
      i = end + 1;
    } else if (c === '"') {
      started = true;
      i++;
      while (i < n && script[i] !== '"') {
        const d = script[i]!;
        if (d === '\\' && /["\\$`\n]/.test(script[i + 1] ?? '')) {
          if (script[i + 1] !== '\n') word += script[i + 1];
          i += 2;
        } else if (d === '$') {
          const e = expand(script, i, env);
          if (e) {
            word += e.value;
            i += e.length;
          } else {
            word += d;
            i++;
          }
        } else {
          // A run of plain characters at once.
          let j = i + 1;
          while (j < n && !QUOTED_SPECIAL.has(script[j]!)) j++;
          word += script.slice(i, j);
          i = j;
        }
      }
      i++;
    } else if (c === '$' && script[i + 1] === '(') {
      endCommand();
      i += 2;
    } else if (c === '$') {
      const e = expand(script, i, env);
      if (e) {
        addUnquoted(e.value);
        i += e.length;
      } else {
        word += c;
        started = true;
        i++;
      }
    } else if (c === '#' && word === '' && !started) {
      while (i < n && script[i] !== '\n') i++;
    } else if (c === ' ' || c === '\t') {
      endWord();
      i++;
    } else if (c === '\n' || c === ';' || c === '(' || c === ')') {
      endCommand();
      i++;
    } else if (c === '&' || c === '|') {
      endCommand();
      i += script[i + 1] === c ? 2 : 1;
    } else if (c === '>' || c === '<') {
      if (/^\d+$/.test(word) && /\d/.test(script[i - 1] ?? '')) {
        word = ''; // a file descriptor: 2>
        started = false;
      }
      endWord();
      if (c === '<') {
        pendingRedirect = 'skip';
        i++;
      } else if (script[i + 1] === '&') {
        pendingRedirect = 'skip';
        i += 2;
      } else if (script[i + 1] === '>') {
        pendingRedirect = '>>';
        i += 2;
      } else {
        pendingRedirect = '>';
        i++;
      }
    } else {
      // A run of plain characters at once (past the first, `#` is one of them).
      let j = i + 1;
      while (j < n && !UNQUOTED_SPECIAL.has(script[j]!)) j++;
      word += script.slice(i, j);
      started = true;
      i = j;
    }
  }
  endCommand();
  return commands;
}
