/**
 * redis.conf parsing as Redis's own loader does it (config.c
 * loadServerConfigFromString + sds.c sdssplitargs): one directive per line,
 * leading/trailing blanks trimmed, `#` lines skipped, words split with
 * sdssplitargs quoting, the directive name case-insensitive.
 */

export interface ConfLine {
  /** Lower-case directive name. */
  name: string;
  args: string[];
  /** 1-based line and column of the directive in the text. */
  line: number;
  column: number;
}

export interface ConfError {
  message: string;
  line: number;
  column: number;
}

export interface ParsedConf {
  lines: ConfLine[];
  errors: ConfError[];
}

const BLANK = /[ \n\r\t\v\f]/;
const BLANKS = /[ \n\r\t\v\f]+/;
const QUOTE = /["']/;

/**
 * Splits one line into words like sdssplitargs: "double quotes" understand
 * \n \r \t \b \a \xHH and \<char>; 'single quotes' only \'; a closing quote
 * must be followed by a blank or the end. Returns null for unbalanced quotes.
 */
export function splitArgs(line: string): string[] | null {
  // Without quotes every character but a blank is literal: split on blank runs.
  if (!QUOTE.test(line)) return line.split(BLANKS).filter((w) => w !== '');
  const words: string[] = [];
  let i = 0;
  const n = line.length;
  for (;;) {
    while (i < n && BLANK.test(line[i]!)) i++;
    if (i >= n) return words;
    let word = '';
    let inDouble = false;
    let inSingle = false;
    let done = false;
    while (!done) {
      const c = line[i];
      if (inDouble) {
        if (c === undefined) return null;
        if (c === '\\' && line[i + 1] === 'x' && isHex(line[i + 2]) && isHex(line[i + 3])) {
          word += String.fromCharCode(parseInt(line.slice(i + 2, i + 4), 16));
          i += 3;
        } else if (c === '\\' && i + 1 < n) {
          const e = line[++i]!;
          word +=
            ({ n: '\n', r: '\r', t: '\t', b: '\b', a: '\x07' } as Record<string, string>)[e] ?? e;
        } else if (c === '"') {
          if (i + 1 < n && !BLANK.test(line[i + 1]!)) return null;
          done = true;
        } else {
          word += c;
        }
      } else if (inSingle) {
        if (c === undefined) return null;
        if (c === '\\' && line[i + 1] === "'") {
          i++;
          word += "'";
        } else if (c === "'") {
          if (i + 1 < n && !BLANK.test(line[i + 1]!)) return null;
          done = true;
        } else {
          word += c;
        }
      } else if (c === undefined || BLANK.test(c)) {
        done = true;
      } else if (c === '"') {
        inDouble = true;
      } else if (c === "'") {
        inSingle = true;
      } else {
        word += c;
      }
      if (i < n) i++;
    }
    words.push(word);
  }
}

function isHex(c: string | undefined): boolean {
  return c !== undefined && /[0-9a-fA-F]/.test(c);
}

/** Parses redis.conf text into directives; bad lines become errors, never exceptions. */
export function parseRedisConf(text: string): ParsedConf {
  const lines: ConfLine[] = [];
  const errors: ConfError[] = [];
  text.split('\n').forEach((rawLine, index) => {
    const trimmed = rawLine.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const column = rawLine.indexOf(trimmed[0]!) + 1;
    const words = splitArgs(trimmed);
    if (words === null) {
      errors.push({ message: 'Unbalanced quotes in configuration line', line: index + 1, column });
      return;
    }
    if (words.length === 0) return;
    lines.push({ name: words[0]!.toLowerCase(), args: words.slice(1), line: index + 1, column });
  });
  return { lines, errors };
}

/** The state of one ACL user after its rules are applied in order (acl.c ACLSetUser). */
export interface AclUserRules {
  name: string;
  enabled: boolean;
  nopass: boolean;
  /** Clear-text passwords (`>pw`); hashes count in hasPasswordHash. */
  passwords: string[];
  hasPasswordHash: boolean;
  /** Channel permission after applying the rules; 'default' = not stated (acl-pubsub-default applies). */
  channels: 'all' | 'some' | 'none' | 'default';
}

/** Applies `user <name> <rule>...` rules (only the ones that matter for auth and channels). */
export function parseAclUser(args: readonly string[]): AclUserRules | undefined {
  const [name, ...rules] = args;
  if (name === undefined) return undefined;
  const user: AclUserRules = {
    name,
    enabled: false,
    nopass: false,
    passwords: [],
    hasPasswordHash: false,
    channels: 'default',
  };
  for (const rule of rules) {
    const lower = rule.toLowerCase();
    if (lower === 'on') user.enabled = true;
    else if (lower === 'off') user.enabled = false;
    else if (lower === 'nopass') {
      user.nopass = true;
      user.passwords = [];
      user.hasPasswordHash = false;
    } else if (lower === 'resetpass') {
      user.nopass = false;
      user.passwords = [];
      user.hasPasswordHash = false;
    } else if (rule.startsWith('>')) {
      user.passwords.push(rule.slice(1));
      user.nopass = false;
    } else if (rule.startsWith('#')) {
      user.hasPasswordHash = true;
      user.nopass = false;
    } else if (rule.startsWith('<')) {
      user.passwords = user.passwords.filter((p) => p !== rule.slice(1));
    } else if (lower === 'allchannels' || rule === '&*') user.channels = 'all';
    else if (lower === 'resetchannels') user.channels = 'none';
    else if (rule.startsWith('&')) {
      if (user.channels !== 'all') user.channels = 'some';
    } else if (lower === 'reset') {
      Object.assign(user, {
        enabled: false,
        nopass: false,
        passwords: [],
        hasPasswordHash: false,
        channels: 'none',
      });
    }
  }
  return user;
}

/** Parses an aclfile: only `user` lines are allowed there. */
export function parseAclFile(text: string): {
  users: (AclUserRules & { line: number })[];
  errors: ConfError[];
} {
  const parsed = parseRedisConf(text);
  const users: (AclUserRules & { line: number })[] = [];
  const errors = [...parsed.errors];
  for (const line of parsed.lines) {
    const user = line.name === 'user' ? parseAclUser(line.args) : undefined;
    if (user) users.push({ ...user, line: line.line });
    else
      errors.push({
        message: `aclfile lines must start with 'user', not '${line.name}'`,
        line: line.line,
        column: line.column,
      });
  }
  return { users, errors };
}
