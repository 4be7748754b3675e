/**
 * Splits a string `command:`/`entrypoint:` into words the way Compose does
 * (mattn/go-shellwords as vendored by compose 2.x, environment and backtick
 * expansion off). Verified against `docker compose config`:
 * - a backslash takes the next character literally (`\t` is `t`), except
 *   inside single quotes;
 * - `""` and `''` make an empty word; an unquoted empty expansion makes none;
 * - an unquoted `;`, `&`, `|`, `<`, `>` ends the command: the rest is dropped
 *   (a run of digits right before `>` is dropped too, as a file descriptor);
 * - `(` is only allowed right after `$`; unbalanced quotes, `)` or a trailing
 *   backslash make the string invalid.
 */

export interface Word {
  text: string;
  /** Index in the input of the word's first character. */
  start: number;
}

export type SplitResult = { ok: true; words: Word[] } | { ok: false; error: string };

/** No quoting, escaping, expansion or operator at all: the words are what spaces separate. */
const PLAIN_WORDS = /^[^\\`()"';&|<>\t\r\n]*$/;

export function splitCommand(line: string): SplitResult {
  return PLAIN_WORDS.test(line) ? splitOnSpaces(line) : splitShellWords(line);
}

/** The common case (`redis-server --appendonly yes`), without the character-by-character walk. */
function splitOnSpaces(line: string): SplitResult {
  const words: Word[] = [];
  for (let i = 0; i < line.length;) {
    if (line.charCodeAt(i) === 0x20) {
      i++;
      continue;
    }
    const space = line.indexOf(' ', i);
    const end = space < 0 ? line.length : space;
    words.push({ text: line.slice(i, end), start: i });
    i = end;
  }
  return { ok: true, words };
}

/** The general case; exported for the test that holds the common case to it. */
export function splitShellWords(line: string): SplitResult {
  const words: Word[] = [];
  let buf = '';
  let start = -1;
  let escaped = false;
  let dq = false;
  let sq = false;
  let backQuote = false;
  let dollarQuote = false;
  let got: 'no' | 'single' | 'quoted' = 'no';
  const chars = Array.from(line);
  let idx = 0;
  const begin = (at: number) => {
    if (start < 0) start = at;
  };
  loop: for (let k = 0; k < chars.length; k++) {
    const r = chars[k];
    const at = idx;
    idx += r.length;
    if (escaped) {
      escaped = false;
      if (backQuote || dollarQuote) buf += '\\' + r;
      else buf += r;
      got = 'single';
      continue;
    }
    if (r === '\\') {
      begin(at);
      if (sq) buf += r;
      else escaped = true;
      continue;
    }
    if (r === ' ' || r === '\t' || r === '\r' || r === '\n') {
      if (sq || dq || backQuote || dollarQuote) buf += r;
      else if (got !== 'no') {
        words.push({ text: buf, start });
        buf = '';
        start = -1;
        got = 'no';
      } else start = -1;
      continue;
    }
    switch (r) {
      case '`':
        if (!sq && !dq && !dollarQuote) backQuote = !backQuote;
        break;
      case ')':
        if (!sq && !dq && !backQuote) {
          if (!dollarQuote) return { ok: false, error: 'invalid command line string' };
          buf += r;
          dollarQuote = false;
          got = 'single';
          continue;
        }
        break;
      case '(':
        if (!sq && !dq && !backQuote) {
          if (!dollarQuote && buf.endsWith('$') && !buf.endsWith('\\$')) {
            dollarQuote = true;
            buf += '(';
            continue;
          }
          return { ok: false, error: 'invalid command line string' };
        }
        break;
      case '"':
        if (!sq && !dollarQuote && !backQuote) {
          begin(at);
          if (dq) got = 'quoted';
          dq = !dq;
          continue;
        }
        break;
      case "'":
        if (!dq && !dollarQuote && !backQuote) {
          begin(at);
          if (sq) got = 'quoted';
          sq = !sq;
          continue;
        }
        break;
      case ';':
      case '&':
      case '|':
      case '<':
      case '>':
        if (!(sq || dq || backQuote || dollarQuote)) {
          if (r === '>' && buf.length > 0 && /^[0-9]+$/.test(buf)) got = 'no';
          break loop;
        }
        break;
    }
    begin(at);
    got = 'single';
    buf += r;
  }
  if (got !== 'no') words.push({ text: buf, start: start < 0 ? 0 : start });
  if (escaped || sq || dq || backQuote || dollarQuote)
    return { ok: false, error: 'invalid command line string' };
  return { ok: true, words };
}
