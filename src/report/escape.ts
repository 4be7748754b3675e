/*
 * Every value that comes from the input (compose files, env files, container
 * logs, compose's own output) passes through these functions where it is
 * rendered, so it can never become a workflow command, a Markdown link or an
 * HTML element.
 *
 * What the runner parses (actions/runner, ActionCommand.TryParseV2 and
 * TryParse, read from its source): a line is split at CR, LF or CRLF; after
 * trimming leading white space (.NET's char.IsWhiteSpace: tabs, spaces,
 * U+0085, U+00A0, U+2000-U+200A, ...) a line starting with `::` is a command;
 * and the legacy form `##[name ...]data` is a command ANYWHERE in a line.
 * Command names are case-insensitive.
 */

/** Control characters and the Unicode line/paragraph separators, shown as escapes. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A value from the input as one line of plain text: control characters
 * become visible escapes (`\n`, `\r`, `\u001b`), so a value can never start
 * a new line, and the legacy `##[` command marker is broken up.
 */
export function quoteText(value: string): string {
  return defuseLegacyCommand(
    value.replace(
      CONTROL,
      (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    ),
  );
}

function defuseLegacyCommand(text: string): string {
  return text.replace(/##\[/g, '##\\[');
}

/** White space the runner trims before looking for `::` (.NET char.IsWhiteSpace, plus BOM). */
const LEADING_SPACE_THEN_COMMAND = /^([\s\u0085\u180e\ufeff]*)::/;

/** One line that the runner cannot read as a command: `\::` for a leading `::`, no `##[`. */
export function defuseLine(line: string): string {
  const defused = defuseLegacyCommand(line);
  const m = LEADING_SPACE_THEN_COMMAND.exec(defused);
  return m ? `${m[1]}\\${defused.slice(m[1]!.length)}` : defused;
}

/** Text of many lines (split as the runner splits: CR, LF, CRLF), every line defused. */
export function defuseText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(defuseLine)
    .join('\n');
}

/** A token nobody can guess, for `::stop-commands::`. */
function stopCommandsToken(): string {
  // Web Crypto (a global): node:crypto would load at every start of the CLI.
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Free text from outside (the text report, container logs, compose's
 * stderr) as GitHub documents echoing untrusted text: between
 * `::stop-commands::<token>` and `::<token>::`, so the runner reads nothing
 * inside as a command; each line is defused as well, so the text stays inert
 * when the runner is not the reader (the CLI in another CI, a log file).
 */
export function untrustedBlock(text: string, token: string = stopCommandsToken()): string[] {
  return [`::stop-commands::${token}`, ...defuseText(text).split('\n'), `::${token}::`];
}

/**
 * A value from the input as Markdown text that renders as itself: every
 * character Markdown or HTML could act on is backslash-escaped (links,
 * images, emphasis, inline HTML, entities, table pipes), and the forms GFM
 * turns into links without brackets (`https:`, `www.`, `user@host`) are broken.
 */
export function markdownText(value: string): string {
  return quoteText(value)
    .replace(/[\\`*_{}[\]()<>#!|~&:@"]/g, '\\$&')
    .replace(/(www)\./gi, '$1\\.');
}

/** Text for an HTML element's content (`<summary>`): an HTML block renders no Markdown. */
export function htmlText(value: string): string {
  return quoteText(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A JSON document as text that no line reader takes for a command: JSON
 * escapes line breaks already; `#` before `[` is written `\u0023`, which
 * parses back to the same string.
 */
export function jsonText(
  value: unknown,
  indent = 2,
  replacer?: (this: unknown, key: string, value: unknown) => unknown,
): string {
  return JSON.stringify(value, replacer, indent).replace(/#\[/g, '\\u0023[');
}

/**
 * A value from the input as a Markdown code span (rendered verbatim: no
 * link, image or HTML), safe inside a table cell: the span's fence is longer
 * than any run of backticks in the value, and `|` is escaped (GFM splits a
 * table row before it reads code spans).
 */
export function markdownCode(value: string): string {
  const text = quoteText(value).replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
