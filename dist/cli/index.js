import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4889:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  k: () => (/* binding */ runCheck)
});

// UNUSED EXPORTS: knownRuleIds

// EXTERNAL MODULE: ./src/compose/index.ts + 30 modules
var compose = __nccwpck_require__(8813);
// EXTERNAL MODULE: ./src/config-file.ts
var config_file = __nccwpck_require__(4660);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __nccwpck_require__(1001);
// EXTERNAL MODULE: ./src/probes/types.ts
var types = __nccwpck_require__(966);
;// CONCATENATED MODULE: ./src/redis/redis-conf.ts
/**
 * redis.conf parsing as Redis's own loader does it (config.c
 * loadServerConfigFromString + sds.c sdssplitargs): one directive per line,
 * leading/trailing blanks trimmed, `#` lines skipped, words split with
 * sdssplitargs quoting, the directive name case-insensitive.
 */
const BLANK = /[ \n\r\t\v\f]/;
const BLANKS = /[ \n\r\t\v\f]+/;
const QUOTE = /["']/;
/**
 * Splits one line into words like sdssplitargs: "double quotes" understand
 * \n \r \t \b \a \xHH and \<char>; 'single quotes' only \'; a closing quote
 * must be followed by a blank or the end. Returns null for unbalanced quotes.
 */
function splitArgs(line) {
    // Without quotes every character but a blank is literal: split on blank runs.
    if (!QUOTE.test(line))
        return line.split(BLANKS).filter((w) => w !== '');
    const words = [];
    let i = 0;
    const n = line.length;
    for (;;) {
        while (i < n && BLANK.test(line[i]))
            i++;
        if (i >= n)
            return words;
        let word = '';
        let inDouble = false;
        let inSingle = false;
        let done = false;
        while (!done) {
            const c = line[i];
            if (inDouble) {
                if (c === undefined)
                    return null;
                if (c === '\\' && line[i + 1] === 'x' && isHex(line[i + 2]) && isHex(line[i + 3])) {
                    word += String.fromCharCode(parseInt(line.slice(i + 2, i + 4), 16));
                    i += 3;
                }
                else if (c === '\\' && i + 1 < n) {
                    const e = line[++i];
                    word +=
                        { n: '\n', r: '\r', t: '\t', b: '\b', a: '\x07' }[e] ?? e;
                }
                else if (c === '"') {
                    if (i + 1 < n && !BLANK.test(line[i + 1]))
                        return null;
                    done = true;
                }
                else {
                    word += c;
                }
            }
            else if (inSingle) {
                if (c === undefined)
                    return null;
                if (c === '\\' && line[i + 1] === "'") {
                    i++;
                    word += "'";
                }
                else if (c === "'") {
                    if (i + 1 < n && !BLANK.test(line[i + 1]))
                        return null;
                    done = true;
                }
                else {
                    word += c;
                }
            }
            else if (c === undefined || BLANK.test(c)) {
                done = true;
            }
            else if (c === '"') {
                inDouble = true;
            }
            else if (c === "'") {
                inSingle = true;
            }
            else {
                word += c;
            }
            if (i < n)
                i++;
        }
        words.push(word);
    }
}
function isHex(c) {
    return c !== undefined && /[0-9a-fA-F]/.test(c);
}
/** Parses redis.conf text into directives; bad lines become errors, never exceptions. */
function parseRedisConf(text) {
    const lines = [];
    const errors = [];
    text.split('\n').forEach((rawLine, index) => {
        const trimmed = rawLine.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
        if (trimmed === '' || trimmed.startsWith('#'))
            return;
        const column = rawLine.indexOf(trimmed[0]) + 1;
        const words = splitArgs(trimmed);
        if (words === null) {
            errors.push({ message: 'Unbalanced quotes in configuration line', line: index + 1, column });
            return;
        }
        if (words.length === 0)
            return;
        lines.push({ name: words[0].toLowerCase(), args: words.slice(1), line: index + 1, column });
    });
    return { lines, errors };
}
/** Applies `user <name> <rule>...` rules (only the ones that matter for auth and channels). */
function parseAclUser(args) {
    const [name, ...rules] = args;
    if (name === undefined)
        return undefined;
    const user = {
        name,
        enabled: false,
        nopass: false,
        passwords: [],
        hasPasswordHash: false,
        channels: 'default',
    };
    for (const rule of rules) {
        const lower = rule.toLowerCase();
        if (lower === 'on')
            user.enabled = true;
        else if (lower === 'off')
            user.enabled = false;
        else if (lower === 'nopass') {
            user.nopass = true;
            user.passwords = [];
            user.hasPasswordHash = false;
        }
        else if (lower === 'resetpass') {
            user.nopass = false;
            user.passwords = [];
            user.hasPasswordHash = false;
        }
        else if (rule.startsWith('>')) {
            user.passwords.push(rule.slice(1));
            user.nopass = false;
        }
        else if (rule.startsWith('#')) {
            user.hasPasswordHash = true;
            user.nopass = false;
        }
        else if (rule.startsWith('<')) {
            user.passwords = user.passwords.filter((p) => p !== rule.slice(1));
        }
        else if (lower === 'allchannels' || rule === '&*')
            user.channels = 'all';
        else if (lower === 'resetchannels')
            user.channels = 'none';
        else if (rule.startsWith('&')) {
            if (user.channels !== 'all')
                user.channels = 'some';
        }
        else if (lower === 'reset') {
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
function parseAclFile(text) {
    const parsed = parseRedisConf(text);
    const users = [];
    const errors = [...parsed.errors];
    for (const line of parsed.lines) {
        const user = line.name === 'user' ? parseAclUser(line.args) : undefined;
        if (user)
            users.push({ ...user, line: line.line });
        else
            errors.push({
                message: `aclfile lines must start with 'user', not '${line.name}'`,
                line: line.line,
                column: line.column,
            });
    }
    return { users, errors };
}

;// CONCATENATED MODULE: ./src/redis/shell.ts
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
const UNKNOWN_MARK = '\u0000?';
/** Shells whose `-c` argument is a script. */
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'busybox']);
function isShell(word) {
    return SHELLS.has(basename(word));
}
function basename(word) {
    return word.slice(word.lastIndexOf('/') + 1);
}
/**
 * For `sh -c script` (also `-ec`, `-euc`, `-c -e`), the index of the script
 * in the words; undefined when the words are not such a wrapper.
 */
function shellScriptIndex(words) {
    if (words.length < 2 || !isShell(words[0]))
        return undefined;
    let i = 1;
    if (basename(words[0]) === 'busybox')
        i = 2;
    let sawC = false;
    while (i < words.length && words[i].startsWith('-')) {
        if (/^-[a-z]*c[a-z]*$/i.test(words[i]))
            sawC = true;
        i++;
    }
    return sawC && i < words.length ? i : undefined;
}
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/** Expands `$NAME`, `${NAME}`, `${NAME<op>word}` at text[i] (which is '$'); returns value and length. */
function expand(text, i, env) {
    const rest = text.slice(i + 1);
    const lookup = (name) => {
        const v = env[name];
        return typeof v === 'string' ? v : undefined;
    };
    if (rest.startsWith('{')) {
        const close = rest.indexOf('}');
        if (close < 0)
            return undefined;
        const body = rest.slice(1, close);
        const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-=+?])(.*))?$/s.exec(body);
        if (!m)
            return { value: UNKNOWN_MARK, length: close + 2 };
        const value = lookup(m[1]);
        const op = m[2];
        const word = m[3] ?? '';
        let out;
        if (!op)
            out = value ?? UNKNOWN_MARK;
        else if (op === ':-' || op === ':=')
            out = value === undefined ? UNKNOWN_MARK : value === '' ? word : value;
        else if (op === '-' || op === '=')
            out = value === undefined ? UNKNOWN_MARK : value;
        else if (op === ':+')
            out = value === undefined ? UNKNOWN_MARK : value === '' ? '' : word;
        else if (op === '+')
            out = value === undefined ? UNKNOWN_MARK : word;
        else
            out = value ?? UNKNOWN_MARK; // :? and ? stop the script when unset
        return { value: out, length: close + 2 };
    }
    const m = NAME.exec(rest);
    if (m)
        return { value: lookup(m[0]) ?? UNKNOWN_MARK, length: m[0].length + 1 };
    if (/^[0-9@*#?$!-]/.test(rest))
        return { value: UNKNOWN_MARK, length: 2 };
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
function splitScript(script, env) {
    const commands = [];
    let current = { words: [], redirects: [] };
    let word = '';
    let started = false; // the word has a literal character or quotes
    let pendingRedirect;
    const endWord = () => {
        if (started || word !== '') {
            if (pendingRedirect === 'skip')
                pendingRedirect = undefined;
            else if (pendingRedirect) {
                current.redirects.push({ op: pendingRedirect, target: word });
                pendingRedirect = undefined;
            }
            else
                current.words.push(word);
        }
        word = '';
        started = false;
    };
    const endCommand = () => {
        endWord();
        if (current.words.length > 0 || current.redirects.length > 0)
            commands.push(current);
        current = { words: [], redirects: [] };
        pendingRedirect = undefined;
    };
    /** Adds an unquoted expansion: split on blanks, empty adds nothing. */
    const addUnquoted = (value) => {
        const parts = value.split(/[ \t\n]+/);
        parts.forEach((part, k) => {
            if (k > 0)
                endWord();
            word += part;
        });
    };
    let i = 0;
    const n = script.length;
    while (i < n) {
        const c = script[i];
        if (c === '\\') {
            if (script[i + 1] === '\n') {
                i += 2;
                continue;
            }
            word += script[i + 1] ?? '';
            started = true;
            i += 2;
        }
        else if (c === "'") {
            const close = script.indexOf("'", i + 1);
            const end = close < 0 ? n : close;
            word += script.slice(i + 1, end);
            started = true;
            i = end + 1;
        }
        else if (c === '"') {
            started = true;
            i++;
            while (i < n && script[i] !== '"') {
                const d = script[i];
                if (d === '\\' && /["\\$`\n]/.test(script[i + 1] ?? '')) {
                    if (script[i + 1] !== '\n')
                        word += script[i + 1];
                    i += 2;
                }
                else if (d === '$') {
                    const e = expand(script, i, env);
                    if (e) {
                        word += e.value;
                        i += e.length;
                    }
                    else {
                        word += d;
                        i++;
                    }
                }
                else {
                    // A run of plain characters at once.
                    let j = i + 1;
                    while (j < n && !QUOTED_SPECIAL.has(script[j]))
                        j++;
                    word += script.slice(i, j);
                    i = j;
                }
            }
            i++;
        }
        else if (c === '$' && script[i + 1] === '(') {
            endCommand();
            i += 2;
        }
        else if (c === '$') {
            const e = expand(script, i, env);
            if (e) {
                addUnquoted(e.value);
                i += e.length;
            }
            else {
                word += c;
                started = true;
                i++;
            }
        }
        else if (c === '#' && word === '' && !started) {
            while (i < n && script[i] !== '\n')
                i++;
        }
        else if (c === ' ' || c === '\t') {
            endWord();
            i++;
        }
        else if (c === '\n' || c === ';' || c === '(' || c === ')') {
            endCommand();
            i++;
        }
        else if (c === '&' || c === '|') {
            endCommand();
            i += script[i + 1] === c ? 2 : 1;
        }
        else if (c === '>' || c === '<') {
            if (/^\d+$/.test(word) && /\d/.test(script[i - 1] ?? '')) {
                word = ''; // a file descriptor: 2>
                started = false;
            }
            endWord();
            if (c === '<') {
                pendingRedirect = 'skip';
                i++;
            }
            else if (script[i + 1] === '&') {
                pendingRedirect = 'skip';
                i += 2;
            }
            else if (script[i + 1] === '>') {
                pendingRedirect = '>>';
                i += 2;
            }
            else {
                pendingRedirect = '>';
                i++;
            }
        }
        else {
            // A run of plain characters at once (past the first, `#` is one of them).
            let j = i + 1;
            while (j < n && !UNQUOTED_SPECIAL.has(script[j]))
                j++;
            word += script.slice(i, j);
            started = true;
            i = j;
        }
    }
    endCommand();
    return commands;
}

;// CONCATENATED MODULE: ./src/redis/argv.ts


/** Programs that run a Redis-compatible data server. */
const SERVER_PROGRAMS = new Set([
    'redis-server',
    'valkey-server',
    'keydb-server',
    'redis-stack-server',
    'dragonfly',
    'kvrocks',
]);
/** Programs that run Sentinel. */
const SENTINEL_PROGRAMS = new Set(['redis-sentinel', 'valkey-sentinel']);
/** Words that start another program with the rest of the words (exec, gosu user, tini --). */
const PASS_THROUGH = {
    exec: 1,
    'docker-entrypoint.sh': 1,
    tini: 1,
    '--': 1,
    gosu: 2,
    'su-exec': 2,
    'chroot-user': 2,
};
/** Drops wrappers in front of the program: `exec`, `gosu redis`, `docker-entrypoint.sh`, `tini --`. */
function stripWrappers(words) {
    let i = 0;
    for (;;) {
        const w = words[i];
        if (w === undefined)
            break;
        const skip = PASS_THROUGH[basename(w)];
        if (skip === undefined)
            break;
        i += skip;
    }
    return { words: words.slice(i), skipped: i };
}
/**
 * Finds the program a list of words (entrypoint + command) starts: directly,
 * after wrappers, or inside a `sh -c` script (the `redis-server ...` /
 * `exec redis-server ...` command of the script). `programs` says what to look for.
 */
function findProgram(words, env, programs) {
    const { words: rest, skipped } = stripWrappers(words);
    const first = rest[0];
    if (first === undefined)
        return undefined;
    if (programs.has(basename(first))) {
        return { program: basename(first), args: rest.slice(1), wordIndex: skipped, inScript: false };
    }
    const scriptAt = shellScriptIndex(rest);
    if (scriptAt !== undefined) {
        const script = splitScript(rest[scriptAt], env);
        const starts = [];
        for (const command of script) {
            const inner = stripWrappers(command.words).words;
            const program = inner[0] !== undefined ? basename(inner[0]) : undefined;
            if (program !== undefined && programs.has(program))
                starts.push(inner);
        }
        if (starts.length === 0)
            return undefined;
        // Branches (if/else) may start the server differently: read the one that sets a
        // password, so that no branch's lack of one is taken for certain (and so that
        // its password findings are not missed).
        const chosen = starts.find((w) => w.some((a) => /^--requirepass\b/i.test(a))) ?? starts[0];
        return {
            program: basename(chosen[0]),
            args: chosen.slice(1),
            wordIndex: skipped + scriptAt,
            inScript: true,
            script,
            branches: starts.length,
        };
    }
    return undefined;
}
/**
 * Reads redis-server's arguments as server.c main() does (Redis 7): an
 * optional config file first, then `--name value...` groups appended to the
 * config. A `--name` word is split like a config line, so one word
 * "--port 6380" is a whole directive. After a `--name` with no value yet the
 * next word is its value even if it starts with `--`; a trailing or
 * value-less `--save` means `save ""`.
 */
function parseServerArgs(args) {
    const result = { directives: [], stray: [] };
    let j = 0;
    if (args[0] !== undefined && !args[0].startsWith('-')) {
        result.configFile = args[0];
        result.configFileIndex = 0;
        j = 1;
    }
    let current;
    let handledLastArg = true;
    for (; j < args.length; j++) {
        const word = args[j];
        if (word === '-' && (j === 0 || j === args.length - 1))
            continue; // config from stdin
        // An unquoted script variable we cannot read ($${extra_flags}) may stand for any number
        // of words, none at all included: it is not a value of the directive before it.
        if (word === UNKNOWN_MARK && handledLastArg) {
            result.unreadWords = (result.unreadWords ?? 0) + 1;
            continue;
        }
        if (handledLastArg && word.startsWith('--')) {
            const split = splitArgs(word.slice(2)) ?? [word.slice(2)];
            current = { name: (split[0] ?? '').toLowerCase(), args: split.slice(1), argIndex: j };
            result.directives.push(current);
            if (split.length <= 1) {
                handledLastArg = false;
                const next = args[j + 1];
                if (current.name === 'save' && (next === undefined || next.startsWith('--'))) {
                    current.args.push('');
                    handledLastArg = true;
                }
                else if (current.name === 'sentinel' && (next === undefined || next.startsWith('--'))) {
                    handledLastArg = true;
                }
            }
            else {
                handledLastArg = true;
            }
        }
        else if (current) {
            current.args.push(word);
            handledLastArg = true;
        }
        else {
            result.stray.push({ word, argIndex: j });
        }
    }
    return result;
}
/** Dragonfly/absl style flags: `--name=value` or `--name value`; `--noflag` sets false. */
function parseFlagArgs(args) {
    const out = [];
    for (let j = 0; j < args.length; j++) {
        const word = args[j];
        if (!word.startsWith('-'))
            continue;
        const body = word.replace(/^--?/, '');
        const eq = body.indexOf('=');
        if (eq >= 0) {
            out.push({ name: body.slice(0, eq).toLowerCase(), args: [body.slice(eq + 1)], argIndex: j });
        }
        else if (args[j + 1] !== undefined && !args[j + 1].startsWith('-')) {
            out.push({ name: body.toLowerCase(), args: [args[j + 1]], argIndex: j });
            j++;
        }
        else {
            out.push({ name: body.toLowerCase(), args: ['true'], argIndex: j });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/redis/healthcheck.ts


/** redis-cli options that take a value (so the value is not taken as the command). */
const CLI_OPTIONS_WITH_VALUE = new Set([
    '-h',
    '-p',
    '-s',
    '-a',
    '-u',
    '-n',
    '-r',
    '-i',
    '-d',
    '-D',
    '-t',
    '--user',
    '--pass',
    '--sni',
    '--cacert',
    '--cacertdir',
    '--cert',
    '--key',
    '--tls-ciphers',
    '--tls-ciphersuites',
    '--pattern',
    '--count',
    '--quoted-pattern',
    '--memkeys-samples',
    '--functions-rdb',
    '--eval',
    '--rdb',
    '--pipe-timeout',
    '--ldb-sync-mode',
    '--csv-delimiter',
]);
/** Commands that change data: a healthcheck running them writes on every interval. */
const WRITE_COMMANDS = new Set([
    'set',
    'setex',
    'psetex',
    'setnx',
    'mset',
    'msetnx',
    'incr',
    'incrby',
    'incrbyfloat',
    'decr',
    'decrby',
    'append',
    'del',
    'unlink',
    'expire',
    'pexpire',
    'expireat',
    'persist',
    'lpush',
    'rpush',
    'lpop',
    'rpop',
    'sadd',
    'srem',
    'zadd',
    'zrem',
    'zincrby',
    'hset',
    'hmset',
    'hsetnx',
    'hincrby',
    'hdel',
    'xadd',
    'flushall',
    'flushdb',
    'getset',
    'getdel',
    'rename',
    'copy',
    'pfadd',
    'setrange',
    'lset',
    'linsert',
    'save',
    'bgsave',
    'bgrewriteaof',
    'config',
    'publish',
]);
function analyseCli(words) {
    const program = basename(words[0]);
    let sendsAuth = false;
    let errorExit = false;
    let i = 1;
    for (; i < words.length; i++) {
        const w = words[i];
        if (!w.startsWith('-'))
            break;
        if (w === '-e')
            errorExit = true;
        if (w === '-a' || w === '--pass' || w === '--user' || w === '--askpass')
            sendsAuth = true;
        if (w === '-u' && /:\/\/[^@/]*:[^@/]*@|:\/\/[^@/:]+@/.test(words[i + 1] ?? ''))
            sendsAuth = true;
        if (CLI_OPTIONS_WITH_VALUE.has(w))
            i++;
    }
    return { program, sendsAuth, errorExit, command: words.slice(i).map((w) => w.toLowerCase()) };
}
const CLI = /^(redis|valkey|keydb)-cli$/;
/** Reads a healthcheck: which redis-cli calls it makes and how it judges their result. */
function analyseHealthcheck(healthcheck, env) {
    const test = healthcheck?.test;
    const envAuth = typeof env.REDISCLI_AUTH === 'string' || env.REDISCLI_AUTH === null;
    const none = {
        state: 'missing',
        shell: false,
        calls: [],
        outputChecked: false,
        envAuth,
    };
    if (healthcheck?.disable === true || test?.[0] === 'NONE')
        return { ...none, state: 'disabled' };
    if (!healthcheck || !test || test.length === 0)
        return none;
    const shell = test[0] === 'CMD-SHELL' || (test[0] !== 'CMD' && test.length === 1);
    const calls = [];
    let outputChecked = false;
    let scriptAuth = false;
    if (shell) {
        const script = test[0] === 'CMD-SHELL' ? test.slice(1).join(' ') : test[0];
        // The output is judged: compared with PONG, or piped into a filter whose exit
        // status decides (grep master_link_status:up, grep -q cluster_state:ok).
        outputChecked =
            /PONG/.test(script) ||
                /(redis|valkey|keydb)-cli\b[^|;&]*\|\s*(e|f)?grep\b/.test(script) ||
                /\$\(\s*(redis|valkey|keydb)-cli\b[^)]*\)"?\s*(=|==|!=)/.test(script);
        scriptAuth = /\bREDISCLI_AUTH=/.test(script);
        for (const command of splitScript(script, env)) {
            const words = stripWrappers(command.words).words.filter((w) => w !== '$');
            const cliAt = words.findIndex((w) => CLI.test(basename(w)));
            if (cliAt >= 0)
                calls.push(analyseCli(words.slice(cliAt).map((w) => w.split(UNKNOWN_MARK).join(''))));
        }
    }
    else {
        const words = stripWrappers(test.slice(1)).words;
        if (words[0] !== undefined && CLI.test(basename(words[0])))
            calls.push(analyseCli(words));
    }
    return { state: 'present', shell, calls, outputChecked, envAuth: envAuth || scriptAuth };
}

// EXTERNAL MODULE: ./src/redis/url.ts
var url = __nccwpck_require__(8282);
;// CONCATENATED MODULE: ./src/redis/consumers.ts

const HOST_SUFFIX = /^(.*?)_+(HOST|HOSTNAME|SERVER|ADDR|ADDRESS|URL|URI|DSN|LOCATION)$/i;
/** How real projects name a password beside a host: REDIS_PASSWORD, REDIS_AUTH, CACHE_REDIS_PASS, Redis__Password… */
const PASSWORD_SUFFIXES = [
    'PASSWORD',
    'PASS',
    'PWD',
    'PASSWD',
    'AUTH',
    'AUTH_TOKEN',
    'SECRET',
    'PASSWORD_FILE',
];
/** A Redis password variable without a host beside it (the one spare such variable of a service). */
const SPARE_PASSWORD = /(^|_)(REDIS|VALKEY|KEYDB|DRAGONFLY|CACHE|BROKER|QUEUE)(_|[A-Z]*_).*(PASSWORD|PASS|PWD|PASSWD|AUTH|AUTH_TOKEN|SECRET)(_FILE)?$/i;
/** A prefix that names Redis or a role it plays. */
const REDIS_PREFIX = /(^|_)(REDIS|VALKEY|KEYDB|DRAGONFLY|CACHE|BROKER|QUEUE)(_|$)/i;
/** Among spare password variables, one that names Redis itself wins over a CACHE_/BROKER_ one. */
const REDIS_NAMED = /(^|_)(REDIS|VALKEY|KEYDB|DRAGONFLY)/i;
/** Names that may hold a password for anything (checked against other systems' names below). */
const MAYBE_PASSWORD = /(PASS|PWD|AUTH|SECRET|TOKEN|CREDENTIAL)/i;
/** Passwords of other systems a service commonly holds: not candidates for Redis's. */
const OTHER_SYSTEM = /(POSTGRES|^PG|MYSQL|MARIADB|MONGO|(^|_)DB_|DATABASE|SQL|RABBIT|AMQP|SMTP|MAIL|S3|AWS|MINIO|ADMIN|JWT|SECRET_KEY|OAUTH|OIDC|LDAP|ELASTIC|KIBANA|GRAFANA|SENTRY|STRIPE|GITHUB|GOOGLE|SLACK|TWILIO|API_?KEY|ENCRYPT|SIGNING|COOKIE|CSRF|DJANGO|RAILS|APP_KEY|NEXTAUTH|CLIENT_SECRET|PRIVATE|WEBHOOK|HASH|SALT|KAFKA|NATS|ZOOKEEPER|CLICKHOUSE|INFLUX|NEO4J|CASSANDRA|MEMCACHE)/i;
const PORT_SUFFIXES = ['PORT'];
const USER_SUFFIXES = ['USER', 'USERNAME'];
const DB_SUFFIXES = ['DB', 'DATABASE', 'DB_INDEX'];
/** The role a variable's name gives the Redis it points at. */
function roleFromVariable(variable) {
    const v = variable.toUpperCase();
    if (/RESULT_BACKEND|RESULTS?_(URL|HOST)/.test(v))
        return 'result-backend';
    if (/BROKER|QUEUE|BULL|(^|_)RQ(_|$)|SIDEKIQ|JOBS?(_|$)|WORKER|CELERY/.test(v))
        return 'broker';
    if (/CACHE/.test(v))
        return 'cache';
    return 'unknown';
}
/** Values are known statically unless they came from a variable that is unset without a default. */
function dependsOnUnset(refs) {
    return unsetRefs(refs).length > 0;
}
function unsetRefs(refs) {
    return (refs ?? []).filter((r) => !r.isSet && !((r.operator === ':-' || r.operator === '-') && r.argument));
}
/**
 * Which parts of a URL, as written, hold references to unset variables: the
 * host and the credentials are told apart so that a password left to the
 * deploy does not hide a mistyped host (`redis://:${PW}@rediss:6379`).
 */
function unknownParts(raw, refs) {
    const unset = unsetRefs(refs);
    if (unset.length === 0)
        return { host: false, password: false, any: false };
    if (raw === undefined)
        return { host: true, password: true, any: true };
    const afterScheme = raw.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    // Credentials end at the last '@' outside ${...}; the host ends at the path.
    let depth = 0;
    let at = -1;
    let end = afterScheme.length;
    for (let i = 0; i < afterScheme.length; i++) {
        const c = afterScheme[i];
        if (c === '{')
            depth++;
        else if (c === '}')
            depth--;
        else if (depth === 0 && c === '@')
            at = i;
        else if (depth === 0 && (c === '/' || c === '?' || c === '#') && i > at) {
            end = i;
            break;
        }
    }
    const credentials = at >= 0 ? afterScheme.slice(0, at) : '';
    const host = afterScheme.slice(at + 1, end);
    const names = (text) => unset.some((r) => text.includes(`\${${r.name}`) || new RegExp(`\\$${r.name}\\b`).test(text));
    return { host: names(host), password: names(credentials), any: true };
}
function lookup(env, prefix, suffixes) {
    for (const sep of ['_', '__']) {
        for (const s of suffixes) {
            for (const key of Object.keys(env)) {
                if (key.toUpperCase() === `${prefix}${sep}${s}`.toUpperCase())
                    return key;
            }
        }
    }
    return undefined;
}
/**
 * Finds, for each non-Redis service, the environment variables that name a
 * Redis server: any value with a Redis URL scheme, `*REDIS*_HOST`-style
 * variables (with their `_PORT` / `_PASSWORD` / `_DB` siblings), and bare
 * `host:port` values of `*REDIS*` variables.
 */
function findConsumers(project, servers, serverNames) {
    const consumers = [];
    const directory = new ServerDirectory(servers);
    const all = [
        ...Object.entries(project.model.services ?? {}),
        ...Object.entries(project.inactiveServices ?? {}),
    ];
    // Indexed loops: run once per service and variable of a big file, before V8 optimises them.
    for (let s = 0; s < all.length; s++) {
        const [name, service] = all[s];
        if (serverNames.has(name))
            continue;
        const env = service.environment ?? {};
        const nonClient = isNonClientImage(service.image);
        let usedPasswordVars;
        const pending = [];
        const variables = Object.keys(env);
        for (let v = 0; v < variables.length; v++) {
            const variable = variables[v];
            const value = env[variable];
            if (typeof value !== 'string' || value.trim() === '')
                continue;
            const isUrl = (0,url/* hasRedisScheme */.to)(value);
            // BROKER_HOST: redis, CACHE_HOST: valkey — a host variable naming a Redis service is one too.
            const isRedisName = /REDIS|VALKEY|KEYDB|DRAGONFLY/i.test(variable) ||
                (HOST_SUFFIX.test(variable) && namesServer(value, directory));
            // Most variables of a project are neither: skip before looking up where they were written.
            if (!isUrl && !isRedisName)
                continue;
            const path = ['services', name, 'environment', variable];
            const source = project.sources.get(path);
            const pos = source?.pos ??
                project.sources.locate(path) ?? {
                file: project.composeFiles[0] ?? '',
                line: 1,
                column: 1,
            };
            // Env shared through env_file or an anchor also reaches Postgres, MinIO & co.,
            // which never talk to Redis: there it names no connection.
            if (nonClient && !writtenInService(project, name, pos))
                continue;
            const unknown = dependsOnUnset(source?.variables);
            const hostMatch = isUrl ? null : HOST_SUFFIX.exec(variable);
            let consumer;
            if (isUrl) {
                consumer = {
                    service: name,
                    variable,
                    role: roleFromVariable(variable),
                    url: value,
                    pos,
                    kind: 'url',
                };
                const parsed = (0,url/* parseRedisUrl */.CI)(value);
                if (parsed.ok) {
                    const u = parsed.url;
                    consumer.host = u.host;
                    consumer.port = u.port;
                    consumer.password = u.password;
                    consumer.username = u.username;
                    consumer.db = u.db;
                    if (u.scheme === 'unix' || u.scheme === 'redis+socket')
                        consumer.host = undefined;
                }
                else {
                    consumer.urlError = parsed.error;
                }
                const parts = unknownParts(source?.raw, source?.variables);
                consumer.hostUnknown = parts.host;
                consumer.passwordUnknown = parts.password;
                consumer.valueUnknown = parts.any || undefined;
            }
            else if (isRedisName &&
                (0,url/* isBareHostPort */.od)(value) &&
                /[a-z]/i.test(value) &&
                (hostMatch !== null || /:\d+$/.test(value.trim()))) {
                const parsed = (0,url/* parseRedisUrl */.CI)(value);
                if (!parsed.ok)
                    continue;
                const prefix = hostMatch ? hostMatch[1] : variable;
                consumer = {
                    service: name,
                    variable,
                    role: roleFromVariable(variable),
                    host: parsed.url.host,
                    port: parsed.url.port,
                    pos,
                    kind: 'host',
                    hostUnknown: unknown,
                };
                const portVar = lookup(env, prefix, PORT_SUFFIXES);
                if (consumer.port === undefined && portVar && /^\d+$/.test(env[portVar] ?? ''))
                    consumer.port = Number(env[portVar]);
                const userVar = lookup(env, prefix, USER_SUFFIXES);
                if (userVar && env[userVar])
                    consumer.username = env[userVar] ?? undefined;
                const dbVar = lookup(env, prefix, DB_SUFFIXES);
                if (dbVar && /^\d+$/.test(env[dbVar] ?? ''))
                    consumer.db = Number(env[dbVar]);
                const passVar = passwordBeside(env, prefix);
                if (passVar) {
                    (usedPasswordVars ??= new Set()).add(passVar);
                    consumer.passwordVariable = passVar;
                    consumer.password = env[passVar] ?? undefined;
                    consumer.passwordUnknown =
                        env[passVar] == null ||
                            /_FILE$/i.test(passVar) ||
                            dependsOnUnset(project.sources.get(['services', name, 'environment', passVar])?.variables);
                }
            }
            // A URL without credentials beside its own password variable (REDIS_URL + REDIS_PASSWORD):
            // the application may add it; the consumer rules then say so instead of erring.
            if (consumer?.kind === 'url' && !consumer.password && !consumer.urlError) {
                const prefix = /^(.*?)_+(URL|URI|DSN)$/i.exec(variable)?.[1];
                const passVar = prefix ? passwordBeside(env, prefix) : undefined;
                if (passVar) {
                    (usedPasswordVars ??= new Set()).add(passVar);
                    consumer.passwordVariable = passVar;
                    consumer.passwordMaybe = [passVar];
                }
            }
            if (consumer)
                pending.push(consumer);
        }
        // A host variable without a sibling password may use the service's one
        // other Redis password variable (zulip: SETTING_REDIS_HOST + SECRETS_redis_password).
        let spare;
        for (const c of pending) {
            if (c.kind === 'host' && c.passwordVariable === undefined) {
                if (!spare) {
                    spare = Object.keys(env).filter((k) => SPARE_PASSWORD.test(k) && !usedPasswordVars?.has(k));
                    const named = spare.filter((k) => REDIS_NAMED.test(k));
                    if (named.length === 1)
                        spare = named;
                }
                if (spare.length === 1) {
                    const k = spare[0];
                    c.passwordVariable = k;
                    c.password = env[k] ?? undefined;
                    c.passwordUnknown =
                        env[k] == null ||
                            /_FILE$/i.test(k) ||
                            dependsOnUnset(project.sources.get(['services', name, 'environment', k])?.variables);
                }
                else if (spare.length > 1) {
                    c.passwordMaybe = spare;
                }
            }
            // Still none: a variable that may hold it under a name we cannot map with certainty.
            if (c.passwordVariable === undefined && c.passwordMaybe === undefined) {
                const maybe = Object.keys(env).filter((k) => MAYBE_PASSWORD.test(k) && !OTHER_SYSTEM.test(k) && !usedPasswordVars?.has(k));
                if (maybe.length > 0)
                    c.passwordMaybe = maybe;
            }
            resolveTarget(c, service, directory);
            consumers.push(c);
        }
    }
    return consumers;
}
/** Images of servers and tools that never connect to Redis themselves (matched on the last path part). */
const NON_CLIENT_IMAGE = /^(postgres(ql)?|postgis|timescaledb(-ha)?|mysql|mariadb|mongo(db)?|elasticsearch|opensearch(-dashboards)?|kibana|logstash|minio|mc|rabbitmq|nginx|traefik|caddy|httpd|haproxy|envoy|memcached|zookeeper|(cp-)?kafka|clickhouse(-server)?|etcd|grafana|prometheus|alertmanager|loki|promtail|jaeger|(all-in-one)|mailhog|mailpit|adminer|pgadmin4|pgbouncer|localstack|azurite|vault|consul|cassandra|neo4j|influxdb|meilisearch|typesense|qdrant|weaviate|milvus|nats|mosquitto|keycloak|node-exporter|cadvisor)$/i;
function isNonClientImage(image) {
    if (typeof image !== 'string' || image === '')
        return false;
    const name = image
        .replace(/[@].*$/, '')
        .replace(/:[^/]*$/, '')
        .split('/')
        .pop() ?? '';
    return NON_CLIENT_IMAGE.test(name);
}
/** The value was written inside the service's own block (not an env_file, anchor or extends base). */
function writtenInService(project, service, pos) {
    const block = project.sources.get(['services', service])?.pos;
    if (!block || block.file !== pos.file)
        return false;
    if (pos.line < block.line)
        return false;
    return block.endLine === undefined || pos.line <= block.endLine;
}
/** The password variable beside a host or URL variable of this prefix (REDIS → REDIS_PASSWORD, REDIS__PASSWORD, REDIS_AUTH…). */
function passwordBeside(env, prefix) {
    const direct = lookup(env, prefix, PASSWORD_SUFFIXES);
    if (direct)
        return direct;
    // CACHE_REDIS_HOST beside REDIS_PASSWORD or CACHE_PASSWORD: each shorter prefix, inner
    // first, as long as it still names Redis or a role Redis plays (SESSION_PASSWORD beside
    // SESSION_REDIS_HOST may belong to something else: it is left to the "may hold it" notice).
    const parts = prefix.split(/_+/).filter(Boolean);
    for (let drop = 1; drop < parts.length; drop++) {
        for (const shorter of [parts.slice(drop), parts.slice(0, parts.length - drop)]) {
            const name = shorter.join('_');
            if (!REDIS_PREFIX.test(name))
                continue;
            const found = lookup(env, name, PASSWORD_SUFFIXES);
            if (found)
                return found;
        }
    }
    return undefined;
}
/** The value names a Redis server's host (service name, container name or alias), with an optional port. */
function namesServer(value, servers) {
    return servers.answersTo(value.trim().replace(/:\d+$/, '').toLowerCase());
}
/** The networks a service is attached to ('default' when none are listed), or 'any'. */
function networkNames(service) {
    if (service.network_mode)
        return 'any';
    const names = Object.keys(service.networks ?? {});
    return names.length > 0 ? names : ['default'];
}
/** The service a `links:` entry of the consumer makes `host` stand for (the last such entry), if any. */
function linkedService(consumerService, host) {
    let linked;
    for (const link of consumerService.links ?? []) {
        const [service, alias] = link.split(':');
        if (service && (alias ?? service).toLowerCase() === host)
            linked = service;
    }
    return linked;
}
/**
 * The servers consumers can address, indexed by the names each answers to
 * (service name, container name, aliases; lower-cased): a project with
 * thousands of servers and consumers looks each host up once instead of
 * trying every server for every consumer.
 */
class ServerDirectory {
    servers;
    /** For each name, the indices of the servers answering to it, ascending. */
    byName = new Map();
    /** The index of the first server of each service name (what a `links:` entry names). */
    byService = new Map();
    /** Each server's networks, worked out when first asked. */
    networks = [];
    constructor(servers) {
        this.servers = servers;
        servers.forEach((server, index) => {
            if (!this.byService.has(server.name))
                this.byService.set(server.name, index);
            const names = new Set([server.name.toLowerCase()]);
            if (server.service.container_name)
                names.add(server.service.container_name.toLowerCase());
            for (const net of Object.values(server.service.networks ?? {})) {
                for (const alias of net?.aliases ?? [])
                    names.add(alias.toLowerCase());
            }
            for (const name of names) {
                const list = this.byName.get(name);
                if (list)
                    list.push(index);
                else
                    this.byName.set(name, [index]);
            }
        });
    }
    /** Whether some server answers to `host` (lower-cased). */
    answersTo(host) {
        return this.byName.has(host);
    }
    /**
     * The first server (in the order given) that the consumer reaches as
     * `host`: one answering to that name on a network both share, or the one
     * a `links:` entry of the consumer names.
     */
    resolve(host, consumerService) {
        const linked = linkedService(consumerService, host);
        const viaLink = linked !== undefined ? this.byService.get(linked) : undefined;
        let consumerNetworks;
        for (const index of this.byName.get(host) ?? []) {
            if (viaLink !== undefined && viaLink < index)
                break;
            consumerNetworks ??= networkNames(consumerService);
            if (this.shares(index, consumerNetworks))
                return this.servers[index].name;
        }
        return viaLink !== undefined ? this.servers[viaLink].name : undefined;
    }
    /** Whether server `index` and a consumer on `consumerNetworks` share a network. */
    shares(index, consumerNetworks) {
        let ofServer = this.networks[index];
        if (ofServer === undefined) {
            const names = networkNames(this.servers[index].service);
            ofServer = names === 'any' ? names : new Set(names);
            this.networks[index] = ofServer;
        }
        if (ofServer === 'any' || consumerNetworks === 'any')
            return true;
        const set = ofServer;
        return consumerNetworks.some((n) => set.has(n));
    }
}
/** Sets `target` to the Redis server the consumer's host names on a network both share. */
function resolveTarget(consumer, consumerService, servers) {
    const host = consumer.host?.toLowerCase();
    if (!host)
        return;
    const target = servers.resolve(host, consumerService);
    if (target !== undefined)
        consumer.target = target;
}

;// CONCATENATED MODULE: ./src/redis/image.ts
/** Registries that mean Docker Hub, where one-word repositories live under `library/`. */
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/**
 * Parses an image reference the way Docker's reference grammar splits it:
 * the first path component is a registry only when it looks like a host
 * (has a dot or a port, or is `localhost`); a digest follows `@`; a tag is
 * the last `:` after the last `/`.
 */
function parseImageRef(raw) {
    // An unset variable in front (`${REGISTRY:-}/valkey/valkey`) leaves a leading slash.
    let rest = raw.trim().replace(/^\/+/, '');
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1) || undefined;
        rest = rest.slice(0, at);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1) || undefined;
        rest = rest.slice(0, colon);
    }
    const parts = rest.split('/');
    let registry;
    if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0])) {
        registry = parts.shift();
    }
    let repository = parts.join('/').toLowerCase();
    if ((registry === undefined || DOCKER_HUB.has(registry)) && parts.length === 1) {
        repository = `library/${repository}`;
    }
    const family = imageFamily(repository);
    const version = tag ? versionFromTag(tag) : undefined;
    return { raw, registry, repository, tag, digest, family, version };
}
/** Bitnami's server images: standalone/replica and cluster, Redis and Valkey (and their legacy copies). */
const BITNAMI_SERVER = /^bitnami(legacy)?\/(redis|redis-cluster|valkey|valkey-cluster|keydb)$/;
/** Sentinel images: no data server, they watch one. */
const SENTINEL_IMAGE = /(^|\/)(redis|valkey)-sentinel$/;
/** The image runs Sentinel (bitnami/redis-sentinel, bitnami/valkey-sentinel, …). */
function isSentinelImage(ref) {
    return SENTINEL_IMAGE.test(ref.repository);
}
/** Bitnami's flavour of an image: the product (its env prefix and data dir), and whether it runs a cluster. */
function bitnamiFlavour(ref) {
    const m = ref ? BITNAMI_SERVER.exec(ref.repository.split('/').slice(-2).join('/')) : null;
    const name = m?.[2] ?? 'redis';
    const product = name.startsWith('valkey') ? 'valkey' : name === 'keydb' ? 'keydb' : 'redis';
    return { product, cluster: name.endsWith('-cluster') };
}
/** The Redis family an image belongs to; 'custom' for anything else. */
function imageFamily(repository) {
    // Mirrors (mirror.gcr.io/library/redis, public.ecr.aws/docker/library/redis)
    // keep the Hub path at the end, so match on the tail.
    const tail2 = repository.split('/').slice(-2).join('/');
    if (tail2 === 'library/redis')
        return 'redis';
    if (tail2 === 'valkey/valkey')
        return 'valkey';
    if (BITNAMI_SERVER.test(tail2))
        return 'bitnami';
    if (/^redis\/redis-stack(-server)?$/.test(tail2))
        return 'redis-stack';
    // Redis with modules preloaded by its CMD (the server itself is the official one).
    if (/^redislabs\/(redismod|redisearch|rejson|redistimeseries|redisbloom|redisgraph)$/.test(tail2))
        return 'redis';
    if (tail2 === 'eqalpha/keydb')
        return 'keydb';
    if (tail2 === 'dragonflydb/dragonfly')
        return 'dragonfly';
    if (tail2 === 'apache/kvrocks' || tail2 === 'library/kvrocks')
        return 'kvrocks';
    return 'custom';
}
/** The version a tag names: '7.2.4-alpine' -> 7.2.4, '7-alpine' -> 7, 'v1.14.0' -> 1.14.0. */
function versionFromTag(tag) {
    // KeyDB names the platform first: x86_64_v6.3.4, alpine_x86_64_v6.3.4, arm64_v6.3.4.
    const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?=$|[-_.+a-z])/i.exec(tag) ??
        /(?:^|[_-])v(\d+)\.(\d+)(?:\.(\d+))?(?=$|[-_+a-z])/i.exec(tag);
    if (!m)
        return undefined;
    const version = { major: Number(m[1]) };
    if (m[2] !== undefined)
        version.minor = Number(m[2]);
    if (m[3] !== undefined)
        version.patch = Number(m[3]);
    return version;
}
/** Pinned = a digest, or a tag naming at least major.minor. */
function isPinned(ref) {
    if (ref.digest)
        return true;
    return ref.version?.minor !== undefined;
}
/** The repository without `library/`, for messages. */
function shortName(ref) {
    return ref.repository.replace(/^library\//, '');
}
/** Compares versions: negative when a < b. Missing parts count as 0. */
function compareVersions(a, b) {
    return a.major - b.major || (a.minor ?? 0) - (b.minor ?? 0) || (a.patch ?? 0) - (b.patch ?? 0);
}

;// CONCATENATED MODULE: ./src/redis/defaults.ts

function familyDefaults(family, version, image) {
    const oldSave = version !== undefined &&
        (version.major < 6 || (version.major === 6 && (version.minor ?? 0) < 2));
    const base = {
        dataDir: '/data',
        program: 'redis-server',
        defaultArgs: [],
        prependsProgram: true,
        save: oldSave
            ? ['900', '1', '300', '10', '60', '10000']
            : ['3600', '1', '300', '100', '60', '10000'],
        appendonly: false,
        protectedModeOff: true,
        port: 6379,
        flagStyle: false,
    };
    switch (family) {
        case 'valkey':
            return { ...base, program: 'valkey-server' };
        case 'bitnami': {
            // bitnami/valkey* keeps its data under /bitnami/valkey and runs valkey-server (keydb alike).
            const { product } = bitnamiFlavour(image);
            return {
                ...base,
                dataDir: `/bitnami/${product}/data`,
                program: `${product}-server`,
                appendonly: true,
                prependsProgram: false,
            };
        }
        case 'redis-stack':
            return { ...base, program: 'redis-stack-server', prependsProgram: false };
        case 'keydb':
            return { ...base, program: 'keydb-server', defaultArgs: ['/etc/keydb/keydb.conf'] };
        case 'dragonfly':
            // Dragonfly writes a snapshot on shutdown into its working dir /data.
            return { ...base, program: 'dragonfly', defaultArgs: ['--logtostderr'], flagStyle: true };
        case 'kvrocks':
            return {
                ...base,
                dataDir: '/var/lib/kvrocks',
                program: 'kvrocks',
                prependsProgram: false,
                port: 6666,
                appendonly: true,
            };
        case 'redis':
        case 'custom':
            return base;
    }
}
/** The family a server program implies, for services found by their command. */
function familyOfProgram(program) {
    switch (program) {
        case 'valkey-server':
            return 'valkey';
        case 'keydb-server':
            return 'keydb';
        case 'redis-stack-server':
            return 'redis-stack';
        case 'dragonfly':
            return 'dragonfly';
        case 'kvrocks':
            return 'kvrocks';
        default:
            return 'redis';
    }
}
/**
 * Config files an image ships and its default command loads, as far as
 * they matter here. eqalpha/keydb starts `keydb-server /etc/keydb/keydb.conf`;
 * its Dockerfile only comments out `bind`/`daemonize`, turns protected mode
 * off and sets `dir /data`: no password, upstream persistence defaults.
 */
function builtInConfig(family, path) {
    if (family === 'keydb' && path === '/etc/keydb/keydb.conf')
        return 'protected-mode no\ndir /data\n';
    return undefined;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/redis/dockerfile.ts


/**
 * Reads the Dockerfile a `build:` section points at. Returns undefined when
 * it cannot be read (remote context, missing file): the image is then unknown.
 */
function readDockerfile(workingDir, build) {
    let text;
    let path;
    if (typeof build.dockerfile_inline === 'string') {
        text = build.dockerfile_inline;
        path = '<dockerfile_inline>';
    }
    else {
        const context = build.context ?? '.';
        if (/^[a-z]+:\/\//i.test(context) || context.startsWith('git@'))
            return undefined;
        const contextDir = (0,external_node_path_.isAbsolute)(context) ? context : (0,external_node_path_.resolve)(workingDir, context);
        const file = build.dockerfile ?? 'Dockerfile';
        path = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(contextDir, file);
        try {
            text = (0,external_node_fs_.readFileSync)(path, 'utf8');
        }
        catch {
            return undefined;
        }
    }
    return { path, ...parseDockerfile(text) };
}
/** The final stage's base image, CMD and ENTRYPOINT; ARG defaults are substituted in FROM. */
function parseDockerfile(text) {
    const args = {};
    const stages = new Map();
    let base;
    let cmd;
    let entrypoint;
    let healthcheck;
    const logical = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
    for (const line of logical) {
        const m = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
        if (!m || line.trimStart().startsWith('#'))
            continue;
        const instruction = m[1].toUpperCase();
        const rest = m[2].trim();
        if (instruction === 'ARG' && base === undefined) {
            const a = /^([A-Za-z_]\w*)(?:=(.*))?$/.exec(rest);
            if (a && a[2] !== undefined)
                args[a[1]] = a[2].replace(/^["']|["']$/g, '');
        }
        else if (instruction === 'FROM') {
            const words = rest.split(/\s+/).filter((w) => !w.startsWith('--'));
            let image = (words[0] ?? '').replace(/\$\{?(\w+)\}?/g, (_, n) => args[n] ?? '');
            image = stages.get(image.toLowerCase()) ?? image;
            if (words[1]?.toLowerCase() === 'as' && words[2])
                stages.set(words[2].toLowerCase(), image);
            base = image;
            cmd = undefined;
            entrypoint = undefined;
            healthcheck = undefined;
        }
        else if (instruction === 'HEALTHCHECK') {
            healthcheck = !/^NONE\b/i.test(rest);
        }
        else if (instruction === 'CMD') {
            cmd = instructionWords(rest);
        }
        else if (instruction === 'ENTRYPOINT') {
            entrypoint = instructionWords(rest);
            cmd = undefined; // ENTRYPOINT resets an inherited CMD
        }
    }
    return { baseImage: base, cmd, entrypoint, healthcheck };
}
function instructionWords(rest) {
    if (rest.startsWith('[')) {
        try {
            const parsed = JSON.parse(rest);
            if (Array.isArray(parsed) && parsed.every((w) => typeof w === 'string'))
                return parsed;
        }
        catch {
            // not valid JSON: Docker then runs it in shell form
        }
    }
    return ['/bin/sh', '-c', rest];
}

;// CONCATENATED MODULE: ./src/redis/detect.ts





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
function classifyStart(words, env, hasEntrypoint) {
    const { words: rest } = stripWrappers(words);
    const first = rest[0];
    if (first === undefined)
        return 'server';
    const program = basename(first);
    if (!hasEntrypoint && (first.startsWith('-') || first.endsWith('.conf')))
        return 'server';
    if (/^(run|entrypoint)\.sh$/.test(program) && /bitnami/.test(first))
        return 'server';
    if (CLIENT_TOOLS.test(program) || NOT_A_SERVER.has(program))
        return 'other';
    const scriptAt = shellScriptIndex(rest);
    // `sh script.sh`, `/start.sh`, an unknown program: it may exec the server.
    if (scriptAt === undefined)
        return 'unknown';
    let kind = 'other';
    for (const command of splitScript(rest[scriptAt], env)) {
        const inner = stripWrappers(command.words).words;
        const head = inner[0];
        if (head === undefined)
            continue;
        const name = basename(head);
        if (/^(run|entrypoint)\.sh$/.test(name) && /bitnami/.test(head))
            return 'server';
        if (CLIENT_TOOLS.test(name) || NOT_A_SERVER.has(name))
            continue;
        // Anything else may start the server: a script file, "$@", a function we do not follow.
        kind = 'unknown';
    }
    return kind;
}
/** Every service (active and outside the active profiles) that runs a Redis-family server or Sentinel. */
function detectRedisServices(project) {
    const found = [];
    const all = [
        ...Object.entries(project.model.services ?? {}).map(([n, s]) => [n, s, true]),
        ...Object.entries(project.inactiveServices ?? {}).map(([n, s]) => [n, s, false]),
    ];
    for (const [name, service, active] of all) {
        const detected = detectOne(project, name, service, active);
        if (detected)
            found.push(detected);
    }
    return found;
}
function detectOne(project, name, service, active) {
    const image = typeof service.image === 'string' && service.image !== ''
        ? parseImageRef(service.image)
        : undefined;
    const words = [...(service.entrypoint ?? []), ...(service.command ?? [])];
    const env = service.environment ?? {};
    const server = findProgram(words, env, SERVER_PROGRAMS);
    const sentinelProgram = findProgram(words, env, SENTINEL_PROGRAMS);
    const runsSentinelFlag = server !== undefined && server.args.some((a) => a === '--sentinel');
    const first = stripWrappers(words).words[0];
    const runsClientTool = first !== undefined && CLIENT_TOOLS.test(basename(first));
    let dockerfile;
    let baseImage;
    if (service.build && typeof service.build === 'object') {
        dockerfile = readDockerfile(project.workingDir, service.build);
        if (dockerfile?.baseImage) {
            const ref = parseImageRef(dockerfile.baseImage);
            if (ref.family !== 'custom')
                baseImage = ref;
        }
    }
    const imageSentinel = image !== undefined && isSentinelImage(image);
    const sentinel = imageSentinel || sentinelProgram !== undefined || runsSentinelFlag;
    let family;
    let via;
    if (baseImage) {
        family = baseImage.family;
        via = 'build';
    }
    else if (image && image.family !== 'custom' && !(service.build && dockerfile)) {
        family = image.family;
        via = 'image';
    }
    if (server && (family === undefined || family === 'custom')) {
        family = familyOfProgram(server.program);
        via = via ?? 'command';
    }
    if (family === undefined && !sentinel)
        return undefined;
    if (runsClientTool && !server)
        return undefined;
    // A Redis-family image whose command names no server: only a start that still
    // reaches the image's server (or cannot be read) counts as one.
    let uncertain;
    if (!server && !sentinel && words.length > 0 && via !== 'command') {
        const start = classifyStart(words, env, (service.entrypoint ?? []).length > 0);
        if (start === 'other')
            return undefined;
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
function imageUncertainty(source) {
    // `${MIRROR:-}` is meant to be empty when unset; a bare `${REGISTRY}` may be anything.
    const unset = (source?.variables ?? []).filter((r) => !r.isSet && r.operator === '');
    if (unset.length === 0)
        return undefined;
    // Only the name matters here: an unset tag (`redis:${TAG}`) leaves the family certain.
    const raw = (source?.raw ?? '$').replace(/@.*$/, '');
    let depth = 0;
    let tagColon = -1;
    for (let k = 0; k < raw.length; k++) {
        if (raw[k] === '{')
            depth++;
        else if (raw[k] === '}')
            depth--;
        else if (depth === 0 && raw[k] === '/')
            tagColon = -1;
        else if (depth === 0 && raw[k] === ':')
            tagColon = k;
    }
    const name = tagColon >= 0 ? raw.slice(0, tagColon) : raw;
    if (!unset.some((r) => name.includes(`$${r.name}`) || name.includes(`\${${r.name}`)))
        return undefined;
    return `its image name depends on \${${unset[0].name}}, which is not set here`;
}

// EXTERNAL MODULE: ./src/compose/volumes.ts
var volumes = __nccwpck_require__(6903);
;// CONCATENATED MODULE: ./src/redis/mounts.ts



/** The mount whose target is `path` or the nearest directory above it. */
function mountFor(service, path, workingDir) {
    const normal = (0,volumes/* cleanTarget */.dp)(path);
    let best;
    let bestLength = -1;
    (service.volumes ?? []).forEach((mount, index) => {
        // A long-syntax volume without a target: Compose refuses the file; nothing is mounted.
        if (typeof mount.target !== 'string')
            return;
        // `redis-vol:/data/` mounts /data, as Docker reads it.
        const target = (0,volumes/* cleanTarget */.dp)(mount.target);
        if (!(0,volumes/* isAtOrBelow */.a5)(normal, target) || target.length <= bestLength)
            return;
        bestLength = target.length;
        let hostPath;
        if (mount.type === 'bind' && mount.source) {
            const source = (0,external_node_path_.isAbsolute)(mount.source) ? mount.source : (0,external_node_path_.resolve)(workingDir, mount.source);
            hostPath = normal === target ? source : (0,external_node_path_.resolve)(source, external_node_path_.posix.relative(target, normal));
        }
        best = { mount, index, hostPath };
    });
    return best;
}
/** Reads a host file; undefined when missing, a directory, binary, or unreadable. Bounded to 1 MiB. */
function readHostFile(path) {
    try {
        const stat = (0,external_node_fs_.statSync)(path);
        if (!stat.isFile() || stat.size > 1024 * 1024)
            return undefined;
        const buf = (0,external_node_fs_.readFileSync)(path);
        return buf.includes(0) ? undefined : buf.toString('utf8');
    }
    catch {
        return undefined;
    }
}
/**
 * Why a mounted host file cannot serve as a config file, when it is there but
 * unusable: redis-server reads a directory as an empty file and starts with
 * its defaults (no password), and stops reading a line at a NUL byte.
 */
function unusableHostFile(path) {
    try {
        const stat = (0,external_node_fs_.statSync)(path);
        if (stat.isDirectory())
            return {
                reason: `is a directory on the host (${path}), so redis-server reads nothing from it and starts with its defaults: mount the file itself`,
                line: 0,
            };
        if (!stat.isFile() || stat.size > 1024 * 1024)
            return undefined;
        const buf = (0,external_node_fs_.readFileSync)(path);
        const nul = buf.indexOf(0);
        if (nul < 0)
            return undefined;
        let line = 1;
        for (let i = 0; i < nul; i++)
            if (buf[i] === 0x0a)
                line++;
        return {
            reason: 'holds binary data (a NUL byte), not a text config: check that the right file is mounted',
            line,
        };
    }
    catch {
        return undefined;
    }
}
const REDISH = /(redis|valkey|keydb|dragonfly)/i;
/**
 * Redis config files the service's bind mounts, configs and secrets provide:
 * a mounted `*.conf` whose path names Redis, or a Redis-named `*.conf` inside
 * a mounted host directory (read from the host, one level deep).
 */
function mountedConfFiles(service, workingDir, model) {
    const out = [];
    // A config or secret whose target (or host file) names a Redis conf is one too.
    for (const ref of model ? fileReferences(service, model) : []) {
        if (!/\.conf$/.test(ref.target) || /sentinel/i.test(ref.target))
            continue;
        if (!REDISH.test(`${ref.target} ${ref.file ?? ''} ${ref.name}`))
            continue;
        out.push({
            containerPath: ref.target,
            hostPath: ref.file,
            index: ref.index,
            declaredAt: [ref.kind === 'config' ? 'configs' : 'secrets', ref.index],
        });
    }
    (service.volumes ?? []).forEach((mount, index) => {
        if (mount.type !== 'bind' || !mount.source || typeof mount.target !== 'string')
            return;
        // `redis-vol:/data/` mounts /data, as Docker reads it.
        const target = (0,volumes/* cleanTarget */.dp)(mount.target);
        const source = (0,external_node_path_.isAbsolute)(mount.source) ? mount.source : (0,external_node_path_.resolve)(workingDir, mount.source);
        if (/\.conf$/.test(target)) {
            if (REDISH.test(`${target} ${mount.source}`) && !/sentinel/i.test(target)) {
                out.push({ containerPath: target, hostPath: source, index });
            }
            return;
        }
        let names = [];
        try {
            if ((0,external_node_fs_.statSync)(source).isDirectory())
                names = (0,external_node_fs_.readdirSync)(source);
        }
        catch {
            return;
        }
        for (const file of names.sort()) {
            if (!/\.conf$/.test(file) || !REDISH.test(file) || /sentinel/i.test(file))
                continue;
            out.push({ containerPath: external_node_path_.posix.join(target, file), hostPath: (0,external_node_path_.join)(source, file), index });
        }
    });
    return out;
}
/**
 * Where Compose puts a config or secret in the container: a config at
 * `/<source>` without a target and `/<target>` for a relative one, a secret
 * under `/run/secrets/` the same way; an absolute target as written. As
 * docker/compose does it in pkg/compose/create.go (buildContainerConfigMounts,
 * buildContainerSecretMounts, for `file:`) and pkg/compose/secrets.go
 * (injectSecrets, injectConfigs, for `content:` and `environment:`).
 */
function fileReferenceTarget(kind, source, target) {
    const base = kind === 'secret' ? '/run/secrets/' : '/';
    if (target === undefined || target === '')
        return (0,volumes/* cleanTarget */.dp)(base + source);
    return (0,volumes/* cleanTarget */.dp)(target.startsWith('/') ? target : base + target);
}
/** The service's configs and secrets, each with its container path and its definition's source. */
function fileReferences(service, model) {
    const out = [];
    for (const [key, kind] of [
        ['secrets', 'secret'],
        ['configs', 'config'],
    ]) {
        const list = service[key];
        if (!Array.isArray(list))
            continue;
        const top = (model[key] ?? {});
        list.forEach((ref, index) => {
            const entry = typeof ref === 'string' ? { source: ref } : ref;
            if (!entry || typeof entry.source !== 'string')
                return;
            const target = typeof entry.target === 'string' ? entry.target : undefined;
            const def = (top[entry.source] ?? {});
            out.push({
                kind,
                name: entry.source,
                index,
                target: fileReferenceTarget(kind, entry.source, target),
                file: typeof def.file === 'string' ? def.file : undefined,
                content: typeof def.content === 'string' ? def.content : undefined,
                environment: typeof def.environment === 'string' ? def.environment : undefined,
            });
        });
    }
    return out;
}
/**
 * What provides `path` in the service's container, or undefined when the
 * image's own file is there. A config or secret is one file at its target;
 * a mount also provides what lies below it. Docker mounts the deeper path
 * over the shallower one; at the same target Compose keeps the volume, then
 * the secret, then the config (create.go fillBindMounts skips a target that
 * is already taken).
 */
function containerFileProvider(service, model, path, workingDir) {
    const normal = (0,volumes/* cleanTarget */.dp)(path);
    const mount = mountFor(service, normal, workingDir);
    if (mount && (0,volumes/* cleanTarget */.dp)(mount.mount.target) === normal)
        return { kind: 'mount', ...mount };
    // Secrets come first in fileReferences, as in Compose.
    const reference = fileReferences(service, model).find((r) => r.target === normal);
    if (reference)
        return reference;
    return mount ? { kind: 'mount', ...mount } : undefined;
}
/** The text a config or secret holds, when it can be known here (a readable host file, inline content, a set variable). */
function fileReferenceText(reference, environment) {
    if (reference.file !== undefined)
        return readHostFile(reference.file);
    if (reference.content !== undefined)
        return reference.content;
    if (reference.environment !== undefined)
        return environment[reference.environment];
    return undefined;
}

;// CONCATENATED MODULE: ./src/redis/var-refs.ts
/**
 * Names of variables in the word that follows `keyword` in `text`
 * (`--requirepass ${PW}`, `requirepass "$PW"`). With `composeRaw`, `$$NAME`
 * is an escape and not a reference (the text is as written in the file);
 * otherwise `$NAME` is a shell reference in the container.
 */
function variablesAfter(text, keyword, composeRaw) {
    const m = keyword.exec(text);
    if (!m)
        return undefined;
    const after = text.slice(m.index + m[0].length).replace(/^[\s=]+/, '');
    const word = /^("[^"]*"|'[^']*'|\S+)/.exec(after)?.[0] ?? '';
    return variableNames(word, composeRaw);
}
function variableNames(text, composeRaw) {
    const names = [];
    const re = /\$+\{?([A-Za-z_][A-Za-z0-9_]*)/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        const dollars = /^\$+/.exec(m[0])[0].length;
        // In a compose file `$$` is a literal `$`: an odd count starts a reference.
        const isCompose = dollars % 2 === 1;
        if (composeRaw ? isCompose : true)
            names.push(m[1]);
    }
    return names;
}
/** Container-variable names (`$$NAME` in the file) in the word after `keyword`. */
function containerVariablesAfter(raw, keyword) {
    const m = keyword.exec(raw);
    if (!m)
        return undefined;
    const after = raw.slice(m.index + m[0].length).replace(/^[\s=]+/, '');
    const word = /^("[^"]*"|'[^']*'|\S+)/.exec(after)?.[0] ?? '';
    const names = [];
    const re = /(\$+)\{?([A-Za-z_][A-Za-z0-9_]*)/g;
    for (let x = re.exec(word); x; x = re.exec(word))
        if (x[1].length % 2 === 0)
            names.push(x[2]);
    return names;
}
/** The refs among `refs` with one of `names` (all refs when names is undefined). */
function pickRefs(refs, names) {
    if (!refs)
        return [];
    if (!names)
        return [...refs];
    return refs.filter((r) => names.includes(r.name));
}
/**
 * Defaults written for container variables in the word after `keyword`
 * (`--requirepass "$${PW:-default}"`): the shell uses them whenever the
 * container lacks the variable, so they are committed passwords too. In the
 * raw file text a container reference has an even number of `$`; in model
 * text (already unescaped) any reference is a container one.
 */
function containerDefaultsAfter(text, keyword, composeRaw) {
    const m = keyword.exec(text);
    if (!m)
        return [];
    const after = text.slice(m.index + m[0].length).replace(/^[\s=]+/, '');
    const word = /^("[^"]*"|'[^']*'|\S+)/.exec(after)?.[0] ?? '';
    const out = [];
    const re = /(\$+)\{([A-Za-z_][A-Za-z0-9_]*):?[-=]([^}$]*)\}/g;
    for (let x = re.exec(word); x; x = re.exec(word)) {
        if (composeRaw && x[1].length % 2 === 1)
            continue;
        const value = x[3].replace(/^["']|["']$/g, '');
        if (value !== '')
            out.push({ variable: x[2], value });
    }
    return out;
}
/** The refs once each (the same `${VAR}` can be reached through the word and through its value). */
function uniqueRefs(refs) {
    const seen = new Set();
    return refs.filter((r) => {
        const key = `${r.name}@${r.pos.file}:${r.pos.line}:${r.pos.column}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** `s` as a literal part of a regular expression. */
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/redis/config-files.ts






const MAX_INCLUDE_DEPTH = 8;
/** Loads the config file the server's first argument names (and what it includes). */
function loadServerConfigFile(ctx, start, containerPath, argIndex, out) {
    const { words, servicePos } = ctx;
    const scriptWord = start.scriptWord;
    loadConfigFile(ctx.project, ctx.detected, containerPath, start.args[argIndex]?.pos ?? servicePos, {
        files: generatedFiles(start.script),
        pos: scriptWord !== undefined ? words.pos(scriptWord) : servicePos,
        raw: scriptWord !== undefined ? words.raw(scriptWord) : undefined,
    }, out, 0);
}
/** Files a script writes with `echo ... > file` / `printf ... >> file`. */
function generatedFiles(script) {
    const files = new Map();
    for (const command of script ?? []) {
        const program = command.words[0] !== undefined ? basename(command.words[0]) : '';
        if (program !== 'echo' && program !== 'printf')
            continue;
        for (const r of command.redirects) {
            let words = command.words.slice(1);
            if (program === 'echo')
                words = words.filter((w, i) => !(i === 0 && /^-[neE]+$/.test(w)));
            let text = words.join(' ');
            if (program === 'printf')
                text = text.replace(/\\n/g, '\n');
            else
                text += '\n';
            files.set(r.target, (r.op === '>>' ? (files.get(r.target) ?? '') : '') + text);
        }
    }
    return files;
}
/**
 * A `content:` config points at its value in the compose file (with the
 * variables interpolated into it); an `environment:` one at the variable's
 * name, whose value comes from the project environment.
 */
function inlineSource(project, service, reference, fallback) {
    const section = reference.kind === 'config' ? 'configs' : 'secrets';
    const declared = project.sources.locate(['services', service, section, reference.index]) ?? fallback;
    if (reference.content !== undefined) {
        const source = project.sources.get([section, reference.name, 'content']);
        return { pos: source?.pos ?? declared, variables: source?.variables };
    }
    const pos = project.sources.locate([section, reference.name, 'environment']) ?? declared;
    const name = reference.environment ?? '';
    return {
        pos,
        variables: [
            {
                name,
                operator: '',
                isSet: project.environment[name] !== undefined,
                resolvedEmpty: (project.environment[name] ?? '') === '',
                pos,
            },
        ],
    };
}
/** What provides `path` in the container; undefined when nothing does (the image's own file). */
function providedFile(project, detected, path, pos) {
    const provider = containerFileProvider(detected.service, project.model, path, project.workingDir);
    if (!provider)
        return undefined;
    if (provider.kind === 'mount') {
        const hostPath = provider.hostPath;
        return { hostPath, text: hostPath ? readHostFile(hostPath) : undefined };
    }
    // A compose config or secret: a host file, inline content or a variable's value.
    const text = fileReferenceText(provider, project.environment);
    if (provider.file !== undefined)
        return { hostPath: provider.file, text };
    return { text, inline: inlineSource(project, detected.name, provider, pos) };
}
function loadConfigFile(project, detected, containerPath, pos, generated, out, depth) {
    const path = external_node_path_.posix.isAbsolute(containerPath)
        ? external_node_path_.posix.normalize(containerPath)
        : external_node_path_.posix.join('/data', containerPath);
    const existing = out.configFiles.find((f) => f.containerPath === path);
    const info = existing ?? { containerPath: path, loaded: true, read: false, pos };
    info.loaded = true;
    if (!existing)
        out.configFiles.push(info);
    if (depth > MAX_INCLUDE_DEPTH)
        return;
    let text;
    let file;
    let inline;
    const script = generated.files.get(path) ?? generated.files.get(containerPath);
    if (script !== undefined) {
        text = script;
        info.generated = true;
        info.read = true;
    }
    else {
        const provided = providedFile(project, detected, path, pos);
        if (provided === undefined) {
            // Nothing mounted over it: the image's own file, when we know what it holds.
            text = builtInConfig(detected.family, path);
        }
        else {
            ({ text, hostPath: file, inline } = provided);
            if (file !== undefined)
                info.hostPath = file;
        }
        info.read = text !== undefined;
    }
    if (text === undefined) {
        out.configKnown = false;
        const unusable = file ? unusableHostFile(file) : undefined;
        if (unusable && file) {
            const where = unusable.line > 0 ? { file, line: unusable.line, column: 1 } : pos;
            out.problems.push({
                kind: 'unusable-file',
                message: `${path}: ${unusable.reason}.`,
                pos: where,
            });
        }
        out.unknowns.push(`the config file ${path} cannot be read here (no readable bind mount, config or secret provides it)`);
        return;
    }
    const parsed = parseRedisConf(text);
    const at = (line, column) => file ? { file, line, column } : (inline?.pos ?? generated.pos);
    for (const e of parsed.errors)
        out.problems.push({
            kind: 'parse',
            message: `${path}: ${e.message}`,
            pos: at(e.line, e.column),
        });
    for (const line of parsed.lines) {
        if (line.name === 'include' && line.args[0] !== undefined) {
            loadConfigFile(project, detected, line.args[0], at(line.line, line.column), generated, out, depth + 1);
            continue;
        }
        const unknown = line.args.some((a) => a.includes(UNKNOWN_MARK));
        const directive = {
            name: line.name,
            args: line.args.map((a) => a.split(UNKNOWN_MARK).join('')),
            origin: 'config-file',
            pos: at(line.line, line.column),
            unknown: unknown || undefined,
        };
        if (inline?.variables)
            directive.variables = inline.variables;
        if (info.generated && generated.raw !== undefined) {
            // Written by the command script: its values may expand container variables.
            const keyword = new RegExp(`(^|[\\s"'])${escapeRe(line.name)}\\b`, 'i');
            const names = containerVariablesAfter(generated.raw, keyword) ?? [];
            const variables = names.flatMap((v) => project.sources.get(['services', detected.name, 'environment', v])?.variables ?? []);
            directive.containerVariables = names;
            directive.raw = generated.raw;
            if (variables.length > 0)
                directive.variables = variables;
        }
        out.directives.push(directive);
    }
}
/** Notes the `*.conf` files mounted into the container that the server does not load. */
function addMountedConfigFiles(ctx, out) {
    const { project, detected, servicePos } = ctx;
    for (const file of mountedConfFiles(detected.service, project.workingDir, project.model)) {
        if (out.configFiles.some((f) => f.containerPath === file.containerPath))
            continue;
        out.configFiles.push({
            containerPath: file.containerPath,
            hostPath: file.hostPath,
            loaded: false,
            read: false,
            pos: project.sources.locate([
                'services',
                detected.name,
                ...(file.declaredAt ?? ['volumes', file.index]),
            ]) ?? servicePos,
        });
    }
}
function loadAclFile(project, detected, path, aclPos, out) {
    const full = external_node_path_.posix.isAbsolute(path) ? path : external_node_path_.posix.join('/data', path);
    const { text, hostPath, inline } = providedFile(project, detected, full, aclPos) ?? {};
    if (text === undefined) {
        out.configKnown = false;
        out.unknowns.push(`the aclfile ${full} cannot be read here`);
        return;
    }
    const at = (line, column) => hostPath !== undefined ? { file: hostPath, line, column } : inline.pos;
    const parsed = parseAclFile(text);
    for (const e of parsed.errors)
        out.problems.push({
            kind: 'parse',
            message: `${full}: ${e.message}`,
            pos: at(e.line, e.column),
        });
    for (const u of parsed.users) {
        out.aclUsers.push({ ...u, pos: at(u.line, 1), variables: inline?.variables });
    }
}

// EXTERNAL MODULE: ./src/compose/project-dir.ts
var project_dir = __nccwpck_require__(5579);
;// CONCATENATED MODULE: ./src/redis/directives.ts
/**
 * Which directives redis-server knows and how many values each takes
 * (Redis 7.x config.c standardConfig table plus its special-cased ones).
 * Used to say when a config would stop the server from starting.
 */
/** [min, max] values; directives not listed here take exactly one. */
const ARITY = {
    save: [1, Infinity],
    bind: [1, 16],
    'rename-command': [2, 2],
    user: [1, Infinity],
    include: [1, 1],
    loadmodule: [1, Infinity],
    'client-output-buffer-limit': [4, 4],
    replicaof: [2, 2],
    slaveof: [2, 2],
    sentinel: [0, Infinity],
    'oom-score-adj-values': [3, 3],
    'shutdown-on-sigterm': [1, Infinity],
    'shutdown-on-sigint': [1, Infinity],
    'latency-tracking-info-percentiles': [1, Infinity],
    moduleload: [1, Infinity],
};
const KNOWN = new Set([
    ...Object.keys(ARITY),
    'acl-pubsub-default',
    'aclfile',
    'acllog-max-len',
    'active-expire-effort',
    'activedefrag',
    'active-defrag-cycle-max',
    'active-defrag-cycle-min',
    'active-defrag-ignore-bytes',
    'active-defrag-max-scan-fields',
    'active-defrag-threshold-lower',
    'active-defrag-threshold-upper',
    'activerehashing',
    'always-show-logo',
    'aof-load-truncated',
    'aof-rewrite-incremental-fsync',
    'aof-timestamp-enabled',
    'aof-use-rdb-preamble',
    'appenddirname',
    'appendfilename',
    'appendfsync',
    'appendonly',
    'auto-aof-rewrite-min-size',
    'auto-aof-rewrite-percentage',
    'busy-reply-threshold',
    'cluster-allow-pubsubshard-when-down',
    'cluster-allow-reads-when-down',
    'cluster-allow-replica-migration',
    'cluster-announce-bus-port',
    'cluster-announce-hostname',
    'cluster-announce-human-nodename',
    'cluster-announce-ip',
    'cluster-announce-port',
    'cluster-announce-tls-port',
    'cluster-config-file',
    'cluster-enabled',
    'cluster-link-sendbuf-limit',
    'cluster-migration-barrier',
    'cluster-node-timeout',
    'cluster-port',
    'cluster-preferred-endpoint-type',
    'cluster-replica-no-failover',
    'cluster-replica-validity-factor',
    'cluster-require-full-coverage',
    'cluster-slave-no-failover',
    'cluster-slave-validity-factor',
    'crash-log-enabled',
    'crash-memcheck-enabled',
    'daemonize',
    'databases',
    'dbfilename',
    'dir',
    'disable-thp',
    'dynamic-hz',
    'enable-debug-command',
    'enable-module-command',
    'enable-protected-configs',
    'hash-max-listpack-entries',
    'hash-max-listpack-value',
    'hash-max-ziplist-entries',
    'hash-max-ziplist-value',
    'hide-user-data-from-log',
    'hll-sparse-max-bytes',
    'hz',
    'ignore-warnings',
    'io-threads',
    'io-threads-do-reads',
    'jemalloc-bg-thread',
    'latency-monitor-threshold',
    'latency-tracking',
    'lazyfree-lazy-eviction',
    'lazyfree-lazy-expire',
    'lazyfree-lazy-server-del',
    'lazyfree-lazy-user-del',
    'lazyfree-lazy-user-flush',
    'lfu-decay-time',
    'lfu-log-factor',
    'list-compress-depth',
    'list-max-listpack-size',
    'list-max-ziplist-size',
    'locale-collate',
    'logfile',
    'loglevel',
    'lua-time-limit',
    'masterauth',
    'masteruser',
    'max-new-connections-per-cycle',
    'max-new-tls-connections-per-cycle',
    'maxclients',
    'maxmemory',
    'maxmemory-clients',
    'maxmemory-eviction-tenacity',
    'maxmemory-policy',
    'maxmemory-samples',
    'min-replicas-max-lag',
    'min-replicas-to-write',
    'min-slaves-max-lag',
    'min-slaves-to-write',
    'no-appendfsync-on-rewrite',
    'notify-keyspace-events',
    'oom-score-adj',
    'pidfile',
    'port',
    'proto-max-bulk-len',
    'protected-mode',
    'propagation-error-behavior',
    'rdb-del-sync-files',
    'rdb-key-save-delay',
    'rdb-save-incremental-fsync',
    'rdbchecksum',
    'rdbcompression',
    'repl-backlog-size',
    'repl-backlog-ttl',
    'repl-diskless-load',
    'repl-diskless-sync',
    'repl-diskless-sync-delay',
    'repl-diskless-sync-max-replicas',
    'repl-disable-tcp-nodelay',
    'repl-ping-replica-period',
    'repl-ping-slave-period',
    'repl-timeout',
    'replica-announce-ip',
    'replica-announce-port',
    'replica-announced',
    'replica-ignore-disk-write-errors',
    'replica-ignore-maxmemory',
    'replica-lazy-flush',
    'replica-priority',
    'replica-read-only',
    'replica-serve-stale-data',
    'requirepass',
    'sanitize-dump-payload',
    'set-max-intset-entries',
    'set-max-listpack-entries',
    'set-max-listpack-value',
    'set-proc-title',
    'proc-title-template',
    'slave-announce-ip',
    'slave-announce-port',
    'slave-ignore-maxmemory',
    'slave-lazy-flush',
    'slave-priority',
    'slave-read-only',
    'slave-serve-stale-data',
    'slowlog-log-slower-than',
    'slowlog-max-len',
    'socket-mark-id',
    'stop-writes-on-bgsave-error',
    'stream-node-max-bytes',
    'stream-node-max-entries',
    'supervised',
    'syslog-enabled',
    'syslog-facility',
    'syslog-ident',
    'tcp-backlog',
    'tcp-keepalive',
    'timeout',
    'tls-auth-clients',
    'tls-ca-cert-dir',
    'tls-ca-cert-file',
    'tls-cert-file',
    'tls-ciphers',
    'tls-ciphersuites',
    'tls-client-cert-file',
    'tls-client-key-file',
    'tls-client-key-file-pass',
    'tls-cluster',
    'tls-dh-params-file',
    'tls-key-file',
    'tls-key-file-pass',
    'tls-port',
    'tls-prefer-server-ciphers',
    'tls-protocols',
    'tls-replication',
    'tls-session-cache-size',
    'tls-session-cache-timeout',
    'tls-session-caching',
    'tracking-table-max-keys',
    'unixsocket',
    'unixsocketgroup',
    'unixsocketperm',
    'upstart',
    'watchdog-period',
    'zset-max-listpack-entries',
    'zset-max-listpack-value',
    'zset-max-ziplist-entries',
    'zset-max-ziplist-value',
    'list-max-ziplist-entries',
    'list-max-ziplist-value',
    'rdb-version-check',
    'shutdown-timeout',
    'cluster-slot-stats-enabled',
    'lookahead',
    'io-threads-always-active',
    'availability-zone',
    'import-mode',
    'extended-redis-compatibility',
    'cluster-databases',
    'hide-user-data-from-log',
    'dual-channel-replication-enabled',
    'max-eval-memory',
    'tls-auth-clients-user',
    'bgsave-cpulist',
    'bio-cpulist',
    'aof-rewrite-cpulist',
    'server-cpulist',
    'active-defrag-cycle-us',
    'cluster-blacklist-ttl',
    'cluster-manual-failover-timeout',
    'repl-diskless-sync-period',
    'appendfsync-on-rewrite',
    'hash-seed',
    'unixsocketgroup',
]);
/** The allowed number of values, or undefined when any number is fine (unknown directive). */
function directiveArity(name) {
    if (ARITY[name])
        return ARITY[name];
    return KNOWN.has(name) ? [1, 1] : undefined;
}

;// CONCATENATED MODULE: ./src/redis/derived-settings.ts






/**
 * Derives what the rules ask about from the directives in apply order: ACL
 * users, password, data dir and port, and the directives that would stop
 * the server from starting.
 */
function deriveSettings(ctx, out) {
    const { project, detected, defaults } = ctx;
    const last = (n) => out.directives.findLast((d) => d.name === n);
    for (const d of out.directives) {
        if (d.name === 'user') {
            const user = parseAclUser(d.args);
            if (user)
                out.aclUsers.push({ ...user, pos: d.pos });
        }
    }
    // A `user` line or aclfile applies after requirepass only in file order; keep it simple:
    // the default user's ACL line wins when present.
    const aclfile = last('aclfile');
    if (aclfile?.args[0])
        loadAclFile(project, detected, aclfile.args[0], aclfile.pos, out);
    derivePassword(last('requirepass'), out);
    const dir = last('dir');
    // Redis resolves a relative `dir` against its working directory: compose's
    // working_dir, else the image's WORKDIR (the family's data dir).
    const workdir = detected.service.working_dir;
    if (dir?.args[0]) {
        out.dataDir = external_node_path_.posix.resolve(typeof workdir === 'string' && workdir.startsWith('/') ? workdir : defaults.dataDir, dir.args[0]);
    }
    const port = last('port');
    if (port?.args[0] && /^\d+$/.test(port.args[0]))
        out.port = Number(port.args[0]);
    if (!defaults.flagStyle)
        addRefusedDirectives(project, out);
    return out;
}
/** The password from the last `requirepass`, overridden by the default ACL user's. */
function derivePassword(requirepass, out) {
    if (requirepass) {
        const value = requirepass.args[0];
        // An empty value that came from an unset variable is unknown, not "no password":
        // the deploy environment normally sets it (auth-unset-variable reports the risk).
        const fromUnset = ((value ?? '') === '' && (requirepass.variables ?? []).some((v) => !v.isSet)) ||
            passwordVanished(requirepass);
        const via = requirepass.origin === 'image-env' ? 'image-env' : 'requirepass';
        if (requirepass.unknown || fromUnset) {
            out.password = { via, pos: requirepass.pos, directive: requirepass };
        }
        else if (value !== undefined && value !== '') {
            out.password = { via, value, pos: requirepass.pos, directive: requirepass };
        }
    }
    const defaultUser = out.aclUsers.findLast((u) => u.name === 'default');
    if (defaultUser) {
        if (defaultUser.passwords.length > 0 || defaultUser.hasPasswordHash) {
            out.password = {
                via: 'acl-default-user',
                value: defaultUser.passwords[0],
                pos: defaultUser.pos,
            };
        }
        else if (defaultUser.nopass && defaultUser.enabled) {
            out.password = undefined;
        }
        else if (!defaultUser.enabled) {
            // default user off: every client must authenticate as a named user
            out.password = { via: 'acl-default-user', pos: defaultUser.pos };
        }
    }
}
/**
 * Problems for the written directives the server refuses at start-up: an
 * invalid `save`, a wrong number of values, a name it does not know.
 */
function addRefusedDirectives(project, out) {
    for (const d of out.directives) {
        if (d.origin === 'default' || d.origin === 'image-env')
            continue;
        const arity = directiveArity(d.name);
        // A password whose variable came out empty is one fact, reported once by
        // auth-unset-variable (with what the empty word does to the server).
        if (d.name === 'requirepass' && passwordVanished(d))
            continue;
        if (d.name === 'save' && !d.unknown && invalidSave(d.args)) {
            out.problems.push({
                kind: 'invalid-save',
                directive: d.name,
                pos: d.pos,
                message: `'save' takes "" or pairs of <seconds> <changes>, not these ${d.args.length} value(s) (a '#' comment after the values is read as values too): the server refuses to start ("Invalid save parameters")`,
            });
            continue;
        }
        if (arity && (d.args.length < arity[0] || d.args.length > arity[1])) {
            const emptied = d.args.length < arity[0] && d.origin === 'command';
            out.problems.push({
                kind: 'arity',
                directive: d.name,
                pos: d.pos,
                message: emptied
                    ? `'${d.name}' has no value, so the server refuses to start ("wrong number of arguments")`
                    : `'${d.name}' takes ${arity[0] === arity[1] ? arity[0] : `${arity[0]} to ${arity[1]}`} value(s), not ${d.args.length}: the server refuses to start`,
            });
        }
        else if (!arity && d.name !== '' && !d.name.startsWith('#')) {
            // A name built from a variable, or read from a file outside the project,
            // may be a password: it is never quoted back (redact at the source).
            const hidden = unknownNameHidden(d, project);
            out.problems.push({
                kind: 'unknown-directive',
                directive: d.name,
                pos: d.pos,
                message: hidden
                    ? `${hidden} is not a directive the server knows ("Bad directive or wrong number of arguments")`
                    : d.name.includes('=')
                        ? `'${d.name.slice(0, d.name.indexOf('='))}=...' is not a directive: redis-server takes \`--name value\`, not \`--name=value\` ("Bad directive or wrong number of arguments")`
                        : `'${d.name}' is not a directive the server knows ("Bad directive or wrong number of arguments")`,
            });
        }
    }
}
/** `save` needs "" or pairs of integers (one value holding the pairs is split, as Redis does). */
function invalidSave(args) {
    if (args.length === 1 && args[0] === '')
        return false;
    if (args.some((a) => a.includes(UNKNOWN_MARK)))
        return false;
    const words = args.length === 1 ? args[0].trim().split(/\s+/) : args;
    return words.length % 2 === 1 || words.some((w) => !/^\d+$/.test(w));
}
/**
 * The value of `--requirepass ${VAR}` vanished: the variable came out empty
 * and, in a string command, Compose dropped the word, so the directive has
 * no value or took the next `--option` word(s) as its value.
 */
function passwordVanished(d) {
    if (d.origin !== 'command')
        return false;
    const emptied = (d.variables ?? []).some((v) => v.resolvedEmpty);
    if (!emptied)
        return false;
    return d.args.length === 0 || d.args[0] === '' || d.args[0].startsWith('--');
}
/**
 * How to name an unknown directive whose name must not be shown: one built
 * by interpolation (`--${REDIS_PASSWORD}`) by its variables, one from a file
 * outside the project directory by its place only.
 */
function unknownNameHidden(d, project) {
    if (d.variables?.length)
        return `the directive built from ${d.variables.map((v) => `\${${v.name}}`).join(', ')}`;
    if (d.origin === 'config-file' && (0,project_dir/* isOutsideDir */.BP)(d.pos.file, project.workingDir))
        return `a directive of a file outside the project`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/redis/effective-context.ts

function serviceContext(project, detected) {
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
function emptyConfig(defaults) {
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
function commandWords(project, name, service, servicePos) {
    const sources = project.sources;
    const entrypoint = Array.isArray(service.entrypoint) && service.entrypoint.length > 0
        ? service.entrypoint
        : undefined;
    const command = Array.isArray(service.command) && service.command.length > 0 ? service.command : undefined;
    const entrypointLength = entrypoint?.length ?? 0;
    /** Where word `index` of entrypoint + command was written. */
    const wordPath = (index) => entrypoint && index < entrypointLength
        ? ['services', name, 'entrypoint', index]
        : ['services', name, 'command', entrypoint ? index - entrypointLength : index];
    // Each word's source is looked up once: several stages ask for its
    // position, text as written and variables.
    const wordSources = [];
    const wordSource = (index) => {
        let source = wordSources[index];
        if (source === undefined)
            wordSources[index] = source = sources.get(wordPath(index)) ?? null;
        return source ?? undefined;
    };
    /** The source of the list a word belongs to (a string `command:` keeps its text there). */
    const listSources = new Map();
    const listSource = (index) => {
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
        fromString: commandPos !== undefined &&
            firstWordPos !== undefined &&
            commandPos.line === firstWordPos.line &&
            commandPos.column === firstWordPos.column,
        pos: (index) => wordSource(index)?.pos ?? sources.locate(wordPath(index)) ?? servicePos,
        raw: (index) => wordSource(index)?.raw ?? listSource(index)?.raw,
        refs: (index) => wordSource(index)?.variables ?? listSource(index)?.variables,
    };
}

;// CONCATENATED MODULE: ./src/redis/server-args.ts



/**
 * Reads the server's arguments as the server does: the config file the
 * first one may name, then `--name value...` directives (Dragonfly's
 * `--name=value` flags for its family).
 */
function readServerArgs(ctx, start, out) {
    const words = start.args.map((a) => a.word);
    const parsed = ctx.defaults.flagStyle
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
function restoreVanishedValues(ctx, start, directives) {
    const out = [];
    for (const d of directives) {
        const wordIndex = start.args[d.argIndex]?.index ?? -1;
        const raw = wordIndex >= 0 ? ctx.words.raw(wordIndex) : undefined;
        const swallowed = d.args.length > 0 && d.args[0].startsWith('--');
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
function addCommandDirectives(ctx, start, parsed, out) {
    const { words, servicePos } = ctx;
    for (const d of parsed.directives) {
        const arg = start.args[d.argIndex];
        const wordIndex = arg?.index ?? -1;
        const raw = wordIndex >= 0 ? words.raw(wordIndex) : undefined;
        const keyword = new RegExp(`(^|[\\s"'])--${escapeRe(d.name)}\\b`, 'i');
        const scripted = start.via === 'shell-script';
        const containerVariables = scripted ? scriptVariables(raw, wordIndex, keyword, ctx) : [];
        const containerDefaults = scripted ? scriptDefaults(raw, wordIndex, keyword, ctx) : [];
        const variables = uniqueRefs(scripted
            ? scriptRefs(raw, wordIndex, keyword, containerVariables, ctx)
            : wordIndex >= 0
                ? commandRefs(raw, wordIndex, keyword, start.args[d.argIndex + 1]?.index, ctx)
                : []);
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
            out.unknowns.push(`--${d.name} uses a container variable that is not set in the service's environment`);
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
function scriptVariables(raw, wordIndex, keyword, ctx) {
    if (raw !== undefined)
        return containerVariablesAfter(raw, keyword) ?? [];
    return variablesAfter(scriptText(wordIndex, ctx), keyword, false) ?? [];
}
/** The defaults a script gives those variables (`$${PW:-default}`). */
function scriptDefaults(raw, wordIndex, keyword, ctx) {
    return raw !== undefined
        ? containerDefaultsAfter(raw, keyword, true)
        : containerDefaultsAfter(scriptText(wordIndex, ctx), keyword, false);
}
/** The script as the model holds it (after interpolation). */
function scriptText(wordIndex, ctx) {
    return wordIndex >= 0 ? (ctx.words.all[wordIndex] ?? '') : '';
}
/**
 * Compose variables behind a script's value: those of the container
 * variables it expands (from the service's environment), then those written
 * into the script itself.
 */
function scriptRefs(raw, wordIndex, keyword, containerVariables, ctx) {
    const { project, detected } = ctx;
    const refs = [];
    for (const v of containerVariables)
        refs.push(...(project.sources.get(['services', detected.name, 'environment', v])?.variables ?? []));
    if (raw !== undefined)
        refs.push(...pickRefs(ctx.words.refs(wordIndex), variablesAfter(raw, keyword, true)));
    return refs;
}
/** Compose variables behind a command-line value. */
function commandRefs(raw, wordIndex, keyword, nextWordIndex, ctx) {
    const fromString = ctx.words.fromString;
    const names = raw !== undefined ? variablesAfter(raw, keyword, true) : undefined;
    const refs = ctx.words.refs(wordIndex);
    // A list item holds one value: its refs are the value's refs.
    const variables = names && names.length > 0
        ? pickRefs(refs, names)
        : fromString
            ? pickRefs(refs, names ?? [])
            : [...(refs ?? [])];
    // In a list the value may be the next item.
    if (!fromString &&
        nextWordIndex !== undefined &&
        nextWordIndex >= 0 &&
        nextWordIndex !== wordIndex)
        variables.push(...(ctx.words.refs(nextWordIndex) ?? []));
    return variables;
}

;// CONCATENATED MODULE: ./src/redis/image-env.ts

function isYes(value) {
    return /^(yes|true|1)$/i.test(value ?? '');
}
function words(value) {
    return value.split(/\s+/).filter((w) => w !== '');
}
/**
 * The configuration an image's start-up scripts derive from its environment.
 * Bitnami (redis-env.sh / libredis.sh; VALKEY_* for bitnami/valkey*): REDIS_PASSWORD,
 * ALLOW_EMPTY_PASSWORD, REDIS_AOF_ENABLED (default yes), REDIS_RDB_POLICY(_DISABLED),
 * REDIS_DISABLE_COMMANDS, REDIS_PORT_NUMBER, REDIS_EXTRA_FLAGS, REDIS_ACLFILE,
 * REDIS_REPLICATION_MODE with REDIS_MASTER_HOST/PORT_NUMBER/PASSWORD (Valkey:
 * VALKEY_PRIMARY_*); the cluster images always run with cluster-enabled yes.
 * redis-stack: REDIS_ARGS. valkey: VALKEY_EXTRA_FLAGS. Dragonfly: DFLY_<flag>.
 * Only applies when the image's own start-up runs (`appliesToImageStart`).
 */
function imageEnvConfig(family, env, image) {
    const out = { directives: [], extraArgs: [], problems: [] };
    const get = (name) => env[name];
    switch (family) {
        case 'bitnami': {
            const { product, cluster } = bitnamiFlavour(image);
            bitnamiEnv(out, env, product === 'valkey' ? 'VALKEY' : product === 'keydb' ? 'KEYDB' : 'REDIS', product === 'valkey', cluster);
            break;
        }
        case 'redis-stack':
            if (get('REDIS_ARGS'))
                out.extraArgs.push({ words: words(get('REDIS_ARGS')), variable: 'REDIS_ARGS' });
            break;
        case 'valkey':
            if (get('VALKEY_EXTRA_FLAGS'))
                out.extraArgs.push({
                    words: words(get('VALKEY_EXTRA_FLAGS')),
                    variable: 'VALKEY_EXTRA_FLAGS',
                });
            break;
        case 'dragonfly':
            for (const [name, value] of Object.entries(env)) {
                const m = /^DFLY_(\w+)$/.exec(name);
                if (m)
                    out.directives.push({
                        name: m[1].toLowerCase(),
                        args: [value ?? ''],
                        variable: name,
                        unknown: value == null,
                    });
            }
            break;
        default:
            break;
    }
    return out;
}
/** What bitnami's start-up scripts write into the config from `<PREFIX>_*` variables. */
function bitnamiEnv(out, env, prefix, valkey, cluster) {
    const has = (name) => `${prefix}_${name}` in env;
    const get = (name) => env[`${prefix}_${name}`];
    const variable = (name) => `${prefix}_${name}`;
    if (has('PASSWORD_FILE')) {
        out.directives.push({
            name: 'requirepass',
            args: [''],
            variable: variable('PASSWORD_FILE'),
            unknown: true,
        });
    }
    else if (has('PASSWORD')) {
        // Kept even when empty: the effective config then knows which
        // (possibly unset) variable the password was meant to come from.
        const value = get('PASSWORD');
        out.directives.push({
            name: 'requirepass',
            args: [value ?? ''],
            variable: variable('PASSWORD'),
            unknown: value == null,
        });
    }
    if (!has('PASSWORD_FILE') && !get('PASSWORD') && !isYes(env.ALLOW_EMPTY_PASSWORD)) {
        out.problems.push({
            message: `the bitnami image refuses to start without ${variable('PASSWORD')} unless ALLOW_EMPTY_PASSWORD=yes`,
            variable: has('PASSWORD') ? variable('PASSWORD') : undefined,
        });
    }
    const aof = get('AOF_ENABLED');
    out.directives.push({
        name: 'appendonly',
        args: [aof == null || isYes(aof) ? 'yes' : 'no'],
        variable: variable('AOF_ENABLED'),
    });
    if (isYes(get('RDB_POLICY_DISABLED'))) {
        out.directives.push({ name: 'save', args: [''], variable: variable('RDB_POLICY_DISABLED') });
    }
    else if (get('RDB_POLICY')) {
        out.directives.push({
            name: 'save',
            args: words(get('RDB_POLICY').replace(/#/g, ' ')),
            variable: variable('RDB_POLICY'),
        });
    }
    for (const command of (get('DISABLE_COMMANDS') ?? '')
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean)) {
        out.directives.push({
            name: 'rename-command',
            args: [command, ''],
            variable: variable('DISABLE_COMMANDS'),
        });
    }
    if (get('PORT_NUMBER'))
        out.directives.push({
            name: 'port',
            args: [get('PORT_NUMBER')],
            variable: variable('PORT_NUMBER'),
        });
    if (get('ACLFILE'))
        out.directives.push({
            name: 'aclfile',
            args: [get('ACLFILE')],
            variable: variable('ACLFILE'),
        });
    // Replication: redis says master/slave, valkey primary/replica.
    const upstream = valkey ? 'PRIMARY' : 'MASTER';
    const mode = (get('REPLICATION_MODE') ?? '').toLowerCase();
    if ((mode === 'slave' || mode === 'replica') && !cluster) {
        out.directives.push({
            name: 'replicaof',
            args: [get(`${upstream}_HOST`) ?? '', get(`${upstream}_PORT_NUMBER`) || '6379'],
            variable: variable('REPLICATION_MODE'),
            unknown: get(`${upstream}_HOST`) == null || undefined,
        });
        // Present counts: an empty value here usually comes from a variable the deploy sets.
        if (has(`${upstream}_PASSWORD`) || has(`${upstream}_PASSWORD_FILE`))
            out.directives.push({
                name: 'masterauth',
                args: [get(`${upstream}_PASSWORD`) ?? ''],
                variable: variable(`${upstream}_PASSWORD`),
                unknown: has(`${upstream}_PASSWORD_FILE`) || undefined,
            });
    }
    else if ((mode === 'master' || mode === 'primary' || cluster) && get('PASSWORD')) {
        // The scripts make a master (and every cluster node) authenticate to its peers with its own password.
        out.directives.push({
            name: 'masterauth',
            args: [get('PASSWORD')],
            variable: variable('PASSWORD'),
        });
    }
    if (cluster)
        out.directives.push({ name: 'cluster-enabled', args: ['yes'], variable: variable('NODES') });
    if (get('EXTRA_FLAGS'))
        out.extraArgs.push({ words: words(get('EXTRA_FLAGS')), variable: variable('EXTRA_FLAGS') });
}

;// CONCATENATED MODULE: ./src/redis/server-start.ts


/**
 * Finds the program and arguments the container starts the server with:
 * entrypoint + command (directly, after wrappers, or in a `sh -c` script),
 * else the image's default command (or the Dockerfile's), then the words and
 * directives the image's start-up scripts derive from the environment.
 * What cannot be read is noted in `out.unknowns`.
 */
function serverStart(ctx, out) {
    const { detected, defaults, words, servicePos } = ctx;
    const { entrypoint, command } = words;
    const { family } = detected;
    const start = { via: entrypoint ? 'entrypoint' : 'command', args: [] };
    /** Arguments that came from nowhere in entrypoint + command. */
    const unwritten = (list, pos) => list.map((word) => ({ word, pos, index: -1 }));
    /** Arguments that are the words `first`, `first + 1`, ... of entrypoint + command. */
    const written = (list, first) => list.map((word, k) => ({ word, pos: words.pos(first + k), index: first + k }));
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
        }
        else {
            start.args = written(found.args, found.wordIndex + 1);
        }
    }
    else if (!entrypoint && command && prepends(ctx, command[0])) {
        start.program = defaults.program;
        start.args = written(command, 0);
    }
    else if (!entrypoint && family === 'bitnami' && (!command || /\/run\.sh$/.test(command[0]))) {
        start.program = defaults.program;
        start.args = command ? written(command.slice(1), 1) : [];
        start.via = command ? 'command' : 'image-default';
        imageStart = true;
    }
    else if (!entrypoint && !command && detected.via !== 'build') {
        start.program = defaults.program;
        start.args = unwritten(defaults.defaultArgs, servicePos);
        start.via = 'image-default';
        imageStart = true;
    }
    else if (!entrypoint && !command && detected.dockerfile) {
        const dfWords = [...(detected.dockerfile.entrypoint ?? []), ...(detected.dockerfile.cmd ?? [])];
        const inDockerfile = dfWords.length > 0 ? findProgram(dfWords, ctx.env, SERVER_PROGRAMS) : undefined;
        if (inDockerfile && !inDockerfile.inScript) {
            start.program = inDockerfile.program;
            start.args = unwritten(inDockerfile.args, servicePos);
        }
        else if (dfWords.length === 0) {
            start.program = defaults.program;
            start.args = unwritten(defaults.defaultArgs, servicePos);
            imageStart = true;
        }
        start.via = 'image-default';
        if (!start.program) {
            out.configKnown = false;
            out.unknowns.push(`the image built from ${detected.dockerfile.path} starts the server in a way that cannot be read statically`);
        }
        else if (start.args.some((a) => a.word.endsWith('.conf'))) {
            // A config file baked into the image cannot be read from here.
            out.configKnown = false;
            out.unknowns.push('the server reads a config file baked into the built image');
        }
    }
    else {
        out.configKnown = false;
        out.unknowns.push(detected.via === 'build'
            ? 'the image is built from a Dockerfile that could not be read'
            : 'the command does not start the server in a way that can be read statically');
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
function applyImageEnv(ctx, start, imageStart, out) {
    const { project, detected, servicePos } = ctx;
    const envPath = (variable) => [
        'services',
        detected.name,
        'environment',
        variable,
    ];
    const imageEnv = imageEnvConfig(detected.family, ctx.env, ctx.imageRef);
    for (const extra of imageEnv.extraArgs) {
        const pos = project.sources.locate(envPath(extra.variable)) ?? servicePos;
        for (const word of extra.words)
            start.args.push({ word, pos, index: -1 });
    }
    if (!imageStart && detected.family !== 'dragonfly')
        return;
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
function prepends({ defaults, detected }, first) {
    if (detected.family === 'dragonfly')
        return first.startsWith('-');
    if (!defaults.prependsProgram)
        return false;
    return first.startsWith('-') || first.endsWith('.conf');
}

;// CONCATENATED MODULE: ./src/redis/effective.ts





/** Families whose directive names we know well enough to call one unknown. */
const STRICT_FAMILIES = new Set(['redis', 'valkey', 'bitnami', 'redis-stack']);
/**
 * Computes what configuration the server really starts with, stage by
 * stage: how it is started (server-start), the image's built-in defaults,
 * the config file its arguments name (config-files), then the command-line
 * directives (server-args; Redis applies them after the file, so later
 * entries win), and last what follows from all of them (derived-settings).
 */
function effectiveConfig(project, detected) {
    const ctx = serviceContext(project, detected);
    const out = emptyConfig(ctx.defaults);
    const start = serverStart(ctx, out);
    // Built-in defaults go first so that anything written overrides them.
    const { defaults, servicePos: pos } = ctx;
    out.directives.unshift({ name: 'save', args: [...defaults.save], origin: 'default', pos }, { name: 'appendonly', args: [defaults.appendonly ? 'yes' : 'no'], origin: 'default', pos }, { name: 'port', args: [String(defaults.port)], origin: 'default', pos });
    if (!start.program)
        return deriveSettings(ctx, out);
    const args = readServerArgs(ctx, start, out);
    if (args.configFile !== undefined)
        loadServerConfigFile(ctx, start, args.configFile, args.configFileIndex ?? 0, out);
    addCommandDirectives(ctx, start, args, out);
    // Config files present but maybe not loaded: mounted *.conf files.
    addMountedConfigFiles(ctx, out);
    return deriveSettings(ctx, out);
}
/** Runs effectiveConfig and drops "unknown directive" problems for families with their own directives. */
function effectiveConfigFor(project, detected) {
    const config = effectiveConfig(project, detected);
    if (!STRICT_FAMILIES.has(detected.family)) {
        config.problems = config.problems.filter((p) => p.kind !== 'unknown-directive');
    }
    return config;
}

;// CONCATENATED MODULE: ./src/redis/index.ts




/**
 * The Redis view of a loaded project: every service running a Redis-family
 * server, the configuration it really starts with, and the services that
 * connect to it (with the role each connection gives it).
 */
function buildRedisModel(project) {
    const detected = detectRedisServices(project);
    const servers = detected.filter((d) => !d.sentinel);
    const sentinels = detected
        .filter((d) => d.sentinel)
        .map((d) => ({
        name: d.name,
        active: d.active,
        pos: project.sources.locate(['services', d.name]) ?? {
            file: project.composeFiles[0] ?? '',
            line: 1,
            column: 1,
        },
    }));
    const serverNames = new Set(detected.map((d) => d.name));
    const consumers = findConsumers(project, servers, serverNames);
    const consumersOf = new Map();
    for (const c of consumers) {
        if (c.target === undefined)
            continue;
        const list = consumersOf.get(c.target);
        if (list)
            list.push(c);
        else
            consumersOf.set(c.target, [c]);
    }
    const services = servers.map((d) => {
        const config = effectiveConfigFor(project, d);
        const mine = consumersOf.get(d.name) ?? [];
        const roles = [...new Set(mine.map((c) => c.role))];
        return {
            name: d.name,
            service: d.service,
            active: d.active,
            image: d.image,
            family: d.family,
            directives: config.directives,
            password: config.password,
            dataDir: config.dataDir,
            port: config.port,
            roles: roles.length > 0 ? roles : ['unknown'],
            consumers: mine,
            invocation: config.invocation,
            configFiles: config.configFiles,
            aclUsers: config.aclUsers,
            configKnown: config.configKnown,
            unknowns: config.unknowns,
            problems: config.problems,
            sentinel: false,
            uncertain: d.uncertain,
            imageHealthcheck: d.dockerfile?.healthcheck,
            health: analyseHealthcheck(d.service.healthcheck, d.service.environment ?? {}),
        };
    });
    // Consumers that resolve to no server are kept on the model for the consumer rules.
    // A host naming a Sentinel service is resolved: the client asks Sentinel for the master.
    const sentinelAddresses = detected.filter((d) => d.sentinel);
    const sentinelDirectory = new ServerDirectory(sentinelAddresses);
    for (const c of consumers) {
        if (c.target !== undefined || sentinelAddresses.length === 0)
            continue;
        const consumerService = project.model.services[c.service] ?? project.inactiveServices[c.service];
        if (!consumerService)
            continue;
        resolveTarget(c, consumerService, sentinelDirectory);
        if (c.target !== undefined) {
            c.sentinel = c.target;
            c.target = undefined;
        }
    }
    const unresolved = consumers.filter((c) => c.target === undefined && c.sentinel === undefined);
    return { services, sentinels, unresolvedConsumers: unresolved };
}

// EXTERNAL MODULE: ./src/report/tool.ts
var tool = __nccwpck_require__(7406);
;// CONCATENATED MODULE: ./src/rules/helpers.ts
/** Position of a model value, or of the nearest thing above it that has one. */
function positionOf(project, path) {
    return (project.sources.locate(path) ?? {
        file: project.composeFiles[0] ?? project.workingDir,
        line: 1,
        column: 1,
    });
}
function servicePosition(project, service, ...rest) {
    return positionOf(project, ['services', service, ...rest]);
}
/** The last directive of a name in apply order. */
function lastDirective(server, name) {
    for (let i = server.directives.length - 1; i >= 0; i--) {
        if (server.directives[i].name === name)
            return server.directives[i];
    }
    return undefined;
}
/** Snapshots are off when the effective `save` is `save ""` (or has no points). */
function snapshotsOff(server) {
    const save = lastDirective(server, 'save');
    return save !== undefined && save.args.every((a) => a === '');
}
function aofOn(server) {
    return /^yes$/i.test(lastDirective(server, 'appendonly')?.args[0] ?? 'no');
}
/** Roles, with none known treated as the strictest (unknown). */
function rolesOf(server) {
    return new Set(server.roles.length > 0 ? server.roles : ['unknown']);
}
/** The server requires a password (known or not). */
function requiresPassword(server) {
    return server.password !== undefined;
}
/** Where to point when the finding is about the server as a whole: its command, else its image, else the service. */
function serverAnchor(project, server) {
    for (const key of ['command', 'entrypoint', 'image', 'build']) {
        if (server.service[key] !== undefined) {
            const pos = project.sources.locate(['services', server.name, key]);
            if (pos)
                return pos;
        }
    }
    return servicePosition(project, server.name);
}

;// CONCATENATED MODULE: ./src/rules/acl-channels.ts

/**
 * Celery's Redis result backend SUBSCRIBEs to result channels. Since Redis 7
 * `acl-pubsub-default` is `resetchannels`, so an ACL user defined without
 * `&*`/`allchannels` gets NOPERM on SUBSCRIBE (redis.io/docs/management/security/acl).
 */
const aclChannels = {
    id: 'acl-channels',
    defaultSeverity: 'error',
    summary: 'An ACL user a Celery result backend uses has no channel permission',
    check({ redis }) {
        const findings = [];
        for (const server of redis.services) {
            const users = server.aclUsers ?? [];
            if (users.length === 0)
                continue;
            const pubsubDefault = lastDirective(server, 'acl-pubsub-default')?.args[0]?.toLowerCase();
            const version = server.image?.version;
            const defaultIsReset = pubsubDefault
                ? pubsubDefault === 'resetchannels'
                : version === undefined || version.major >= 7;
            const seen = new Set();
            for (const consumer of server.consumers) {
                if (consumer.role !== 'result-backend')
                    continue;
                const name = consumer.username ?? 'default';
                const user = [...users].reverse().find((u) => u.name === name);
                if (!user || seen.has(name))
                    continue;
                const blocked = user.channels === 'none' || (user.channels === 'default' && defaultIsReset);
                if (!blocked)
                    continue;
                seen.add(name);
                findings.push({
                    service: server.name,
                    pos: user.pos,
                    message: `ACL user '${name}' (used by ${consumer.service} as Celery result backend) has no channel permission, so SUBSCRIBE fails with NOPERM: add '&*' (or 'allchannels') to the user.`,
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/auth-in-argv.ts

/**
 * Command-line arguments are part of the container's config: `docker
 * inspect`, `docker compose config` and `ps` inside the container show them.
 */
const authInArgv = {
    id: 'auth-in-argv',
    defaultSeverity: 'notice',
    summary: 'The password is passed as a command-line argument (--requirepass, redis-cli -a)',
    check({ project, redis }) {
        const findings = [];
        for (const server of redis.services) {
            const argvPassword = server.directives.find((d) => d.origin === 'command' &&
                (d.name === 'requirepass' || d.name === 'masterauth') &&
                (d.args.some((a) => a !== '') ||
                    d.unknown ||
                    (d.variables ?? []).length > 0 ||
                    d.containerVariables !== undefined));
            if (argvPassword) {
                findings.push({
                    service: server.name,
                    pos: argvPassword.pos,
                    message: `--${argvPassword.name} puts the password on the server's command line, visible in docker inspect and docker compose config: put it in a mounted config file or secret (e.g. generate the config from the variable at start).`,
                });
            }
            const health = server.health;
            if (health.calls.some((c) => c.sendsAuth)) {
                findings.push({
                    service: server.name,
                    pos: servicePosition(project, server.name, 'healthcheck', 'test'),
                    message: 'the healthcheck passes the password to redis-cli on its command line (-a/--pass): set REDISCLI_AUTH in the service environment instead.',
                });
            }
        }
        return findings;
    },
};

// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __nccwpck_require__(7194);
;// CONCATENATED MODULE: ./src/rules/password-sources.ts

/** A compose file of the project, or one it includes or extends (an env file is not). */
function isComposeFile(project, file) {
    return project.composeTexts.has(file);
}
/**
 * Where the server's password is written as text in a compose file: the
 * value of --requirepass / REDIS_PASSWORD itself, a container variable the
 * command expands, or the default of a `${VAR:-default}`.
 */
function writtenPasswords(project, server) {
    const directive = server.password?.directive;
    if (!directive || directive.origin === 'default')
        return [];
    // A config file the server reads (mounted, or a compose config or secret) is
    // public when git tracks it; one the command script writes is in the compose file.
    const fromFile = directive.origin === 'config-file' && directive.containerVariables === undefined;
    const out = [];
    for (const ref of directive.variables ?? []) {
        if ((ref.operator === ':-' || ref.operator === '-') && ref.argument) {
            out.push({ value: ref.argument, pos: ref.pos, kind: 'default' });
        }
    }
    // A default the start script gives a container variable is used whenever the container lacks it.
    for (const d of directive.containerDefaults ?? []) {
        if (typeof server.service.environment?.[d.variable] === 'string' &&
            server.service.environment[d.variable] !== '')
            continue;
        out.push({ value: d.value, pos: directive.pos, kind: 'default' });
    }
    const value = directive.args[0];
    const literal = value !== undefined &&
        value !== '' &&
        directive.containerVariables === undefined &&
        (directive.variables ?? []).length === 0;
    if (literal && fromFile && (0,secrets/* isCommitted */.zZ)(directive.pos.file)) {
        const inConfigFile = !isComposeFile(project, directive.pos.file);
        out.push({ value, pos: directive.pos, kind: 'literal', inConfigFile });
    }
    else if (literal &&
        directive.origin !== 'config-file' &&
        isComposeFile(project, directive.pos.file)) {
        out.push({ value, pos: directive.pos, kind: 'literal' });
    }
    for (const name of directive.containerVariables ?? []) {
        const source = project.sources.get(['services', server.name, 'environment', name]);
        const envValue = server.service.environment?.[name];
        if (!source || typeof envValue !== 'string' || envValue === '')
            continue;
        if ((source.variables ?? []).length === 0 && isComposeFile(project, source.pos.file)) {
            out.push({ value: envValue, pos: source.pos, kind: 'literal' });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/rules/auth-literal.ts

/** A password in a committed file is readable by everyone with the repository. */
const authLiteral = {
    id: 'auth-literal',
    defaultSeverity: 'warning',
    summary: 'A literal password (or a ${VAR:-default} default) is committed in a compose file',
    check({ project, redis }) {
        const findings = [];
        for (const server of redis.services) {
            for (const written of writtenPasswords(project, server)) {
                findings.push({
                    service: server.name,
                    pos: written.pos,
                    message: written.kind === 'default'
                        ? 'the Redis password has a committed default value (${VAR:-...}), used whenever the variable is unset: remove the default and write ${VAR:?set VAR} so the real secret must come from the environment.'
                        : written.inConfigFile
                            ? 'the Redis password is written in a Redis config file committed to the repository: generate that file in the workflow (untracked), or give the config or secret by `environment:` from a variable set outside the repository.'
                            : 'the Redis password is written in the compose file: move it to an untracked .env file or a secret and reference it as ${REDIS_PASSWORD:?set REDIS_PASSWORD}.',
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/auth-missing.ts

/**
 * Without requirepass (or an ACL password for the default user) every client
 * on the network can run any command, including FLUSHALL and CONFIG SET.
 */
const authMissing = {
    id: 'auth-missing',
    defaultSeverity: 'error',
    summary: 'No requirepass and no ACL password for the default user',
    check({ project, redis }) {
        const findings = [];
        for (const server of redis.services) {
            if (server.password !== undefined)
                continue;
            // A config we cannot read may set a password: say nothing rather than guess.
            if (server.configKnown === false)
                continue;
            const env = server.service.environment ?? {};
            let pos = serverAnchor(project, server);
            let how = 'start it with a password: a mounted redis.conf with `requirepass`, or ' +
                '`command: ["sh", "-c", "exec redis-server --requirepass \\"$$REDIS_PASSWORD\\""]` with REDIS_PASSWORD: ${REDIS_PASSWORD:?}';
            if (server.family === 'bitnami') {
                if ('ALLOW_EMPTY_PASSWORD' in env)
                    pos = servicePosition(project, server.name, 'environment', 'ALLOW_EMPTY_PASSWORD');
                how = 'set REDIS_PASSWORD: ${REDIS_PASSWORD:?} and remove ALLOW_EMPTY_PASSWORD=yes';
            }
            else if (server.family === 'redis-stack') {
                how = 'set REDIS_ARGS: "--requirepass ${REDIS_PASSWORD:?}" (or a mounted config)';
            }
            else if (server.family === 'dragonfly') {
                how = 'pass --requirepass (or DFLY_requirepass) from a required variable';
            }
            findings.push({
                service: server.name,
                pos,
                message: `Redis accepts every client without a password (any container on the network can read, write or FLUSHALL): ${how}.`,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/auth-unset-variable.ts
/** The forms that let a variable be unset or empty without Compose stopping. */
function mayBeEmpty(ref) {
    if (ref.operator === '')
        return true;
    if (ref.operator === '?')
        return true; // set-but-empty passes `${VAR?}`
    if ((ref.operator === ':-' || ref.operator === '-') && !ref.argument)
        return true;
    return false;
}
/** Length of the `${...}` / `$VAR` text at ref.pos, read from the raw value. */
function refText(raw, ref) {
    if (raw === undefined)
        return undefined;
    const braced = new RegExp(`(?<!\\$)(\\$\\$)*\\$\\{${ref.name}(\\}|[:?+-][^}]*\\})`);
    const m = braced.exec(raw);
    if (m)
        return m[0].replace(/^(\$\$)*/, '');
    const bare = new RegExp(`(?<!\\$)(\\$\\$)*\\$${ref.name}(?![A-Za-z0-9_])`).exec(raw);
    return bare ? bare[0].replace(/^(\$\$)*/, '') : undefined;
}
function consequence(directive, fromString) {
    if (directive.origin === 'image-env')
        return 'the image then starts without a password (or refuses to start)';
    if (fromString && directive.origin === 'command' && directive.containerVariables === undefined) {
        return 'in a string `command:` Compose drops the empty word, so --requirepass loses its value and Redis refuses to start ("wrong number of arguments")';
    }
    return 'Redis then gets an empty password, which means no password at all';
}
/**
 * A password from `${VAR}` / `$VAR` / `${VAR:-}` is empty whenever the
 * variable is missing from the deploy environment, and Compose only warns.
 * `${VAR:?message}` makes Compose refuse to start instead.
 */
const authUnsetVariable = {
    id: 'auth-unset-variable',
    defaultSeverity: 'error',
    summary: 'The password comes from a variable that may be unset or empty (no :? guard)',
    check({ redis }) {
        const findings = [];
        for (const server of redis.services) {
            const directive = server.password?.directive ??
                [...server.directives].reverse().find((d) => d.name === 'requirepass');
            if (!directive || directive.origin === 'default')
                continue;
            const seen = new Set();
            for (const ref of directive.variables ?? []) {
                if (!mayBeEmpty(ref) || seen.has(ref.name))
                    continue;
                seen.add(ref.name);
                const text = refText(directive.raw, ref);
                const replacement = `\${${ref.name}:?set ${ref.name}}`;
                const finding = {
                    service: server.name,
                    pos: ref.pos,
                    message: `the Redis password comes from \${${ref.name}}, which may be unset or empty: ` +
                        `${consequence(directive, server.invocation?.fromString === true)}. ` +
                        `Write \${${ref.name}:?set ${ref.name}} so Compose refuses to start without it.`,
                };
                if (text) {
                    finding.fix = {
                        description: `require ${ref.name} with :?`,
                        pos: { ...ref.pos, endLine: ref.pos.line, endColumn: ref.pos.column + text.length },
                        replacement,
                    };
                }
                findings.push(finding);
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/auth-url-unsafe.ts

/** Clients split URLs at `@ : / # ?`: an unencoded password with them connects to the wrong place. */
const authUrlUnsafe = {
    id: 'auth-url-unsafe',
    defaultSeverity: 'warning',
    summary: 'The password has characters that break Redis URLs in consumers unless percent-encoded',
    check({ redis }) {
        const findings = [];
        for (const server of redis.services) {
            const value = server.password?.value;
            if (!value || !url/* URL_UNSAFE_PASSWORD_CHARS */.BM.test(value))
                continue;
            const urlConsumers = [...server.consumers, ...(redis.unresolvedConsumers ?? [])].filter((c) => c.kind === 'url');
            if (urlConsumers.length === 0)
                continue;
            // Consumers whose URL decodes to the server's password wrote it
            // percent-encoded: nothing breaks.
            if (urlConsumers.every((c) => c.password === value))
                continue;
            findings.push({
                service: server.name,
                pos: server.password.pos,
                message: 'the Redis password holds characters (@ : / # ? % [ ] or spaces) that break redis:// URLs unless percent-encoded: ' +
                    'use a hex or alphanumeric password (openssl rand -hex 32) or percent-encode it in every consumer URL.',
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/auth-weak.ts

const WELL_KNOWN = /^(password|passw0rd|redis|redispass|redispassword|secret|changeme|change_me|admin|root|test|default|123456\d*|qwerty|letmein|foobared)$/i;
const PLACEHOLDER = /(replace|change[_-]?me|your[_-]|placeholder|example|xxx)/i;
/** Why a password is weak, or undefined. Never echoes the password. */
function weakness(password) {
    if (WELL_KNOWN.test(password))
        return 'is a well-known word';
    if (PLACEHOLDER.test(password))
        return 'is a placeholder';
    if (password.length < 16)
        return 'is shorter than 16 characters';
    return undefined;
}
/** Redis answers tens of thousands of AUTH attempts a second: short passwords fall to brute force. */
const authWeak = {
    id: 'auth-weak',
    defaultSeverity: 'warning',
    summary: 'A literal or default password shorter than 16 characters or a well-known word',
    check({ project, redis }) {
        const findings = [];
        for (const server of redis.services) {
            for (const written of writtenPasswords(project, server)) {
                const why = weakness(written.value);
                if (!why)
                    continue;
                findings.push({
                    service: server.name,
                    pos: written.pos,
                    message: `the Redis password ${why}: use a long random one (e.g. openssl rand -hex 32) from the environment.`,
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/compose-invalid.ts
/** What Compose itself would refuse; reported, and the Redis checks still run on what could be read. */
const composeInvalid = {
    id: 'compose-invalid',
    defaultSeverity: 'error',
    summary: 'Compose itself would refuse the project',
    check({ project, probing }) {
        const findings = [];
        const required = new Set();
        for (const issue of project.issues) {
            if (issue.kind === 'compose-invalid') {
                findings.push({ service: issue.service, pos: issue.pos, message: issue.message });
            }
            else if (probing && issue.required && issue.variable && !required.has(issue.variable)) {
                // A static check only notes it (PR runs have no secrets); the probes cannot start without it.
                required.add(issue.variable);
                findings.push({
                    service: issue.service,
                    pos: issue.pos,
                    message: `required variable ${issue.variable} is not set, so Compose refuses to start the project ` +
                        `and the probes cannot run: set ${issue.variable} in the job's environment (e.g. from a secret) or in .env.`,
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/config-bind-loopback.ts

const LOOPBACK = /^-?(127\.\d+\.\d+\.\d+|::1|localhost)$/i;
/** Inside a container 127.0.0.1 is the container itself: other services cannot connect (the healthcheck still passes). */
const configBindLoopback = {
    id: 'config-bind-loopback',
    defaultSeverity: 'error',
    summary: 'The config binds only to 127.0.0.1/::1 inside the container',
    check({ redis }) {
        const findings = [];
        for (const server of redis.services) {
            const bind = lastDirective(server, 'bind');
            if (!bind || bind.args.length === 0 || !bind.args.every((a) => LOOPBACK.test(a)))
                continue;
            findings.push({
                service: server.name,
                pos: bind.pos,
                message: `bind ${bind.args.join(' ')} listens only inside the Redis container, so other services cannot connect: use \`bind * -::*\` (or 0.0.0.0) and keep the port unpublished or bound to 127.0.0.1 on the host.`,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/config-invalid.ts
/** Problems that make redis-server exit at start-up ("Bad directive or wrong number of arguments"). */
const configInvalid = {
    id: 'config-invalid',
    defaultSeverity: 'error',
    summary: 'The effective arguments or config would stop Redis from starting',
    check({ redis }) {
        const findings = [];
        for (const server of redis.services) {
            for (const problem of server.problems ?? []) {
                findings.push({
                    service: server.name,
                    pos: problem.pos,
                    message: `${problem.message}: fix it so the server can start.`,
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/config-unloaded.ts
/** Redis reads a config file only when it is its first argument (or included): a mounted file alone does nothing. */
const configUnloaded = {
    id: 'config-unloaded',
    defaultSeverity: 'warning',
    summary: 'A redis.conf is mounted but not passed to the server',
    check({ redis }) {
        const findings = [];
        for (const server of redis.services) {
            if (server.configKnown === false && !server.invocation)
                continue;
            for (const file of server.configFiles ?? []) {
                if (file.loaded)
                    continue;
                const program = server.invocation?.program ?? 'redis-server';
                findings.push({
                    service: server.name,
                    pos: file.pos,
                    message: `${file.containerPath} is mounted but the server is not started with it, so none of its settings apply: start it as \`${program} ${file.containerPath}\` (the config file must be the first argument).`,
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/consumers.ts
/** Every consumer, resolved or not, once. */
function allConsumers(redis) {
    return [...redis.services.flatMap((s) => s.consumers), ...(redis.unresolvedConsumers ?? [])];
}
const LOCALHOST = /^(localhost|127\.\d+\.\d+\.\d+|::1|0\.0\.0\.0)$/i;
/** How a consumer is named in messages: never its URL (it may hold a password). */
function consumerLabel(c) {
    return `${c.variable} of service '${c.service}'`;
}

;// CONCATENATED MODULE: ./src/rules/consumer-host-unknown.ts

/** A host name that resolves to nothing on the consumer's networks fails at connect time ("Name or service not known"). */
const consumerHostUnknown = {
    id: 'consumer-host-unknown',
    defaultSeverity: 'error',
    summary: "A consumer's Redis host is no Redis service, alias or container name on a shared network",
    check({ project, redis }) {
        const findings = [];
        const names = redis.services.map((s) => s.name);
        // A host that names another service of the project resolves: that service may be a Redis
        // we do not recognise (an image of its own, a proxy in front of one), so it is a notice; a
        // service with neither image nor build cannot be known at all (its definition is incomplete
        // here), so nothing is said.
        const others = new Map();
        for (const [name, service] of [
            ...Object.entries(project.model.services ?? {}),
            ...Object.entries(project.inactiveServices ?? {}),
        ]) {
            const info = { incomplete: !service.image && !service.build };
            others.set(name.toLowerCase(), info);
            if (service.container_name)
                others.set(service.container_name.toLowerCase(), info);
            for (const net of Object.values(service.networks ?? {}))
                for (const alias of net?.aliases ?? [])
                    others.set(alias.toLowerCase(), info);
        }
        for (const c of redis.unresolvedConsumers ?? []) {
            const host = c.host;
            if (!host || c.hostUnknown || c.urlError || LOCALHOST.test(host))
                continue;
            // Dotted names and IPs point outside the project (a managed Redis): not ours to resolve.
            if (host.includes('.') || host.includes(':'))
                continue;
            const isServer = names.some((n) => n.toLowerCase() === host);
            const other = isServer ? undefined : others.get(host.toLowerCase());
            if (other?.incomplete)
                continue;
            if (other) {
                findings.push({
                    service: c.service,
                    severity: 'notice',
                    pos: c.pos,
                    message: `${consumerLabel(c)} names service '${host}', which is not recognised as a Redis server here: if it is one (or a proxy for one), nothing to do; else point it at the Redis service.`,
                });
                continue;
            }
            const sameName = names.find((n) => n.toLowerCase() === host);
            const serviceList = names.length > 0 ? names.map((n) => `'${n}'`).join(', ') : 'none';
            findings.push({
                service: c.service,
                pos: c.pos,
                message: sameName
                    ? `${consumerLabel(c)} names '${host}', but the two services share no network, so the name does not resolve: attach both to a common network.`
                    : `${consumerLabel(c)} names host '${host}', which is no Redis service, alias or container name here (Redis services: ${serviceList}): use the Redis service name.`,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/consumer-localhost.ts

/** In a container, localhost is that container: Redis in another service is never there. */
const consumerLocalhost = {
    id: 'consumer-localhost',
    defaultSeverity: 'error',
    summary: 'A consumer in a container points at localhost/127.0.0.1',
    check({ project, redis }) {
        const findings = [];
        for (const c of allConsumers(redis)) {
            if (!c.host || c.hostUnknown || !LOCALHOST.test(c.host))
                continue;
            const service = project.model.services[c.service] ?? project.inactiveServices[c.service];
            const mode = service?.network_mode ?? '';
            if (mode === 'host' || mode.startsWith('service:') || mode.startsWith('container:'))
                continue;
            const target = redis.services[0]?.name ?? 'redis';
            findings.push({
                service: c.service,
                pos: c.pos,
                message: `${consumerLabel(c)} points at ${c.host}, which inside a container is the container itself: use the Redis service name (e.g. ${target}).`,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/consumer-no-password.ts

/**
 * A client without credentials gets NOAUTH on its first command. When a
 * variable beside it may hold the password under a name that cannot be
 * mapped with certainty (REDIS_URL beside REDIS_PASSWORD, an app-specific
 * *_AUTH), the finding is a notice: the application may well use it.
 */
const consumerNoPassword = {
    id: 'consumer-no-password',
    defaultSeverity: 'error',
    summary: "Redis requires auth and the consumer's URL carries none",
    check({ redis }) {
        const findings = [];
        for (const server of redis.services) {
            if (server.password === undefined)
                continue;
            for (const c of server.consumers) {
                if (c.password || c.passwordUnknown || c.urlError)
                    continue;
                const how = c.kind === 'url'
                    ? `use redis://:\${REDIS_PASSWORD}@${server.name}:${server.port}/0 (percent-encoded)`
                    : 'set the matching *_PASSWORD variable from the same secret';
                if (c.passwordMaybe && c.passwordMaybe.length > 0) {
                    const names = c.passwordMaybe.slice(0, 3).join(', ');
                    findings.push({
                        service: server.name,
                        severity: 'notice',
                        pos: c.pos,
                        message: `${consumerLabel(c)} carries no password for '${server.name}', which requires one; ${names} may hold it if the application reads it: if it does not, ${how}.`,
                    });
                    continue;
                }
                findings.push({
                    service: server.name,
                    pos: c.pos,
                    message: `${consumerLabel(c)} connects to '${server.name}' without a password, but Redis requires one: ${how}.`,
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/consumer-password-mismatch.ts

/** Compared after interpolation; neither value is ever printed. */
const consumerPasswordMismatch = {
    id: 'consumer-password-mismatch',
    defaultSeverity: 'error',
    summary: "The consumer's password differs from the server's",
    check({ redis }) {
        const findings = [];
        for (const server of redis.services) {
            const expected = server.password?.value;
            if (expected === undefined || server.password?.via === 'acl-default-user')
                continue;
            for (const c of server.consumers) {
                if (!c.password || c.passwordUnknown || c.urlError)
                    continue;
                if (c.username && c.username !== 'default')
                    continue;
                if (c.password === expected)
                    continue;
                findings.push({
                    service: server.name,
                    pos: c.pos,
                    message: `${consumerLabel(c)} sends a different password than '${server.name}' requires, so it gets WRONGPASS: take both from the same variable (\${REDIS_PASSWORD}).`,
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/consumer-unhealthy-dependency.ts

/**
 * Whether `service` only starts once `redis` is healthy: directly
 * (depends_on redis condition service_healthy) or through a chain of
 * services each of which it waits for to be healthy (a service that waits
 * for a healthy service that waits for a healthy Redis does wait). A
 * `service_started` link is not counted: it promises nothing about health.
 */
function waitsForHealthy(project, service, redis) {
    const lookup = (name) => project.model.services[name] ?? project.inactiveServices[name];
    const seen = new Set([service]);
    const queue = [service];
    while (queue.length > 0) {
        const current = lookup(queue.shift());
        for (const [dependency, config] of Object.entries(current?.depends_on ?? {})) {
            if (config?.condition !== 'service_healthy')
                continue;
            if (dependency === redis)
                return true;
            if (seen.has(dependency))
                continue;
            seen.add(dependency);
            queue.push(dependency);
        }
    }
    return false;
}
/**
 * `depends_on: [redis]` only waits for the container to start; Celery and
 * friends then crash-loop or give up while Redis loads its data.
 */
const consumerUnhealthyDependency = {
    id: 'consumer-unhealthy-dependency',
    defaultSeverity: 'warning',
    summary: 'A consumer does not wait for Redis with depends_on condition: service_healthy',
    check({ project, redis }) {
        const findings = [];
        for (const server of redis.services) {
            const done = new Set();
            for (const c of server.consumers) {
                if (done.has(c.service))
                    continue;
                done.add(c.service);
                // A consumer outside the active profiles is not started here.
                const service = project.model.services[c.service];
                if (!service)
                    continue;
                if (waitsForHealthy(project, c.service, server.name))
                    continue;
                const dependency = service.depends_on?.[server.name];
                const pos = dependency
                    ? positionOf(project, ['services', c.service, 'depends_on', server.name])
                    : service.depends_on
                        ? positionOf(project, ['services', c.service, 'depends_on'])
                        : c.pos;
                findings.push({
                    service: server.name,
                    pos,
                    message: dependency
                        ? `service '${c.service}' uses '${server.name}' (${c.variable}) but only waits for it to start: write depends_on: {${server.name}: {condition: service_healthy}} (with a healthcheck on ${server.name}).`
                        : `service '${c.service}' uses '${server.name}' (${c.variable}) but does not wait for it: add depends_on: {${server.name}: {condition: service_healthy}} (with a healthcheck on ${server.name}).`,
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/consumer-url-invalid.ts

/** An unparsable URL fails at connect time, often with a misleading host or port error. */
const consumerUrlInvalid = {
    id: 'consumer-url-invalid',
    defaultSeverity: 'error',
    summary: 'The Redis URL does not parse, or needs percent-encoding it lacks',
    check({ redis }) {
        const findings = [];
        for (const c of allConsumers(redis)) {
            if (!c.urlError || c.hostUnknown || c.valueUnknown)
                continue;
            findings.push({
                service: c.target ?? c.service,
                pos: c.pos,
                message: `${consumerLabel(c)} is not a valid Redis URL: ${c.urlError}. Write redis://[:password@]host:port/db with the password percent-encoded.`,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/ha-topology.ts

/** Replication, Sentinel and Cluster each need settings a single server does not. */
const haTopology = {
    id: 'ha-topology',
    defaultSeverity: 'notice',
    summary: 'Sentinel, Cluster or replicas found: basics checked (masterauth, Celery and Cluster)',
    check({ redis }) {
        const findings = [];
        for (const sentinel of redis.sentinels ?? []) {
            findings.push({
                service: sentinel.name,
                pos: sentinel.pos,
                message: `service '${sentinel.name}' runs Sentinel: consumers must connect through it (sentinel:// URLs with a master name, e.g. Celery broker_transport_options master_name), not to a fixed server.`,
            });
        }
        for (const server of redis.services) {
            const replicaof = lastDirective(server, 'replicaof') ?? lastDirective(server, 'slaveof');
            if (replicaof) {
                const masterauth = lastDirective(server, 'masterauth');
                findings.push({
                    service: server.name,
                    pos: replicaof.pos,
                    message: server.password !== undefined && !masterauth
                        ? `'${server.name}' is a replica with requirepass but no masterauth: if the master requires the same password, replication fails with NOAUTH; set masterauth too.`
                        : `'${server.name}' is a replica of ${replicaof.args.join(' ')}: replicas are read-only, point brokers at the master.`,
                });
            }
            const cluster = lastDirective(server, 'cluster-enabled');
            if (cluster && /^yes$/i.test(cluster.args[0] ?? '')) {
                findings.push({
                    service: server.name,
                    pos: cluster.pos,
                    message: server.roles.includes('broker')
                        ? `'${server.name}' runs in Cluster mode, which Celery (kombu) cannot use as a broker: use a standalone server or Sentinel.`
                        : `'${server.name}' runs in Cluster mode: clients must be cluster-aware.`,
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/fix.ts
/**
 * A fix that replaces one YAML scalar with new text. The text as written is
 * the raw source when the loader kept it (values with variables), else the
 * model value when it holds no `$` (so it was written verbatim). The span of
 * the scalar tells whether it was quoted; the replacement keeps it a string.
 */
function replaceScalar(source, modelText, rewrite, description, alwaysQuote = false) {
    if (!source)
        return undefined;
    const { pos } = source;
    if (pos.endLine !== pos.line || pos.endColumn === undefined)
        return undefined;
    const written = source.raw ?? (modelText.includes('$') ? undefined : modelText);
    if (written === undefined || written.includes('\n'))
        return undefined;
    const span = pos.endColumn - pos.column;
    const next = rewrite(written);
    if (next === undefined)
        return undefined;
    let replacement;
    if (span === written.length && !alwaysQuote && /^[\w./-][\w./:-]*$/.test(next))
        replacement = next;
    else if (span === written.length || span === written.length + 2)
        replacement = JSON.stringify(next);
    else
        return undefined;
    return { description, pos, replacement };
}
/**
 * A fix that replaces a one-line healthcheck `test:` list with `words`
 * (written as a flow sequence). Only when no item of the list holds a
 * compose variable: the model's values are interpolated and must not be
 * baked into the file (they may be secrets). A `$` in the model came from a
 * `$$` escape and is escaped back.
 */
function replaceTestList(sources, path, itemCount, words, description) {
    const list = sources.get(path);
    if (!list || list.pos.endLine !== list.pos.line || list.pos.endColumn === undefined)
        return undefined;
    for (let i = 0; i < itemCount; i++) {
        if ((sources.get([...path, i])?.variables ?? []).length > 0)
            return undefined;
    }
    const text = `[${words.map((w) => JSON.stringify(w.replace(/\$/g, '$$$$'))).join(', ')}]`;
    return { description, pos: list.pos, replacement: text };
}

;// CONCATENATED MODULE: ./src/rules/health-fix.ts


function healthcheckFaults(server) {
    const health = server.health;
    const present = health.state === 'present';
    return {
        auth: present &&
            server.password !== undefined &&
            !health.envAuth &&
            health.calls.some((c) => !c.sendsAuth),
        lenient: present && !health.outputChecked && health.calls.some((c) => !c.errorExit),
        writes: health.calls.some((c) => c.command[0] !== undefined && WRITE_COMMANDS.has(c.command[0])),
    };
}
/**
 * The one fix for a healthcheck, shared by every health rule that fires on it:
 * it resolves all of that healthcheck's faults at once (authenticates, fails
 * on error replies, pings instead of writing), so no two rules offer fixes
 * that undo each other. Undefined when no single mechanical edit does it all.
 */
function healthcheckFix(project, server) {
    const faults = healthcheckFaults(server);
    if (!faults.auth && !faults.lenient && !faults.writes)
        return undefined;
    const health = server.health;
    const call = health.calls[0];
    if (!call || health.calls.length !== 1)
        return undefined;
    const test = server.service.healthcheck?.test ?? [];
    const path = ['services', server.name, 'healthcheck', 'test'];
    if (faults.auth) {
        const variable = passwordVariable(server);
        if (!variable)
            return undefined;
        return replaceTestList(project.sources, path, test.length, ['CMD-SHELL', `REDISCLI_AUTH="$${variable}" ${call.program} -e ping | grep -q PONG`], `authenticate through REDISCLI_AUTH from $${variable}, fail on error replies and only ping`);
    }
    if (!health.shell && test[0] === 'CMD') {
        const at = test.findIndex((w, i) => i > 0 && w.endsWith(call.program));
        const commandAt = test.length - call.command.length;
        if (at <= 0 || commandAt <= at)
            return undefined;
        const options = test.slice(at + 1, commandAt);
        const words = [
            ...test.slice(0, at + 1),
            ...(faults.lenient && !options.includes('-e') ? ['-e'] : []),
            ...options,
            ...(faults.writes ? ['ping'] : test.slice(commandAt)),
        ];
        return replaceTestList(project.sources, path, test.length, words, faults.writes
            ? `ping with ${call.program} -e instead of writing`
            : `run ${call.program} with -e`);
    }
    // The shell form: only adding -e is mechanical; a write inside a script is left to the author.
    if (health.shell && test[0] === 'CMD-SHELL' && test.length === 2 && !faults.writes) {
        const cli = new RegExp(`\\b${call.program}\\b(?! -e)`);
        return replaceScalar(project.sources.get([...path, 1]), test[1], (text) => (cli.test(text) ? text.replace(cli, `${call.program} -e`) : undefined), `run ${call.program} with -e`);
    }
    return undefined;
}
/** A container environment variable that holds the server's password. */
function passwordVariable(server) {
    const env = server.service.environment ?? {};
    const directive = server.password?.directive;
    for (const name of directive?.containerVariables ?? [])
        if (typeof env[name] === 'string')
            return name;
    const refs = new Set((directive?.variables ?? []).map((r) => r.name));
    for (const name of Object.keys(env))
        if (refs.has(name) && typeof env[name] === 'string')
            return name;
    if (server.password?.value !== undefined) {
        for (const [name, value] of Object.entries(env))
            if (value === server.password.value)
                return name;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/rules/health-lenient.ts


/**
 * redis-cli exits 0 on error replies (NOAUTH, LOADING, MISCONF) unless run
 * with -e, so `redis-cli ping` (even `|| exit 1`) reports healthy while Redis
 * refuses every command.
 */
const healthLenient = {
    id: 'health-lenient',
    defaultSeverity: 'warning',
    summary: 'The healthcheck passes on error replies (redis-cli without -e or an output check)',
    check({ project, redis }) {
        const findings = [];
        for (const server of redis.services) {
            const health = server.health;
            if (health.state !== 'present' || health.outputChecked)
                continue;
            const call = health.calls.find((c) => !c.errorExit);
            if (!call)
                continue;
            const finding = {
                service: server.name,
                pos: servicePosition(project, server.name, 'healthcheck', 'test'),
                message: `${call.program} exits 0 on error replies (NOAUTH, LOADING, MISCONF), so this healthcheck passes while Redis refuses commands: use ${call.program} -e, or check the output (| grep -q PONG).`,
            };
            // One fix for the whole healthcheck, the same whichever health rule offers it.
            const fix = healthcheckFix(project, server);
            if (fix)
                finding.fix = fix;
            findings.push(finding);
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/health-missing.ts

/** Without a healthcheck `depends_on: condition: service_healthy` cannot work and restarts go unnoticed. */
const healthMissing = {
    id: 'health-missing',
    defaultSeverity: 'warning',
    summary: 'No healthcheck (or disabled)',
    check({ project, redis }) {
        const findings = [];
        for (const server of redis.services) {
            const health = server.health;
            if (health.state === 'present')
                continue;
            // A HEALTHCHECK in the Dockerfile the service is built from applies too.
            if (health.state === 'missing' && server.imageHealthcheck)
                continue;
            const cli = server.family === 'valkey' ? 'valkey-cli' : 'redis-cli';
            findings.push({
                service: server.name,
                pos: servicePosition(project, server.name, ...(health.state === 'disabled' ? ['healthcheck'] : [])),
                message: `${health.state === 'disabled' ? 'the healthcheck is disabled' : 'there is no healthcheck'}, so consumers cannot wait for Redis to be ready: add \`healthcheck: {test: ["CMD-SHELL", "${cli} -e ping | grep -q PONG"]}\` (with REDISCLI_AUTH set when Redis has a password).`,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/health-unauthenticated.ts


/**
 * redis-cli without credentials gets NOAUTH from a password-protected
 * server; it still exits 0 (unless -e), so the check either fails forever
 * or passes while printing the error.
 */
const healthUnauthenticated = {
    id: 'health-unauthenticated',
    defaultSeverity: 'error',
    summary: 'The server requires a password but the healthcheck does not send one',
    check({ project, redis }) {
        const findings = [];
        for (const server of redis.services) {
            if (server.password === undefined)
                continue;
            const health = server.health;
            if (health.state !== 'present' || health.envAuth)
                continue;
            const call = health.calls.find((c) => !c.sendsAuth);
            if (!call)
                continue;
            const finding = {
                service: server.name,
                pos: servicePosition(project, server.name, 'healthcheck', 'test'),
                message: `Redis requires a password but the healthcheck's ${call.program} sends none, so it only ever sees NOAUTH: add REDISCLI_AUTH: \${REDIS_PASSWORD:?} to the service environment (keeps the password off the command line) and use ${call.program} -e.`,
            };
            // Mechanical when the container already holds the password in a variable;
            // the same fix every health rule offers for this healthcheck.
            const fix = healthcheckFix(project, server);
            if (fix)
                finding.fix = fix;
            findings.push(finding);
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/health-writes.ts



/** A writing healthcheck adds or changes a key on every interval, forever (and dirties RDB snapshots). */
const healthWrites = {
    id: 'health-writes',
    defaultSeverity: 'notice',
    summary: 'The healthcheck writes data (e.g. incr ping)',
    check({ project, redis }) {
        const findings = [];
        for (const server of redis.services) {
            const health = server.health;
            const call = health.calls.find((c) => c.command[0] !== undefined && WRITE_COMMANDS.has(c.command[0]));
            if (!call)
                continue;
            const finding = {
                service: server.name,
                pos: servicePosition(project, server.name, 'healthcheck', 'test'),
                message: `the healthcheck runs '${call.command[0]}', which writes to the database on every check: use a read-only command such as ping.`,
            };
            const fix = healthcheckFix(project, server);
            if (fix)
                finding.fix = fix;
            findings.push(finding);
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/image-unmaintained.ts


/**
 * Redis < 6.2 is end-of-life (redis.io/docs/about/releases); KeyDB has had no
 * release since 2023; redis/redis-stack images were superseded by Redis 8
 * (which bundles the modules); bitnami moved its versioned redis tags to
 * bitnamilegacy/ in 2025, so bitnami/redis:<version> no longer gets updates.
 */
const imageUnmaintained = {
    id: 'image-unmaintained',
    defaultSeverity: 'warning',
    summary: 'End-of-life Redis (< 6.2), eqalpha/keydb, redis/redis-stack*, or a versioned bitnami/redis tag',
    check({ project, redis }) {
        const findings = [];
        for (const server of redis.services) {
            const image = server.image;
            if (!image || server.service.build !== undefined)
                continue;
            let why;
            if (image.family === 'keydb')
                why = 'KeyDB (eqalpha/keydb) is no longer maintained: move to redis or valkey/valkey';
            else if (image.family === 'redis-stack')
                why = `${shortName(image)} is superseded by Redis 8, which bundles its modules: move to redis:8.x`;
            else if (image.family === 'bitnami' && image.version)
                // bitnami/<name>:<version> moved to bitnamilegacy in 2025; the legacy copies are frozen too.
                why = `versioned ${shortName(image)} tags ${/(^|\/)bitnamilegacy\//.test(image.repository) ? 'are the frozen bitnamilegacy archive' : 'moved to bitnamilegacy in 2025'} and get no updates: use the official redis or valkey image`;
            else if ((image.family === 'redis' || image.family === 'bitnami') &&
                image.version &&
                compareVersions(image.version, { major: 6, minor: 2 }) < 0) {
                why = `Redis ${image.version.major}${image.version.minor !== undefined ? '.' + image.version.minor : '.x'} is end-of-life (no security fixes): upgrade to a maintained release such as 7.4`;
            }
            if (why)
                findings.push({
                    service: server.name,
                    pos: servicePosition(project, server.name, 'image'),
                    message: why,
                });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/image-unpinned.ts


function example(name, family) {
    if (family === 'redis')
        return `${name}:7.4-alpine`;
    if (family === 'valkey')
        return `${name}:8.1-alpine`;
    return `${name}:<major>.<minor>`;
}
/** A floating tag (none, `latest`, `alpine`, `7`) changes under you on the next pull. */
const imageUnpinned = {
    id: 'image-unpinned',
    defaultSeverity: 'warning',
    summary: 'The Redis image tag is missing, latest, or a floating alias not pinned to at least major.minor',
    check({ project, redis }) {
        const findings = [];
        for (const server of redis.services) {
            const image = server.image;
            // A built image's tag names our own build, not an upstream release.
            if (!image || server.service.build !== undefined || image.family === 'custom')
                continue;
            if (isPinned(image))
                continue;
            const what = image.tag === undefined ? 'has no tag' : `uses the floating tag '${image.tag}'`;
            findings.push({
                service: server.name,
                pos: servicePosition(project, server.name, 'image'),
                message: `${shortName(image)} ${what}, so a pull can change the Redis version under you: ` +
                    `pin at least major.minor (e.g. ${example(shortName(image), image.family)}) or a digest (@sha256:...).`,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/memory-eviction.ts

/**
 * Under `allkeys-*` Redis evicts any key at maxmemory, including queued
 * tasks and kombu's binding sets; `volatile-*` only touches keys with a TTL
 * (Celery results), which is milder. Brokers want `noeviction`.
 */
const memoryEviction = {
    id: 'memory-eviction',
    defaultSeverity: 'error',
    summary: 'maxmemory-policy allkeys-* on a broker (notice for volatile-*)',
    check({ redis }) {
        const findings = [];
        for (const server of redis.services) {
            const roles = rolesOf(server);
            // Evicting results before anyone reads them breaks a result backend too (see the rule page).
            if (!roles.has('broker') && !roles.has('result-backend') && !roles.has('unknown'))
                continue;
            const policy = lastDirective(server, 'maxmemory-policy');
            const value = policy?.args[0]?.toLowerCase() ?? '';
            if (!policy || !/^(allkeys|volatile)-/.test(value))
                continue;
            const allkeys = value.startsWith('allkeys-');
            findings.push({
                service: server.name,
                severity: allkeys ? 'error' : 'notice',
                pos: policy.pos,
                message: allkeys
                    ? `maxmemory-policy ${value} lets Redis evict queued tasks and broker bindings when memory is full (role: ${[...roles].join('/')}): use noeviction (writes then fail loudly) and size maxmemory.`
                    : `maxmemory-policy ${value} evicts keys with a TTL (such as task results) when memory is full: prefer noeviction for a broker.`,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/memory-unbounded.ts

/** With a cgroup limit but no maxmemory, the kernel OOM-kills Redis instead of Redis refusing writes. */
const memoryUnbounded = {
    id: 'memory-unbounded',
    defaultSeverity: 'warning',
    summary: 'A container memory limit without maxmemory',
    check({ project, redis }) {
        const findings = [];
        for (const server of redis.services) {
            const limit = server.service.mem_limit ?? server.service.deploy?.resources?.limits?.memory;
            if (limit === undefined || limit === null)
                continue;
            if (server.directives.some((d) => d.name === 'maxmemory' && d.origin !== 'default'))
                continue;
            if (server.configKnown === false)
                continue;
            const path = server.service.mem_limit !== undefined
                ? ['mem_limit']
                : ['deploy', 'resources', 'limits', 'memory'];
            findings.push({
                service: server.name,
                pos: servicePosition(project, server.name, ...path),
                message: `the container is limited to ${limit} but Redis has no maxmemory, so it grows until the kernel OOM-kills it: set maxmemory to about 75-80% of the limit (and maxmemory-policy noeviction for a broker).`,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/persist-disabled.ts

/** With `save ""` and no AOF every restart empties the broker: queued tasks and results are gone. */
const persistDisabled = {
    id: 'persist-disabled',
    defaultSeverity: 'error',
    summary: 'save "" and no AOF on a broker or result backend (or a service of unknown role)',
    check({ project, redis }) {
        const findings = [];
        for (const server of redis.services) {
            if (server.family === 'dragonfly' || server.family === 'kvrocks')
                continue;
            const roles = rolesOf(server);
            if (roles.size === 1 && roles.has('cache'))
                continue;
            if (!snapshotsOff(server) || aofOn(server))
                continue;
            const save = lastDirective(server, 'save');
            findings.push({
                service: server.name,
                pos: save && save.origin !== 'default' ? save.pos : serverAnchor(project, server),
                message: `persistence is off (save "" and appendonly no) while Redis serves as ${[...roles].join('/')}: a restart loses every queued task and result. Enable appendonly yes (and keep RDB snapshots).`,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/persist-no-volume.ts



/**
 * Data in an anonymous volume (the image's `VOLUME /data`) is lost on
 * `docker compose down` + `up` (a new anonymous volume is created), and
 * Redis 8.6+ images no longer declare `VOLUME /data` at all.
 */
const persistNoVolume = {
    id: 'persist-no-volume',
    defaultSeverity: 'error',
    summary: 'The data directory is not on a named volume or bind mount',
    check({ project, redis }) {
        const findings = [];
        for (const server of redis.services) {
            // A loaded config file that cannot be read may move `dir` anywhere: say nothing rather than guess.
            const dirWritten = server.directives.some((d) => d.name === 'dir' && d.origin !== 'default');
            const unreadConfig = (server.configFiles ?? []).some((f) => f.loaded && !f.read);
            if (unreadConfig && !dirWritten)
                continue;
            const dir = server.dataDir;
            const match = mountFor(server.service, dir, project.workingDir);
            const tmpfs = (server.service.tmpfs ?? []).some((t) => {
                const target = external_node_path_.posix.normalize(t.split(':')[0]);
                return dir === target || dir.startsWith(target + '/');
            });
            const durable = match &&
                (match.mount.type === 'bind' || (match.mount.type === 'volume' && !!match.mount.source));
            if (durable && !tmpfs)
                continue;
            const pos = server.service.volumes
                ? servicePosition(project, server.name, 'volumes', ...(match ? [match.index] : []))
                : serverAnchor(project, server);
            const why = tmpfs || match?.mount.type === 'tmpfs'
                ? 'is on a tmpfs'
                : match
                    ? 'is on an anonymous volume'
                    : 'has no volume';
            findings.push({
                service: server.name,
                pos,
                message: `the data directory ${dir} ${why}, so the data is lost when the container is re-created (down/up, image update): mount a named volume, e.g. \`- redis_data:${dir}\` with redis_data under top-level volumes.`,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/persist-rdb-only.ts

/**
 * RDB snapshots run every few minutes at best: a crash loses every task queued
 * since the last one. An unknown role is treated as the strictest (a queue):
 * Sidekiq, BullMQ and RQ read a plain REDIS_URL, so the name says nothing.
 */
const persistRdbOnly = {
    id: 'persist-rdb-only',
    defaultSeverity: 'warning',
    summary: 'A broker with RDB snapshots only (no AOF)',
    check({ project, redis }) {
        const findings = [];
        for (const server of redis.services) {
            const roles = rolesOf(server);
            if ((!roles.has('broker') && !roles.has('unknown')) || server.family === 'dragonfly')
                continue;
            if (aofOn(server) || snapshotsOff(server))
                continue;
            const appendonly = lastDirective(server, 'appendonly');
            findings.push({
                service: server.name,
                pos: appendonly && appendonly.origin !== 'default'
                    ? appendonly.pos
                    : serverAnchor(project, server),
                message: roles.has('broker')
                    ? 'this broker persists with RDB snapshots only, so a crash loses every task queued since the last snapshot: add `appendonly yes` (appendfsync everysec).'
                    : `Redis persists with RDB snapshots only and its role is unknown (${server.consumers.length > 0 ? [...new Set(server.consumers.map((c) => c.variable))].join(', ') : 'no consumer names it'}), so it may be a queue: a crash loses every write since the last snapshot. Add \`appendonly yes\` (appendfsync everysec), or name its role in the consumers' variables (e.g. CACHE_URL).`,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/duration.ts
/** Seconds in a Compose duration ('1m30s', '10s', '500ms', '1h'); undefined when it does not parse. */
function parseDuration(text) {
    if (typeof text === 'number')
        return text / 1e9; // compose config prints nanoseconds as numbers
    const units = {
        h: 3600,
        m: 60,
        s: 1,
        ms: 1e-3,
        us: 1e-6,
        µs: 1e-6,
        ns: 1e-9,
    };
    const re = /(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)/g;
    let total = 0;
    let consumed = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        total += Number(m[1]) * units[m[2]];
        consumed += m[0].length;
    }
    return consumed === text.length && consumed > 0 ? total : undefined;
}

;// CONCATENATED MODULE: ./src/rules/persist-stop-grace.ts


/** Recommended minimum: a final RDB save of a few GB takes tens of seconds. */
const MIN_GRACE_SECONDS = 30;
/**
 * On stop Redis writes a final snapshot; Docker kills it with SIGKILL after
 * stop_grace_period (10 s by default), which can cut that save short.
 */
const persistStopGrace = {
    id: 'persist-stop-grace',
    defaultSeverity: 'notice',
    summary: 'Persistence is on and stop_grace_period is below what a final save may need',
    check({ project, redis }) {
        const findings = [];
        for (const server of redis.services) {
            if (snapshotsOff(server) && !aofOn(server))
                continue;
            const written = server.service.stop_grace_period;
            const seconds = written === undefined ? 10 : parseDuration(written);
            if (seconds === undefined || seconds >= MIN_GRACE_SECONDS)
                continue;
            findings.push({
                service: server.name,
                pos: servicePosition(project, server.name, ...(written === undefined ? [] : ['stop_grace_period'])),
                message: `stop_grace_period is ${written ?? '10s (Docker default)'}; Docker kills Redis after it, possibly during its final save on shutdown: set stop_grace_period: ${MIN_GRACE_SECONDS}s or more.`,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/persist-volume-undeclared.ts

/** Compose refuses a service volume that names no top-level volume ("refers to undefined volume"). */
const persistVolumeUndeclared = {
    id: 'persist-volume-undeclared',
    defaultSeverity: 'error',
    summary: 'A named volume is used but not declared under top-level volumes',
    check({ project, redis }) {
        const findings = [];
        const declared = project.model.volumes ?? {};
        for (const server of redis.services) {
            (server.service.volumes ?? []).forEach((mount, index) => {
                if (mount.type !== 'volume' || !mount.source || mount.source in declared)
                    return;
                findings.push({
                    service: server.name,
                    pos: servicePosition(project, server.name, 'volumes', index),
                    message: `volume '${mount.source}' is not declared under top-level volumes, so Compose refuses the project: add \`volumes:\\n  ${mount.source}:\` at the top level.`,
                });
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/port-public.ts


const ALL_INTERFACES = new Set(['', '0.0.0.0', '::', '[::]']);
/**
 * A published port without a host IP listens on every interface of the host
 * (and Docker's iptables rules bypass ufw). The official images compile
 * protected mode off, so without a password anyone who can reach the host
 * can read and write the data.
 */
const portPublic = {
    id: 'port-public',
    defaultSeverity: 'error',
    summary: 'The Redis port is published on all interfaces (error without auth, warning with auth)',
    check({ project, redis }) {
        const findings = [];
        for (const server of redis.services) {
            const severity = requiresPassword(server) ? 'warning' : 'error';
            const consequence = requiresPassword(server)
                ? 'anyone who can reach the host can try passwords'
                : 'and it has no password, so anyone who can reach the host can read and write it';
            (server.service.ports ?? []).forEach((port, index) => {
                if (port.target !== server.port)
                    return;
                if (!ALL_INTERFACES.has(port.host_ip ?? ''))
                    return;
                // No host port ("6379", ":6379" from an unset variable, long syntax with only
                // target): Docker picks an ephemeral one, still on every interface.
                const ephemeral = port.published === undefined || port.published === '';
                const path = ['services', server.name, 'ports', index];
                const source = project.sources.get(path);
                // The short syntax is one scalar: its variables sit on the fields it was split into.
                let fromVariable;
                let written = source;
                for (const [, field] of project.sources.under(['services', server.name, 'ports', index])) {
                    fromVariable ??= field.variables?.[0]?.name;
                    if (field.raw !== undefined && !written?.raw)
                        written = field;
                }
                const pos = source?.pos ?? servicePosition(project, server.name, 'ports', index);
                const finding = {
                    service: server.name,
                    severity,
                    pos,
                    message: fromVariable
                        ? `port ${port.target} is published on all host interfaces with a host port from \${${fromVariable}} and no host IP, so it is public whatever the variable holds; ${consequence}: ` +
                            `write "127.0.0.1:\${${fromVariable}}:${port.target}" or drop it (other services reach Redis on the compose network).`
                        : ephemeral
                            ? `port ${port.target} is published on an ephemeral host port on all host interfaces, ${consequence}: ` +
                                `bind it to 127.0.0.1 ("127.0.0.1::${port.target}") or drop it (other services reach Redis on the compose network).`
                            : `port ${port.published}:${port.target} is published on all host interfaces, ${consequence}: ` +
                                `bind it to 127.0.0.1 ("127.0.0.1:${port.published}:${port.target}") or drop it (other services reach Redis on the compose network).`,
                };
                const modelText = `${port.host_ip ? `${port.host_ip}:` : ''}${ephemeral ? '' : `${port.published}:`}${port.target}${port.protocol && port.protocol !== 'tcp' ? `/${port.protocol}` : ''}`;
                const fix = replaceScalar(written, modelText, (text) => ephemeral && /^\d+(\/\w+)?$/.test(text)
                    ? `127.0.0.1::${text}`
                    : /^(\d|\$\{|0\.0\.0\.0:|\[?::\]?:)/.test(text)
                        ? `127.0.0.1:${text.replace(/^(0\.0\.0\.0|\[::\]|::):/, '')}`
                        : undefined, 'publish on the loopback interface only (quoted: YAML 1.1 reads some a:b as numbers)', true);
                if (fix)
                    finding.fix = fix;
                findings.push(finding);
            });
            if (server.service.network_mode === 'host') {
                findings.push({
                    service: server.name,
                    severity,
                    pos: servicePosition(project, server.name, 'network_mode'),
                    message: `network_mode: host puts port ${server.port} on every host interface, ${consequence}: use the compose network instead.`,
                });
            }
        }
        return findings;
    },
};

// EXTERNAL MODULE: ./src/probes/isolation.ts
var isolation = __nccwpck_require__(3947);
;// CONCATENATED MODULE: ./src/rules/probe-isolation.ts


/**
 * What the probes will not do with a service: start it at all (refused: it
 * would reach outside the probe project) or start it with a host-reaching
 * setting (dropped). Only reported when probes run; the plan is the one the
 * probes build their project from, so the two always agree.
 */
const probeIsolation = {
    id: 'probe-isolation',
    defaultSeverity: 'warning',
    summary: 'The probes refuse a service that reaches outside the probe project, or drop a setting that reaches the host',
    check({ project, redis, probing }) {
        if (!probing)
            return [];
        const servers = redis.services.filter((s) => s.active && !s.sentinel);
        if (servers.length === 0)
            return [];
        const plan = (0,isolation/* planIsolation */.w)(project, servers);
        const findings = [];
        for (const issue of plan.issues) {
            const pos = positionOf(project, issue.path);
            if (issue.action === 'refused') {
                findings.push({
                    service: issue.service,
                    pos,
                    message: `not probed: ${issue.field}: ${issue.reason}. The probes never start what reaches outside their own project; the static checks still apply (see the rule's page for how to make the service probeable).`,
                });
            }
            else {
                findings.push({
                    service: issue.service,
                    pos,
                    severity: 'notice',
                    message: `probed without ${issue.field} (${issue.reason}): what the probes prove holds for the Redis server, not for this setting.`,
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/rules/variable-unset.ts
/** Where each Redis-related variable reference was written (`name@file:line:column`), and a label for it. */
function redisVariables(ctx) {
    const names = new Set();
    const at = new Map();
    const add = (refs, where) => {
        for (const r of refs ?? []) {
            names.add(r.name);
            at.set(refKey(r.name, r.pos), where);
        }
    };
    const addEnv = (service, variable) => add(ctx.project.sources.get(['services', service, 'environment', variable])?.variables, `${variable} of service '${service}'`);
    for (const server of ctx.redis.services) {
        for (const [path, source] of ctx.project.sources.under(['services', server.name])) {
            add(source.variables, `service '${server.name}' ${path
                .slice(2)
                .filter((p) => typeof p === 'string')
                .join('.')}`);
        }
        for (const c of server.consumers) {
            addEnv(c.service, c.variable);
            if (c.passwordVariable)
                addEnv(c.service, c.passwordVariable);
        }
    }
    for (const c of ctx.redis.unresolvedConsumers ?? [])
        addEnv(c.service, c.variable);
    return { names, at };
}
function refKey(name, pos) {
    return `${name}@${pos.file}:${pos.line}:${pos.column}`;
}
/** Variables written as `${VAR:?msg}` / `${VAR?msg}` anywhere. */
function requiredVariables(ctx) {
    const names = new Set();
    const tops = ['services', 'volumes', 'networks', 'secrets', 'configs', 'name'];
    for (const r of ctx.project.sources.variablesUnder(...tops.map((top) => [top])))
        if (r.operator === ':?' || r.operator === '?')
            names.add(r.name);
    return names;
}
/** Unset variables make values unknown: the rules that need them say so instead of guessing. */
const variableUnset = {
    id: 'variable-unset',
    defaultSeverity: 'notice',
    summary: 'A variable the Redis service or its consumers use is not set here',
    check(ctx) {
        const unset = ctx.project.issues.filter((i) => i.kind === 'variable-unset' && i.variable);
        // Both walks below cover every value of the project: skip them when nothing is unset.
        if (unset.length === 0)
            return [];
        const used = redisVariables(ctx);
        const required = requiredVariables(ctx);
        const serverNames = new Set(ctx.redis.services.map((s) => s.name));
        // One notice per variable (at its use in a Redis service when there is one), listing where it is used.
        const byVariable = new Map();
        for (const issue of unset) {
            if (!issue.variable)
                continue;
            // With probes, an unset required variable is a compose-invalid error instead.
            if (ctx.probing && issue.required)
                continue;
            if (!used.names.has(issue.variable) && !required.has(issue.variable))
                continue;
            const entry = byVariable.get(issue.variable) ?? { issues: [], places: new Set() };
            const where = used.at.get(refKey(issue.variable, issue.pos)) ?? whereFromIssue(issue);
            entry.issues.push(issue);
            entry.places.add(where);
            byVariable.set(issue.variable, entry);
        }
        const findings = [];
        for (const [variable, { issues, places: placeSet }] of byVariable) {
            const places = [...placeSet];
            const anchor = issues.find((i) => i.service !== undefined && serverNames.has(i.service)) ?? issues[0];
            const shown = places.slice(0, 3).join(', ');
            const more = places.length > 3 ? ` and ${places.length - 3} more` : '';
            findings.push({
                service: anchor.service,
                pos: anchor.pos,
                message: `\${${variable}} is not set here (used by ${shown}${more}); values that depend on it are unknown to this check: set it in .env or the environment of the run${required.has(variable) ? ' (Compose refuses to start without it)' : ''}.`,
            });
        }
        return findings;
    },
};
function whereFromIssue(issue) {
    return issue.service ? `service '${issue.service}'` : 'the project';
}

;// CONCATENATED MODULE: ./src/rules/outside-text.ts
/**
 * Findings about a file outside the project directory (a mounted
 * `../secret/creds` read as redis.conf, an absolute path, a symlink out)
 * never echo what that file holds. Their messages are our own prose around
 * quoted pieces of the file: a quoted piece stays only when it is a
 * directive name the server knows, and any bare word built like a
 * credential is redacted too, wherever it came from.
 */


/** Shown instead of a quoted piece of a file outside the project. */
const HIDDEN_TEXT = '…';
/** Shown instead of a word that looks like a credential. */
const REDACTED_WORD = '[redacted]';
/**
 * A word built like a password or key: long enough, and mixing letters with
 * digits or symbols the way generated secrets do. Directive names, numbers,
 * paths and the words of our messages are not.
 */
function looksLikeCredential(word) {
    if (word.length < 8 || word.includes('/'))
        return false;
    if (directiveArity(word.toLowerCase()) !== undefined)
        return false;
    const letters = /[A-Za-z]/.test(word);
    const digits = /[0-9]/.test(word);
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(word)).length;
    // Letters, digits and a third kind (Hunter2-Secret99), or a long run of
    // letters and digits (hex and base64 keys and tokens).
    if (letters && digits && (classes >= 3 || word.length >= 16))
        return true;
    // A long mixed-case run without separators (an access key); our own
    // identifiers (environment.GREETING, REDIS_PASSWORD) have separators.
    return word.length >= 20 && /[a-z]/.test(word) && /[A-Z]/.test(word) && !/[._-]/.test(word);
}
/** What our messages quote from Redis and the resolver themselves: never a file's text. */
const OWN_QUOTES = new Set([
    'Bad directive or wrong number of arguments',
    'wrong number of arguments',
    'Invalid save parameters',
    'Name or service not known',
]);
const QUOTED = /'([^'\n]*)'|"([^"\n]*)"/g;
/** Bare words of a message (quoted pieces are handled above). */
const WORD = /[^\s'"`()[\]{},;]+/g;
/**
 * A message about a file outside the project, with none of the file's text
 * left in it: quoted pieces (unless `quoted` is false) other than known
 * directive names and `identifiers`, and credential-like words.
 */
function redactFileText(message, quoted = true, identifiers = new Set()) {
    const kept = !quoted
        ? message
        : message.replace(QUOTED, (whole, single, double) => {
            const inner = single ?? double ?? '';
            const known = /^[a-z][a-z0-9-]*$/.test(inner) && directiveArity(inner) !== undefined;
            // Service names are identifiers of the compose files, quoted as such.
            if (known || identifiers.has(inner) || OWN_QUOTES.has(inner))
                return whole;
            const q = whole[0];
            return `${q}${HIDDEN_TEXT}${q}`;
        });
    return kept.replace(WORD, (word) => {
        // A word ending a sentence keeps its punctuation.
        const core = word.replace(/[.:!?]+$/, '');
        return looksLikeCredential(core) ? word.replace(core, REDACTED_WORD) : word;
    });
}
/** Whether findings at `file` are about a file outside the project directory (cached per run). */
function outsideProjectTest(workingDir) {
    const known = new Map();
    return (file) => {
        let outside = known.get(file);
        if (outside === undefined) {
            outside = (0,project_dir/* isOutsideDir */.BP)(file, workingDir);
            known.set(file, outside);
        }
        return outside;
    };
}

;// CONCATENATED MODULE: ./src/rules/index.ts




































/** Every rule, in catalogue order (DESIGN.md). */
const RULES = [
    imageUnpinned,
    imageUnmaintained,
    portPublic,
    authMissing,
    authUnsetVariable,
    authLiteral,
    authWeak,
    authInArgv,
    authUrlUnsafe,
    aclChannels,
    persistNoVolume,
    persistVolumeUndeclared,
    persistDisabled,
    persistRdbOnly,
    persistStopGrace,
    healthMissing,
    healthUnauthenticated,
    healthLenient,
    healthWrites,
    memoryEviction,
    memoryUnbounded,
    configInvalid,
    configUnloaded,
    configBindLoopback,
    consumerHostUnknown,
    consumerLocalhost,
    consumerNoPassword,
    consumerPasswordMismatch,
    consumerUrlInvalid,
    consumerUnhealthyDependency,
    haTopology,
    composeInvalid,
    variableUnset,
    probeIsolation,
];
/** Runs every rule that is not off; findings come most severe first, then by file, line, column. */
function runRules(ctx, options = {}) {
    const findings = [];
    // Services outside the active profiles are still checked; say so, since Compose would not start them.
    const inactive = new Set(ctx.redis.services.filter((s) => !s.active).map((s) => s.name));
    // A service that may not be the server it looks like gets no error: say it at notice level.
    const uncertain = new Map(ctx.redis.services.filter((s) => s.uncertain).map((s) => [s.name, s.uncertain]));
    // One finding per fact: the same rule never reports twice at one place of one service.
    const seen = new Set();
    // A file outside the project directory is never quoted back (outside-text.ts).
    const outside = outsideProjectTest(ctx.project.workingDir);
    const serviceNames = new Set([
        ...Object.keys(ctx.project.model.services),
        ...Object.keys(ctx.project.inactiveServices ?? {}),
    ]);
    for (const rule of RULES) {
        const setting = options.severities?.[rule.id];
        if (setting === 'off')
            continue;
        for (const f of rule.check(ctx)) {
            const key = `${f.service ?? ''}\0${f.pos.file}:${f.pos.line}:${f.pos.column}`;
            if (seen.has(`${rule.id}\0${key}`))
                continue;
            seen.add(`${rule.id}\0${key}`);
            // A compose file the project includes from outside is the project's own
            // (its keys are quoted as usual); credential-like words are still hidden.
            const own = outside(f.pos.file)
                ? redactFileText(f.message, !ctx.project.composeTexts?.has(f.pos.file), serviceNames)
                : f.message;
            let message = f.service !== undefined && inactive.has(f.service)
                ? `${own} (service '${f.service}' only starts with its profile)`
                : own;
            let severity = setting ?? f.severity ?? rule.defaultSeverity;
            const doubt = f.service !== undefined ? uncertain.get(f.service) : undefined;
            if (doubt && severity === 'error' && setting === undefined) {
                severity = 'notice';
                message = `${message} (not certain: service '${f.service}' ${doubt})`;
            }
            findings.push({ ...f, message, rule: rule.id, severity });
        }
    }
    return findings.sort(src_findings/* compareFindings */.Eg);
}

// EXTERNAL MODULE: ./src/rules/probe-config-mismatch.ts
var probe_config_mismatch = __nccwpck_require__(5221);
;// CONCATENATED MODULE: ./src/rules/suppression-unused.ts
/**
 * Reported by the suppression pass (src/suppressions.ts), not by a check over
 * the model: an inline comment that matched no finding, or names no rule.
 */
const suppressionUnused = {
    id: 'suppression-unused',
    defaultSeverity: 'notice',
    summary: 'An inline redis-readiness-disable comment that suppresses nothing (or names an unknown rule)',
};

// EXTERNAL MODULE: ./src/rules/types.ts
var rules_types = __nccwpck_require__(3182);
;// CONCATENATED MODULE: ./src/rules/catalogue.ts
/**
 * Every rule id a finding, a config file or a suppression can name: the
 * checks over the model (RULES) and the findings made elsewhere in the run
 * (the suppression pass, the config probe). The docs index is generated
 * from this list.
 */




/** Rules whose findings come from a later stage of the run, not from a check. */
const RUN_RULES = [suppressionUnused, probe_config_mismatch/* probeConfigMismatch */.V];
const CATALOGUE = [...RULES, ...RUN_RULES].map((r) => ({
    id: r.id,
    defaultSeverity: r.defaultSeverity,
    summary: r.summary,
    docsUrl: (0,rules_types/* docsUrl */.f)(r.id),
}));

;// CONCATENATED MODULE: ./src/suppressions.ts




/** The rule under which unused or unknown suppressions are reported. */
const SUPPRESSION_UNUSED = {
    ...suppressionUnused,
    docsUrl: (0,rules_types/* docsUrl */.f)(suppressionUnused.id),
};
const DIRECTIVE = /(?:^|\s)#\s*redis-readiness-(disable-next-line|disable-file)\b(.*)$/;
/** The inline suppression comments of one file's text. */
function parseSuppressions(text, file) {
    const lines = text.split(/\r?\n/);
    const found = [];
    lines.forEach((line, index) => {
        const m = DIRECTIVE.exec(line);
        if (!m)
            return;
        const [spec = '', reason] = m[2].split(/\s--(?:\s|$)/, 2);
        const rules = spec
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s.length > 0);
        const column = line.indexOf('#') + 1;
        const s = {
            kind: m[1] === 'disable-file' ? 'file' : 'next-line',
            pos: { file, line: index + 1, column },
            rules,
            ...(reason?.trim() ? { reason: reason.trim() } : {}),
        };
        if (s.kind === 'next-line') {
            let target = index + 1;
            while (target < lines.length && /^\s*(#.*)?$/.test(lines[target]))
                target++;
            s.targetLine = target + 1;
        }
        found.push(s);
    });
    return found;
}
/** Suppression comments of every file the project read (compose and env files). */
function findSuppressions(files, texts) {
    const all = [];
    for (const file of new Set(files)) {
        // The loader's own copy when it has one: the same text, not read a second time.
        let text = texts?.get(file);
        try {
            text ??= external_node_fs_default().readFileSync(file, 'utf8');
        }
        catch {
            // The loader already reported files it could not read; nothing to suppress there.
            continue;
        }
        if (!text.includes('redis-readiness-disable'))
            continue;
        all.push(...parseSuppressions(text, external_node_path_default().resolve(file)));
    }
    return all;
}
/**
 * Drops the findings a comment suppresses and reports each rule id in a
 * comment that suppressed nothing. A comment for a rule that is off for this
 * run is not reported: it could not have matched.
 */
function applySuppressions(findings, suppressions, options) {
    const used = new Set();
    const key = (s, rule) => `${s.pos.file}\u0000${s.pos.line}\u0000${rule}`;
    const kept = [];
    const suppressed = [];
    for (const f of findings) {
        const file = external_node_path_default().resolve(f.pos.file);
        const match = suppressions.find((s) => s.pos.file === file &&
            s.rules.includes(f.rule) &&
            (s.kind === 'file' || s.targetLine === f.pos.line));
        if (match) {
            used.add(key(match, f.rule));
            suppressed.push(f);
        }
        else
            kept.push(f);
    }
    const unused = [];
    for (const s of suppressions) {
        const comment = `redis-readiness-${s.kind === 'file' ? 'disable-file' : 'disable-next-line'}`;
        if (s.rules.length === 0) {
            unused.push(notice(s, `'# ${comment}' names no rule id: write '# ${comment} <rule-id> -- reason'.`));
        }
        for (const rule of s.rules) {
            if (!options.knownRules.includes(rule)) {
                unused.push(notice(s, `'# ${comment}' names an unknown rule '${rule}': fix the id or remove it.`));
            }
            else if (!used.has(key(s, rule)) && !options.rulesOff.includes(rule)) {
                const where = s.kind === 'file' ? 'in this file' : `on line ${s.targetLine}`;
                unused.push(notice(s, `'# ${comment} ${rule}' suppresses nothing: no ${rule} finding ${where}. Remove it.`));
            }
        }
    }
    return { kept, suppressed, unused };
}
function notice(s, message) {
    return { rule: SUPPRESSION_UNUSED.id, severity: 'notice', message, pos: s.pos };
}

;// CONCATENATED MODULE: ./src/check.ts










/** Every rule id a config file or a suppression may name. */
function knownRuleIds() {
    return CATALOGUE.map((r) => r.id);
}
/** The probes, and the process and engine code they bring, load only for a run that asks for them. */
const probesModule = () => Promise.all(/* import() */[__nccwpck_require__.e(796), __nccwpck_require__.e(295)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7295));
/** compose -> redis model -> rules -> probes (when asked) -> one report. */
async function runCheck(ctx) {
    // Not performance.now(): its first use loads perf_hooks (a dozen modules), a cost at every start.
    const started = process.hrtime.bigint();
    const { masker } = ctx;
    // Before anything is read that could fail and print a value.
    masker.add(ctx.redisPassword);
    const outsideNames = (0,secrets/* collectOutsideSecrets */.vZ)(masker, ctx.load.env ?? process.env, (0,secrets/* projectEnvFiles */.yA)(ctx.load));
    // Probes asked for by name: find Compose while the static analysis runs.
    if (Array.isArray(ctx.probes) && ctx.probes.length > 0) {
        // Its own small module: the probes' (with their client library) loads meanwhile.
        void __nccwpck_require__.e(/* import() */ 554).then(__nccwpck_require__.bind(__nccwpck_require__, 9554))
            .then((m) => m.detectComposeEarly(ctx.composeCommand))
            .catch(() => undefined);
    }
    const project = await (0,compose/* loadProject */.gi)(ctx.load);
    (0,secrets/* collectServiceEnvFileSecrets */.kI)(masker, project);
    const config = await (0,config_file/* loadCheckConfig */.fX)({
        explicit: ctx.configFile,
        projectDirectory: project.workingDir,
        cwd: ctx.load.cwd,
        knownRules: knownRuleIds(),
    });
    const profile = ctx.strictness ?? config?.strictness ?? 'production';
    const redis = withConfiguredRoles(await buildRedisModel(project), config);
    (0,secrets/* collectRedisSecrets */.vp)(masker, redis, outsideNames);
    const settings = ruleSettings(profile, config);
    // Only explicit settings go to the rules: a default severity is per rule,
    // but a rule may report some findings above or below it.
    const severities = { ...config?.rules };
    const probeIds = await resolveProbes(ctx);
    let findings = applySettings(runRules({ project, redis, probing: probeIds.length > 0 }, { severities }), profile, config);
    let probeRun;
    const missing = requiredVariablesUnset(project);
    if (probeIds.length > 0 && missing.length > 0) {
        probeRun = skippedProbes(redis, probeIds, `Compose refuses to start the project: required variable ${missing.join(', ')} is not set (see compose-invalid)`);
    }
    else if (probeIds.length > 0) {
        const { runProbes } = await probesModule();
        probeRun = await runProbes({
            project,
            redis,
            probes: probeIds,
            ...(ctx.redisPassword ? { redisPassword: ctx.redisPassword } : {}),
            ...(ctx.passwordHint ? { passwordHint: ctx.passwordHint } : {}),
            timeoutSeconds: ctx.timeoutSeconds,
            pull: ctx.pull,
            ...(ctx.composeCommand ? { composeCommand: ctx.composeCommand } : {}),
            mask: (text) => masker.mask(text),
            ...(ctx.saveProbeState ? { saveState: ctx.saveProbeState } : {}),
            ...(ctx.log ? { log: ctx.log } : {}),
            ...(ctx.warn ? { warn: ctx.warn } : {}),
        });
        findings.push(...applySettings(probeRun.findings, profile, config));
    }
    const ignored = findings.filter((f) => config?.ignore.some((entry) => (0,config_file/* ignoreMatches */.Gq)(entry, f)));
    findings = findings.filter((f) => !ignored.includes(f));
    const rulesOff = settings.filter((r) => r.severity === 'off').map((r) => r.id);
    const suppression = applySuppressions(findings, findSuppressions((0,compose/* filesRead */.En)(project), project.composeTexts), {
        knownRules: knownRuleIds(),
        rulesOff,
    });
    // suppression-unused is configurable like any rule (severity, off, ignores).
    const unused = applySettings(suppression.unused, profile, config).filter((f) => !config?.ignore.some((entry) => (0,config_file/* ignoreMatches */.Gq)(entry, f)));
    findings = [...suppression.kept, ...unused];
    findings.sort(src_findings/* compareFindings */.Eg);
    const probes = probeRun?.results ?? [];
    const failed = findings.some((f) => (0,src_findings/* isAtOrAbove */.ux)(f.severity, ctx.failOn)) ||
        (ctx.failOn !== 'never' && probes.some((p) => p.status === 'fail'));
    return {
        tool: { name: tool/* TOOL_NAME */.lH, version: tool/* TOOL_VERSION */.wr },
        result: failed ? 'fail' : 'pass',
        failOn: ctx.failOn,
        profile,
        project: {
            name: project.name,
            workingDir: project.workingDir,
            files: (0,compose/* filesRead */.En)(project),
            composeFiles: [...project.composeFiles, ...project.referencedComposeFiles],
        },
        findings,
        counts: {
            error: findings.filter((f) => f.severity === 'error').length,
            warning: findings.filter((f) => f.severity === 'warning').length,
            notice: findings.filter((f) => f.severity === 'notice').length,
            suppressed: ignored.length + suppression.suppressed.length,
        },
        probes,
        probeLogs: probeRun?.logs ?? {},
        rules: settings,
        services: serviceSummaries(redis),
        durationMs: Number(process.hrtime.bigint() - started) / 1e6,
    };
}
/** Variables written `${VAR:?msg}` that are unset: Compose will not start the project without them. */
function requiredVariablesUnset(project) {
    const names = project.issues
        .filter((i) => i.kind === 'variable-unset' && i.required && i.variable)
        .map((i) => i.variable);
    return [...new Set(names)];
}
function skippedProbes(redis, probes, reason) {
    const results = redis.services
        .filter((s) => s.active)
        .flatMap((s) => probes.map((probe) => ({
        probe,
        service: s.name,
        status: 'skip',
        summary: reason,
        durationMs: 0,
        evidence: [],
    })));
    return { results, findings: [], logs: {} };
}
/**
 * 'auto' runs every probe when a compose engine answers and its daemon runs
 * Linux containers; anywhere else (no Docker, a stopped daemon, Windows
 * containers) the run stays static instead of failing on the engine.
 */
async function resolveProbes(ctx) {
    if (ctx.probes !== 'auto')
        return ctx.probes;
    try {
        const { detectCompose } = await probesModule();
        await detectCompose(ctx.composeCommand);
        const os = await dockerServerOs();
        if (os !== 'linux')
            throw new Error(os ? `the Docker daemon runs ${os} containers` : 'the Docker daemon does not answer');
        return [...types/* ALL_PROBES */.i];
    }
    catch (error) {
        ctx.log?.(`probes: skipped (${error.message}); static checks only. Set probes to a list to require them.`);
        return [];
    }
}
/** The daemon's OS type ('linux'), or undefined when `docker info` does not answer. */
async function dockerServerOs() {
    const { execFile } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23));
    return new Promise((resolve) => {
        execFile('docker', ['info', '--format', '{{.OSType}}'], { timeout: 20_000 }, (error, stdout) => resolve(error ? undefined : stdout.trim() || undefined));
    });
}
/** Roles the config file states win over the inferred ones (the checker could not know them). */
function withConfiguredRoles(redis, config) {
    if (!config || Object.keys(config.roles).length === 0)
        return redis;
    return {
        ...redis,
        services: redis.services.map((s) => {
            const role = config.roles[s.name];
            return role ? { ...s, roles: [role] } : s;
        }),
    };
}
/** Each rule's severity for this run: the config file's setting, else its default capped by the profile. */
function ruleSettings(profile, config) {
    const caps = (0,config_file/* profileCaps */.jU)(profile);
    return CATALOGUE.map((r) => ({
        id: r.id,
        severity: config?.rules[r.id] ?? lower(r.defaultSeverity, caps[r.id]),
        summary: r.summary,
        docsUrl: r.docsUrl,
    }));
}
/**
 * A rule may report some findings above or below its default (port-public:
 * error without auth, warning with it), so settings apply per finding: the
 * config file's setting wins (off drops it); else the profile caps it.
 */
function applySettings(findings, profile, config) {
    const caps = (0,config_file/* profileCaps */.jU)(profile);
    const out = [];
    for (const f of findings) {
        const setting = config?.rules[f.rule];
        if (setting === 'off')
            continue;
        const severity = setting ?? lower(f.severity, caps[f.rule]);
        out.push(severity === f.severity ? f : { ...f, severity });
    }
    return out;
}
function lower(severity, cap) {
    return cap && src_findings/* SEVERITY_RANK */.f3[cap] < src_findings/* SEVERITY_RANK */.f3[severity] ? cap : severity;
}
function serviceSummaries(redis) {
    return redis.services.map((s) => ({
        name: s.name,
        family: s.family,
        ...(s.image ? { image: s.image.raw } : {}),
        roles: s.roles,
        active: s.active,
        consumers: [...new Set(s.consumers.map((c) => c.service))],
    }));
}


/***/ }),

/***/ 5581:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ak: () => (/* binding */ runCli),
/* harmony export */   eE: () => (/* binding */ CliArgs),
/* harmony export */   iW: () => (/* binding */ main),
/* harmony export */   u_: () => (/* binding */ USAGE)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4889);
/* harmony import */ var _compose_index_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8813);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(8381);
/* harmony import */ var _report_failure_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(3304);
/* harmony import */ var _report_annotations_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(856);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(4031);
/* harmony import */ var _report_mask_deep_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(5723);
/* harmony import */ var _report_write_file_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(1332);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(2794);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_13__ = __nccwpck_require__(5241);
/* harmony import */ var _report_tool_js__WEBPACK_IMPORTED_MODULE_16__ = __nccwpck_require__(7406);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_14__ = __nccwpck_require__(7194);
/* harmony import */ var _v8_tuning_js__WEBPACK_IMPORTED_MODULE_15__ = __nccwpck_require__(9887);

















/** Where the CLI reads the password Redis requires, unless --redis-password-env names another variable. */
const PASSWORD_VARIABLE = 'REDIS_READINESS_PASSWORD';
const USAGE = `Usage:
  ${_report_tool_js__WEBPACK_IMPORTED_MODULE_16__/* .TOOL_NAME */ .lH} check [options]           check the Redis service of a compose project
  ${_report_tool_js__WEBPACK_IMPORTED_MODULE_16__/* .TOOL_NAME */ .lH} config --format json      print the resolved project as the checker sees it
  ${_report_tool_js__WEBPACK_IMPORTED_MODULE_16__/* .TOOL_NAME */ .lH} --help | --version

Compose options (as docker compose takes them):
  -f, --file FILE              compose file (repeatable; default: discover in the project directory)
      --project-directory DIR  project directory (default: directory of the first file, or .)
      --env-file FILE          env file (repeatable; default: .env in the project directory)
      --profile NAME           compose profile to activate (repeatable)

Check options:
      --format FORMAT          text (default), json, github (workflow commands), sarif
      --fail-on LEVEL          error (default), warning, never
      --config FILE            .redis-readiness.yml (default: the one in the project directory)
      --strictness PROFILE     production (default) or development; overrides the config file
      --probes LIST            none (default), all, or a comma list of: health, ping, auth,
                               network, persistence, config
      --timeout SECONDS        per-service start timeout for probes (default ${_options_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_TIMEOUT_SECONDS */ .KU})
      --pull POLICY            missing (default), never, always: image pulls for probes
      --compose-command CMD    e.g. "docker compose" or "docker-compose"
      --redis-password-env NAME
                               environment variable holding the password Redis requires, for
                               probes when the compose files do not show it (default
                               ${PASSWORD_VARIABLE}; like the action's redis-password input;
                               never an option value, which other users could read)
  -o, --output FILE            write the report to FILE instead of standard output
      --color / --no-color     colours in the text format (default: only on a terminal)

config options:
      --format json            the only format (the shape of docker compose config --format json)
      --show-secrets           print passwords as they are (masked by default)

Exit codes: 0 pass, 1 findings at or above --fail-on (or a failed probe), 2 bad usage or
unreadable input.
`;
const FORMATS = ['text', 'json', 'github', 'sarif'];
/** The command line, parsed and validated once; unit tests check it without running anything. */
class CliArgs {
    command;
    files;
    projectDirectory;
    envFiles;
    profiles;
    format;
    failOn;
    configFile;
    strictness;
    probes;
    timeoutSeconds;
    pull;
    composeCommand;
    /** The environment variable the probes' password is read from. */
    passwordVariable;
    output;
    color;
    showSecrets;
    constructor(argv) {
        let parsed;
        try {
            parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.parseArgs)({
                args: [...argv],
                allowPositionals: true,
                strict: true,
                options: {
                    file: { type: 'string', short: 'f', multiple: true },
                    'project-directory': { type: 'string' },
                    'env-file': { type: 'string', multiple: true },
                    profile: { type: 'string', multiple: true },
                    format: { type: 'string' },
                    'fail-on': { type: 'string' },
                    config: { type: 'string' },
                    strictness: { type: 'string' },
                    probes: { type: 'string' },
                    timeout: { type: 'string' },
                    pull: { type: 'string' },
                    'compose-command': { type: 'string' },
                    'redis-password-env': { type: 'string' },
                    output: { type: 'string', short: 'o' },
                    color: { type: 'boolean' },
                    'no-color': { type: 'boolean' },
                    'show-secrets': { type: 'boolean' },
                    help: { type: 'boolean', short: 'h' },
                    version: { type: 'boolean', short: 'V' },
                },
            });
        }
        catch (error) {
            // parseArgs' messages name the option; drop its hint about '--' that does not apply here.
            throw new _options_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`${error.message.split('. To specify')[0]}. Run '${_report_tool_js__WEBPACK_IMPORTED_MODULE_16__/* .TOOL_NAME */ .lH} --help'.`);
        }
        const v = parsed.values;
        const [command, ...extra] = parsed.positionals;
        if (v.help)
            this.command = 'help';
        else if (v.version)
            this.command = 'version';
        else if (command === 'check' || command === 'config')
            this.command = command;
        else if (command === undefined)
            throw new _options_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`missing command: use '${_report_tool_js__WEBPACK_IMPORTED_MODULE_16__/* .TOOL_NAME */ .lH} check' or '${_report_tool_js__WEBPACK_IMPORTED_MODULE_16__/* .TOOL_NAME */ .lH} config'.`);
        else
            throw new _options_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`unknown command '${command}': use check or config (see --help).`);
        if (extra.length > 0)
            throw new _options_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`unexpected argument '${extra[0]}': give compose files with -f.`);
        this.files = v.file ?? [];
        if (v['project-directory'] !== undefined)
            this.projectDirectory = v['project-directory'];
        this.envFiles = v['env-file'] ?? [];
        this.profiles = (v.profile ?? []).flatMap((p) => p.split(',')).filter(Boolean);
        const format = v.format ?? (this.command === 'config' ? 'json' : 'text');
        if (this.command === 'config' && format !== 'json')
            throw new _options_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`config supports only --format json; got '${format}'.`);
        if (!FORMATS.includes(format)) {
            throw new _options_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--format must be one of ${FORMATS.join(', ')}; got '${format}'.`);
        }
        this.format = format;
        this.failOn = (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .parseFailOn */ .XV)(v['fail-on'] ?? 'error', '--fail-on');
        if (v.config !== undefined)
            this.configFile = v.config;
        const strictness = (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .parseStrictness */ .UU)(v.strictness ?? '', '--strictness');
        if (strictness)
            this.strictness = strictness;
        this.probes = (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .parseProbeList */ .cA)(v.probes ?? 'none', '--probes');
        this.timeoutSeconds = (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .parseTimeout */ .ZZ)(v.timeout ?? '', '--timeout');
        this.pull = (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .parsePull */ .BT)(v.pull ?? '', '--pull');
        const composeCommand = (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .parseComposeCommand */ .T9)(v['compose-command'] ?? '');
        if (composeCommand)
            this.composeCommand = composeCommand;
        this.passwordVariable = v['redis-password-env'] ?? PASSWORD_VARIABLE;
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(this.passwordVariable))
            throw new _options_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('--redis-password-env takes the name of an environment variable (letters, digits, _), not the password itself; the value given is not shown, since it may be one.');
        if (v.output !== undefined)
            this.output = v.output;
        if (v.color && v['no-color'])
            throw new _options_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('--color and --no-color contradict each other.');
        if (v.color)
            this.color = true;
        if (v['no-color'])
            this.color = false;
        this.showSecrets = v['show-secrets'] ?? false;
    }
}
/** Runs the CLI and returns its exit code; never throws, never prints a stack trace. */
async function runCli(argv, io = processIo()) {
    const masker = new _secrets_js__WEBPACK_IMPORTED_MODULE_14__/* .SecretMasker */ .M2();
    // Before anything can fail and print: the environment's secrets.
    for (const s of (0,_secrets_js__WEBPACK_IMPORTED_MODULE_14__/* .secretsInEnvironment */ .WN)(io.env))
        masker.add(s);
    let probeState;
    const onSignal = (signal) => {
        const code = signal === 'SIGINT' ? 130 : 143;
        const done = () => process.exit(code);
        // The probe modules are loaded already when probes ran (a static run never loads them).
        Promise.all([__nccwpck_require__.e(/* import() */ 642).then(__nccwpck_require__.bind(__nccwpck_require__, 642)), Promise.all(/* import() */[__nccwpck_require__.e(796), __nccwpck_require__.e(295)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7295))]).then(([{ stopRunningCommands }, { teardown }]) => {
            // A compose command still running could re-create what teardown removes.
            stopRunningCommands();
            if (!probeState)
                return done();
            io.stderr.write(`${_report_tool_js__WEBPACK_IMPORTED_MODULE_16__/* .TOOL_NAME */ .lH}: ${signal}: tearing down ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .defuseText */ .yK)(probeState.projectName)}\n`);
            teardown(probeState).then((problem) => {
                if (problem)
                    io.stderr.write(`${_report_tool_js__WEBPACK_IMPORTED_MODULE_16__/* .TOOL_NAME */ .lH}: warning: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .defuseText */ .yK)(masker.mask(problem))}\n`);
                done();
            }, done);
        }, done);
    };
    try {
        const args = new CliArgs(argv);
        if (args.command === 'help') {
            io.stdout.write(USAGE);
            return 0;
        }
        if (args.command === 'version') {
            io.stdout.write(`${_report_tool_js__WEBPACK_IMPORTED_MODULE_16__/* .TOOL_NAME */ .lH} ${_report_tool_js__WEBPACK_IMPORTED_MODULE_16__/* .TOOL_VERSION */ .wr}\n`);
            return 0;
        }
        // Masked before anything can fail, like the action's redis-password input.
        const redisPassword = io.env[args.passwordVariable] || undefined;
        masker.add(redisPassword);
        const load = {
            files: args.files,
            ...(args.projectDirectory !== undefined ? { projectDirectory: args.projectDirectory } : {}),
            envFiles: args.envFiles,
            profiles: args.profiles,
            env: io.env,
            cwd: io.cwd,
        };
        if (args.command === 'config') {
            (0,_secrets_js__WEBPACK_IMPORTED_MODULE_14__/* .collectOutsideSecrets */ .vZ)(masker, io.env, (0,_secrets_js__WEBPACK_IMPORTED_MODULE_14__/* .projectEnvFiles */ .yA)(load));
            const project = await (0,_compose_index_js__WEBPACK_IMPORTED_MODULE_5__/* .loadProject */ .gi)(load);
            (0,_secrets_js__WEBPACK_IMPORTED_MODULE_14__/* .collectServiceEnvFileSecrets */ .kI)(masker, project);
            // Masked string by string: masking finished JSON text could break the document.
            const config = (0,_compose_index_js__WEBPACK_IMPORTED_MODULE_5__/* .toComposeConfigJson */ .mw)(project);
            const json = args.showSecrets
                ? (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .jsonText */ .s$)(config)
                : (0,_report_mask_deep_js__WEBPACK_IMPORTED_MODULE_10__/* .maskedJsonText */ .b)(config, (t) => masker.mask(t));
            emit(args, io, json + '\n');
            return 0;
        }
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
        const report = await (0,_check_js__WEBPACK_IMPORTED_MODULE_4__/* .runCheck */ .k)({
            load,
            failOn: args.failOn,
            probes: args.probes,
            timeoutSeconds: args.timeoutSeconds,
            pull: args.pull,
            ...(args.composeCommand ? { composeCommand: args.composeCommand } : {}),
            ...(redisPassword ? { redisPassword } : {}),
            passwordHint: args.passwordVariable === PASSWORD_VARIABLE
                ? `set ${PASSWORD_VARIABLE} for redis-readiness`
                : `set ${args.passwordVariable}, which --redis-password-env names`,
            ...(args.configFile !== undefined ? { configFile: args.configFile } : {}),
            ...(args.strictness ? { strictness: args.strictness } : {}),
            masker,
            saveProbeState: (state) => {
                probeState = state;
            },
            // Log lines may carry compose's or a container's output: defused line by line.
            log: (line) => io.stderr.write((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .defuseText */ .yK)(masker.mask(line)) + '\n'),
            warn: (line) => io.stderr.write(`${_report_tool_js__WEBPACK_IMPORTED_MODULE_16__/* .TOOL_NAME */ .lH}: warning: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .defuseText */ .yK)(masker.mask(line))}\n`),
        });
        const options = { baseDir: io.cwd, mask: (t) => masker.mask(t) };
        let rendered = await render(report, args, options, io);
        // Inside a GitHub Actions step, the text report (which quotes the input)
        // is echoed between stop-commands markers, as the action does.
        if (args.format === 'text' && !args.output && io.env.GITHUB_ACTIONS === 'true')
            rendered = (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .untrustedBlock */ .C9)(rendered.trimEnd()).join('\n') + '\n';
        emit(args, io, rendered);
        const nothingChecked = (0,_report_failure_js__WEBPACK_IMPORTED_MODULE_7__/* .noRedisServiceNotice */ .e)(report, io.cwd);
        if (nothingChecked)
            io.stderr.write(`${_report_tool_js__WEBPACK_IMPORTED_MODULE_16__/* .TOOL_NAME */ .lH}: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .defuseText */ .yK)(nothingChecked)}\n`);
        if (args.output)
            io.stderr.write(`${report.result}: ${args.format} report written to ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .defuseText */ .yK)(args.output)}\n`);
        return report.result === 'pass' ? 0 : 1;
    }
    catch (error) {
        const failure = (0,_report_failure_js__WEBPACK_IMPORTED_MODULE_7__/* .describeFailure */ .I)(error, io.cwd);
        io.stderr.write(`${_report_tool_js__WEBPACK_IMPORTED_MODULE_16__/* .TOOL_NAME */ .lH}: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .defuseText */ .yK)(masker.mask(failure.message))}\n`);
        if (failure.internal && io.env.REDIS_READINESS_DEBUG && error instanceof Error) {
            io.stderr.write((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_9__/* .defuseText */ .yK)(masker.mask(error.stack ?? '')) + '\n');
        }
        return failure.exitCode;
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
async function render(report, args, options, io) {
    switch (args.format) {
        case 'json':
            return (0,_report_json_js__WEBPACK_IMPORTED_MODULE_12__/* .formatJson */ .I)(report, options);
        case 'sarif':
            // Loaded on demand: it needs node:crypto, which the other formats would load for nothing.
            return (await __nccwpck_require__.e(/* import() */ 643).then(__nccwpck_require__.bind(__nccwpck_require__, 643))).formatSarif(report, options);
        case 'github':
            return (0,_report_annotations_js__WEBPACK_IMPORTED_MODULE_8__/* .annotationCommands */ .sq)(report, options).join('\n') + (report.findings.length ? '\n' : '');
        case 'text':
            return (0,_report_text_js__WEBPACK_IMPORTED_MODULE_13__/* .formatText */ .v)(report, { ...options, color: useColor(args, io) });
    }
}
function useColor(args, io) {
    if (args.color !== undefined)
        return args.color;
    if (args.output)
        return false;
    if (io.env.NO_COLOR)
        return false;
    if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0')
        return true;
    return io.stdout.isTTY === true;
}
function emit(args, io, text) {
    if (args.output)
        (0,_report_write_file_js__WEBPACK_IMPORTED_MODULE_11__/* .writeReportFile */ .a)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, args.output), text, args.output);
    else
        io.stdout.write(text);
}
function processIo() {
    return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}
/** Entry: bin/redis-readiness.js calls this; so does `node dist/cli/index.js`. */
async function main(argv = process.argv.slice(2)) {
    (0,_v8_tuning_js__WEBPACK_IMPORTED_MODULE_15__/* .keepYoungGenerationSmall */ .D)();
    const code = await runCli(argv);
    // Let stdout drain (a pipe may be slow) before the process exits.
    process.exitCode = code;
}
function isEntryPoint() {
    const entry = process.argv[1];
    if (!entry)
        return false;
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(entry) === node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    }
    catch {
        return false;
    }
}
if (isEntryPoint())
    await main();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8813:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  En: () => (/* binding */ filesRead),
  gi: () => (/* binding */ loadProject),
  mw: () => (/* reexport */ toComposeConfigJson)
});

// UNUSED EXPORTS: UnreadableInputError

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/compose/discover.ts
/**
 * Which compose files Compose reads when none are given: the first default
 * name found in the directory (or its parents), plus the first override file
 * next to it. Order checked against `docker compose` 2.26 (which warns when
 * several exist and uses the first).
 */


const DEFAULT_FILE_NAMES = [
    'compose.yaml',
    'compose.yml',
    'docker-compose.yml',
    'docker-compose.yaml',
];
const OVERRIDE_FILE_NAMES = [
    'compose.override.yml',
    'compose.override.yaml',
    'docker-compose.override.yml',
    'docker-compose.override.yaml',
];
function isFile(p) {
    try {
        return (0,external_node_fs_.existsSync)(p) && (0,external_node_fs_.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
/** The files Compose would load from `dir`, or [] when there are none up to the root. */
function discoverFiles(dir) {
    let current = external_node_path_default().resolve(dir);
    for (;;) {
        const main = DEFAULT_FILE_NAMES.map((n) => external_node_path_default().join(current, n)).find(isFile);
        if (main) {
            const override = OVERRIDE_FILE_NAMES.map((n) => external_node_path_default().join(current, n)).find(isFile);
            return override ? [main, override] : [main];
        }
        const parent = external_node_path_default().dirname(current);
        if (parent === current)
            return [];
        current = parent;
    }
}
/** COMPOSE_FILE split on COMPOSE_PATH_SEPARATOR (default `:`, `;` on Windows). */
function filesFromEnv(env) {
    const value = env.COMPOSE_FILE;
    if (!value)
        return [];
    const sep = env.COMPOSE_PATH_SEPARATOR || (process.platform === 'win32' ? ';' : ':');
    return value.split(sep).filter((f) => f !== '');
}

;// CONCATENATED MODULE: ./src/compose/interpolate.ts
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
/** Deeper nesting than any real file needs; it keeps a hostile value from exhausting the stack. */
const MAX_NESTING = 64;
const OPERATORS = [':-', ':?', ':+', '-', '?', '+'];
function substitute(template, lookup) {
    const refs = [];
    const problems = [];
    const value = run(template, 0, lookup, refs, problems);
    return { value, refs, problems };
}
function run(s, base, lookup, refs, problems, depth = 0) {
    if (depth > MAX_NESTING) {
        problems.push({
            kind: 'invalid',
            message: `interpolation nested more than ${MAX_NESTING} levels deep`,
            index: base,
        });
        return s;
    }
    let out = '';
    let i = 0;
    while (i < s.length) {
        const dollar = s.indexOf('$', i);
        if (dollar < 0) {
            out += s.slice(i);
            break;
        }
        out += s.slice(i, dollar);
        const next = s[dollar + 1];
        if (next === '$') {
            out += '$';
            i = dollar + 2;
            continue;
        }
        if (next !== undefined && NAME_START.test(next)) {
            let end = dollar + 2;
            while (end < s.length && NAME_CHAR.test(s[end]))
                end++;
            const name = s.slice(dollar + 1, end);
            const v = lookup(name);
            refs.push({
                name,
                operator: '',
                isSet: v !== undefined,
                resolvedEmpty: !v,
                index: base + dollar,
                text: s.slice(dollar, end),
            });
            out += v ?? '';
            i = end;
            continue;
        }
        if (next !== '{') {
            out += '$';
            i = dollar + 1;
            continue;
        }
        const close = closingBrace(s, dollar + 2);
        const body = close < 0 ? null : s.slice(dollar + 2, close);
        const parsed = body === null ? null : parseBraced(body);
        if (!parsed) {
            problems.push({
                kind: 'invalid',
                message: `invalid interpolation format "${close < 0 ? s.slice(dollar) : s.slice(dollar, close + 1)}"; you may need to escape any $ with another $`,
                index: base + dollar,
            });
            // Compose stops on this; keep the text as written so checking goes on.
            out += close < 0 ? s.slice(dollar) : s.slice(dollar, close + 1);
            i = close < 0 ? s.length : close + 1;
            continue;
        }
        const { name, operator, argRaw } = parsed;
        const v = lookup(name);
        const argStart = dollar + 2 + name.length + operator.length;
        // Compose evaluates the argument eagerly (it warns about unset variables in it either way).
        const arg = argRaw === undefined
            ? undefined
            : run(argRaw, base + argStart, lookup, refs, problems, depth + 1);
        const ref = {
            name,
            operator,
            isSet: v !== undefined,
            resolvedEmpty: false,
            index: base + dollar,
            text: s.slice(dollar, close + 1),
        };
        if (arg !== undefined)
            ref.argument = arg;
        let result = '';
        switch (operator) {
            case '':
                result = v ?? '';
                break;
            case ':-':
                result = v ? v : (arg ?? '');
                break;
            case '-':
                result = v !== undefined ? v : (arg ?? '');
                break;
            case ':+':
                result = v ? (arg ?? '') : '';
                break;
            case '+':
                result = v !== undefined ? (arg ?? '') : '';
                break;
            case ':?':
            case '?':
                if (operator === ':?' ? !v : v === undefined) {
                    problems.push({
                        kind: 'required',
                        name,
                        message: `required variable ${name} is missing a value${arg ? `: ${arg}` : ''}`,
                        index: base + dollar,
                    });
                    result = '';
                }
                else
                    result = v ?? '';
                break;
        }
        ref.resolvedEmpty = result === '';
        // Nested references were pushed first; keep document order by inserting before them.
        insertInOrder(refs, ref);
        out += result;
        i = close + 1;
    }
    return out;
}
function insertInOrder(refs, ref) {
    let at = refs.length;
    while (at > 0 && refs[at - 1].index > ref.index)
        at--;
    refs.splice(at, 0, ref);
}
/** Index of the `}` closing a `${` whose body starts at `from`, counting nested braces. */
function closingBrace(s, from) {
    let depth = 1;
    for (let i = from; i < s.length; i++) {
        if (s[i] === '{')
            depth++;
        else if (s[i] === '}') {
            depth--;
            if (depth === 0)
                return i;
        }
    }
    return -1;
}
function parseBraced(body) {
    if (body.length === 0 || !NAME_START.test(body[0]))
        return null;
    let end = 1;
    while (end < body.length && NAME_CHAR.test(body[end]))
        end++;
    const name = body.slice(0, end);
    if (end === body.length)
        return { name, operator: '' };
    const rest = body.slice(end);
    const operator = OPERATORS.find((op) => rest.startsWith(op));
    if (!operator)
        return null;
    return { name, operator, argRaw: rest.slice(operator.length) };
}

;// CONCATENATED MODULE: ./src/compose/dotenv.ts
/**
 * Compose's dotenv syntax (compose-go/dotenv): `KEY=value`, `KEY: value`,
 * optional `export`, `#` comments, single quotes (literal), double quotes
 * (`\n`/`\r` escapes, other `\x` -> `x` except `\$`, interpolation),
 * unquoted values cut at the first ` #` and trimmed, then interpolated.
 * A bare `KEY` line takes the value from the lookup, if it has one.
 * Interpolation inside the file sees the lookup first, then earlier keys.
 */

function parseDotenv(text, file, lookup = () => undefined) {
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++)
        if (text[i] === '\n')
            lineStarts.push(i + 1);
    const locate = (offset) => {
        let lo = 0;
        let hi = lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { file, line: lo + 1, column: offset - lineStarts[lo] + 1 };
    };
    const entries = new Map();
    const result = { entries, unset: [] };
    const known = (name) => lookup(name) ?? entries.get(name)?.value;
    const expand = (raw, rawOffset) => {
        const sub = substitute(raw, known);
        const variables = sub.refs.map((r) => {
            const v = {
                name: r.name,
                operator: r.operator,
                isSet: r.isSet,
                resolvedEmpty: r.resolvedEmpty,
                pos: locate(rawOffset + r.index),
            };
            if (r.argument !== undefined)
                v.argument = r.argument;
            return v;
        });
        for (const p of sub.problems) {
            if (p.kind === 'required' && p.name)
                result.unset.push({ name: p.name, message: p.message, pos: locate(rawOffset + p.index) });
        }
        return { value: sub.value, variables };
    };
    let i = 0;
    const n = text.length;
    while (i < n) {
        // Statement start: skip whitespace (including newlines) and comment lines.
        while (i < n && /\s/.test(text[i]))
            i++;
        if (i >= n)
            break;
        if (text[i] === '#') {
            const nl = text.indexOf('\n', i);
            if (nl < 0)
                break;
            i = nl;
            continue;
        }
        const stmt = i;
        if (text.startsWith('export', i))
            i += 'export'.length;
        while (i < n && isSpace(text[i]))
            i++;
        const keyStart = i;
        let sep = '';
        for (; i < n; i++) {
            const c = text[i];
            if (isSpace(c))
                continue;
            if (c === '=' || c === ':' || c === '\n') {
                sep = c;
                break;
            }
            if (c === '_' || c === '.' || /[\p{L}\p{N}]/u.test(c))
                continue;
            result.error = {
                message: `unexpected character "${c}" in variable name`,
                pos: locate(i),
            };
            return result;
        }
        const key = text.slice(keyStart, i).trimEnd();
        const pos = locate(stmt);
        if (key.includes(' ')) {
            result.error = { message: 'key cannot contain a space', pos };
            return result;
        }
        if (sep === '' || sep === '\n') {
            // A bare key: inherited from the environment when it is set there.
            const v = lookup(key);
            if (key && v !== undefined)
                entries.set(key, { key, value: v, pos });
            i = sep === '\n' ? i + 1 : n;
            continue;
        }
        i++;
        while (i < n && isSpace(text[i]))
            i++;
        const q = text[i];
        if (q === '"' || q === "'") {
            let end = -1;
            for (let j = i + 1; j < n; j++) {
                if (text[j] === q && text[j - 1] !== '\\') {
                    end = j;
                    break;
                }
            }
            if (end < 0) {
                // The value is not quoted back: it may be a password.
                result.error = {
                    message: `the quoted value of ${key} has no closing ${q}`,
                    pos: locate(i),
                };
                return result;
            }
            const inner = trimChar(text.slice(i, end), q);
            if (q === '"') {
                const { value, variables } = expand(expandEscapes(inner), i + 1);
                entries.set(key, { key, value, pos, raw: text.slice(i, end + 1), variables });
            }
            else {
                entries.set(key, { key, value: inner, pos, raw: text.slice(i, end + 1) });
            }
            i = end + 1;
            // The rest of the line after a closing quote is read as a new statement, as Compose does.
            continue;
        }
        const nl = text.indexOf('\n', i);
        const lineEnd = nl < 0 ? n : nl;
        const written = text.slice(i, lineEnd);
        const hash = written.indexOf(' #');
        const rawValue = (hash < 0 ? written : written.slice(0, hash)).replace(/\s+$/u, '');
        const { value, variables } = expand(rawValue, i);
        entries.set(key, { key, value, pos, raw: rawValue, variables });
        i = lineEnd;
    }
    return result;
}
function isSpace(c) {
    return (c === ' ' ||
        c === '\t' ||
        c === '\v' ||
        c === '\f' ||
        c === '\r' ||
        c === '\u0085' ||
        c === '\u00a0');
}
function trimChar(s, c) {
    let a = 0;
    let b = s.length;
    while (a < b && s[a] === c)
        a++;
    while (b > a && s[b - 1] === c)
        b--;
    return s.slice(a, b);
}
function expandEscapes(s) {
    const out = s.replace(/\\[\s\S]/g, (m) => (m[1] === 'n' ? '\n' : m[1] === 'r' ? '\r' : m));
    return out.replace(/\\([^$])/g, '$1');
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
// EXTERNAL MODULE: ./src/yaml-module.ts
var yaml_module = __nccwpck_require__(477);
// EXTERNAL MODULE: ./src/compose/types.ts
var types = __nccwpck_require__(845);
;// CONCATENATED MODULE: ./src/compose/nesting.ts
/**
 * The depth limit, enforced before yaml parses a file. yaml's composer is
 * recursive and its lexer slows down with the nesting: two megabytes of
 * nested flow brackets ran for minutes and took gigabytes before failing with
 * a stack overflow. One linear pass over the text, in constant memory per
 * level, counts how deep collections are nested and refuses the file at the
 * first line that goes past the limit.
 *
 * The count follows flow brackets outside quotes and comments, and block
 * collections by the columns of their keys and `-`/`?` indicators; it skips
 * block scalars' text and quoted text. It can only overcount on text that
 * merely looks like collections (a plain scalar continued on a line of
 * dozens of brackets), so in practice it refuses nothing the loader accepts;
 * the converter's own depth check (read-yaml.ts) stays the exact one.
 */

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const HASH = 0x23;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
/**
 * Throws UnreadableInputError when collections are nested so deep that a value
 * lies more than `maxDepth` levels below the top.
 */
function refuseDeepNesting(text, file, maxDepth) {
    // The top-level mapping is depth 0: a value past maxDepth needs maxDepth + 2 collections.
    const limit = maxDepth + 1;
    const n = text.length;
    /** Columns of the open block collections. */
    const indents = [];
    let flow = 0;
    /** The quote of a quoted scalar still open at the end of the previous line, or 0. */
    let quote = 0;
    /** Lines more indented than this belong to a block scalar; -1: not in one. */
    let blockScalarAbove = -1;
    let line = 0;
    const refuse = () => {
        throw new types/* UnreadableInputError */.W(`${file}:${line}: values are nested more than ${maxDepth} levels deep (the limit is ${maxDepth}); no compose file needs that. Flatten the file.`, { file, line, column: 1 });
    };
    const open = (column) => {
        indents.push(column);
        if (indents.length + flow > limit)
            refuse();
    };
    /** The end of a quoted scalar whose text starts at `p`, or -1 if it goes on past `eol`. */
    const quotedEnd = (p, eol, q) => {
        for (let k = p; k < eol; k++) {
            const c = text.charCodeAt(k);
            if (q === DQUOTE && c === BACKSLASH)
                k++;
            else if (c === q) {
                if (q === SQUOTE && text.charCodeAt(k + 1) === SQUOTE)
                    k++;
                else
                    return k + 1;
            }
        }
        return -1;
    };
    /**
     * Scans flow content from `p` to the end of the line (and what follows a
     * collection that ends on it, such as `[a]: [b]`).
     */
    const scanFlow = (p, eol) => {
        let scalarStart = true;
        let afterWhite = true;
        for (let k = p; k < eol; k++) {
            const c = text.charCodeAt(k);
            if (isWhite(c)) {
                scalarStart = afterWhite = true;
                continue;
            }
            if (c === HASH && afterWhite)
                return;
            afterWhite = false;
            if (scalarStart && (c === DQUOTE || c === SQUOTE)) {
                const end = quotedEnd(k + 1, eol, c);
                if (end < 0) {
                    quote = c;
                    return;
                }
                k = end - 1;
                scalarStart = false;
                continue;
            }
            if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
                flow++;
                if (indents.length + flow > limit)
                    refuse();
                scalarStart = true;
            }
            else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
                if (flow > 0)
                    flow--;
                scalarStart = false;
            }
            else
                scalarStart = c === COMMA || c === COLON;
        }
    };
    /** A value or key that starts at `p` in block context. */
    const blockContent = (p, eol, lineIndent) => {
        for (;;) {
            // Indicators of nested block collections on the same line: `- - x`, `? a`.
            let c = text.charCodeAt(p);
            while ((c === 0x2d /* - */ || c === 0x3f /* ? */ || c === COLON) && isBlank(p + 1, eol)) {
                // `:` here is the value of an explicit key: no collection of its own.
                if (c !== COLON)
                    open(column(p));
                p = skipWhite(p + 1, eol);
                if (p >= eol)
                    return;
                c = text.charCodeAt(p);
            }
            // Anchors and tags before the content.
            while (c === 0x26 /* & */ || c === 0x21 /* ! */) {
                while (p < eol && !isWhite(text.charCodeAt(p)))
                    p++;
                p = skipWhite(p, eol);
                if (p >= eol)
                    return;
                c = text.charCodeAt(p);
            }
            if (c === HASH)
                return;
            if (c === 0x5b || c === 0x7b) {
                scanFlow(p, eol);
                return;
            }
            if (c === 0x7c /* | */ || c === 0x3e /* > */) {
                // Its text is indented deeper than the key or `-` that holds it.
                blockScalarAbove = indents.length > 0 ? indents[indents.length - 1] : lineIndent;
                return;
            }
            let keyEnd;
            if (c === DQUOTE || c === SQUOTE) {
                const end = quotedEnd(p + 1, eol, c);
                if (end < 0) {
                    quote = c;
                    return;
                }
                keyEnd = skipWhite(end, eol);
                if (text.charCodeAt(keyEnd) !== COLON || !isBlank(keyEnd + 1, eol))
                    return;
            }
            else {
                keyEnd = plainKeyColon(p, eol);
                if (keyEnd < 0)
                    return;
            }
            // A key: its mapping is open at its column; its value follows on this line or below.
            if (indents.length === 0 || indents[indents.length - 1] < column(p))
                open(column(p));
            p = skipWhite(keyEnd + 1, eol);
            if (p >= eol)
                return;
        }
    };
    const isBlank = (p, eol) => p >= eol || isWhite(text.charCodeAt(p));
    const skipWhite = (p, eol) => {
        while (p < eol && isWhite(text.charCodeAt(p)))
            p++;
        return p;
    };
    let lineStart = 0;
    const column = (p) => p - lineStart;
    /** The `:` ending a plain implicit key at `p`, or -1. */
    const plainKeyColon = (p, eol) => {
        for (let k = p; k < eol; k++) {
            const c = text.charCodeAt(k);
            if (c === COLON && isBlank(k + 1, eol))
                return k;
            if (c === HASH && isWhite(text.charCodeAt(k - 1)))
                return -1;
        }
        return -1;
    };
    while (lineStart < n) {
        line++;
        let eol = text.indexOf('\n', lineStart);
        if (eol < 0)
            eol = n;
        let p = skipWhite(lineStart, eol);
        const indent = p - lineStart;
        // A document marker or directive starts over at the top (several documents are refused later).
        if (indent === 0 &&
            quote === 0 &&
            flow === 0 &&
            /^(?:---|\.\.\.)(?:[ \t\r]|$)|^%/.test(text.slice(p, p + 4))) {
            indents.length = 0;
            flow = 0;
            blockScalarAbove = -1;
            p = text.charCodeAt(p) === 0x25 /* % */ ? eol : skipWhite(p + 3, eol);
        }
        if (quote !== 0) {
            const end = quotedEnd(p, eol, quote);
            if (end >= 0) {
                quote = 0;
                if (flow > 0)
                    scanFlow(end, eol);
            }
        }
        else if (blockScalarAbove >= 0 && (p >= eol || indent > blockScalarAbove)) {
            // The text of a block scalar.
        }
        else {
            blockScalarAbove = -1;
            if (flow > 0)
                scanFlow(p, eol);
            else if (p < eol && text.charCodeAt(p) !== HASH) {
                while (indents.length > 0 && indents[indents.length - 1] >= indent)
                    indents.pop();
                blockContent(p, eol, indent);
            }
        }
        lineStart = eol + 1;
    }
}
function isWhite(c) {
    return c === SPACE || c === TAB || c === CR;
}

;// CONCATENATED MODULE: ./src/compose/line-index.ts
/** Where a block collection whose last value ends at `lastEnd` ends: the start of the next line. */
function blockCollectionEnd(text, lastEnd) {
    if (lastEnd >= text.length || (lastEnd > 0 && text.charCodeAt(lastEnd - 1) === 0x0a))
        return lastEnd;
    const eol = text.indexOf('\n', lastEnd);
    return eol < 0 ? text.length : eol + 1;
}

;// CONCATENATED MODULE: ./src/compose/yaml-scalars.ts
/**
 * How a plain YAML scalar's text becomes a value, shared by both parse paths
 * so that they cannot drift: YAML 1.2 core schema, as the yaml package
 * resolves it, plus the one YAML 1.1 habit of Go's yaml.v3 that Compose shows.
 */
/** First characters that can begin a null, a boolean or a number (`~nNtTfF0-9+-.`). */
const MAY_RESOLVE = new Set([...'~nNtTfF0123456789+-.'].map((c) => c.charCodeAt(0)));
/** YAML 1.2 core schema resolution of a plain scalar's text. */
function coreScalar(text) {
    // Most scalars are words, paths and images: one look at the first character settles them.
    if (text.length > 0 && !MAY_RESOLVE.has(text.charCodeAt(0)))
        return text;
    if (/^(?:~|null|Null|NULL|)$/.test(text))
        return null;
    if (/^(?:true|True|TRUE)$/.test(text))
        return true;
    if (/^(?:false|False|FALSE)$/.test(text))
        return false;
    if (/^[-+]?[0-9]+$/.test(text))
        return Number(text);
    if (/^0o[0-7]+$/.test(text))
        return parseInt(text.slice(2), 8);
    if (/^0x[0-9a-fA-F]+$/.test(text))
        return parseInt(text.slice(2), 16);
    if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text))
        return Number(text);
    if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text))
        return text.startsWith('-') ? -Infinity : Infinity;
    if (/^\.(?:nan|NaN|NAN)$/.test(text))
        return NaN;
    return text;
}
/** Go's yaml.v3 reads a plain `0440` as octal (288); the YAML 1.2 core schema says decimal. */
function isGoOctal(text) {
    return /^[-+]?0[0-7]+$/.test(text);
}

;// CONCATENATED MODULE: ./src/compose/source-range.ts
/** One file's text, with the starts of its lines found on first need. */
class SourceText {
    file;
    text;
    lineStarts;
    /** The line of the previous lookup: positions are mostly asked for in file order. */
    lastLine = 0;
    constructor(file, text) {
        this.file = file;
        this.text = text;
    }
    /** Offset of the first character of each line (0-based lines). */
    starts() {
        if (!this.lineStarts) {
            const starts = [0];
            const t = this.text;
            for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1))
                starts.push(i + 1);
            this.lineStarts = starts;
        }
        return this.lineStarts;
    }
    /** The 0-based line of an offset. */
    lineOf(offset) {
        const starts = this.starts();
        let lo = this.lastLine;
        if (starts[lo] <= offset && (lo + 1 === starts.length || offset < starts[lo + 1]))
            return lo;
        lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        this.lastLine = lo;
        return lo;
    }
    /** The report position of the text from `start` to `end` (a point when `end` is POINT). */
    position(start, end) {
        const line = this.lineOf(start);
        const starts = this.starts();
        const pos = { file: this.file, line: line + 1, column: start - starts[line] + 1 };
        if (end !== POINT) {
            const endLine = end === start ? line : this.lineOf(end);
            pos.endLine = endLine + 1;
            pos.endColumn = end - starts[endLine] + 1;
        }
        return pos;
    }
}
/** The `end` of a range that is a point (a report position with no end). */
const POINT = -1;
function textRange(source, start, end) {
    return { source, start, end };
}
function fixedRange(at) {
    return { source: undefined, fixed: at };
}
/** The report position of a node's range. */
function toPosition(r) {
    return r.source ? r.source.position(r.start, r.end) : { ...r.fixed };
}
/** Whether the range ends on the line it starts on (or is a point). */
function isOneLine(r) {
    if (!r.source)
        return r.fixed.endLine === undefined || r.fixed.endLine === r.fixed.line;
    if (r.end === POINT)
        return true;
    const nl = r.source.text.indexOf('\n', r.start);
    return nl < 0 || nl >= r.end;
}
/** The point `columns` columns right of where a one-line range starts. */
function pointRightOf(r, columns) {
    if (r.source)
        return { source: r.source, start: r.start + columns, end: POINT };
    const { file, line, column } = r.fixed;
    return fixedRange({ file, line, column: column + columns });
}

;// CONCATENATED MODULE: ./src/compose/read-plain.ts



class Decline extends Error {
}
/**
 * Whole-text reasons to decline: tabs and CRs (the parsers differ on them),
 * characters YAML does not allow or reads specially, document markers and
 * directives.
 */
const OUTSIDE_SUBSET = 
// eslint-disable-next-line no-control-regex
/[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]|^(?:---|\.\.\.)(?:[ \n]|$)|^%/m;
/** The nesting the scanner accepts; far deeper than any compose file, well inside the limits. */
const MAX_DEPTH = 24;
/** The double-quoted escapes the scanner reads; any other declines. */
const ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
};
const read_plain_SPACE = 0x20;
const read_plain_HASH = 0x23;
const read_plain_COLON = 0x3a;
const DASH = 0x2d;
const read_plain_DQUOTE = 0x22;
const read_plain_SQUOTE = 0x27;
/** Characters a plain scalar may not start with (`-` is checked apart: it may start `-1`). */
const NOT_PLAIN_START = new Set([...'?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));
/** The positioned tree of a file's text, or undefined when yaml must decide. */
function parsePlain(source, limits) {
    if (OUTSIDE_SUBSET.test(source.text))
        return undefined;
    try {
        return new LineScanner(source, limits).document();
    }
    catch (err) {
        if (err instanceof Decline)
            return undefined;
        throw err;
    }
}
class LineScanner {
    source;
    limits;
    text;
    starts;
    /** The current content line (not blank, not only a comment): its index, start, end and indentation; -1 past the end. */
    line = -1;
    lineStart = 0;
    lineEnd = -1;
    indent = -1;
    /** Offset just past the value read last. */
    end = 0;
    /** Where the key read last was written. */
    keyPos;
    /** Keys as written -> keys as held, for the keys seen so far. */
    keys = new Map();
    nodes = 0;
    constructor(source, limits) {
        this.source = source;
        this.limits = limits;
        this.text = source.text;
        this.starts = source.starts();
    }
    document() {
        this.nextLine();
        if (this.indent !== 0 || this.isSeqEntry(this.lineStart))
            return undefined;
        const root = this.mapping(this.lineStart, 0, 1);
        if (!this.atEnd())
            throw new Decline();
        return root;
    }
    atEnd() {
        return this.indent === -1;
    }
    /** Moves to the next content line. */
    nextLine() {
        const t = this.text;
        const starts = this.starts;
        for (let line = this.line + 1; line < starts.length; line++) {
            const s = starts[line];
            const e = line + 1 < starts.length ? starts[line + 1] - 1 : t.length;
            let i = s;
            while (t.charCodeAt(i) === read_plain_SPACE)
                i++;
            if (i < e && t.charCodeAt(i) !== read_plain_HASH) {
                this.line = line;
                this.lineStart = s;
                this.lineEnd = e;
                this.indent = i - s;
                return;
            }
        }
        this.line = starts.length;
        this.lineStart = this.lineEnd = t.length;
        this.indent = -1;
    }
    isSeqEntry(at) {
        return (this.text.charCodeAt(at) === DASH &&
            (at + 1 === this.lineEnd || this.text.charCodeAt(at + 1) === read_plain_SPACE));
    }
    /**
     * A block mapping whose first key starts at `start` on the current line, in
     * column `col` (0-based).
     */
    mapping(start, col, depth) {
        this.count(depth);
        const t = this.text;
        const entries = new Map();
        let at = start;
        let lastEnd = start;
        for (;;) {
            const colon = this.keyColon(at);
            if (colon < 0)
                throw new Decline();
            const key = this.key(at, colon);
            const keyPos = this.keyPos;
            if (entries.has(key))
                throw new Decline();
            let v = colon + 1;
            while (t.charCodeAt(v) === read_plain_SPACE)
                v++;
            let value;
            if (v === this.lineEnd || t.charCodeAt(v) === read_plain_HASH) {
                const empty = this.emptyAt(colon + 1);
                this.nextLine();
                if (this.indent > col)
                    value = this.block(depth + 1);
                else if (this.indent === col && this.isSeqEntry(this.lineStart + col))
                    value = this.sequence(this.lineStart + col, col, depth + 1);
                else {
                    value = this.scalarNode(null, empty, empty, false, this.span(empty, empty));
                    this.end = empty;
                }
            }
            else {
                value = this.inline(v, depth + 1);
                this.nextLine();
                if (this.indent > col)
                    throw new Decline();
            }
            entries.set(key, { key, keyRange: keyPos, value });
            lastEnd = this.end;
            if (this.indent !== col || this.isSeqEntry(this.lineStart + col))
                break;
            at = this.lineStart + col;
        }
        const end = (this.end = blockCollectionEnd(t, lastEnd));
        return { kind: 'map', entries, range: textRange(this.source, start, end) };
    }
    /** A block sequence whose first `-` is at `start` on the current line, in column `col`. */
    sequence(start, col, depth) {
        this.count(depth);
        const t = this.text;
        const items = [];
        let at = start;
        let lastEnd = start;
        for (;;) {
            let v = at + 1;
            while (t.charCodeAt(v) === read_plain_SPACE)
                v++;
            // An entry with its value on the next lines, or a sequence in a sequence: rare, left to yaml.
            if (v === this.lineEnd || t.charCodeAt(v) === read_plain_HASH || this.isSeqEntry(v))
                throw new Decline();
            let item;
            if (this.keyColon(v) >= 0)
                item = this.mapping(v, v - this.lineStart, depth + 1);
            else {
                item = this.inline(v, depth + 1);
                this.nextLine();
            }
            if (this.indent > col)
                throw new Decline();
            items.push(item);
            lastEnd = this.end;
            if (this.indent !== col || !this.isSeqEntry(this.lineStart + col))
                break;
            at = this.lineStart + col;
        }
        const end = (this.end = blockCollectionEnd(t, lastEnd));
        return { kind: 'seq', items, range: textRange(this.source, start, end) };
    }
    /** The block collection on the current line, more indented than its key. */
    block(depth) {
        const at = this.lineStart + this.indent;
        if (this.isSeqEntry(at))
            return this.sequence(at, this.indent, depth);
        if (this.keyColon(at) >= 0)
            return this.mapping(at, this.indent, depth);
        // A scalar on the lines below its key.
        throw new Decline();
    }
    /**
     * The `:` that ends an implicit key starting at `at` on the current line,
     * or -1 when the line holds no key there.
     */
    keyColon(at) {
        const t = this.text;
        const end = this.lineEnd;
        let i;
        const c = t.charCodeAt(at);
        if (c === read_plain_DQUOTE || c === read_plain_SQUOTE) {
            i = this.quotedEnd(at);
            while (t.charCodeAt(i) === read_plain_SPACE)
                i++;
        }
        else {
            for (i = at; i < end; i++) {
                const ch = t.charCodeAt(i);
                if (ch === read_plain_COLON) {
                    if (i + 1 === end || t.charCodeAt(i + 1) === read_plain_SPACE)
                        break;
                }
                else if (ch === read_plain_HASH && t.charCodeAt(i - 1) === read_plain_SPACE)
                    return -1;
            }
        }
        if (i >= end || t.charCodeAt(i) !== read_plain_COLON)
            return -1;
        if (i + 1 !== end && t.charCodeAt(i + 1) !== read_plain_SPACE)
            return -1;
        // YAML caps implicit keys at 1024 characters.
        if (i - at > 1000)
            throw new Decline();
        return i;
    }
    /** The key starting at `at` on the current line, as the mapping holds it; its position goes to `keyPos`. */
    key(at, colon) {
        const t = this.text;
        const c = t.charCodeAt(at);
        this.count(1);
        if (c === read_plain_DQUOTE || c === read_plain_SQUOTE) {
            const end = this.quotedEnd(at);
            this.keyPos = this.spanHere(at, end);
            return c === read_plain_DQUOTE ? this.doubleQuoted(at, end) : this.singleQuoted(at, end);
        }
        let end = colon;
        while (t.charCodeAt(end - 1) === read_plain_SPACE)
            end--;
        const raw = t.slice(at, end);
        // A merge key needs an alias; anything odd at the start is for the other paths.
        if (raw === '<<' || this.cannotStartPlain(at))
            throw new Decline();
        this.keyPos = this.spanHere(at, end);
        // The same few keys repeat in every service: keep one copy of each (the slice dies young).
        const known = this.keys.get(raw);
        if (known !== undefined)
            return known;
        const value = this.resolve(raw);
        const key = value === null ? 'null' : String(value);
        this.keys.set(raw, key);
        return key;
    }
    /** A value that starts on the current line at `at` and ends on it. */
    inline(at, depth) {
        this.count(depth);
        const t = this.text;
        const c = t.charCodeAt(at);
        let node;
        if (c === read_plain_DQUOTE || c === read_plain_SQUOTE) {
            const end = this.quotedEnd(at);
            if (end < 0)
                throw new Decline();
            const value = c === read_plain_DQUOTE ? this.doubleQuoted(at, end) : this.singleQuoted(at, end);
            node = this.scalarNode(value, at, end, true);
            this.end = end;
        }
        else if (c === 0x5b /* [ */)
            node = this.flowSequence(at, depth);
        else if (c === 0x7b /* { */)
            node = this.emptyFlowMapping(at);
        else {
            if (this.cannotStartPlain(at))
                throw new Decline();
            let i = at;
            const lineEnd = this.lineEnd;
            for (; i < lineEnd; i++) {
                const ch = t.charCodeAt(i);
                // `a: b: c` is an error; `a: b:` too.
                if (ch === read_plain_COLON && (i + 1 === lineEnd || t.charCodeAt(i + 1) === read_plain_SPACE))
                    throw new Decline();
                if (ch === read_plain_HASH && t.charCodeAt(i - 1) === read_plain_SPACE)
                    break;
            }
            let end = i;
            while (t.charCodeAt(end - 1) === read_plain_SPACE)
                end--;
            this.end = end;
            return this.scalarNode(this.resolve(t.slice(at, end)), at, end, false);
        }
        this.restOfLine(this.end);
        return node;
    }
    /** `[a, "b", 'c']` on one line: scalars only. */
    flowSequence(at, depth) {
        const t = this.text;
        const items = [];
        let i = at + 1;
        while (t.charCodeAt(i) === read_plain_SPACE)
            i++;
        if (t.charCodeAt(i) !== 0x5d /* ] */) {
            for (;;) {
                this.count(depth + 1);
                const c = t.charCodeAt(i);
                let end;
                if (c === read_plain_DQUOTE || c === read_plain_SQUOTE) {
                    end = this.quotedEnd(i);
                    if (end < 0)
                        throw new Decline();
                    const value = c === read_plain_DQUOTE ? this.doubleQuoted(i, end) : this.singleQuoted(i, end);
                    items.push(this.scalarNode(value, i, end, true));
                    i = end;
                }
                else {
                    if (this.cannotStartPlain(i))
                        throw new Decline();
                    let j = i;
                    for (; j < this.lineEnd; j++) {
                        const ch = t.charCodeAt(j);
                        if (ch === 0x2c || ch === 0x5d || ch === 0x5b || ch === 0x7b || ch === 0x7d)
                            break;
                        // `a: b` in a flow sequence is a pair, and `#` may start a comment.
                        if (ch === read_plain_COLON || ch === read_plain_HASH)
                            throw new Decline();
                    }
                    end = j;
                    while (t.charCodeAt(end - 1) === read_plain_SPACE)
                        end--;
                    items.push(this.scalarNode(this.resolve(t.slice(i, end)), i, end, false));
                    i = j;
                }
                while (t.charCodeAt(i) === read_plain_SPACE)
                    i++;
                const sep = t.charCodeAt(i);
                if (sep === 0x5d /* ] */)
                    break;
                if (sep !== 0x2c /* , */)
                    throw new Decline();
                i++;
                while (t.charCodeAt(i) === read_plain_SPACE)
                    i++;
                // An empty entry or a trailing comma.
                const next = t.charCodeAt(i);
                if (next === 0x2c || next === 0x5d)
                    throw new Decline();
            }
        }
        const end = (this.end = i + 1);
        return { kind: 'seq', items, range: this.spanHere(at, end) };
    }
    emptyFlowMapping(at) {
        let i = at + 1;
        while (this.text.charCodeAt(i) === read_plain_SPACE)
            i++;
        if (this.text.charCodeAt(i) !== 0x7d /* } */)
            throw new Decline();
        const end = (this.end = i + 1);
        return { kind: 'map', entries: new Map(), range: this.spanHere(at, end) };
    }
    /** After a quoted scalar or flow collection: spaces, then the end of the line or a comment. */
    restOfLine(end) {
        let i = end;
        while (this.text.charCodeAt(i) === read_plain_SPACE)
            i++;
        if (i === this.lineEnd)
            return;
        if (this.text.charCodeAt(i) === read_plain_HASH && i > end)
            return;
        throw new Decline();
    }
    /** Offset just past the closing quote of the scalar opening at `at`, on the same line; -1 if none. */
    quotedEnd(at) {
        const t = this.text;
        const q = t.charCodeAt(at);
        for (let i = at + 1; i < this.lineEnd; i++) {
            const ch = t.charCodeAt(i);
            if (q === read_plain_DQUOTE && ch === 0x5c /* \ */)
                i++;
            else if (ch === q) {
                if (q === read_plain_SQUOTE && t.charCodeAt(i + 1) === read_plain_SQUOTE)
                    i++;
                else
                    return i + 1;
            }
        }
        return -1;
    }
    doubleQuoted(at, end) {
        const t = this.text;
        const body = t.slice(at + 1, end - 1);
        if (!body.includes('\\'))
            return body;
        return body.replace(/\\(.)/g, (_m, c) => {
            const e = ESCAPES[c];
            if (e === undefined)
                throw new Decline();
            return e;
        });
    }
    singleQuoted(at, end) {
        return this.text.slice(at + 1, end - 1).replaceAll("''", "'");
    }
    cannotStartPlain(at) {
        const c = this.text.charCodeAt(at);
        if (c === DASH) {
            const n = this.text.charCodeAt(at + 1);
            return at + 1 >= this.lineEnd || n === read_plain_SPACE;
        }
        return NOT_PLAIN_START.has(c);
    }
    /** A plain scalar's value, with Go's octal habit (as the other paths). */
    resolve(raw) {
        const value = coreScalar(raw);
        return typeof value === 'number' && isGoOctal(raw) ? parseInt(raw, 8) : value;
    }
    /** Where the other paths place the null of `key:` with nothing after it. */
    emptyAt(from) {
        let i = from;
        while (this.text.charCodeAt(i) === read_plain_SPACE)
            i++;
        return i;
    }
    scalarNode(value, start, end, quoted, pos = this.spanHere(start, end)) {
        const node = { kind: 'scalar', value, range: pos };
        if (quoted)
            node.quoted = true;
        if (typeof value === 'string' && value.includes('$'))
            node.src = { text: this.text.slice(start, end), offset: start, source: this.source };
        return node;
    }
    count(depth) {
        if (depth > MAX_DEPTH || ++this.nodes > this.limits.maxExpandedNodes)
            throw new Decline();
    }
    span(start, end) {
        return textRange(this.source, start, end);
    }
    /** The range of a value on the current line. */
    spanHere(start, end) {
        return textRange(this.source, start, end);
    }
}

;// CONCATENATED MODULE: ./src/compose/expansion.ts
class ExpansionCount {
    limit;
    /** Expanded sizes, memoised so that shared alias targets are not walked again. */
    sizes = new Map();
    total = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** One value built. */
    built() {
        this.total++;
    }
    /** An alias use: another copy of its target; false once the document is over the limit. */
    alias(target) {
        this.total += this.size(target);
        return this.total <= this.limit;
    }
    size(n) {
        const known = this.sizes.get(n);
        if (known !== undefined)
            return known;
        let s = 1;
        if (n.kind === 'seq')
            for (const i of n.items)
                s += this.size(i);
        else if (n.kind === 'map')
            for (const e of n.entries.values())
                s += this.size(e.value);
        if (s > this.limit)
            s = this.limit + 1;
        this.sizes.set(n, s);
        return s;
    }
}

;// CONCATENATED MODULE: ./src/compose/merge-keys.ts
/**
 * `<<: *a` or `<<: [*a, *b]`: keys already present win, then earlier sources
 * win. A source that is not a mapping goes to `notAMapping`, which throws.
 */
function applyMergeKey(entries, source, notAMapping) {
    const sources = source.kind === 'seq' ? source.items : [source];
    for (const s of sources) {
        if (s.kind !== 'map')
            notAMapping(s);
        s.entries.forEach((e, k) => {
            if (!entries.has(k))
                entries.set(k, e);
        });
    }
}

;// CONCATENATED MODULE: ./src/compose/read-yaml.ts






/** The yaml path: what the line scanner must agree with, and the owner of every error message. */
function parseWithYaml(yaml, source, limits) {
    // yaml's duplicate-key check compares each key with every earlier key of its
    // mapping: quadratic, minutes for a mapping of 100,000 keys. The converter
    // spots duplicates with a hash set instead. Input with any problem at all is
    // parsed again with yaml's own check, so that the error reported is the one
    // yaml finds first, as before.
    try {
        return parseYaml(yaml, source, limits, 'converter');
    }
    catch (err) {
        if (!(err instanceof types/* UnreadableInputError */.W))
            throw err;
        return parseYaml(yaml, source, limits, 'yaml');
    }
}
function parseYaml(yaml, source, limits, duplicateKeys) {
    const { file, text } = source;
    const doc = yaml.parseDocument(text, {
        uniqueKeys: duplicateKeys === 'yaml',
        merge: false,
        prettyErrors: false,
    });
    const pointAt = (offset) => toPosition(textRange(source, offset, POINT));
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        // yaml places a missing closing quote at the end of the input, often far
        // below the mistake: point at the quote that opened the value instead.
        const quote = e.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(e.message)?.[1] : undefined;
        const opened = quote ? openingQuote(text, e.pos[0], quote) : -1;
        const pos = pointAt(opened >= 0 ? opened : e.pos[0]);
        const what = e.code === 'DUPLICATE_KEY'
            ? `a key is defined twice in the same mapping (${keyAt(text, e.pos[0]) ?? firstLine(e.message)}); Compose refuses this. Keep one of them`
            : `is not valid YAML: ${firstLine(e.message)}${opened >= 0 ? ' (the value quoted here never ends)' : ''}. Fix the syntax at this line`;
        throw new types/* UnreadableInputError */.W(`${file}:${pos.line}:${pos.column}: ${what}.`, pos);
    }
    const root = doc.contents;
    if (root === null || (yaml.isScalar(root) && (root.value === null || root.value === ''))) {
        throw new types/* UnreadableInputError */.W(`${file}:1: the compose file is empty. Add at least a \`services:\` mapping.`, { file, line: 1, column: 1 });
    }
    const converter = new Converter(yaml, doc, source, limits, duplicateKeys);
    const tree = converter.convert(root, 0);
    if (tree.kind !== 'map') {
        const pos = toPosition(tree.range);
        throw new types/* UnreadableInputError */.W(`${file}:${pos.line}: the top level of a compose file must be a mapping (services:, volumes:, ...), not ${tree.kind === 'seq' ? 'a list' : 'a scalar'}.`, pos);
    }
    return { tree, usesReset: converter.sawReset };
}
/** Offset of the quote that opens the unterminated value ending at `end`, or -1. */
function openingQuote(text, end, quote) {
    for (let i = Math.min(end, text.length) - 1; i >= 0; i--) {
        if (text[i] !== quote)
            continue;
        if (quote === '"' && text[i - 1] === '\\')
            continue; // \" inside "..."
        if (quote === "'" && text[i - 1] === "'") {
            i--; // '' inside '...'
            continue;
        }
        return i;
    }
    return -1;
}
/** The key written at `offset` (a duplicate key), as the user wrote it. */
function keyAt(text, offset) {
    const eol = text.indexOf('\n', offset);
    const rest = text.slice(offset, eol < 0 ? undefined : eol);
    const key = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^:#\n]*?))\s*:(?:\s|$)/.exec(rest);
    const found = key?.[1] ?? key?.[2] ?? key?.[3];
    return found ? `'${found}'` : undefined;
}
function firstLine(s) {
    return s.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
class Converter {
    yaml;
    doc;
    source;
    limits;
    duplicateKeys;
    done = new Map();
    inProgress = new Set();
    file;
    text;
    constructor(yaml, doc, source, limits, duplicateKeys) {
        this.yaml = yaml;
        this.doc = doc;
        this.source = source;
        this.limits = limits;
        this.duplicateKeys = duplicateKeys;
        this.expansion = new ExpansionCount(limits.maxExpandedNodes);
        this.file = source.file;
        this.text = source.text;
    }
    /** Values built, plus the extra copies that alias uses stand for. */
    expansion;
    sawReset = false;
    convert(node, depth) {
        return this.node(node, depth);
    }
    /** An alias use stands for another copy of its target: count it, and stop alias bombs early. */
    countAlias(target, at) {
        if (!this.expansion.alias(target))
            this.tooLarge(toPosition(at));
    }
    tooLarge(at) {
        throw new types/* UnreadableInputError */.W(`${this.file}:${at.line}: YAML aliases expand to more than ${this.limits.maxExpandedNodes} values (an alias bomb?). Reduce the use of anchors.`, at);
    }
    rangeOf(node, end = node.range?.[1] ?? 0) {
        return textRange(this.source, node.range?.[0] ?? 0, end);
    }
    posOf(node) {
        return toPosition(this.rangeOf(node));
    }
    node(node, depth) {
        if (depth > this.limits.maxDepth) {
            const pos = this.posOf(node);
            throw new types/* UnreadableInputError */.W(`${this.file}:${pos.line}: values are nested more than ${this.limits.maxDepth} levels deep. Flatten the file.`, pos);
        }
        if (this.yaml.isAlias(node)) {
            const target = node.resolve(this.doc);
            if (!target) {
                const pos = this.posOf(node);
                throw new types/* UnreadableInputError */.W(`${this.file}:${pos.line}:${pos.column}: alias *${node.source} names no anchor. Define &${node.source} before using it.`, pos);
            }
            if (this.inProgress.has(target)) {
                const pos = this.posOf(node);
                throw new types/* UnreadableInputError */.W(`${this.file}:${pos.line}:${pos.column}: alias *${node.source} refers to a value that contains it. Remove the cycle.`, pos);
            }
            const resolved = this.node(target, depth);
            this.countAlias(resolved, resolved.range);
            return resolved;
        }
        const cached = this.done.get(node);
        if (cached)
            return cached;
        this.inProgress.add(node);
        const result = this.build(node, depth);
        this.inProgress.delete(node);
        this.done.set(node, result);
        return result;
    }
    /**
     * Where a value ends. As the line scanner does, a block collection ends with
     * the line of its last value (yaml's own range also takes in the comment
     * lines below it).
     */
    valueEnd(node) {
        if ((this.yaml.isSeq(node) || this.yaml.isMap(node)) && !node.flow && node.items.length > 0) {
            const last = node.items[node.items.length - 1];
            const lastNode = this.yaml.isMap(node)
                ? (last.value ??
                    last.key)
                : last;
            if (lastNode)
                return blockCollectionEnd(this.text, this.valueEnd(lastNode));
        }
        return node.range?.[1] ?? 0;
    }
    build(node, depth) {
        const block = (this.yaml.isSeq(node) || this.yaml.isMap(node)) && !node.flow;
        const at = block ? this.rangeOf(node, this.valueEnd(node)) : this.rangeOf(node);
        const tag = localTag(node.tag);
        this.expansion.built();
        if (tag === '!reset')
            this.sawReset = true;
        if (this.yaml.isScalar(node))
            return this.scalarNode(node, at, tag);
        if (this.yaml.isSeq(node)) {
            const items = node.items.map((i) => this.node(i, depth + 1));
            return { kind: 'seq', items, range: at, ...(tag ? { tag } : {}) };
        }
        if (this.yaml.isMap(node))
            return this.mapNode(node.items, at, tag, depth);
        const pos = toPosition(at);
        throw new types/* UnreadableInputError */.W(`${this.file}:${pos.line}: unsupported YAML node.`, pos);
    }
    scalarNode(node, pos, tag) {
        let value = node.value;
        if (typeof value === 'bigint')
            value = Number(value);
        if (value instanceof Date)
            value = node.source ?? value.toISOString();
        if (value !== null &&
            typeof value !== 'string' &&
            typeof value !== 'number' &&
            typeof value !== 'boolean') {
            value = node.source ?? String(value);
        }
        // A local tag (`!reset null`, `!override 6379`) hides the plain scalar's core-schema type from the parser.
        if (tag && typeof value === 'string' && (!node.type || node.type === 'PLAIN'))
            value = coreScalar(value);
        const out = { kind: 'scalar', value: value, range: pos };
        if (tag)
            out.tag = tag;
        if (node.type && node.type !== 'PLAIN')
            out.quoted = true;
        else if (!tag &&
            typeof value === 'number' &&
            typeof node.source === 'string' &&
            isGoOctal(node.source)) {
            out.value = parseInt(node.source, 8);
        }
        if (typeof value === 'string' && value.includes('$') && node.range) {
            out.src = {
                text: this.text.slice(node.range[0], node.range[1]),
                offset: node.range[0],
                source: this.source,
            };
        }
        return out;
    }
    mapNode(pairs, pos, tag, depth) {
        const entries = new Map();
        const merges = [];
        // Key texts seen (merge keys included): equal yaml keys have equal texts.
        const seen = this.duplicateKeys === 'converter' ? new Set() : undefined;
        for (const p of pairs) {
            const pair = p;
            const keyNode = pair.key;
            const keyRange = keyNode ? this.rangeOf(keyNode) : pos;
            const key = keyNode && this.yaml.isScalar(keyNode) ? keyNode.value : keyNode;
            if (seen && (keyNode === null || this.yaml.isScalar(keyNode))) {
                const text = String(key);
                if (seen.has(text)) {
                    const keyPos = toPosition(keyRange);
                    throw new types/* UnreadableInputError */.W(`${this.file}:${keyPos.line}:${keyPos.column}: a key is defined twice in the same mapping.`, keyPos);
                }
                seen.add(text);
            }
            if (keyNode &&
                this.yaml.isScalar(keyNode) &&
                key === '<<' &&
                (!keyNode.type || keyNode.type === 'PLAIN')) {
                if (pair.value)
                    merges.push(this.node(pair.value, depth + 1));
                continue;
            }
            if (key !== null && typeof key === 'object') {
                const keyPos = toPosition(keyRange);
                throw new types/* UnreadableInputError */.W(`${this.file}:${keyPos.line}:${keyPos.column}: a mapping key must be a scalar, not a mapping or list.`, keyPos);
            }
            const keyText = key === null ? 'null' : String(key);
            const keyAt = keyRange;
            const value = pair.value
                ? this.node(pair.value, depth + 1)
                : { kind: 'scalar', value: null, range: keyAt };
            entries.set(keyText, { key: keyText, keyRange: keyAt, value });
        }
        for (const m of merges) {
            applyMergeKey(entries, m, (s) => {
                const at = toPosition(s.range);
                throw new types/* UnreadableInputError */.W(`${this.file}:${at.line}:${at.column}: a merge key (<<) must refer to a mapping or a list of mappings.`, at);
            });
        }
        const out = { kind: 'map', entries, range: pos };
        if (tag)
            out.tag = tag;
        return out;
    }
}
function localTag(tag) {
    if (!tag || tag.startsWith('tag:yaml.org,2002:'))
        return undefined;
    return tag;
}

;// CONCATENATED MODULE: ./src/compose/read.ts
/**
 * Reads one compose file into a positioned tree. Only input that cannot be
 * read at all throws (UnreadableInputError); everything else is left for the
 * later stages to judge.
 */








const DEFAULT_LIMITS = {
    // The checker holds ~200 bytes of heap per byte of compose file: 4 MiB stays
    // within a default Node heap (a 4 MiB file is ~40,000 services); a larger
    // file is far more likely a wrong path (a dump, a log) than a compose file.
    maxBytes: 4 * 1024 * 1024,
    maxDepth: 64,
    maxExpandedNodes: 2_000_000,
};
/** Reads a file as UTF-8 text, refusing what is not a readable text file. */
function readTextFile(file, what, limits = DEFAULT_LIMITS) {
    const at = { file, line: 1, column: 1 };
    let size;
    try {
        const st = (0,external_node_fs_.statSync)(file);
        if (st.isDirectory()) {
            throw new types/* UnreadableInputError */.W(`${file}: is a directory, not ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what}. Give the path of the file itself.`, at);
        }
        // Reading a FIFO blocks until a writer comes: forever, for a stray one.
        if (st.isFIFO() || st.isSocket())
            throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
        size = st.size;
    }
    catch (err) {
        if (err instanceof types/* UnreadableInputError */.W)
            throw err;
        const code = err.code;
        const reason = code === 'ENOENT'
            ? 'no such file'
            : code === 'EACCES'
                ? 'permission denied'
                : code === 'ELOOP'
                    ? 'ELOOP: a symbolic link loop'
                    : code === 'ENOTDIR'
                        ? 'ENOTDIR: a part of the path is not a directory'
                        : code === 'ENOTREG'
                            ? 'not a regular file but a FIFO or socket'
                            : String(code ?? err);
        throw new types/* UnreadableInputError */.W(`${file}: cannot read ${what} (${reason}). Check the path and its permissions.`, at);
    }
    if (size > limits.maxBytes) {
        throw new types/* UnreadableInputError */.W(`${file}: ${what} is ${size} bytes, over the ${limits.maxBytes}-byte limit. Split it or check that this is the right file.`, at);
    }
    let buf;
    try {
        buf = readAtMost(file, limits.maxBytes + 1, size);
    }
    catch (err) {
        throw new types/* UnreadableInputError */.W(`${file}: cannot read ${what} (${err.message}).`, at);
    }
    if (buf.length > limits.maxBytes) {
        // A device (/dev/zero) or a file still growing: its stat size said less.
        throw new types/* UnreadableInputError */.W(`${file}: ${what} is ${buf.length} bytes, over the ${limits.maxBytes}-byte limit. Split it or check that this is the right file.`, at);
    }
    const nul = buf.indexOf(0);
    if (nul >= 0) {
        const line = countLines(buf, nul);
        throw new types/* UnreadableInputError */.W(`${file}:${line}: ${what} holds binary data (a NUL byte); it must be UTF-8 text. Check that this is the right file.`, { file, line, column: 1 });
    }
    // isUtf8 then toString: a fatal TextDecoder does the same but costs more at start-up.
    if (!(0,external_node_buffer_namespaceObject.isUtf8)(buf)) {
        const bad = firstInvalidUtf8(buf);
        const line = countLines(buf, bad);
        throw new types/* UnreadableInputError */.W(`${file}:${line}: ${what} is not valid UTF-8 text. Save it as UTF-8.`, { file, line, column: 1 });
    }
    const text = buf.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/**
 * At most `max` bytes of a file: a device such as /dev/zero never ends (/dev/null,
 * as an env file, is fine). The first read asks for the size stat gave, and one
 * byte more to see growth: a regular file is read in one call, without copying.
 */
function readAtMost(file, max, sizeHint) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const chunks = [];
        let total = 0;
        let want = Math.min(Math.max(sizeHint + 1, 4096), max);
        while (total < max) {
            const chunk = Buffer.allocUnsafe(Math.min(want, max - total));
            const n = (0,external_node_fs_.readSync)(fd, chunk, 0, chunk.length, null);
            if (n === 0)
                break;
            chunks.push(chunk.subarray(0, n));
            total += n;
            want = 1 << 20;
        }
        return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function countLines(buf, end) {
    let line = 1;
    for (let i = 0; i < end; i++)
        if (buf[i] === 0x0a)
            line++;
    return line;
}
function firstInvalidUtf8(buf) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let lo = 0;
    let hi = buf.length;
    // The shortest invalid prefix: bisect on prefixes that still decode.
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        try {
            decoder.decode(buf.subarray(0, mid + 1), { stream: true });
            lo = mid + 1;
        }
        catch {
            hi = mid;
        }
    }
    return lo;
}
/**
 * The one parse entry of the loader. Plain files (most compose files) go
 * through the line scanner; anything it declines goes to yaml, loaded on
 * first need, which also words every error. Nesting deeper than the limit is
 * refused before yaml sees it: yaml's parser is recursive, and brackets
 * nested a million deep would take minutes and gigabytes to fail.
 */
async function parseCompose(text, file, limits = DEFAULT_LIMITS) {
    const source = new SourceText(file, text);
    const plain = parsePlain(source, limits);
    if (plain)
        return { tree: plain, usesReset: false };
    refuseDeepNesting(text, file, limits.maxDepth);
    return parseWithYaml(await (0,yaml_module/* loadYaml */.yv)(), source, limits);
}

;// CONCATENATED MODULE: ./src/compose/env.ts
/**
 * The interpolation environment Compose builds: the env files (`.env` of the
 * project directory by default, or the --env-file list, later files winning),
 * then the process environment on top.
 */




function loadProjectEnvironment(processEnv, envFiles, explicit, issues) {
    const fromFiles = new Map();
    const files = [];
    const lookupProcess = (k) => processEnv[k];
    for (const file of envFiles) {
        if (!explicit && !((0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isFile()))
            continue;
        // An --env-file that cannot be read stops Compose too.
        const text = readTextFile(file, 'env file');
        files.push(file);
        const parsed = parseDotenv(text, file, (k) => lookupProcess(k) ?? fromFiles.get(k)?.value);
        if (parsed.error) {
            throw new types/* UnreadableInputError */.W(`${file}:${parsed.error.pos.line}: ${parsed.error.message}. Fix this line of the env file.`, parsed.error.pos);
        }
        for (const u of parsed.unset)
            issues.push({
                kind: 'variable-unset',
                message: `${u.message} (in ${file})`,
                pos: u.pos,
                variable: u.name,
            });
        for (const [k, e] of parsed.entries)
            fromFiles.set(k, e);
    }
    const values = {};
    for (const [k, e] of fromFiles)
        values[k] = e.value;
    const entries = new Map(fromFiles);
    for (const [k, v] of Object.entries(processEnv)) {
        if (v === undefined)
            continue;
        values[k] = v;
        entries.delete(k);
    }
    return { values, entries, files };
}

// EXTERNAL MODULE: ./src/compose/node.ts
var compose_node = __nccwpck_require__(9030);
;// CONCATENATED MODULE: ./src/compose/merge.ts
/**
 * Compose's per-field merge of one canonical file (or extending service) onto
 * another (compose-go override rules): mappings merge key by key; `command`,
 * `entrypoint` and `healthcheck.test` are replaced; volumes and devices are
 * keyed by target, ports and other lists are appended without duplicates;
 * `!reset` removes a value and `!override` replaces it whole.
 */

const REPLACED = new Set(['command', 'entrypoint']);
function mergeFiles(base, over) {
    const out = (0,compose_node/* copyMap */.WD)(base);
    for (const [key, e] of over.entries) {
        const current = out.entries.get(key);
        if (e.value.tag === '!reset') {
            out.entries.delete(key);
            continue;
        }
        if (!current || e.value.tag === '!override') {
            out.entries.set(key, e);
            continue;
        }
        let merged;
        if (key === 'services' && current.value.kind === 'map' && e.value.kind === 'map') {
            const services = (0,compose_node/* copyMap */.WD)(current.value);
            for (const [name, se] of e.value.entries) {
                const prev = services.entries.get(name);
                if (se.value.tag === '!reset')
                    services.entries.delete(name);
                else if (!prev ||
                    prev.value.kind !== 'map' ||
                    se.value.kind !== 'map' ||
                    se.value.tag === '!override')
                    services.entries.set(name, se);
                else
                    services.entries.set(name, { ...prev, value: mergeService(prev.value, se.value) });
            }
            merged = services;
        }
        else
            merged = mergeValue(current.value, e.value, []);
        out.entries.set(key, { ...current, value: merged });
    }
    return out;
}
function mergeService(base, over) {
    return mergeMap(base, over, []);
}
function mergeMap(base, over, path) {
    const out = (0,compose_node/* copyMap */.WD)(base);
    for (const [key, e] of over.entries) {
        const current = out.entries.get(key);
        if (e.value.tag === '!reset') {
            out.entries.delete(key);
            continue;
        }
        const p = [...path, key];
        if (!current || e.value.tag === '!override' || replaced(p)) {
            out.entries.set(key, e);
            continue;
        }
        out.entries.set(key, {
            ...e,
            keyRange: current.keyRange,
            value: mergeValue(current.value, e.value, p),
        });
    }
    return out;
}
function replaced(path) {
    if (path.length === 1)
        return REPLACED.has(path[0]);
    return path.length === 2 && path[0] === 'healthcheck' && path[1] === 'test';
}
function mergeValue(base, over, path) {
    if (base.kind === 'map' && over.kind === 'map')
        return mergeMap(base, over, path);
    if (base.kind === 'seq' && over.kind === 'seq') {
        // Mounts and devices: a later file's entry replaces the one with the same target.
        if (path.length === 1 && (path[0] === 'volumes' || path[0] === 'devices'))
            return mergeByKey(base.items, over.items, over, 'target');
        return appendUnique(base.items, over.items, over);
    }
    return over;
}
function mergeByKey(base, over, at, key) {
    const keyOf = (n) => n.kind === 'map'
        ? JSON.stringify((0,compose_node/* toPlain */.Ul)(n.entries.get(key)?.value ?? n))
        : JSON.stringify((0,compose_node/* toPlain */.Ul)(n));
    const items = [...base];
    const index = new Map();
    items.forEach((n, i) => index.set(keyOf(n), i));
    for (const n of over) {
        const k = keyOf(n);
        const i = index.get(k);
        if (i === undefined) {
            index.set(k, items.length);
            items.push(n);
        }
        else
            items[i] = n;
    }
    return (0,compose_node/* seqNode */.gB)(at.range, items);
}
function appendUnique(base, over, at) {
    const seen = new Set(base.map((n) => JSON.stringify((0,compose_node/* toPlain */.Ul)(n))));
    const items = [...base];
    for (const n of over) {
        const k = JSON.stringify((0,compose_node/* toPlain */.Ul)(n));
        if (!seen.has(k)) {
            seen.add(k);
            items.push(n);
        }
    }
    return (0,compose_node/* seqNode */.gB)(at.range, items);
}

;// CONCATENATED MODULE: ./src/compose/shown-path.ts

/**
 * A file path as messages may show it: as written when it was interpolated,
 * since a value from the environment may be a secret whose variable's name
 * does not look like one; else the path itself.
 */
function shownPath(node, resolved, baseDir) {
    if (!node?.variables?.length || node.raw === undefined)
        return resolved;
    return external_node_path_default().isAbsolute(node.raw) ? node.raw : external_node_path_default().join(baseDir, node.raw);
}

;// CONCATENATED MODULE: ./src/compose/extends.ts
/**
 * `extends:` (same file, another file, chained): the base service, itself
 * resolved first, with the extending service merged on top by the same rules
 * as several files. A base from another file keeps that file's relative
 * paths and positions.
 */






const MAX_CHAIN = 256;
async function resolveExtends(file, services, servicesOf, issues) {
    const out = (0,compose_node/* copyMap */.WD)(services);
    const done = new Map();
    for (const [name, e] of services.entries) {
        if (!(0,compose_node/* isMap */.jh)(e.value) || !e.value.entries.has('extends'))
            continue;
        const resolved = await resolveOne(file, name, e.value, servicesOf, issues, [], done);
        out.entries.set(name, { ...e, value: resolved });
    }
    return out;
}
function refOf(file, ext, issues, service) {
    if (ext.kind === 'scalar' && ext.value !== null)
        return { file, shown: file, service: (0,compose_node/* scalarText */.ws)(ext), pos: ext.range };
    if ((0,compose_node/* isMap */.jh)(ext)) {
        const s = ext.entries.get('service')?.value;
        const f = ext.entries.get('file')?.value;
        if (s?.kind === 'scalar' && s.value !== null) {
            const written = f?.kind === 'scalar' && f.value !== null ? f : undefined;
            const target = written ? external_node_path_default().resolve(external_node_path_default().dirname(file), (0,compose_node/* scalarText */.ws)(written)) : file;
            const shown = shownPath(written, target, external_node_path_default().dirname(file));
            return { file: target, shown, service: (0,compose_node/* scalarText */.ws)(s), pos: s.range };
        }
    }
    issues.push({
        kind: 'compose-invalid',
        message: `services.${service}.extends must name a service (\`extends: name\` or \`extends: {service: name, file: path}\`).`,
        pos: toPosition(ext.range),
        service,
    });
    return undefined;
}
async function resolveOne(file, name, svc, servicesOf, issues, chain, done) {
    const id = `${file}\u0000${name}`;
    const cached = done.get(id);
    if (cached)
        return cached;
    const ext = svc.entries.get('extends');
    const own = { ...svc, entries: new Map(svc.entries) };
    own.entries.delete('extends');
    if (!ext)
        return own;
    const ref = refOf(file, ext.value, issues, name);
    if (!ref)
        return own;
    const refId = `${ref.file}\u0000${ref.service}`;
    if (chain.length >= MAX_CHAIN) {
        issues.push({
            kind: 'compose-invalid',
            message: `services.${name}: extends chain longer than ${MAX_CHAIN} services; shorten it.`,
            pos: toPosition(ref.pos),
            service: name,
        });
        return own;
    }
    if (chain.includes(refId) || refId === id) {
        issues.push({
            kind: 'compose-invalid',
            message: `services.${name}: circular extends reference to "${ref.service}"; remove the loop.`,
            pos: toPosition(ref.pos),
            service: name,
        });
        return own;
    }
    let baseServices;
    try {
        baseServices = await servicesOf(ref.file);
    }
    catch (error) {
        if (!(error instanceof types/* UnreadableInputError */.W) || ref.shown === ref.file)
            throw error;
        throw new types/* UnreadableInputError */.W(error.message.split(ref.file).join(ref.shown), toPosition(ref.pos));
    }
    const base = baseServices?.entries.get(ref.service)?.value;
    if (!(0,compose_node/* isMap */.jh)(base)) {
        issues.push({
            kind: 'compose-invalid',
            message: `services.${name}: extends service "${ref.service}"${ref.file !== file ? ` in ${ref.shown}` : ''}, which does not exist.`,
            pos: toPosition(ref.pos),
            service: name,
        });
        return own;
    }
    const resolvedBase = await resolveOne(ref.file, ref.service, base, servicesOf, issues, [...chain, id], done);
    const merged = mergeService(resolvedBase, own);
    done.set(id, merged);
    return merged;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/compose/include.ts
/**
 * `include:` entries: each is loaded as its own project (its files merged,
 * relative paths from its own project directory, its own env file on top of
 * the including project's environment) and its resources are added to the
 * including file. A resource defined differently on both sides is a conflict
 * Compose 2.26 refuses.
 */






function parseInclude(node, fileDir, issues) {
    const items = (0,compose_node/* isSeq */.oP)(node) ? node.items : [node];
    const out = [];
    const scalars = (n) => {
        if (!n)
            return undefined;
        // Paths must be strings, as the compose schema says.
        if (n.kind === 'scalar' && typeof n.value === 'string')
            return [n];
        if (n.kind === 'seq')
            return n.items.filter((i) => i.kind === 'scalar' && typeof i.value === 'string');
        return undefined;
    };
    const strings = (n) => scalars(n)?.map((i) => (0,compose_node/* scalarText */.ws)(i));
    for (const item of items) {
        const pathNodes = (0,compose_node/* isMap */.jh)(item) ? scalars(item.entries.get('path')?.value) : scalars(item);
        const paths = pathNodes?.map((i) => (0,compose_node/* scalarText */.ws)(i));
        if (!pathNodes || !paths || paths.length === 0) {
            issues.push({
                kind: 'compose-invalid',
                message: 'include entries must be a path or a mapping with `path`.',
                pos: toPosition(item.range),
            });
            continue;
        }
        const files = paths.map((p) => external_node_path_default().resolve(fileDir, p));
        const dirNode = (0,compose_node/* isMap */.jh)(item) ? item.entries.get('project_directory')?.value : undefined;
        const projectDirectory = dirNode?.kind === 'scalar' && dirNode.value !== null
            ? external_node_path_default().resolve(fileDir, (0,compose_node/* scalarText */.ws)(dirNode))
            : external_node_path_default().dirname(files[0]);
        const envFiles = (0,compose_node/* isMap */.jh)(item)
            ? strings(item.entries.get('env_file')?.value)?.map((p) => external_node_path_default().resolve(fileDir, p))
            : undefined;
        const shownFiles = files.map((f, i) => shownPath(pathNodes[i], f, fileDir));
        out.push({ files, shownFiles, projectDirectory, envFiles, pos: toPosition(item.range) });
    }
    return out;
}
/**
 * Adds an included project's top-level sections to `target`. A resource that
 * both define differently makes Compose 2.26 refuse the project (compose-invalid
 * here); newer Compose merges the including file's definition over the
 * imported one (compose-go #835), and so does the check, so that the service
 * is still read as the project runs it. An identical definition is no conflict.
 */
function importResources(target, included, from, issues) {
    for (const section of ['services', 'volumes', 'networks', 'secrets', 'configs']) {
        const inc = included.entries.get(section);
        if (!inc || !(0,compose_node/* isMap */.jh)(inc.value))
            continue;
        const cur = target.entries.get(section);
        if (!cur || !(0,compose_node/* isMap */.jh)(cur.value)) {
            target.entries.set(section, inc);
            continue;
        }
        const merged = { ...cur.value, entries: new Map(cur.value.entries) };
        for (const [k, e] of inc.value.entries) {
            const local = merged.entries.get(k);
            if (!local) {
                merged.entries.set(k, e);
                continue;
            }
            if ((0,external_node_util_.isDeepStrictEqual)((0,compose_node/* toPlain */.Ul)(local.value), (0,compose_node/* toPlain */.Ul)(e.value)))
                continue;
            issues.push({
                kind: 'compose-invalid',
                message: `${section}.${k} conflicts with the one imported from ${from.files[0]}: Compose 2.26 refuses this (newer Compose merges this definition over the imported one, as this check does); rename one of them, or upgrade Compose.`,
                pos: toPosition(local.keyRange),
                ...(section === 'services' ? { service: k } : {}),
            });
            merged.entries.set(k, { ...local, value: overImported(section, k, e, local) });
        }
        target.entries.set(section, { ...cur, value: merged });
    }
}
/** The including file's definition merged over the imported one, by Compose's merge rules. */
function overImported(section, name, imported, local) {
    const wrap = (e) => (0,compose_node/* mapNode */.zR)(e.value.range, [
        { key: section, keyRange: e.keyRange, value: (0,compose_node/* mapNode */.zR)(e.value.range, [{ ...e, key: name }]) },
    ]);
    const merged = mergeFiles(wrap(imported), wrap(local));
    return merged.entries.get(section).value.entries.get(name).value;
}

;// CONCATENATED MODULE: ./src/compose/interpolate-tree.ts
/**
 * Applies interpolation to every string value of a parsed file (keys are
 * left alone, as Compose does), recording for each changed scalar its raw
 * text and the variables it used, and turning what Compose would warn about
 * or stop on into issues: loading always goes on.
 */



function interpolateTree(root, lookup, issues, path = []) {
    return walk(root, [...path], lookup, issues);
}
function walk(n, path, lookup, issues) {
    if (n.kind === 'scalar')
        return typeof n.value === 'string' && n.value.includes('$')
            ? interpolateScalar(n, path, lookup, issues)
            : n;
    if (n.kind === 'seq') {
        let changed = false;
        const items = n.items.map((item, i) => {
            // One path array, pushed and popped: a copy per value would dominate on big files.
            path.push(String(i));
            const out = walk(item, path, lookup, issues);
            path.pop();
            if (out !== item)
                changed = true;
            return out;
        });
        return changed ? { ...n, items } : n;
    }
    let entries;
    // forEach, not for-of: no [key, entry] pair allocated per value of a big file.
    n.entries.forEach((e, k) => {
        path.push(k);
        const out = walk(e.value, path, lookup, issues);
        path.pop();
        if (out !== e.value) {
            entries ??= (0,compose_node/* copyMap */.WD)(n).entries;
            entries.set(k, { key: e.key, keyRange: e.keyRange, value: out });
        }
    });
    return entries ? { ...n, entries } : n;
}
function interpolateScalar(n, path, lookup, issues) {
    const raw = n.value;
    const sub = substitute(raw, lookup);
    // Joined only for a message: most scalars raise none.
    const where = () => path.join('.');
    const service = path[0] === 'services' && path.length > 1 ? path[1] : undefined;
    const locate = refLocator(n, raw);
    const variables = sub.refs.map((r) => {
        const v = {
            name: r.name,
            operator: r.operator,
            isSet: r.isSet,
            resolvedEmpty: r.resolvedEmpty,
            pos: locate(r),
        };
        if (r.argument !== undefined)
            v.argument = r.argument;
        return v;
    });
    for (let i = 0; i < sub.refs.length; i++) {
        const r = sub.refs[i];
        if (r.operator === '' && !r.isSet) {
            issues.push(withService({
                kind: 'variable-unset',
                message: `The "${r.name}" variable is not set. Defaulting to a blank string (used in ${where()}).`,
                pos: variables[i].pos,
                variable: r.name,
            }, service));
        }
    }
    for (const p of sub.problems) {
        const ref = sub.refs.find((r) => r.index === p.index);
        const pos = ref ? locate(ref) : toPosition(n.range);
        if (p.kind === 'required') {
            issues.push(withService({
                kind: 'variable-unset',
                message: `${p.message} (used in ${where()}); Compose refuses to run without it, so it is taken as empty here.`,
                pos,
                variable: p.name,
                required: true,
            }, service));
        }
        else {
            issues.push(withService({ kind: 'compose-invalid', message: `${where()}: ${p.message}.`, pos }, service));
        }
    }
    // Not { ...n, raw, variables }: a spread that adds keys gives each copy a hidden
    // class of its own in Node 20's V8 (2,000 copies, ~8,000 classes kept).
    const out = { kind: 'scalar', value: sub.value, range: n.range, raw, variables };
    if (n.tag !== undefined)
        out.tag = n.tag;
    if (n.src !== undefined)
        out.src = n.src;
    if (n.quoted)
        out.quoted = true;
    return out;
}
function withService(issue, service) {
    if (service !== undefined)
        issue.service = service;
    return issue;
}
/**
 * The position of a reference: found in the scalar's source text (the same
 * occurrence of the same text), so quotes and block scalars are handled; the
 * scalar's own position when the source is not at hand.
 */
function refLocator(n, raw) {
    const src = n.src;
    return (r) => {
        if (!src)
            return toPosition(n.range);
        let nth = 0;
        for (let at = raw.indexOf(r.text); at >= 0 && at < r.index; at = raw.indexOf(r.text, at + 1))
            nth++;
        let found = src.text.indexOf(r.text);
        for (let k = 0; k < nth && found >= 0; k++)
            found = src.text.indexOf(r.text, found + 1);
        return toPosition(found >= 0 ? textRange(src.source, src.offset + found, POINT) : n.range);
    };
}

;// CONCATENATED MODULE: ./src/compose/ports.ts
/**
 * `ports:` short syntax (`[ip:][host:]container[/proto]`, ranges, `[v6]:`)
 * and long syntax, normalised to the long form Compose prints: one entry per
 * container port, `published` as a string, `protocol` tcp and `mode` ingress
 * by default.
 */

function normalizePorts(items, problems) {
    const out = [];
    for (const item of items) {
        if (item.kind === 'scalar')
            out.push(...shortPort(item, problems));
        else if (item.kind === 'map')
            out.push(longPort(item, problems));
        else
            problems.push({ message: 'a port must be a string, a number or a mapping', pos: item.range });
    }
    return out;
}
function entry(pos, fields) {
    return (0,compose_node/* mapNode */.zR)(pos, fields.map(([key, value]) => ({ key, keyRange: value.range, value })));
}
function shortPort(n, problems) {
    const text = (0,compose_node/* scalarText */.ws)(n).trim();
    const s = (v) => (0,compose_node/* scalar */.d_)(v, n.range, n);
    let rest = text;
    let protocol = 'tcp';
    const slash = rest.lastIndexOf('/');
    if (slash >= 0) {
        protocol = rest.slice(slash + 1);
        rest = rest.slice(0, slash);
    }
    let hostIp;
    let hostPart = '';
    let containerPart;
    if (rest.startsWith('[')) {
        const close = rest.indexOf(']');
        hostIp = rest.slice(1, close);
        const after = rest.slice(close + 1);
        const parts = after.replace(/^:/, '').split(':');
        containerPart = parts.pop() ?? '';
        hostPart = parts.join(':');
    }
    else {
        const parts = rest.split(':');
        containerPart = parts.pop() ?? '';
        if (parts.length === 1)
            hostPart = parts[0];
        else if (parts.length >= 2) {
            hostPart = parts.pop() ?? '';
            hostIp = parts.join(':');
        }
    }
    const container = parseRange(containerPart);
    const host = hostPart === '' ? undefined : parseRange(hostPart);
    if (!container || (hostPart !== '' && !host)) {
        problems.push({
            message: `invalid port "${text}": expected [host-ip:][host-port:]container-port[/protocol]`,
            pos: n.range,
        });
        return [];
    }
    const count = container[1] - container[0] + 1;
    if (host && host[1] - host[0] + 1 !== count && count !== 1) {
        problems.push({
            message: `invalid port "${text}": host and container port ranges differ in size`,
            pos: n.range,
        });
        return [];
    }
    const out = [];
    for (let i = 0; i < count; i++) {
        const fields = [['mode', s('ingress')]];
        if (hostIp !== undefined && hostIp !== '')
            fields.push(['host_ip', s(hostIp)]);
        fields.push(['target', s(container[0] + i)]);
        if (host) {
            const published = count === 1 && host[1] !== host[0] ? `${host[0]}-${host[1]}` : String(host[0] + i);
            fields.push(['published', s(published)]);
        }
        fields.push(['protocol', s(protocol)]);
        out.push(entry(n.range, fields));
    }
    return out;
}
function parseRange(text) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
    if (!m)
        return undefined;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    // Port numbers stop at 65535 (Compose: "Invalid hostPort").
    return b < a || b > 65535 ? undefined : [a, b];
}
function longPort(n, problems) {
    const fields = [];
    const get = (k) => n.entries.get(k)?.value;
    const mode = get('mode');
    fields.push(['mode', mode ?? (0,compose_node/* scalar */.d_)('ingress', n.range)]);
    const hostIp = get('host_ip');
    if (hostIp)
        fields.push(['host_ip', hostIp]);
    const target = get('target');
    if (target?.kind === 'scalar') {
        const t = Number((0,compose_node/* scalarText */.ws)(target));
        if (!Number.isInteger(t))
            problems.push({
                message: `port target must be an integer, not "${(0,compose_node/* scalarText */.ws)(target)}"`,
                pos: target.range,
            });
        fields.push([
            'target',
            (0,compose_node/* scalar */.d_)(Number.isInteger(t) ? t : (0,compose_node/* scalarText */.ws)(target), target.range, target),
        ]);
    }
    else
        problems.push({ message: 'a port in long syntax needs a `target`', pos: n.range });
    const published = get('published');
    if (published?.kind === 'scalar' && published.value !== null && (0,compose_node/* scalarText */.ws)(published) !== '') {
        fields.push(['published', (0,compose_node/* scalar */.d_)((0,compose_node/* scalarText */.ws)(published), published.range, published)]);
    }
    const protocol = get('protocol');
    fields.push(['protocol', protocol ?? (0,compose_node/* scalar */.d_)('tcp', n.range)]);
    for (const k of ['name', 'app_protocol']) {
        const v = get(k);
        if (v)
            fields.push([k, v]);
    }
    return entry(n.range, fields);
}

;// CONCATENATED MODULE: ./src/compose/shellwords.ts
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
/** No quoting, escaping, expansion or operator at all: the words are what spaces separate. */
const PLAIN_WORDS = /^[^\\`()"';&|<>\t\r\n]*$/;
function splitCommand(line) {
    return PLAIN_WORDS.test(line) ? splitOnSpaces(line) : splitShellWords(line);
}
/** The common case (`redis-server --appendonly yes`), without the character-by-character walk. */
function splitOnSpaces(line) {
    const words = [];
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
function splitShellWords(line) {
    const words = [];
    let buf = '';
    let start = -1;
    let escaped = false;
    let dq = false;
    let sq = false;
    let backQuote = false;
    let dollarQuote = false;
    let got = 'no';
    const chars = Array.from(line);
    let idx = 0;
    const begin = (at) => {
        if (start < 0)
            start = at;
    };
    loop: for (let k = 0; k < chars.length; k++) {
        const r = chars[k];
        const at = idx;
        idx += r.length;
        if (escaped) {
            escaped = false;
            if (backQuote || dollarQuote)
                buf += '\\' + r;
            else
                buf += r;
            got = 'single';
            continue;
        }
        if (r === '\\') {
            begin(at);
            if (sq)
                buf += r;
            else
                escaped = true;
            continue;
        }
        if (r === ' ' || r === '\t' || r === '\r' || r === '\n') {
            if (sq || dq || backQuote || dollarQuote)
                buf += r;
            else if (got !== 'no') {
                words.push({ text: buf, start });
                buf = '';
                start = -1;
                got = 'no';
            }
            else
                start = -1;
            continue;
        }
        switch (r) {
            case '`':
                if (!sq && !dq && !dollarQuote)
                    backQuote = !backQuote;
                break;
            case ')':
                if (!sq && !dq && !backQuote) {
                    if (!dollarQuote)
                        return { ok: false, error: 'invalid command line string' };
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
                    if (dq)
                        got = 'quoted';
                    dq = !dq;
                    continue;
                }
                break;
            case "'":
                if (!dq && !dollarQuote && !backQuote) {
                    begin(at);
                    if (sq)
                        got = 'quoted';
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
                    if (r === '>' && buf.length > 0 && /^[0-9]+$/.test(buf))
                        got = 'no';
                    break loop;
                }
                break;
        }
        begin(at);
        got = 'single';
        buf += r;
    }
    if (got !== 'no')
        words.push({ text: buf, start: start < 0 ? 0 : start });
    if (escaped || sq || dq || backQuote || dollarQuote)
        return { ok: false, error: 'invalid command line string' };
    return { ok: true, words };
}

;// CONCATENATED MODULE: ./src/compose/units.ts
/**
 * Durations and byte sizes the way Compose reads and prints them: durations
 * with Go's time.ParseDuration / Duration.String, sizes with
 * docker/go-units RAMInBytes (binary multiples), printed as byte counts.
 */
const UNIT_NS = {
    ns: 1,
    us: 1e3,
    µs: 1e3,
    μs: 1e3,
    ms: 1e6,
    s: 1e9,
    m: 60e9,
    h: 3600e9,
};
/** Nanoseconds, or undefined when the text is not a Go duration. */
function parseDuration(text) {
    let s = text.trim();
    if (s === '0')
        return 0;
    let sign = 1;
    if (s.startsWith('-') || s.startsWith('+')) {
        if (s[0] === '-')
            sign = -1;
        s = s.slice(1);
    }
    if (s === '')
        return undefined;
    let total = 0;
    const re = /^([0-9]*(?:\.[0-9]*)?)(ns|us|µs|μs|ms|s|m|h)/;
    while (s.length > 0) {
        const m = re.exec(s);
        if (!m || m[1] === '' || m[1] === '.')
            return undefined;
        total += Number(m[1]) * UNIT_NS[m[2]];
        s = s.slice(m[0].length);
    }
    return sign * Math.round(total);
}
/** Go's Duration.String(). */
function formatDuration(ns) {
    if (ns === 0)
        return '0s';
    const neg = ns < 0;
    let u = Math.abs(ns);
    let out;
    if (u < 1e9) {
        const [unit, div] = u < 1e3 ? ['ns', 1] : u < 1e6 ? ['µs', 1e3] : ['ms', 1e6];
        out = trimFraction(u / div) + unit;
    }
    else {
        const h = Math.floor(u / 3600e9);
        u -= h * 3600e9;
        const m = Math.floor(u / 60e9);
        u -= m * 60e9;
        const sec = trimFraction(u / 1e9) + 's';
        out = h > 0 ? `${h}h${m}m${sec}` : m > 0 ? `${m}m${sec}` : sec;
    }
    return neg ? '-' + out : out;
}
function trimFraction(v) {
    // Nine decimals at most (nanoseconds), trailing zeros dropped as Go does.
    return Number(v.toFixed(9)).toString();
}
/** Normalises a duration as Compose prints it; undefined when it is not one. */
function normalizeDuration(value) {
    if (typeof value === 'number')
        return formatDuration(value);
    if (typeof value !== 'string')
        return undefined;
    const ns = parseDuration(value);
    return ns === undefined ? undefined : formatDuration(ns);
}
const BINARY = {
    '': 1,
    k: 1024,
    m: 1024 ** 2,
    g: 1024 ** 3,
    t: 1024 ** 4,
    p: 1024 ** 5,
};
/** Bytes from `512m`, `1.5g`, `1024`, `2GiB`...; undefined when not a size. */
function parseBytes(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? Math.trunc(value) : undefined;
    if (typeof value !== 'string')
        return undefined;
    const m = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(value.trim());
    if (!m)
        return undefined;
    const n = Number(m[1]);
    if (!Number.isFinite(n))
        return undefined;
    return Math.trunc(n * BINARY[(m[2] ?? '').toLowerCase()]);
}

// EXTERNAL MODULE: ./src/compose/volumes.ts
var volumes = __nccwpck_require__(6903);
;// CONCATENATED MODULE: ./src/compose/normalize.ts
/**
 * Per-file canonical form of a service (what compose-go's transform stage
 * does before merging): short syntaxes become the long form, strings become
 * lists where Compose holds lists, sizes and durations are written as Compose
 * prints them. Positions stay on the values they came from.
 */







const normalize_text = (v, key, f) => {
    if (v.kind === 'scalar' && v.value !== null && typeof v.value !== 'string') {
        // Compose refuses it; the check goes on with the text as written.
        f.invalid(`${key} must be a string, not ${(0,compose_node/* describe */.q0)(v)}; quote it`, v.range);
        return (0,compose_node/* scalar */.d_)((0,compose_node/* scalarText */.ws)(v), v.range, v);
    }
    if (v.kind !== 'scalar')
        f.invalid(`${key} must be a string, not ${(0,compose_node/* describe */.q0)(v)}`, v.range);
    return v;
};
const list = (v, key, f) => stringList(v, key, f.invalid);
/** A list of strings, or a single string standing for a list of one. */
const listOrString = (v, key, f) => v.kind === 'scalar' ? (0,compose_node/* seqNode */.gB)(v.range, [asString(v)]) : stringList(v, key, f.invalid);
/** y/yes/true/on and n/no/false/off; false is not printed (`omitempty` in compose-go). */
const normalize_boolean = (v) => {
    if (v.kind !== 'scalar')
        return v;
    const b = typeof v.value === 'string' ? (0,volumes/* toBoolean */.G4)(v.value) : v.value;
    if (b === false)
        return undefined;
    return b === true && v.value !== true ? (0,compose_node/* scalar */.d_)(true, v.range, v) : v;
};
const bytes = (v, key, f) => {
    const n = v.kind === 'scalar' ? parseBytes(v.value) : undefined;
    if (n !== undefined)
        return (0,compose_node/* scalar */.d_)(String(n), v.range, v);
    f.invalid(`${key}: "${v.kind === 'scalar' ? (0,compose_node/* scalarText */.ws)(v) : (0,compose_node/* describe */.q0)(v)}" is not a size`, v.range);
    return v;
};
const duration = (v, key, f) => {
    const d = v.kind === 'scalar' ? normalizeDuration(v.value) : undefined;
    if (d !== undefined)
        return (0,compose_node/* scalar */.d_)(d, v.range, v);
    f.invalid(`${key}: "${v.kind === 'scalar' ? (0,compose_node/* scalarText */.ws)(v) : (0,compose_node/* describe */.q0)(v)}" is not a duration`, v.range);
    return v;
};
/**
 * A number field: Compose casts a string (from a variable, or quoted) to the
 * number its model holds, an integer as strconv.Atoi reads it; a YAML number
 * stays as written. Text that is no such number makes Compose refuse the file.
 * `zeroPrinted` is false for fields Compose leaves out when zero (`omitempty`).
 */
function numberField(kind, zeroPrinted) {
    return (v, key, f) => {
        if (v.kind !== 'scalar' || v.value === null)
            return v;
        const n = castNumber(v, kind);
        if (n === undefined) {
            f.invalid(`${key}: "${(0,compose_node/* scalarText */.ws)(v)}" is not ${kind === 'integer' ? 'an integer' : 'a number'}`, v.range);
            return undefined;
        }
        if (n === 0 && !zeroPrinted)
            return undefined;
        return n === v.value ? v : (0,compose_node/* scalar */.d_)(n, v.range, v);
    };
}
const INTEGER_TEXT = /^[+-]?\d+$/;
const FLOAT_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
function castNumber(v, kind) {
    if (typeof v.value === 'number')
        return kind === 'integer' && !Number.isInteger(v.value) ? undefined : v.value;
    if (typeof v.value !== 'string')
        return undefined;
    return (kind === 'integer' ? INTEGER_TEXT : FLOAT_TEXT).test(v.value)
        ? Number(v.value)
        : undefined;
}
const integer = numberField('integer', true);
const integerOmittedWhenZero = numberField('integer', false);
const floatOmittedWhenZero = numberField('float', false);
/** `ulimits`: each limit a number, or `soft`/`hard` numbers. */
const ulimits = (v, key, f) => {
    if (v.kind !== 'map')
        return v;
    const out = (0,compose_node/* copyMap */.WD)(v);
    v.entries.forEach((e, name) => {
        const at = `${key}.${name}`;
        if (e.value.kind === 'map') {
            const limit = (0,compose_node/* copyMap */.WD)(e.value);
            for (const bound of ['soft', 'hard'])
                castEntry(limit, bound, `${at}.${bound}`, integer, f);
            out.entries.set(name, { ...e, value: limit });
        }
        else
            castEntry(out, name, at, integer, f);
    });
    return out;
};
/** Applies a field normaliser to one entry of a mapping (a copy the caller owns). */
function castEntry(m, key, where, cast, f) {
    const e = m.entries.get(key);
    if (!e)
        return;
    const value = cast(e.value, where, f);
    if (value === undefined)
        m.entries.delete(key);
    else if (value !== e.value)
        m.entries.set(key, { ...e, value });
}
const ports = (v, _key, f) => {
    if (v.kind !== 'seq') {
        f.invalid(`ports must be a list, not ${(0,compose_node/* describe */.q0)(v)}`, v.range);
        return undefined;
    }
    const problems = [];
    const out = normalizePorts(v.items, problems);
    for (const p of problems)
        f.invalid(`ports: ${p.message}`, p.pos);
    return (0,compose_node/* seqNode */.gB)(v.range, out);
};
const normalize_volumes = (v, _key, f) => {
    if (v.kind !== 'seq') {
        f.invalid(`volumes must be a list, not ${(0,compose_node/* describe */.q0)(v)}`, v.range);
        return undefined;
    }
    const problems = [];
    const vols = v.items
        .map((i) => (0,volumes/* normalizeVolume */.er)(i, f.baseDir, f.home, problems))
        .filter((x) => x !== undefined)
        .map(fixTmpfsSize);
    for (const p of problems)
        f.invalid(`volumes: ${p.message}`, p.pos);
    return (0,compose_node/* seqNode */.gB)(v.range, vols);
};
const fileReferences = (v, key, f) => {
    if (v.kind !== 'seq') {
        f.invalid(`${key} must be a list, not ${(0,compose_node/* describe */.q0)(v)}`, v.range);
        return undefined;
    }
    return (0,compose_node/* seqNode */.gB)(v.range, v.items.map((i, n) => fileReference(i, key, `${key}.${n}`, f)));
};
/**
 * `devices` in the long form Compose prints: `source[:target[:permissions]]`,
 * the target defaulting to the source and the permissions to rwm. More parts
 * than that make Compose refuse the file.
 */
const devices = (v, key, f) => {
    if (v.kind !== 'seq') {
        f.invalid(`${key} must be a list, not ${(0,compose_node/* describe */.q0)(v)}`, v.range);
        return undefined;
    }
    const out = [];
    for (const item of v.items) {
        if (item.kind === 'map') {
            out.push(item);
            continue;
        }
        if (item.kind !== 'scalar' || item.value === null) {
            f.invalid(`${key} items must be strings like /dev/x:/dev/x:rwm, not ${(0,compose_node/* describe */.q0)(item)}`, item.range);
            continue;
        }
        const text = (0,compose_node/* scalarText */.ws)(item);
        const parts = text.split(':');
        if (parts.length > 3) {
            f.invalid(`${key}: "${text}" is a confusing device mapping; use the long syntax (source, target, permissions)`, item.range);
            continue;
        }
        const [source, target, permissions] = parts;
        const field = (k, value) => ({
            key: k,
            keyRange: item.range,
            value: (0,compose_node/* scalar */.d_)(value, item.range, item),
        });
        out.push((0,compose_node/* mapNode */.zR)(item.range, [
            field('source', source),
            field('target', target || source),
            field('permissions', permissions ?? 'rwm'),
        ]));
    }
    return (0,compose_node/* seqNode */.gB)(v.range, out);
};
/** The fields Compose normalises, each with its normaliser; any other field is kept as written. */
const SERVICE_FIELDS = {
    image: normalize_text,
    container_name: normalize_text,
    hostname: normalize_text,
    user: normalize_text,
    working_dir: normalize_text,
    restart: normalize_text,
    network_mode: normalize_text,
    platform: normalize_text,
    command: (v, key, f) => shellCommand(v, key, f.invalid),
    entrypoint: (v, key, f) => shellCommand(v, key, f.invalid),
    environment: (v, key, f) => keyValueMap(v, key, f.invalid, true),
    labels: (v, key, f) => keyValueMap(v, key, f.invalid, false),
    sysctls: (v, key, f) => keyValueMap(v, key, f.invalid, false),
    extra_hosts: (v, _key, f) => extraHosts(v, f.invalid),
    env_file: (v, _key, f) => envFiles(v, f, f.invalid),
    ports,
    expose: list,
    volumes: normalize_volumes,
    healthcheck: (v, _key, f) => healthcheck(v, f.invalid),
    depends_on: (v, _key, f) => dependsOn(v, f.invalid),
    networks: (v, _key, f) => serviceNetworks(v, f.invalid),
    build: (v, _key, f) => build(v, f, f.invalid),
    deploy: (v, _key, f) => deploy(v, f),
    secrets: fileReferences,
    configs: fileReferences,
    profiles: list,
    devices,
    cap_add: list,
    cap_drop: list,
    links: list,
    external_links: list,
    security_opt: list,
    volumes_from: list,
    read_only: normalize_boolean,
    privileged: normalize_boolean,
    tty: normalize_boolean,
    stdin_open: normalize_boolean,
    init: normalize_boolean,
    oom_kill_disable: normalize_boolean,
    mem_limit: bytes,
    mem_reservation: bytes,
    memswap_limit: bytes,
    shm_size: bytes,
    stop_grace_period: duration,
    scale: integer,
    cpus: floatOmittedWhenZero,
    cpu_percent: floatOmittedWhenZero,
    cpu_count: integerOmittedWhenZero,
    cpu_shares: integerOmittedWhenZero,
    cpu_period: integerOmittedWhenZero,
    cpu_quota: integerOmittedWhenZero,
    cpu_rt_period: integerOmittedWhenZero,
    cpu_rt_runtime: integerOmittedWhenZero,
    pids_limit: integerOmittedWhenZero,
    oom_score_adj: integerOmittedWhenZero,
    ulimits,
    dns: listOrString,
    dns_search: listOrString,
    tmpfs: listOrString,
};
/** Fields whose null is a value of its own (an empty command), not an absent field. */
const NULL_KEPT = new Set(['command', 'entrypoint']);
function normalizeService(name, svc, ctx) {
    const invalid = (message, pos) => ctx.issues.push({
        kind: 'compose-invalid',
        message: `services.${name}: ${message}`,
        pos: toPosition(pos),
        service: name,
    });
    if (svc.kind === 'scalar' && svc.value === null)
        return (0,compose_node/* mapNode */.zR)(svc.range);
    if (svc.kind !== 'map') {
        invalid(`a service must be a mapping, not ${(0,compose_node/* describe */.q0)(svc)}`, svc.range);
        return undefined;
    }
    const f = { ...ctx, invalid };
    const out = (0,compose_node/* copyMap */.WD)(svc);
    // forEach, not for-of: no [key, entry] pair allocated per key.
    svc.entries.forEach((e, key) => {
        const v = e.value;
        if (v.tag === '!reset')
            return;
        if (v.kind === 'scalar' && v.value === null && !NULL_KEPT.has(key))
            return;
        const normalize = Object.hasOwn(SERVICE_FIELDS, key) ? SERVICE_FIELDS[key] : undefined;
        if (!normalize)
            return;
        const value = normalize(v, key, f);
        if (value === v)
            return;
        if (value === undefined)
            out.entries.delete(key);
        // `!override` must survive normalisation for the merge to see it.
        else
            out.entries.set(key, { ...e, value: v.tag && !value.tag ? { ...value, tag: v.tag } : value });
    });
    return out;
}
function asString(n) {
    if (n.kind === 'scalar' && n.value !== null && typeof n.value !== 'string')
        return (0,compose_node/* scalar */.d_)((0,compose_node/* scalarText */.ws)(n), n.range, n);
    return n;
}
/** Column of a word inside a one-line scalar written without escapes; the scalar's own otherwise. */
function wordPos(n, start) {
    const text = n.value;
    const src = n.src?.text;
    if (n.raw === undefined && isOneLine(n.range)) {
        if (!n.quoted)
            return pointRightOf(n.range, start);
        if (src === undefined || src.slice(1, -1) === text)
            return pointRightOf(n.range, 1 + start);
    }
    return n.range;
}
/**
 * Positions for the words of an interpolated or multi-line string: each word
 * found, in order, in the text as written; a word that only a variable
 * produced gets the string's own position.
 */
function wordLocator(n) {
    const src = n.src;
    if (!src || n.raw === undefined)
        return (_word, start) => wordPos(n, start);
    let cursor = 0;
    return (word) => {
        if (word === '')
            return n.range;
        const at = src.text.indexOf(word, cursor);
        if (at < 0)
            return n.range;
        cursor = at + word.length;
        return textRange(src.source, src.offset + at, POINT);
    };
}
function shellCommand(v, key, invalid) {
    if (v.kind === 'scalar') {
        if (v.value === null)
            return v;
        const text = (0,compose_node/* scalarText */.ws)(v);
        const split = splitCommand(text);
        const locate = wordLocator(v);
        if (!split.ok) {
            invalid(`${key}: ${split.error} (${JSON.stringify(text)}); check its quotes, parentheses and backslashes`, v.range);
            return (0,compose_node/* seqNode */.gB)(v.range, [(0,compose_node/* scalar */.d_)(text, v.range, v)]);
        }
        return (0,compose_node/* seqNode */.gB)(v.range, split.words.map((w) => (0,compose_node/* scalar */.d_)(w.text, locate(w.text, w.start), v)));
    }
    if (v.kind === 'seq') {
        v.items.forEach((item, i) => {
            if (item.kind !== 'scalar' || typeof item.value !== 'string')
                invalid(`${key}.${i} must be a string, not ${(0,compose_node/* describe */.q0)(item)}; quote it`, item.range);
        });
        return (0,compose_node/* seqNode */.gB)(v.range, v.items.filter(isTextScalar).map(asString));
    }
    invalid(`${key} must be a string or a list, not ${(0,compose_node/* describe */.q0)(v)}`, v.range);
    return undefined;
}
/** A scalar that reads as text (a number or boolean is written as one); not null, a list or a mapping. */
function isTextScalar(n) {
    return n.kind === 'scalar' && n.value !== null;
}
/**
 * A list of strings: items of another shape are reported and dropped, so that
 * later stages, which read these fields as string[], never see them.
 */
function stringList(v, key, invalid) {
    if (v.kind !== 'seq') {
        invalid(`${key} must be a list, not ${(0,compose_node/* describe */.q0)(v)}`, v.range);
        return undefined;
    }
    v.items.forEach((item, i) => {
        if (!isTextScalar(item))
            invalid(`${key}.${i} must be a string, not ${(0,compose_node/* describe */.q0)(item)}`, item.range);
    });
    if (v.items.every(isStringScalar))
        return v;
    return (0,compose_node/* seqNode */.gB)(v.range, v.items.filter(isTextScalar).map(asString));
}
function isStringScalar(n) {
    return n.kind === 'scalar' && typeof n.value === 'string';
}
/** `KEY: value` or `- KEY=value` / `- KEY` into a mapping of strings (null for a bare key). */
function keyValueMap(v, key, invalid, nullForBare) {
    if (v.kind === 'map') {
        // Most are already strings: nothing to copy.
        let canonical = true;
        v.entries.forEach((e) => {
            if (!isStringScalar(e.value) &&
                !(nullForBare && e.value.kind === 'scalar' && e.value.value === null))
                canonical = false;
        });
        if (canonical)
            return v;
        const out = (0,compose_node/* mapNode */.zR)(v.range);
        for (const [k, e] of v.entries) {
            const val = e.value;
            if (val.kind !== 'scalar') {
                invalid(`${key}.${k} must be a string, a number, a boolean or null, not ${(0,compose_node/* describe */.q0)(val)}`, val.range);
                continue;
            }
            const value = val.value === null ? (nullForBare ? val : (0,compose_node/* scalar */.d_)('', val.range, val)) : asString(val);
            out.entries.set(k, { key: k, keyRange: e.keyRange, value: value.tag ? value : value });
        }
        return out;
    }
    if (v.kind === 'seq') {
        const out = (0,compose_node/* mapNode */.zR)(v.range);
        for (const item of v.items) {
            if (item.kind !== 'scalar' || item.value === null) {
                invalid(`${key} items must be strings like KEY=value`, item.range);
                continue;
            }
            const text = (0,compose_node/* scalarText */.ws)(item);
            const eq = text.indexOf('=');
            const k = eq < 0 ? text : text.slice(0, eq);
            const value = eq < 0
                ? nullForBare
                    ? (0,compose_node/* scalar */.d_)(null, item.range, item)
                    : (0,compose_node/* scalar */.d_)('', item.range, item)
                : (0,compose_node/* scalar */.d_)(text.slice(eq + 1), item.range, item);
            out.entries.set(k, { key: k, keyRange: item.range, value });
        }
        return out;
    }
    if (v.kind === 'scalar' && v.value === null)
        return (0,compose_node/* mapNode */.zR)(v.range);
    invalid(`${key} must be a mapping or a list, not ${(0,compose_node/* describe */.q0)(v)}`, v.range);
    return (0,compose_node/* mapNode */.zR)(v.range);
}
function envFiles(v, ctx, invalid) {
    const items = v.kind === 'seq' ? v.items : [v];
    const out = [];
    for (const item of items) {
        let pathNode = item;
        let required = (0,compose_node/* scalar */.d_)(true, item.range);
        let format;
        if (item.kind === 'map') {
            pathNode = item.entries.get('path')?.value;
            required = item.entries.get('required')?.value ?? required;
            format = item.entries.get('format')?.value;
        }
        if (pathNode?.kind !== 'scalar' || pathNode.value === null) {
            invalid('env_file entries must be a path or a mapping with `path`', item.range);
            continue;
        }
        const abs = (0,volumes/* resolveHostPath */.sC)((0,compose_node/* scalarText */.ws)(pathNode), ctx.baseDir, ctx.home);
        const fields = [
            { key: 'path', keyRange: pathNode.range, value: (0,compose_node/* scalar */.d_)(abs, pathNode.range, pathNode) },
            { key: 'required', keyRange: required.range, value: required },
        ];
        if (format)
            fields.push({ key: 'format', keyRange: format.range, value: format });
        out.push((0,compose_node/* mapNode */.zR)(item.range, fields));
    }
    return (0,compose_node/* seqNode */.gB)(v.range, out);
}
function fixTmpfsSize(vol) {
    const tmpfs = vol.entries.get('tmpfs')?.value;
    const size = tmpfs?.kind === 'map' ? tmpfs.entries.get('size')?.value : undefined;
    if (tmpfs?.kind !== 'map' || size?.kind !== 'scalar')
        return vol;
    const bytes = parseBytes(size.value);
    if (bytes === undefined)
        return vol;
    const t = (0,compose_node/* copyMap */.WD)(tmpfs);
    t.entries.set('size', {
        ...t.entries.get('size'),
        value: (0,compose_node/* scalar */.d_)(String(bytes), size.range, size),
    });
    const out = (0,compose_node/* copyMap */.WD)(vol);
    out.entries.set('tmpfs', { ...out.entries.get('tmpfs'), value: t });
    return out;
}
function healthcheck(v, invalid) {
    if (v.kind !== 'map') {
        invalid(`healthcheck must be a mapping, not ${(0,compose_node/* describe */.q0)(v)}`, v.range);
        return v;
    }
    const out = (0,compose_node/* copyMap */.WD)(v);
    for (const [k, e] of v.entries) {
        const val = e.value;
        if (k === 'test') {
            if (val.kind === 'scalar' && val.value !== null) {
                out.entries.set(k, {
                    ...e,
                    value: (0,compose_node/* seqNode */.gB)(val.range, [(0,compose_node/* scalar */.d_)('CMD-SHELL', val.range), asString(val)]),
                });
            }
            else if (val.kind === 'seq') {
                const first = val.items[0];
                const head = first?.kind === 'scalar' ? (0,compose_node/* scalarText */.ws)(first) : undefined;
                if (val.items.length > 0 && !['CMD', 'CMD-SHELL', 'NONE'].includes(head ?? '')) {
                    invalid('healthcheck.test must start with "CMD", "CMD-SHELL" or "NONE" (e.g. ["CMD", "redis-cli", "ping"])', first.range);
                }
                out.entries.set(k, { ...e, value: (0,compose_node/* seqNode */.gB)(val.range, val.items.map(asString)) });
            }
        }
        else if (['interval', 'timeout', 'start_period', 'start_interval'].includes(k)) {
            // Compose's schema wants a string here; a bare number is refused.
            const d = val.kind === 'scalar' && typeof val.value === 'string'
                ? normalizeDuration(val.value)
                : undefined;
            if (d === undefined)
                invalid(`healthcheck.${k}: "${val.kind === 'scalar' ? (0,compose_node/* scalarText */.ws)(val) : (0,compose_node/* describe */.q0)(val)}" is not a duration like 10s`, val.range);
            else
                out.entries.set(k, { ...e, value: (0,compose_node/* scalar */.d_)(d, val.range, val) });
        }
        else if (k === 'retries' && val.kind === 'scalar') {
            const r = Number((0,compose_node/* scalarText */.ws)(val));
            if (!Number.isInteger(r))
                invalid(`healthcheck.retries must be an integer`, val.range);
            else
                out.entries.set(k, { ...e, value: (0,compose_node/* scalar */.d_)(r, val.range, val) });
        }
        else if (k === 'disable' && val.kind === 'scalar' && typeof val.value === 'string') {
            out.entries.set(k, { ...e, value: (0,compose_node/* scalar */.d_)((0,volumes/* toBoolean */.G4)(val.value) ?? false, val.range, val) });
        }
    }
    return out;
}
const CONDITIONS = ['service_started', 'service_healthy', 'service_completed_successfully'];
function dependsOn(v, invalid) {
    const out = (0,compose_node/* mapNode */.zR)(v.range);
    const started = (pos) => (0,compose_node/* mapNode */.zR)(pos, [
        { key: 'condition', keyRange: pos, value: (0,compose_node/* scalar */.d_)('service_started', pos) },
        { key: 'required', keyRange: pos, value: (0,compose_node/* scalar */.d_)(true, pos) },
    ]);
    if (v.kind === 'seq') {
        for (const item of v.items) {
            if (item.kind !== 'scalar' || item.value === null) {
                invalid('depends_on items must be service names', item.range);
                continue;
            }
            const name = (0,compose_node/* scalarText */.ws)(item);
            out.entries.set(name, { key: name, keyRange: item.range, value: started(item.range) });
        }
        return out;
    }
    if (v.kind === 'map') {
        for (const [k, e] of v.entries) {
            const dep = e.value.kind === 'map' ? (0,compose_node/* copyMap */.WD)(e.value) : started(e.keyRange);
            const condition = dep.entries.get('condition')?.value;
            if (condition?.kind === 'scalar' && !CONDITIONS.includes((0,compose_node/* scalarText */.ws)(condition))) {
                invalid(`depends_on.${k}.condition must be one of ${CONDITIONS.join(', ')}, not "${(0,compose_node/* scalarText */.ws)(condition)}"`, condition.range);
            }
            if (!dep.entries.has('condition'))
                dep.entries.set('condition', {
                    key: 'condition',
                    keyRange: e.keyRange,
                    value: (0,compose_node/* scalar */.d_)('service_started', e.keyRange),
                });
            if (!dep.entries.has('required'))
                dep.entries.set('required', {
                    key: 'required',
                    keyRange: e.keyRange,
                    value: (0,compose_node/* scalar */.d_)(true, e.keyRange),
                });
            out.entries.set(k, { ...e, value: dep });
        }
        return out;
    }
    invalid(`depends_on must be a list or a mapping, not ${(0,compose_node/* describe */.q0)(v)}`, v.range);
    return out;
}
function serviceNetworks(v, invalid) {
    const out = (0,compose_node/* mapNode */.zR)(v.range);
    if (v.kind === 'seq') {
        for (const item of v.items) {
            if (item.kind !== 'scalar' || item.value === null) {
                invalid('networks items must be network names', item.range);
                continue;
            }
            const name = (0,compose_node/* scalarText */.ws)(item);
            out.entries.set(name, { key: name, keyRange: item.range, value: (0,compose_node/* scalar */.d_)(null, item.range) });
        }
        return out;
    }
    if (v.kind === 'map') {
        for (const [k, e] of v.entries) {
            const val = e.value;
            if (val.kind === 'map') {
                const net = (0,compose_node/* copyMap */.WD)(val);
                // Empty addresses and aliases are not printed (`omitempty` in compose-go): as if not given.
                for (const address of ['ipv4_address', 'ipv6_address']) {
                    const at = val.entries.get(address)?.value;
                    if (at?.kind === 'scalar' && at.value === '')
                        net.entries.delete(address);
                }
                const aliases = val.entries.get('aliases')?.value;
                if (aliases?.kind === 'seq' && aliases.items.length === 0)
                    net.entries.delete('aliases');
                else if (aliases?.kind === 'seq')
                    net.entries.set('aliases', {
                        ...val.entries.get('aliases'),
                        value: (0,compose_node/* seqNode */.gB)(aliases.range, aliases.items.map(asString)),
                    });
                out.entries.set(k, { ...e, value: net });
            }
            else
                out.entries.set(k, { ...e, value: (0,compose_node/* scalar */.d_)(null, e.keyRange) });
        }
        return out;
    }
    invalid(`networks must be a list or a mapping, not ${(0,compose_node/* describe */.q0)(v)}`, v.range);
    return out;
}
function build(v, ctx, invalid) {
    if (v.kind === 'scalar' && v.value !== null) {
        const context = resolveContext((0,compose_node/* scalarText */.ws)(v), ctx);
        return (0,compose_node/* mapNode */.zR)(v.range, [
            { key: 'context', keyRange: v.range, value: (0,compose_node/* scalar */.d_)(context, v.range, v) },
        ]);
    }
    if (v.kind === 'map') {
        const out = (0,compose_node/* copyMap */.WD)(v);
        for (const k of ['args', 'labels']) {
            const e = v.entries.get(k);
            if (e)
                out.entries.set(k, { ...e, value: keyValueMap(e.value, `build.${k}`, invalid, true) });
        }
        const c = v.entries.get('context');
        if (c?.value.kind === 'scalar' && c.value.value !== null) {
            out.entries.set('context', {
                ...c,
                value: (0,compose_node/* scalar */.d_)(resolveContext((0,compose_node/* scalarText */.ws)(c.value), ctx), c.value.range, c.value),
            });
        }
        else if (!c) {
            out.entries.set('context', {
                key: 'context',
                keyRange: v.range,
                value: (0,compose_node/* scalar */.d_)(resolveContext('.', ctx), v.range),
            });
        }
        return out;
    }
    invalid(`build must be a path or a mapping, not ${(0,compose_node/* describe */.q0)(v)}`, v.range);
    return v;
}
function resolveContext(context, ctx) {
    // Remote contexts (git URLs, http) stay as written.
    if (/^[a-z]+:\/\//i.test(context) || context.startsWith('git@') || /\.git(#|$)/.test(context))
        return context;
    return external_node_path_default().resolve(ctx.baseDir, context);
}
/** Numbers under `deploy`, by sub-mapping ('' for deploy itself): Compose casts their strings. */
const DEPLOY_NUMBERS = [
    ['', 'replicas', integer],
    ['update_config', 'parallelism', integer],
    ['update_config', 'max_failure_ratio', floatOmittedWhenZero],
    ['rollback_config', 'parallelism', integer],
    ['rollback_config', 'max_failure_ratio', floatOmittedWhenZero],
    ['restart_policy', 'max_attempts', integer],
    ['placement', 'max_replicas_per_node', integerOmittedWhenZero],
];
function deploy(v, f) {
    if (v.kind !== 'map')
        return v;
    const casted = (0,compose_node/* copyMap */.WD)(v);
    for (const [section, key, cast] of DEPLOY_NUMBERS) {
        if (section === '') {
            castEntry(casted, key, `deploy.${key}`, cast, f);
            continue;
        }
        const sub = casted.entries.get(section);
        if (sub?.value.kind !== 'map' || !sub.value.entries.has(key))
            continue;
        const copy = (0,compose_node/* copyMap */.WD)(sub.value);
        castEntry(copy, key, `deploy.${section}.${key}`, cast, f);
        casted.entries.set(section, { ...sub, value: copy });
    }
    return deployResources(casted);
}
function deployResources(v) {
    const resources = v.entries.get('resources');
    if (resources?.value.kind !== 'map')
        return v;
    const res = (0,compose_node/* copyMap */.WD)(resources.value);
    for (const part of ['limits', 'reservations']) {
        const p = res.entries.get(part);
        if (p?.value.kind !== 'map')
            continue;
        const pm = (0,compose_node/* copyMap */.WD)(p.value);
        const mem = pm.entries.get('memory');
        if (mem?.value.kind === 'scalar') {
            const b = parseBytes(mem.value.value);
            if (b !== undefined)
                pm.entries.set('memory', { ...mem, value: (0,compose_node/* scalar */.d_)(String(b), mem.value.range, mem.value) });
        }
        const cpus = pm.entries.get('cpus');
        if (cpus?.value.kind === 'scalar' && cpus.value.value !== null) {
            const c = Number((0,compose_node/* scalarText */.ws)(cpus.value));
            if (Number.isFinite(c))
                pm.entries.set('cpus', { ...cpus, value: (0,compose_node/* scalar */.d_)(c, cpus.value.range, cpus.value) });
        }
        res.entries.set(part, { ...p, value: pm });
    }
    const out = (0,compose_node/* copyMap */.WD)(v);
    out.entries.set('resources', { ...resources, value: res });
    return out;
}
/** `extra_hosts` as Compose 2.26 prints it: a list of `host=ip` (the `host:ip` form rewritten). */
function extraHosts(v, invalid) {
    if (v.kind === 'map') {
        return (0,compose_node/* seqNode */.gB)(v.range, [...v.entries.values()].map((e) => (0,compose_node/* scalar */.d_)(`${e.key}=${e.value.kind === 'scalar' ? (0,compose_node/* scalarText */.ws)(e.value) : ''}`, e.value.range, e.value.kind === 'scalar' ? e.value : undefined)));
    }
    if (v.kind === 'seq') {
        return (0,compose_node/* seqNode */.gB)(v.range, v.items.map((item) => {
            if (item.kind !== 'scalar' || item.value === null)
                return item;
            const text = (0,compose_node/* scalarText */.ws)(item);
            if (text.includes('='))
                return asString(item);
            const colon = text.indexOf(':');
            return colon < 0
                ? asString(item)
                : (0,compose_node/* scalar */.d_)(`${text.slice(0, colon)}=${text.slice(colon + 1)}`, item.range, item);
        }));
    }
    invalid(`extra_hosts must be a list or a mapping, not ${(0,compose_node/* describe */.q0)(v)}`, v.range);
    return v;
}
/** A service's secret or config reference in the long form Compose prints. */
function fileReference(item, kind, where, f) {
    if (item.kind === 'map') {
        // The long form: its mode is a number, and a secret lands in /run/secrets unless told otherwise.
        const out = (0,compose_node/* copyMap */.WD)(item);
        castEntry(out, 'mode', `${where}.mode`, integer, f);
        const source = item.entries.get('source')?.value;
        if (kind === 'secrets' && !out.entries.has('target') && source?.kind === 'scalar')
            out.entries.set('target', {
                key: 'target',
                keyRange: source.range,
                value: (0,compose_node/* scalar */.d_)(`/run/secrets/${(0,compose_node/* scalarText */.ws)(source)}`, source.range, source),
            });
        return out;
    }
    if (item.kind !== 'scalar' || item.value === null)
        return item;
    const source = (0,compose_node/* scalarText */.ws)(item);
    const fields = [
        { key: 'source', keyRange: item.range, value: (0,compose_node/* scalar */.d_)(source, item.range, item) },
    ];
    if (kind === 'secrets') {
        fields.push({
            key: 'target',
            keyRange: item.range,
            value: (0,compose_node/* scalar */.d_)(`/run/secrets/${source}`, item.range, item),
        });
    }
    return (0,compose_node/* mapNode */.zR)(item.range, fields);
}

;// CONCATENATED MODULE: ./src/compose/validate.ts
/**
 * What Compose's schema and consistency checks would refuse, reported as
 * issues at the offending key or value; nothing here stops loading.
 */


const TOP_LEVEL = new Set([
    'version',
    'name',
    'services',
    'networks',
    'volumes',
    'secrets',
    'configs',
    'include',
    'models',
]);
// compose-spec service properties (a superset of what Compose 2.26 knows).
const SERVICE_KEYS = new Set(('annotations attach build blkio_config cap_add cap_drop cgroup cgroup_parent command configs container_name ' +
    'cpu_count cpu_percent cpu_period cpu_quota cpu_rt_period cpu_rt_runtime cpu_shares cpus cpuset credential_spec ' +
    'depends_on deploy develop device_cgroup_rules devices dns dns_opt dns_search domainname entrypoint env_file ' +
    'environment expose extends external_links extra_hosts gpus group_add healthcheck hostname image init ipc ' +
    'isolation labels label_file links logging mac_address mem_limit mem_reservation mem_swappiness memswap_limit ' +
    'models network_mode networks oom_kill_disable oom_score_adj pid pids_limit platform ports post_start pre_stop ' +
    'privileged profiles provider pull_policy read_only restart runtime scale secrets security_opt shm_size ' +
    'stdin_open stop_grace_period stop_signal storage_opt sysctls tmpfs tty ulimits use_api_socket user userns_mode ' +
    'uts volumes volumes_from working_dir').split(' '));
const MAPPING_SECTIONS = new Set(['services', 'networks', 'volumes', 'secrets', 'configs']);
const HEALTHCHECK_KEYS = new Set([
    'disable',
    'interval',
    'retries',
    'test',
    'timeout',
    'start_period',
    'start_interval',
]);
/** Unknown keys, checked on each file as written (as Compose validates each file against the schema). */
function checkKeys(file, issues) {
    checkTopLevelKeys(file, issues);
    const services = file.entries.get('services')?.value;
    if (!(0,compose_node/* isMap */.jh)(services))
        return;
    // forEach, not for-of: no [key, entry] pair allocated per key of a big file.
    services.entries.forEach((s, name) => checkServiceKeys(name, s.value, issues));
}
/** The top-level keys of a file as written. */
function checkTopLevelKeys(file, issues) {
    for (const [key, e] of file.entries) {
        const v = e.value;
        const isNull = v.kind === 'scalar' && v.value === null;
        if (MAPPING_SECTIONS.has(key) && v.kind !== 'map' && !isNull) {
            issues.push({
                kind: 'compose-invalid',
                message: `${key} must be a mapping, not ${(0,compose_node/* describe */.q0)(v)}.`,
                pos: toPosition(v.range),
            });
        }
        if (key === 'name' && (v.kind !== 'scalar' || typeof v.value !== 'string')) {
            issues.push({
                kind: 'compose-invalid',
                message: `name must be a string, not ${(0,compose_node/* describe */.q0)(v)}.`,
                pos: toPosition(v.range),
            });
        }
        if (!TOP_LEVEL.has(key) && !key.startsWith('x-')) {
            issues.push({
                kind: 'compose-invalid',
                message: `additional property "${key}" is not allowed at the top level of a compose file; check its spelling (known: services, networks, volumes, secrets, configs, include, name).`,
                pos: toPosition(e.keyRange),
            });
        }
    }
}
/** The service keys whose schema accepts null (an empty key); any other empty key is refused. */
const NULL_ALLOWED = new Set(['command', 'entrypoint', 'deploy', 'develop', 'pid']);
/** The unknown keys, and the keys left empty, of one service as written. */
function checkServiceKeys(name, service, issues) {
    if (!(0,compose_node/* isMap */.jh)(service))
        return;
    service.entries.forEach((e, key) => {
        if (!SERVICE_KEYS.has(key) && !key.startsWith('x-')) {
            issues.push({
                kind: 'compose-invalid',
                message: `services.${name}: additional property "${key}" is not allowed${suggest(key)}; Compose refuses the file.`,
                pos: toPosition(e.keyRange),
                service: name,
            });
        }
        else if (e.value.kind === 'scalar' &&
            e.value.value === null &&
            e.value.tag === undefined &&
            !NULL_ALLOWED.has(key) &&
            !key.startsWith('x-')) {
            issues.push({
                kind: 'compose-invalid',
                message: `services.${name}.${key} is empty (null), which Compose refuses; give it a value or remove the key (a list left with only commented-out items is empty).`,
                pos: toPosition(e.keyRange),
                service: name,
            });
        }
    });
    checkNested(name, service, issues);
}
const keys = (list) => new Set(list.split(' '));
// Sub-mappings whose typos change what the Redis checks see (compose-spec schema).
// `shape`: the mapping itself, each item of a list, or each value of a mapping.
const NESTED = [
    { path: 'healthcheck', shape: 'map', known: HEALTHCHECK_KEYS },
    // Consumers waiting for Redis: a typo here changes what they wait for.
    { path: 'depends_on', shape: 'values', known: keys('condition restart required') },
    {
        path: 'networks',
        shape: 'values',
        known: keys('aliases ipv4_address ipv6_address link_local_ips mac_address driver_opts priority gw_priority'),
    },
    { path: 'logging', shape: 'map', known: keys('driver options') },
    {
        path: 'ports',
        shape: 'list',
        known: keys('mode host_ip target published protocol app_protocol name'),
    },
    {
        path: 'volumes',
        shape: 'list',
        known: keys('type source target read_only consistency bind volume tmpfs image'),
    },
    {
        path: 'deploy',
        shape: 'map',
        known: keys('mode endpoint_mode replicas labels rollback_config update_config resources restart_policy placement'),
    },
    {
        path: 'build',
        shape: 'map',
        known: keys('context dockerfile dockerfile_inline entitlements args ssh labels cache_from cache_to no_cache additional_contexts network provenance sbom pull target shm_size extra_hosts isolation privileged secrets tags ulimits platforms'),
    },
];
function checkNested(service, svc, issues) {
    for (let i = 0; i < NESTED.length; i++) {
        const spec = NESTED[i];
        const v = svc.entries.get(spec.path)?.value;
        if (v === undefined)
            continue;
        // Walked in place, not gathered into lists: this runs for every service of a big file.
        if (spec.shape === 'list') {
            if (v.kind === 'seq')
                for (const item of v.items)
                    if ((0,compose_node/* isMap */.jh)(item))
                        checkSubMapping(service, spec, spec.path, item, issues);
        }
        else if (!(0,compose_node/* isMap */.jh)(v))
            continue;
        else if (spec.shape === 'map')
            checkSubMapping(service, spec, spec.path, v, issues);
        else
            v.entries.forEach((e) => {
                if ((0,compose_node/* isMap */.jh)(e.value))
                    checkSubMapping(service, spec, `${spec.path}.${e.key}`, e.value, issues);
            });
    }
}
function checkSubMapping(service, spec, where, m, issues) {
    const known = spec.known;
    m.entries.forEach((e, key) => {
        if (known.has(key) || key.startsWith('x-'))
            return;
        issues.push({
            kind: 'compose-invalid',
            message: `services.${service}.${where}: additional property "${key}" is not allowed${suggest(key, known)}.`,
            pos: toPosition(e.keyRange),
            service,
        });
    });
    if (spec.path === 'depends_on' && !m.entries.has('condition')) {
        issues.push({
            kind: 'compose-invalid',
            message: `services.${service}.${where}: condition is required in the long form (service_started, service_healthy or service_completed_successfully).`,
            pos: toPosition(m.range),
            service,
        });
    }
}
function suggest(key, known = SERVICE_KEYS) {
    let best;
    let bestDist = 3;
    for (const k of known) {
        const d = distance(key.toLowerCase(), k);
        if (d < bestDist) {
            bestDist = d;
            best = k;
        }
    }
    return best ? ` (did you mean "${best}"?)` : '';
}
function distance(a, b) {
    if (Math.abs(a.length - b.length) > 3)
        return 99;
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}
/** Checks on the merged project: image or build, declared volumes and networks, known dependencies. */
function checkProject(services, volumes, networks, issues, allServices, inactive, declared) {
    // forEach and indexed loops: this runs once per service of a big file, before V8 has
    // optimised it, and each for-of step would allocate.
    services.entries.forEach((e, name) => {
        const svc = e.value;
        if (!(0,compose_node/* isMap */.jh)(svc))
            return;
        const invalid = (message, pos = e.keyRange) => issues.push({
            kind: 'compose-invalid',
            message: `services.${name}: ${message}`,
            pos: toPosition(pos),
            service: name,
        });
        const image = svc.entries.get('image')?.value;
        const hasImage = image?.kind === 'scalar' && image.value !== null && (0,compose_node/* scalarText */.ws)(image) !== '';
        if (!hasImage && !svc.entries.has('build')) {
            invalid('has neither an image nor a build context specified; add `image:` or `build:`.');
        }
        const memLimit = svc.entries.get('mem_limit')?.value;
        const deploy = svc.entries.get('deploy')?.value;
        const resources = (0,compose_node/* isMap */.jh)(deploy) ? deploy.entries.get('resources')?.value : undefined;
        const limits = (0,compose_node/* isMap */.jh)(resources) ? resources.entries.get('limits')?.value : undefined;
        const deployMem = (0,compose_node/* isMap */.jh)(limits) ? limits.entries.get('memory')?.value : undefined;
        if (memLimit?.kind === 'scalar' &&
            deployMem?.kind === 'scalar' &&
            (0,compose_node/* scalarText */.ws)(memLimit) !== (0,compose_node/* scalarText */.ws)(deployMem)) {
            invalid(`can't set distinct values on 'mem_limit' and 'deploy.resources.limits.memory'; keep one of them.`, memLimit.range);
        }
        const vols = svc.entries.get('volumes')?.value;
        if (vols?.kind === 'seq') {
            for (let i = 0; i < vols.items.length; i++) {
                const v = vols.items[i];
                if (!(0,compose_node/* isMap */.jh)(v))
                    continue;
                const type = v.entries.get('type')?.value;
                const source = v.entries.get('source')?.value;
                if (type?.kind !== 'scalar' ||
                    type.value !== 'volume' ||
                    source?.kind !== 'scalar' ||
                    source.value === null)
                    continue;
                const vname = (0,compose_node/* scalarText */.ws)(source);
                if (vname !== '' && !volumes?.entries.has(vname)) {
                    invalid(`refers to undefined volume "${vname}"; declare it under the top-level \`volumes:\`.`, source.range);
                }
            }
        }
        for (let k = 0; k < FILE_REFERENCES.length; k++) {
            const kind = FILE_REFERENCES[k];
            const refs = svc.entries.get(kind)?.value;
            if (refs?.kind !== 'seq')
                continue;
            for (let i = 0; i < refs.items.length; i++) {
                const ref = refs.items[i];
                const source = (0,compose_node/* isMap */.jh)(ref) ? ref.entries.get('source')?.value : undefined;
                if (source?.kind !== 'scalar' || source.value === null)
                    continue;
                if (!declared?.[kind]?.has((0,compose_node/* scalarText */.ws)(source))) {
                    invalid(`refers to undefined ${kind === 'secrets' ? 'secret' : 'config'} "${(0,compose_node/* scalarText */.ws)(source)}"; declare it under the top-level \`${kind}:\`.`, source.range);
                }
            }
        }
        const nets = svc.entries.get('networks')?.value;
        if ((0,compose_node/* isMap */.jh)(nets)) {
            nets.entries.forEach((ne, n) => {
                if (n !== 'default' && !networks?.entries.has(n)) {
                    invalid(`refers to undefined network "${n}"; declare it under the top-level \`networks:\`.`, ne.keyRange);
                }
            });
        }
        const deps = svc.entries.get('depends_on')?.value;
        if ((0,compose_node/* isMap */.jh)(deps)) {
            deps.entries.forEach((de, d) => {
                if (!allServices.has(d)) {
                    const required = (0,compose_node/* isMap */.jh)(de.value) ? de.value.entries.get('required')?.value : undefined;
                    if (required?.kind === 'scalar' && required.value === false)
                        return;
                    const why = inactive?.has(d)
                        ? ` (it is outside the active profiles; enable one of its profiles)`
                        : '';
                    invalid(`depends on undefined service "${d}"${why}.`, de.keyRange);
                }
            });
        }
    });
}
const FILE_REFERENCES = ['secrets', 'configs'];

;// CONCATENATED MODULE: ./src/compose/loader.ts
/**
 * Loads a project's files into one canonical positioned tree, compose-go
 * style: per file read -> check keys -> interpolate -> normalise services ->
 * extends -> include; then the files are merged in order.
 */












/** A compose file read and parsed (taken from those parsed ahead, when it was). */
function parsedFile(file, session) {
    let found = session.parsed.get(file);
    if (!found) {
        const text = readTextFile(file, 'compose file');
        found = parseCompose(text, file).then((p) => ({ ...p, text }));
        session.parsed.set(file, found);
    }
    return found;
}
/**
 * The top-level `name:` of the project's files, interpolated, as Compose
 * reads it before the rest (the last file that sets one wins); its issues are
 * reported when the file itself is interpolated.
 */
async function topLevelName(files, session) {
    let found;
    for (const file of files) {
        const node = (await parsedFile(file, session)).tree.entries.get('name')?.value;
        if (node?.kind !== 'scalar' || node.value === null)
            continue;
        const lookup = (name) => session.env.values[name];
        const value = interpolateTree(node, lookup, [], ['name']);
        if (value.kind !== 'scalar' || value.value === null)
            continue;
        const name = (0,compose_node/* scalarText */.ws)(value);
        if (name !== '')
            found = { name, pos: toPosition(node.range) };
    }
    return found;
}
const MAX_INCLUDE_DEPTH = 256;
/**
 * One service interpolated, then normalised (compose-go's transform stage);
 * undefined when it is no service at all (normalizeService has said why).
 */
function canonicalService(e, baseDir, session, lookup) {
    const ctx = { baseDir, home: session.home, issues: session.issues };
    const interpolated = interpolateTree(e.value, lookup, session.issues, ['services', e.key]);
    const svc = normalizeService(e.key, interpolated, ctx);
    if (!svc)
        return undefined;
    return { ...e, value: interpolated.tag ? { ...svc, tag: interpolated.tag } : svc };
}
function canonicalServices(services, baseDir, session, lookup) {
    const canon = (0,compose_node/* mapNode */.zR)(services.range);
    services.entries.forEach((e, name) => {
        const svc = canonicalService(e, baseDir, session, lookup);
        if (svc)
            canon.entries.set(name, svc);
    });
    return canon;
}
/** Reads, interpolates and normalises one file (extends and include not applied yet). */
async function canonicalFile(file, baseDir, session, cache) {
    const id = `${file}\u0000${baseDir}`;
    const cached = cache.get(id);
    if (cached)
        return cached;
    const { text, tree: raw, usesReset } = await parsedFile(file, session);
    // The tree as written is not kept past this: it would double what a big load holds.
    session.parsed.delete(file);
    const firstRead = !session.texts.has(file);
    session.texts.set(file, text);
    const lookup = (name) => session.env.values[name];
    if (usesReset)
        session.sawReset = true;
    if (firstRead)
        checkKeys(raw, session.issues);
    const out = (0,compose_node/* copyMap */.WD)(raw);
    // Top-level sections in file order; each service is normalised right after
    // it is interpolated, so that its interpolated copy dies young.
    raw.entries.forEach((e, key) => {
        if (key === 'services' && (0,compose_node/* isMap */.jh)(e.value)) {
            out.entries.set(key, { ...e, value: canonicalServices(e.value, baseDir, session, lookup) });
            return;
        }
        const value = interpolateTree(e.value, lookup, session.issues, [key]);
        if (value !== e.value)
            out.entries.set(key, { ...e, value });
    });
    // checkKeys has reported a `services:` that is not a mapping.
    if (out.entries.has('services') && !(0,compose_node/* isMap */.jh)(out.entries.get('services').value))
        out.entries.delete('services');
    for (const section of ['secrets', 'configs']) {
        const sec = out.entries.get(section);
        if (sec && (0,compose_node/* isMap */.jh)(sec.value))
            out.entries.set(section, { ...sec, value: resolveFiles(sec.value, baseDir) });
    }
    cache.set(id, out);
    return out;
}
/** One file with its extends and includes applied. */
async function completeFile(file, baseDir, session, cache) {
    const tree = (0,compose_node/* copyMap */.WD)(await canonicalFile(file, baseDir, session, cache));
    const services = tree.entries.get('services');
    if (services && (0,compose_node/* isMap */.jh)(services.value)) {
        const servicesOf = async (other) => {
            const t = other === file
                ? await canonicalFile(file, baseDir, session, cache)
                : await canonicalFile(other, external_node_path_default().dirname(other), session, cache);
            const s = t.entries.get('services')?.value;
            return (0,compose_node/* isMap */.jh)(s) ? s : undefined;
        };
        tree.entries.set('services', {
            ...services,
            value: await resolveExtends(file, services.value, servicesOf, session.issues),
        });
    }
    const include = tree.entries.get('include');
    if (include) {
        tree.entries.delete('include');
        for (const entry of parseInclude(include.value, external_node_path_default().dirname(file), session.issues)) {
            const included = await loadIncluded(entry, session);
            if (included)
                importResources(tree, included, entry, session.issues);
        }
    }
    return tree;
}
async function loadIncluded(entry, session) {
    const key = entry.files.join('\u0000');
    if (session.includeStack.includes(key) || session.includeStack.length >= MAX_INCLUDE_DEPTH) {
        session.issues.push({
            kind: 'compose-invalid',
            message: `include of ${entry.files[0]} loops back on a file that includes it (or nests over ${MAX_INCLUDE_DEPTH} levels); remove the cycle.`,
            pos: entry.pos,
        });
        return undefined;
    }
    // The included project sees the including project's environment, then its own env file for what is not set.
    const own = loadProjectEnvironment({}, entry.envFiles ?? [external_node_path_default().join(entry.projectDirectory, '.env')], entry.envFiles !== undefined, session.issues);
    const values = { ...own.values, ...session.env.values };
    const entries = new Map(own.entries);
    for (const k of Object.keys(session.env.values)) {
        const e = session.env.entries.get(k);
        if (e)
            entries.set(k, e);
        else
            entries.delete(k);
    }
    const sub = {
        ...session,
        env: { values, entries, files: own.files },
        includeStack: [...session.includeStack, key],
    };
    for (const f of own.files)
        if (!session.envFiles.includes(f))
            session.envFiles.push(f);
    try {
        return await loadFiles(entry.files, entry.projectDirectory, sub);
    }
    catch (err) {
        if (err instanceof types/* UnreadableInputError */.W) {
            const interpolated = entry.files.some((f, i) => entry.shownFiles[i] !== f);
            const message = entry.files.reduce((m, f, i) => m.split(f).join(entry.shownFiles[i]), err.message);
            throw new types/* UnreadableInputError */.W(`${message} (included from ${entry.pos.file}:${entry.pos.line})`, 
            // Where the include is written, when a position inside the file would name it.
            interpolated ? entry.pos : err.pos);
        }
        throw err;
    }
}
/** All files of a project merged in order into one canonical tree. */
async function loadFiles(files, workingDir, session) {
    const cache = new Map();
    let merged;
    for (const file of files) {
        const tree = await completeFile(file, workingDir, session, cache);
        merged = merged ? mergeFiles(merged, tree) : tree;
    }
    const tree = merged ?? (0,compose_node/* mapNode */.zR)(fixedRange({ file: files[0] ?? workingDir, line: 1, column: 1 }));
    return session.sawReset ? stripResets(tree) : tree;
}
/** A `!reset` with nothing under it to reset simply removes the value. */
function stripResets(n) {
    // Copy on write: most trees hold no `!reset` at all.
    if (n.kind === 'seq') {
        let changed = false;
        const items = [];
        for (const i of n.items) {
            if (i.tag === '!reset') {
                changed = true;
                continue;
            }
            const out = stripResets(i);
            if (out !== i)
                changed = true;
            items.push(out);
        }
        return changed ? { ...n, items } : n;
    }
    if (n.kind !== 'map')
        return n;
    let entries;
    for (const [k, e] of n.entries) {
        if (e.value.tag === '!reset') {
            entries ??= new Map(n.entries);
            entries.delete(k);
            continue;
        }
        const out = stripResets(e.value);
        if (out !== e.value) {
            entries ??= new Map(n.entries);
            entries.set(k, { ...e, value: out });
        }
    }
    return entries ? { ...n, entries } : n;
}
/** `file:` of top-level secrets and configs, relative to the file's project directory. */
function resolveFiles(section, baseDir) {
    const out = (0,compose_node/* copyMap */.WD)(section);
    for (const [k, e] of section.entries) {
        const f = (0,compose_node/* isMap */.jh)(e.value) ? e.value.entries.get('file') : undefined;
        if (!f || f.value.kind !== 'scalar' || typeof f.value.value !== 'string' || !(0,compose_node/* isMap */.jh)(e.value))
            continue;
        const def = (0,compose_node/* copyMap */.WD)(e.value);
        const abs = external_node_path_default().resolve(baseDir, f.value.value);
        def.entries.set('file', { ...f, value: { ...f.value, value: abs } });
        out.entries.set(k, { ...e, value: def });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/compose/profiles.ts
/**
 * Profiles: a service with `profiles:` runs only when one of them is active
 * (`*` activates all). Inactive services are kept apart, not dropped, so the
 * checker can say a Redis service exists but would not start.
 */

/** --profile values win; otherwise COMPOSE_PROFILES (comma separated). */
function activeProfiles(given, env) {
    if (given && given.length > 0)
        return given;
    // Like the CLI: an unset COMPOSE_PROFILES splits to [""], so `profiles: [""]` counts as active.
    return (env.COMPOSE_PROFILES ?? '').split(',');
}
function isActive(service, active) {
    const profiles = service.entries.get('profiles')?.value;
    if (!(0,compose_node/* isSeq */.oP)(profiles) || profiles.items.length === 0)
        return true;
    if (active.includes('*'))
        return true;
    return profiles.items.some((p) => p.kind === 'scalar' && active.includes((0,compose_node/* scalarText */.ws)(p)));
}

;// CONCATENATED MODULE: ./src/compose/project.ts
/** The project name as Compose derives it. */

/** Lowercase, only [a-z0-9_-], no leading `_` or `-` (compose-go NormalizeProjectName). */
function normalizeProjectName(name) {
    return name
        .toLowerCase()
        .replace(/[^a-z0-9_-]/g, '')
        .replace(/^[_-]+/, '');
}
const VALID = /^[a-z0-9][a-z0-9_-]*$/;
/**
 * COMPOSE_PROJECT_NAME (process env or .env), then top-level `name:`, then
 * the directory's name. As `docker compose` 2.26 does, the top-level name and
 * the directory name are normalised, while a COMPOSE_PROJECT_NAME that is not
 * already valid is refused (reported, then normalised here so checking goes on).
 */
function projectName(env, topLevel, workingDir, issues) {
    const fromEnv = env.COMPOSE_PROJECT_NAME;
    const fallback = () => normalizeProjectName(external_node_path_default().basename(workingDir));
    if (fromEnv) {
        if (VALID.test(fromEnv))
            return fromEnv;
        issues.push({
            kind: 'compose-invalid',
            message: `invalid project name "${fromEnv}" (COMPOSE_PROJECT_NAME): it must hold only lowercase letters, digits, "-" and "_", and start with a letter or digit.`,
            pos: { file: workingDir, line: 1, column: 1 },
        });
        return normalizeProjectName(fromEnv) || fallback();
    }
    if (topLevel && topLevel.name !== '')
        return normalizeProjectName(topLevel.name) || fallback();
    return fallback();
}

;// CONCATENATED MODULE: ./src/compose/resolve.ts
/**
 * Last stage on the merged project, as compose-go does after merging:
 * `env_file:` contents folded into `environment` (which wins), bare keys
 * taken from the project environment, defaults Compose fills in (build
 * dockerfile, the implicit `default` network, the dependencies that links,
 * `service:` namespaces and volumes_from imply), and top-level resources
 * (names, boolean flags).
 */







/** An environment with every value given and no env file to add: nothing to resolve. */
function isResolved(environment) {
    if (!(0,compose_node/* isMap */.jh)(environment) || environment.entries.size === 0)
        return false;
    let resolved = true;
    environment.entries.forEach((e) => {
        if (e.value.kind === 'scalar' && e.value.value === null)
            resolved = false;
    });
    return resolved;
}
/**
 * Resolves one service of the merged tree in place. The loader owns that
 * tree, and once the files are merged nothing else holds its service nodes
 * (normalisation, extends and merge each make their own); a copy of every
 * service here was promoted and then dropped, ~1.7 MB on the 2,000-service
 * benchmark (bench/README.md).
 */
function resolveService(name, svc, ctx) {
    const envFiles = svc.entries.get('env_file');
    const environment = svc.entries.get('environment');
    const nothingToResolve = !envFiles && environment !== undefined && isResolved(environment.value);
    if ((envFiles || environment) && !nothingToResolve) {
        const env = (0,compose_node/* mapNode */.zR)(environment?.value.range ?? envFiles.value.range);
        if (envFiles?.value.kind === 'seq')
            readEnvFiles(name, envFiles.value.items, env, ctx);
        if (environment && (0,compose_node/* isMap */.jh)(environment.value)) {
            environment.value.entries.forEach((e, k) => {
                let value = e.value;
                if (value.kind === 'scalar' && value.value === null) {
                    const found = ctx.env.values[k];
                    if (found !== undefined) {
                        const at = ctx.env.entries.get(k);
                        value = at
                            ? {
                                kind: 'scalar',
                                value: found,
                                range: fixedRange(at.pos),
                                raw: at.raw,
                                variables: at.variables,
                            }
                            : (0,compose_node/* scalar */.d_)(found, e.keyRange);
                    }
                }
                env.entries.set(k, { ...e, value });
            });
        }
        svc.entries.delete('env_file');
        // Compose leaves an empty environment out.
        if (env.entries.size === 0)
            svc.entries.delete('environment');
        else
            svc.entries.set('environment', {
                key: 'environment',
                keyRange: environment?.keyRange ?? envFiles.keyRange,
                value: env,
            });
    }
    const build = svc.entries.get('build');
    if (build &&
        (0,compose_node/* isMap */.jh)(build.value) &&
        !build.value.entries.has('dockerfile') &&
        !build.value.entries.has('dockerfile_inline')) {
        const b = (0,compose_node/* copyMap */.WD)(build.value);
        b.entries.set('dockerfile', {
            key: 'dockerfile',
            keyRange: build.keyRange,
            value: (0,compose_node/* scalar */.d_)('Dockerfile', build.value.range),
        });
        svc.entries.set('build', { ...build, value: b });
    }
    const deploy = svc.entries.get('deploy');
    if (deploy && (0,compose_node/* isMap */.jh)(deploy.value)) {
        // Compose prints these two as empty mappings when they are not given.
        const d = (0,compose_node/* copyMap */.WD)(deploy.value);
        for (const k of ['resources', 'placement']) {
            if (!d.entries.has(k))
                d.entries.set(k, { key: k, keyRange: deploy.keyRange, value: (0,compose_node/* mapNode */.zR)(deploy.value.range) });
        }
        svc.entries.set('deploy', { ...deploy, value: d });
    }
    addImplicitDependencies(svc);
    if (!svc.entries.has('networks') && !svc.entries.has('network_mode')) {
        svc.entries.set('networks', {
            key: 'networks',
            keyRange: svc.range,
            value: (0,compose_node/* mapNode */.zR)(svc.range, [
                { key: 'default', keyRange: svc.range, value: (0,compose_node/* scalar */.d_)(null, svc.range) },
            ]),
        });
    }
}
/** Service fields that may name another service's namespace as `service:<name>`. */
const NAMESPACE_FIELDS = ['network_mode', 'ipc', 'pid', 'uts', 'cgroup'];
/**
 * Services this one names outside depends_on, which Compose adds to
 * depends_on (started first): `links`, a `service:` namespace, `volumes_from`
 * (not `container:`). The first two also restart it with that service. What
 * depends_on says itself wins.
 */
function addImplicitDependencies(svc) {
    const implied = [];
    const texts = (key) => {
        const v = svc.entries.get(key)?.value;
        const items = v?.kind === 'seq' ? v.items : v ? [v] : [];
        return items.filter((i) => i.kind === 'scalar' && typeof i.value === 'string');
    };
    for (const link of texts('links')) {
        // `service:alias`; anything else is taken whole, as Compose does.
        const parts = link.value.split(':');
        implied.push({
            name: parts.length === 2 ? parts[0] : link.value,
            pos: link.range,
            restart: true,
        });
    }
    for (const field of NAMESPACE_FIELDS) {
        for (const ref of texts(field)) {
            const text = ref.value;
            if (text.startsWith('service:'))
                implied.push({ name: text.slice('service:'.length), pos: ref.range, restart: true });
        }
    }
    for (const from of texts('volumes_from')) {
        const text = from.value;
        if (!text.startsWith('container:'))
            implied.push({ name: text.split(':')[0], pos: from.range, restart: false });
    }
    if (implied.length === 0)
        return;
    const written = svc.entries.get('depends_on');
    const deps = written && (0,compose_node/* isMap */.jh)(written.value) ? (0,compose_node/* copyMap */.WD)(written.value) : (0,compose_node/* mapNode */.zR)(svc.range);
    for (const { name, pos, restart } of implied) {
        if (deps.entries.has(name))
            continue;
        const fields = [{ key: 'condition', keyRange: pos, value: (0,compose_node/* scalar */.d_)('service_started', pos) }];
        // compose-go leaves a false restart out of what it prints.
        if (restart)
            fields.push({ key: 'restart', keyRange: pos, value: (0,compose_node/* scalar */.d_)(true, pos) });
        fields.push({ key: 'required', keyRange: pos, value: (0,compose_node/* scalar */.d_)(true, pos) });
        deps.entries.set(name, { key: name, keyRange: pos, value: (0,compose_node/* mapNode */.zR)(pos, fields) });
    }
    svc.entries.set('depends_on', {
        key: 'depends_on',
        keyRange: written?.keyRange ?? svc.range,
        value: deps,
    });
}
function readEnvFiles(service, items, env, ctx) {
    for (const item of items) {
        if (!(0,compose_node/* isMap */.jh)(item))
            continue;
        const pathNode = item.entries.get('path')?.value;
        const requiredNode = item.entries.get('required')?.value;
        if (!pathNode)
            continue;
        const file = (0,compose_node/* scalarText */.ws)(pathNode);
        const required = !(requiredNode?.kind === 'scalar' &&
            (requiredNode.value === false || requiredNode.value === 'false'));
        if (!(0,external_node_fs_.existsSync)(file) || !(0,external_node_fs_.statSync)(file).isFile()) {
            if (required) {
                ctx.issues.push({
                    kind: 'compose-invalid',
                    // As written when interpolated (see shownPath): the value may be a secret.
                    message: `services.${service}: env file ${pathNode.variables?.length && pathNode.raw !== undefined ? pathNode.raw : file} not found; create it or mark the entry \`required: false\`.`,
                    pos: toPosition(pathNode.range),
                    service,
                });
            }
            continue;
        }
        let text;
        try {
            text = readTextFile(file, 'env file');
        }
        catch (err) {
            if (!(err instanceof types/* UnreadableInputError */.W))
                throw err;
            ctx.issues.push({
                kind: 'compose-invalid',
                message: `services.${service}: ${err.message}`,
                pos: toPosition(pathNode.range),
                service,
            });
            continue;
        }
        if (!ctx.serviceEnvFiles.includes(file))
            ctx.serviceEnvFiles.push(file);
        // Values from earlier env files of the service win over the project environment.
        const parsed = parseDotenv(text, file, (k) => {
            const earlier = env.entries.get(k)?.value;
            return earlier?.kind === 'scalar' && typeof earlier.value === 'string'
                ? earlier.value
                : ctx.env.values[k];
        });
        if (parsed.error) {
            ctx.issues.push({
                kind: 'compose-invalid',
                message: `services.${service}: ${file}:${parsed.error.pos.line}: ${parsed.error.message}.`,
                pos: parsed.error.pos,
                service,
            });
        }
        for (const u of parsed.unset) {
            ctx.issues.push({
                kind: 'variable-unset',
                message: `${u.message} (in ${file})`,
                pos: u.pos,
                service,
                variable: u.name,
            });
        }
        for (const [k, e] of parsed.entries) {
            const at = fixedRange(e.pos);
            const value = { kind: 'scalar', value: e.value, range: at };
            if (e.raw !== undefined)
                value.raw = e.raw;
            if (e.variables)
                value.variables = e.variables;
            env.entries.set(k, { key: k, keyRange: at, value });
        }
    }
}
/** Top-level volumes and networks with the names Compose gives them. */
function resolveResources(section, project, kind, issues) {
    if (!section)
        return undefined;
    const out = (0,compose_node/* mapNode */.zR)(section.range);
    for (const [k, e] of section.entries) {
        const def = (0,compose_node/* isMap */.jh)(e.value) ? (0,compose_node/* copyMap */.WD)(e.value) : (0,compose_node/* mapNode */.zR)(e.value.range);
        if (e.value.kind !== 'map' && !(e.value.kind === 'scalar' && e.value.value === null)) {
            issues.push({
                kind: 'compose-invalid',
                message: `${kind}.${k} must be a mapping or empty.`,
                pos: toPosition(e.value.range),
            });
        }
        const ext = def.entries.get('external')?.value;
        const external = ext?.kind === 'scalar' &&
            (ext.value === true || (typeof ext.value === 'string' && (0,volumes/* toBoolean */.G4)(ext.value) === true));
        // Compose prints `external` only when it is true.
        if (ext && !external)
            def.entries.delete('external');
        else if (ext?.kind === 'scalar' && typeof ext.value === 'string') {
            def.entries.set('external', {
                ...def.entries.get('external'),
                value: (0,compose_node/* scalar */.d_)(external, ext.range, ext),
            });
        }
        if (kind === 'networks')
            castNetworkFlags(def, k, issues);
        if (!def.entries.has('name')) {
            def.entries.set('name', {
                key: 'name',
                keyRange: e.keyRange,
                value: (0,compose_node/* scalar */.d_)(external ? k : `${project}_${k}`, e.keyRange),
            });
        }
        out.entries.set(k, { ...e, value: def });
    }
    return out;
}
/**
 * Network flags Compose reads as booleans: a string (from a variable, or
 * quoted) is cast as compose-go casts it, and one that is no boolean makes
 * Compose refuse the file. `internal` and `attachable` are printed only when
 * true; `enable_ipv6` whenever it is given (compose-go keeps it optional).
 */
const NETWORK_FLAGS = [
    { key: 'internal', printedWhenFalse: false },
    { key: 'attachable', printedWhenFalse: false },
    { key: 'enable_ipv6', printedWhenFalse: true },
];
function castNetworkFlags(def, network, issues) {
    for (const { key, printedWhenFalse } of NETWORK_FLAGS) {
        const e = def.entries.get(key);
        if (e?.value.kind !== 'scalar' || e.value.value === null)
            continue;
        const v = e.value;
        const b = typeof v.value === 'string' ? (0,volumes/* toBoolean */.G4)(v.value) : v.value;
        if (typeof b !== 'boolean') {
            issues.push({
                kind: 'compose-invalid',
                message: `networks.${network}.${key}: "${(0,compose_node/* scalarText */.ws)(v)}" is not a boolean; write true or false.`,
                pos: toPosition(v.range),
            });
            def.entries.delete(key);
        }
        else if (!b && !printedWhenFalse)
            def.entries.delete(key);
        else if (v.value !== b)
            def.entries.set(key, { ...e, value: (0,compose_node/* scalar */.d_)(b, v.range, v) });
    }
}

;// CONCATENATED MODULE: ./src/compose/source-map.ts

const SEP = '\u0000';
function key(path) {
    return path.join(SEP);
}
/**
 * Where each value of the model was written, looked up by model path. It
 * reads the positioned trees the model was emitted from, so nothing is
 * copied per value: the rules ask for a few hundred paths, a big file has
 * hundreds of thousands of values.
 */
class SourceMap {
    trees = [];
    explicit = new Map();
    /** Lengths of the paths in `explicit`: the walks look up (join) only paths of these lengths. */
    explicitLengths = new Set();
    /** Records `node` as the value at `path`, and its subtree below it. */
    attach(path, node) {
        this.trees.push({ prefix: path.map(String), node });
    }
    /** Records one value's source (it wins over an attached tree's). */
    set(path, source) {
        this.explicit.set(key(path), source);
        this.explicitLengths.add(path.length);
    }
    get(path) {
        const found = this.explicitLengths.has(path.length) ? this.explicit.get(key(path)) : undefined;
        if (found)
            return found;
        for (const t of this.trees) {
            const n = descend(t, path);
            if (n)
                return this.sourceOf(n);
        }
        return undefined;
    }
    /** The position of the value, or of its nearest ancestor that has one. */
    locate(path) {
        for (let n = path.length; n >= 0; n--) {
            const found = this.get(path.slice(0, n));
            if (found)
                return found.pos;
        }
        return undefined;
    }
    /** Every entry under `prefix` (the prefix itself included), parents before children. */
    under(prefix) {
        const out = [];
        this.visit(prefix, (path, n) => {
            out.push([[...path], this.sourceAt(path, n)]);
        });
        return out;
    }
    /** The variables referenced by the values under any of `prefixes`, in order. */
    variablesUnder(...prefixes) {
        const out = [];
        const collect = (n) => {
            if (n.kind === 'scalar') {
                if (n.variables)
                    out.push(...n.variables);
            }
            else if (n.kind === 'seq')
                n.items.forEach(collect);
            else
                n.entries.forEach((e) => collect(e.value));
        };
        for (const prefix of prefixes) {
            for (const t of this.trees) {
                // A tree at or under the prefix counts whole; one above it, from where the prefix leads.
                if (!overlaps(t, prefix))
                    continue;
                const n = t.prefix.length >= prefix.length ? t.node : descend(t, prefix);
                if (n)
                    collect(n);
            }
        }
        return out;
    }
    sourceAt(path, n) {
        return ((this.explicitLengths.has(path.length) && this.explicit.get(key(path))) || this.sourceOf(n));
    }
    sourceOf(n) {
        const source = { pos: toPosition(n.range) };
        if (n.kind === 'scalar') {
            if (n.raw !== undefined)
                source.raw = n.raw;
            if (n.variables && n.variables.length > 0)
                source.variables = n.variables;
        }
        return source;
    }
    visit(prefix, visitor) {
        const want = prefix.map(String);
        const roots = new Set();
        for (const t of this.trees) {
            if (!overlaps(t, want))
                continue;
            // Trees attached at the same path (active and inactive services) share their root entry.
            const rootKey = key(t.prefix);
            const first = !roots.has(rootKey);
            roots.add(rootKey);
            source_map_walk(t.node, t.prefix.map(decodeSegment), want, (path, n) => {
                if (path.length === t.prefix.length && !first)
                    return;
                visitor(path, n);
            });
        }
    }
}
/** Whether the tree is at, under or above `path` (their paths agree as far as both go). */
function overlaps(t, path) {
    return t.prefix.every((seg, i) => i >= path.length || seg === String(path[i]));
}
/** The node at `path` in an attached tree, if the path leads into it. */
function descend(t, path) {
    if (path.length < t.prefix.length)
        return undefined;
    for (let i = 0; i < t.prefix.length; i++)
        if (String(path[i]) !== t.prefix[i])
            return undefined;
    let n = t.node;
    for (let i = t.prefix.length; i < path.length && n; i++)
        n = child(n, path[i]);
    return n;
}
function child(n, segment) {
    if (n.kind === 'map')
        return n.entries.get(String(segment))?.value;
    if (n.kind === 'seq') {
        const index = typeof segment === 'number' ? segment : decodeSegment(segment);
        return typeof index === 'number' ? n.items[index] : undefined;
    }
    return undefined;
}
/**
 * Pre-order walk of the nodes under `want` (`path`, the node's own path,
 * agrees with `want` as far as both go). `path` is pushed and popped: copy
 * what you keep.
 */
function source_map_walk(n, path, want, visitor) {
    const depth = path.length;
    if (depth < want.length) {
        // Still above the prefix: follow the one branch that leads to it.
        const next = want[depth];
        const c = child(n, next);
        if (!c)
            return;
        path.push(n.kind === 'seq' ? Number(next) : decodeSegment(next));
        source_map_walk(c, path, want, visitor);
        path.pop();
        return;
    }
    visitor(path, n);
    if (n.kind === 'seq') {
        for (let i = 0; i < n.items.length; i++) {
            path.push(i);
            source_map_walk(n.items[i], path, want, visitor);
            path.pop();
        }
    }
    else if (n.kind === 'map') {
        n.entries.forEach((e, k) => {
            path.push(decodeSegment(k));
            source_map_walk(e.value, path, want, visitor);
            path.pop();
        });
    }
}
function decodeSegment(s) {
    return /^(0|[1-9]\d*)$/.test(s) ? Number(s) : s;
}

;// CONCATENATED MODULE: ./src/compose/config-json.ts
function toComposeConfigJson(project) {
    const model = project.model;
    const services = {};
    const usedVolumes = new Set();
    const usedNetworks = new Set();
    for (const name of Object.keys(model.services).sort()) {
        const svc = model.services[name];
        for (const v of svc.volumes ?? [])
            if (v.type === 'volume' && v.source)
                usedVolumes.add(v.source);
        for (const n of Object.keys(svc.networks ?? {}))
            usedNetworks.add(n);
        services[name] = escapeDollars({
            command: null,
            entrypoint: null,
            ...svc,
        });
    }
    const out = { name: model.name };
    const networks = pick(model.networks, usedNetworks, (n) => ({
        ...n,
        ipam: n.ipam ?? {},
    }));
    if (networks)
        out.networks = networks;
    out.services = services;
    const volumes = pick(model.volumes, usedVolumes, (v) => v);
    if (volumes)
        out.volumes = volumes;
    for (const key of ['secrets', 'configs']) {
        const used = new Set();
        for (const svc of Object.values(model.services)) {
            for (const ref of (svc[key] ?? [])) {
                const source = typeof ref === 'string' ? ref : ref.source;
                if (source)
                    used.add(source);
            }
        }
        const section = pick(model[key], used, (v) => v);
        if (section)
            out[key] = section;
    }
    // Top-level extensions are printed as written (after interpolation).
    for (const key of Object.keys(model))
        if (key.startsWith('x-'))
            out[key] = escapeDollars(model[key]);
    return out;
}
function pick(section, used, shape) {
    if (!section)
        return undefined;
    const out = {};
    for (const [k, v] of Object.entries(section))
        if (used.has(k))
            out[k] = escapeDollars(shape(v));
    return Object.keys(out).length > 0 ? out : undefined;
}
function escapeDollars(v) {
    if (typeof v === 'string')
        return v.replaceAll('$', () => '$$');
    if (Array.isArray(v))
        return v.map(escapeDollars);
    if (v !== null && typeof v === 'object') {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = escapeDollars(x);
        return out;
    }
    return v;
}

;// CONCATENATED MODULE: ./src/compose/index.ts
/**
 * The compose loader: reads a project the way Docker Compose does and keeps
 * where every value was written.
 */















async function loadProject(options) {
    const cwd = external_node_path_default().resolve(options.cwd ?? process.cwd());
    const processEnv = options.env ?? process.env;
    const issues = [];
    const explicitDir = options.projectDirectory
        ? external_node_path_default().resolve(cwd, options.projectDirectory)
        : undefined;
    const given = options.files.map((f) => external_node_path_default().resolve(cwd, f));
    // The env file is looked for before the files are known when COMPOSE_FILE may come from it.
    const envDirGuess = explicitDir ?? (given.length > 0 ? external_node_path_default().dirname(given[0]) : cwd);
    const explicitEnvFiles = options.envFiles && options.envFiles.length > 0;
    const envFiles = explicitEnvFiles
        ? options.envFiles.map((f) => external_node_path_default().resolve(cwd, f))
        : [external_node_path_default().join(envDirGuess, '.env')];
    let env = loadProjectEnvironment(processEnv, envFiles, Boolean(explicitEnvFiles), issues);
    let files = given;
    if (files.length === 0) {
        const fromEnv = filesFromEnv(env.values);
        const base = explicitDir ?? cwd;
        files = fromEnv.length > 0 ? fromEnv.map((f) => external_node_path_default().resolve(base, f)) : discoverFiles(base);
        if (files.length === 0) {
            throw new types/* UnreadableInputError */.W(`${base}: no compose file found (looked for compose.yaml, compose.yml, docker-compose.yml, docker-compose.yaml here and in parent directories). Pass the file with -f / compose-file.`, { file: base, line: 1, column: 1 });
        }
    }
    const workingDir = explicitDir ?? external_node_path_default().dirname(files[0]);
    if (!explicitEnvFiles && workingDir !== envDirGuess) {
        issues.length = 0;
        env = loadProjectEnvironment(processEnv, [external_node_path_default().join(workingDir, '.env')], false, issues);
    }
    const session = {
        env,
        issues,
        texts: new Map(),
        envFiles: [...env.files],
        home: processEnv.HOME ?? (0,external_node_os_.homedir)(),
        includeStack: [],
        processEnv,
        parsed: new Map(),
    };
    // Compose settles the project name first, and defines COMPOSE_PROJECT_NAME
    // with it for the interpolation of the files.
    const name = projectName(env.values, await topLevelName(files, session), workingDir, issues);
    session.env = { ...env, values: { ...env.values, COMPOSE_PROJECT_NAME: name } };
    const tree = await loadFiles(files, workingDir, session);
    const sources = new SourceMap();
    const serviceEnvFiles = [];
    const resolveCtx = { env, issues, serviceEnvFiles };
    const servicesNode = tree.entries.get('services')?.value;
    const allServices = (0,compose_node/* isMap */.jh)(servicesNode) ? servicesNode : (0,compose_node/* mapNode */.zR)(tree.range);
    const profiles = activeProfiles(options.profiles, env.values);
    const active = (0,compose_node/* mapNode */.zR)(allServices.range);
    const inactive = (0,compose_node/* mapNode */.zR)(allServices.range);
    allServices.entries.forEach((e, svcName) => {
        if (!(0,compose_node/* isMap */.jh)(e.value))
            return;
        resolveService(svcName, e.value, resolveCtx);
        (isActive(e.value, profiles) ? active : inactive).entries.set(svcName, e);
    });
    const volumesNode = tree.entries.get('volumes')?.value;
    const networksNode = tree.entries.get('networks')?.value;
    const volumes = resolveResources((0,compose_node/* isMap */.jh)(volumesNode) ? volumesNode : undefined, name, 'volumes', issues);
    let networks = resolveResources((0,compose_node/* isMap */.jh)(networksNode) ? networksNode : undefined, name, 'networks', issues);
    networks = withDefaultNetwork(networks, active, name);
    const namesOf = (k) => {
        const v = tree.entries.get(k)?.value;
        return new Set((0,compose_node/* isMap */.jh)(v) ? v.entries.keys() : []);
    };
    const declared = { secrets: namesOf('secrets'), configs: namesOf('configs') };
    // An active service may not depend on one outside the active profiles (Compose refuses it).
    checkProject(active, volumes, networks, issues, new Set(active.entries.keys()), new Set(inactive.entries.keys()), declared);
    checkProject(inactive, volumes, networks, issues, new Set(allServices.entries.keys()), undefined, declared);
    const section = (path, node) => {
        sources.attach([path], node);
        return (0,compose_node/* toPlain */.Ul)(node);
    };
    const model = {
        name,
        services: section('services', active),
    };
    const inactiveServices = section('services', inactive);
    sources.set(['services'], { pos: toPosition(allServices.range) });
    if (networks)
        model.networks = section('networks', networks);
    if (volumes)
        model.volumes = section('volumes', volumes);
    for (const [k, e] of tree.entries) {
        if (['services', 'volumes', 'networks', 'name', 'version', 'include'].includes(k))
            continue;
        model[k] = section(k, (k === 'secrets' || k === 'configs') && (0,compose_node/* isMap */.jh)(e.value)
            ? resolveResources(e.value, name, k, issues)
            : e.value);
    }
    return {
        name,
        workingDir,
        composeFiles: files,
        referencedComposeFiles: [...session.texts.keys()].filter((f) => !files.includes(f)),
        envFiles: session.envFiles,
        serviceEnvFiles,
        composeTexts: session.texts,
        model,
        inactiveServices,
        sources,
        issues,
        environment: env.values,
    };
}
/** Every file the project read, each once: its compose files, those they pull in, then env files. */
function filesRead(project) {
    return [
        ...new Set([
            ...project.composeFiles,
            ...project.referencedComposeFiles,
            ...project.envFiles,
            ...project.serviceEnvFiles,
        ]),
    ];
}
/** Compose adds the `default` network when a service is attached to it implicitly or by name. */
function withDefaultNetwork(networks, services, project) {
    if (networks?.entries.has('default'))
        return networks;
    const uses = [...services.entries.values()].some((e) => {
        const nets = (0,compose_node/* isMap */.jh)(e.value) ? e.value.entries.get('networks')?.value : undefined;
        return (0,compose_node/* isMap */.jh)(nets) && nets.entries.has('default');
    });
    if (!uses)
        return networks;
    const out = networks
        ? { ...networks, entries: new Map(networks.entries) }
        : (0,compose_node/* mapNode */.zR)(services.range);
    const pos = services.range;
    out.entries.set('default', {
        key: 'default',
        keyRange: pos,
        value: (0,compose_node/* mapNode */.zR)(pos, [
            {
                key: 'name',
                keyRange: pos,
                value: { kind: 'scalar', value: `${project}_default`, range: pos },
            },
        ]),
    });
    return out;
}


/***/ }),

/***/ 9030:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ul: () => (/* binding */ toPlain),
/* harmony export */   WD: () => (/* binding */ copyMap),
/* harmony export */   d_: () => (/* binding */ scalar),
/* harmony export */   gB: () => (/* binding */ seqNode),
/* harmony export */   jh: () => (/* binding */ isMap),
/* harmony export */   oP: () => (/* binding */ isSeq),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   ws: () => (/* binding */ scalarText),
/* harmony export */   zR: () => (/* binding */ mapNode)
/* harmony export */ });
function scalar(value, pos, from) {
    const node = { kind: 'scalar', value, range: pos };
    if (from?.raw !== undefined)
        node.raw = from.raw;
    if (from?.variables)
        node.variables = from.variables;
    return node;
}
function mapNode(pos, entries = []) {
    const map = new Map();
    for (const e of entries)
        map.set(e.key, e);
    return { kind: 'map', entries: map, range: pos };
}
function seqNode(pos, items = []) {
    return { kind: 'seq', items, range: pos };
}
function isMap(n) {
    return n?.kind === 'map';
}
function isSeq(n) {
    return n?.kind === 'seq';
}
/** A shallow copy of a map node (entries copied, values shared). */
function copyMap(map) {
    // Not new Map(map.entries): that allocates a [key, entry] pair per entry.
    const entries = new Map();
    map.entries.forEach((e, k) => entries.set(k, e));
    return { ...map, entries };
}
/** The scalar as Compose's Go code would stringify it. */
function scalarText(n) {
    const v = n.value;
    if (v === null)
        return '';
    if (typeof v === 'number')
        return formatNumber(v);
    return String(v);
}
function formatNumber(v) {
    if (Number.isInteger(v))
        return String(v);
    // Go's %v of float64 uses the shortest representation, as JS does.
    return String(v);
}
/** The plain value of a subtree, without positions. */
function toPlain(n) {
    if (n.kind === 'scalar')
        return n.value;
    if (n.kind === 'seq')
        return n.items.map(toPlain);
    const out = {};
    n.entries.forEach((e, k) => (out[k] = toPlain(e.value)));
    return out;
}
/** Short description of a node's type for messages. */
function describe(n) {
    if (n.kind === 'map')
        return 'a mapping';
    if (n.kind === 'seq')
        return 'a list';
    if (n.value === null)
        return 'null';
    return `a ${typeof n.value}`;
}


/***/ }),

/***/ 5579:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ isOutsideDir),
/* harmony export */   PU: () => (/* binding */ existingRealPath),
/* harmony export */   bd: () => (/* binding */ isWithinDir)
/* harmony export */ });
/* unused harmony export realPathOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Whether a host file lies outside the project directory. One answer for
 * every place that asks (probe isolation, messages that would quote a file's
 * text): symlinks are resolved, so a link inside the project that points out
 * of it is outside, and `..` or an absolute path elsewhere is outside too.
 */


/** The real path of an existing file or directory; undefined when it does not exist or cannot be read. */
function existingRealPath(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file);
    }
    catch {
        return undefined;
    }
}
/**
 * The real path of `file`, symlinks resolved as far as the path exists: a
 * missing file keeps its name below its nearest existing directory's real path.
 */
function realPathOf(file) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file);
    const real = existingRealPath(absolute);
    if (real !== undefined)
        return real;
    const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolute);
    if (parent === absolute)
        return absolute;
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realPathOf(parent), node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(absolute));
}
/** `file` is `dir` or below it, comparing the paths as given. */
function isWithinDir(file, dir) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(dir, file);
    return rel === '' || (!rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && rel !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
/** `file` lies outside `dir` once both are resolved to their real paths. */
function isOutsideDir(file, dir) {
    return !isWithinDir(realPathOf(file), realPathOf(dir));
}


/***/ }),

/***/ 845:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ UnreadableInputError)
/* harmony export */ });
/**
 * The compose model as the rest of the pipeline sees it: the project after
 * loading, interpolation and normalisation, in the shape that
 * `docker compose config --format json` prints, plus a source map that says
 * where every value was written.
 */
/** Raised for input that cannot be read at all: exit code 2. */
class UnreadableInputError extends Error {
    pos;
    constructor(message, pos) {
        super(message);
        this.pos = pos;
        this.name = 'UnreadableInputError';
    }
}


/***/ }),

/***/ 6903:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ toBoolean),
/* harmony export */   a5: () => (/* binding */ isAtOrBelow),
/* harmony export */   dp: () => (/* binding */ cleanTarget),
/* harmony export */   er: () => (/* binding */ normalizeVolume),
/* harmony export */   sC: () => (/* binding */ resolveHostPath)
/* harmony export */ });
/* unused harmony export isHostPath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _node_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9030);
/**
 * Service `volumes:` short syntax (`[source:]target[:options]`) and long
 * syntax, normalised as Compose prints them: bind sources made absolute,
 * `create_host_path: true` for short binds, `volume: {}` for volumes.
 */


const PROPAGATION = new Set(['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate']);
/** Compose treats these sources as host paths; anything else names a volume. */
function isHostPath(source) {
    return /^[./~]/.test(source) || /^[A-Za-z]:[\\/]/.test(source) || source.startsWith('\\\\');
}
function resolveHostPath(source, baseDir, home) {
    if (source === '~' || source.startsWith('~/'))
        return home ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(home, source.slice(1)) : source;
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(source) || /^[A-Za-z]:[\\/]/.test(source))
        return source;
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(baseDir, source);
}
/**
 * A mount target as Compose prints it: cleaned like Go's path.Clean, so
 * `/data/` and `/data/./` are `/data`. A Windows target is left as written.
 */
function cleanTarget(target) {
    if (target === '' || /^[A-Za-z]:/.test(target) || target.includes('\\'))
        return target;
    const clean = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(target);
    return clean.length > 1 && clean.endsWith('/') ? clean.slice(0, -1) : clean;
}
/** True when container path `inner` is `outer` or lies below it (both cleaned with cleanTarget). */
function isAtOrBelow(inner, outer) {
    return inner === outer || outer === '/' || inner.startsWith(`${outer}/`);
}
function field(key, value) {
    return { key, keyRange: value.range, value };
}
function normalizeVolume(n, baseDir, home, problems) {
    if (n.kind === 'scalar')
        return shortVolume(n, baseDir, home, problems);
    if (n.kind === 'map')
        return longVolume(n, baseDir, home, problems);
    problems.push({ message: 'a volume must be a string or a mapping', pos: n.range });
    return undefined;
}
function splitShort(spec) {
    // A Windows drive letter (C:\...) holds a colon that is not a separator.
    const parts = [];
    let cur = '';
    for (let i = 0; i < spec.length; i++) {
        const c = spec[i];
        if (c === ':' &&
            !(cur.length === 1 && /[A-Za-z]/.test(cur) && /[\\/]/.test(spec[i + 1] ?? ''))) {
            parts.push(cur);
            cur = '';
        }
        else
            cur += c;
    }
    parts.push(cur);
    return parts;
}
function shortVolume(n, baseDir, home, problems) {
    const text = (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)(n);
    const s = (v) => (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)(v, n.range, n);
    const parts = splitShort(text);
    if (parts.length > 3 || parts.some((p, i) => p === '' && i < 2)) {
        problems.push({
            message: `invalid volume "${text}": expected [source:]target[:mode]`,
            pos: n.range,
        });
        return undefined;
    }
    if (parts.length === 1) {
        return (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .mapNode */ .zR)(n.range, [
            field('type', s('volume')),
            field('target', s(cleanTarget(parts[0]))),
            field('volume', (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .mapNode */ .zR)(n.range)),
        ]);
    }
    const [source, target, options = ''] = parts;
    const bind = isHostPath(source);
    const fields = [field('type', s(bind ? 'bind' : 'volume'))];
    fields.push(field('source', s(bind ? resolveHostPath(source, baseDir, home) : source)));
    fields.push(field('target', s(cleanTarget(target))));
    const opts = options === '' ? [] : options.split(',');
    if (opts.includes('ro'))
        fields.push(field('read_only', s(true)));
    if (bind) {
        const b = [];
        const prop = opts.find((o) => PROPAGATION.has(o));
        if (prop)
            b.push(field('propagation', s(prop)));
        b.push(field('create_host_path', s(true)));
        const selinux = opts.find((o) => o === 'z' || o === 'Z');
        if (selinux)
            b.push(field('selinux', s(selinux)));
        fields.push(field('bind', (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .mapNode */ .zR)(n.range, b)));
    }
    else {
        // Compose keeps an SELinux label given to a named volume, under `bind`.
        const selinux = opts.find((o) => o === 'z' || o === 'Z');
        if (selinux)
            fields.push(field('bind', (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .mapNode */ .zR)(n.range, [field('selinux', s(selinux))])));
        const v = opts.includes('nocopy') ? [field('nocopy', s(true))] : [];
        fields.push(field('volume', (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .mapNode */ .zR)(n.range, v)));
    }
    return (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .mapNode */ .zR)(n.range, fields);
}
function longVolume(n, baseDir, home, problems) {
    const target = n.entries.get('target')?.value;
    if (!target || (target.kind === 'scalar' && (target.value === null || target.value === ''))) {
        problems.push({
            message: 'a volume is missing its mount target (`target:`, the path inside the container)',
            pos: n.range,
        });
    }
    const out = (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .mapNode */ .zR)(n.range, n.entries.values());
    if (target?.kind === 'scalar' && typeof target.value === 'string') {
        const clean = cleanTarget(target.value);
        if (clean !== target.value)
            out.entries.set('target', {
                ...n.entries.get('target'),
                value: (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)(clean, target.range, target),
            });
    }
    const type = n.entries.get('type')?.value;
    const source = n.entries.get('source')?.value;
    if (type?.kind === 'scalar' &&
        type.value === 'bind' &&
        source?.kind === 'scalar' &&
        typeof source.value === 'string') {
        out.entries.set('source', {
            ...n.entries.get('source'),
            value: (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)(resolveHostPath(source.value, baseDir, home), source.range, source),
        });
    }
    castBoolean(out, 'read_only');
    for (const [section, key] of [
        ['bind', 'create_host_path'],
        ['volume', 'nocopy'],
    ]) {
        const sub = out.entries.get(section);
        if (sub?.value.kind === 'map') {
            const copy = (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .mapNode */ .zR)(sub.value.range, sub.value.entries.values());
            castBoolean(copy, key);
            out.entries.set(section, { ...sub, value: copy });
        }
    }
    return out;
}
/**
 * Compose casts some interpolated strings back to booleans (compose-go
 * toBoolean: y/yes/true/on and n/no/false/off, any case).
 */
function toBoolean(text) {
    const t = text.toLowerCase();
    if (['y', 'yes', 'true', 'on'].includes(t))
        return true;
    if (['n', 'no', 'false', 'off'].includes(t))
        return false;
    return undefined;
}
function castBoolean(map, key) {
    const e = map.entries.get(key);
    if (e?.value.kind !== 'scalar')
        return;
    const b = typeof e.value.value === 'string' ? toBoolean(e.value.value) : e.value.value;
    // These fields are `omitempty` in compose-go: false is not printed.
    if (b === false)
        map.entries.delete(key);
    else if (b === true && e.value.value !== true) {
        map.entries.set(key, { ...e, value: (0,_node_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)(true, e.value.range, e.value) });
    }
}


/***/ }),

/***/ 4660:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gq: () => (/* binding */ ignoreMatches),
/* harmony export */   fX: () => (/* binding */ loadCheckConfig),
/* harmony export */   jU: () => (/* binding */ profileCaps),
/* harmony export */   sv: () => (/* binding */ isStrictnessProfile)
/* harmony export */ });
/* unused harmony exports ConfigError, DEVELOPMENT_PROFILE, parseCheckConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _yaml_module_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(477);
/* harmony import */ var _compose_types_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(845);




/** File names looked for in the project directory, in this order. */
const CONFIG_FILE_NAMES = ['.redis-readiness.yml', '.redis-readiness.yaml'];
/** A config file that cannot be used as written: exit code 2, like unreadable input. */
class ConfigError extends _compose_types_js__WEBPACK_IMPORTED_MODULE_2__/* .UnreadableInputError */ .W {
    constructor(message, pos) {
        super(message, pos);
        this.name = 'ConfigError';
    }
}
const SETTINGS = ['error', 'warning', 'notice', 'off'];
const PROFILES = ['production', 'development'];
const ROLES = ['broker', 'result-backend', 'cache', 'unknown'];
/**
 * Severity caps of the `development` profile: a developer's laptop compose
 * file publishes ports and skips passwords on purpose, so those become
 * notices there. docs/configuration.md shows this table; a test keeps the
 * two equal.
 */
const DEVELOPMENT_PROFILE = {
    'port-public': 'notice',
    'auth-missing': 'notice',
    'auth-literal': 'notice',
    'auth-weak': 'notice',
    'auth-unset-variable': 'warning',
    'consumer-no-password': 'notice',
    'image-unpinned': 'notice',
    'image-unmaintained': 'notice',
    'persist-no-volume': 'notice',
    'persist-disabled': 'notice',
    'persist-rdb-only': 'notice',
    'health-missing': 'notice',
    'memory-unbounded': 'notice',
    'consumer-unhealthy-dependency': 'notice',
};
/** The strictness caps of a profile (production has none). */
function profileCaps(profile) {
    return profile === 'development' ? DEVELOPMENT_PROFILE : {};
}
function isStrictnessProfile(value) {
    return PROFILES.includes(value);
}
/**
 * Finds and reads the config file: `explicit` when given (it must exist),
 * else `.redis-readiness.yml` in the project directory, else none.
 */
async function loadCheckConfig(options) {
    let file;
    if (options.explicit) {
        file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.cwd, options.explicit);
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(file)) {
            throw new ConfigError(`${options.explicit}: config file not found. Check the path given with --config / the 'config' input.`);
        }
        if (node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(file).isDirectory()) {
            throw new ConfigError(`${options.explicit}: is a directory, not a config file. Give the file itself (${node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.explicit, CONFIG_FILE_NAMES[0])}).`);
        }
    }
    else {
        file = CONFIG_FILE_NAMES.map((n) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(options.projectDirectory, n)).find((f) => node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(f));
        if (!file)
            return undefined;
    }
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, 'utf8');
    }
    catch (e) {
        throw new ConfigError(`${file}: cannot read the config file (${e.message}).`);
    }
    await (0,_yaml_module_js__WEBPACK_IMPORTED_MODULE_3__/* .loadYaml */ .yv)();
    return parseCheckConfig(text, file, options.knownRules);
}
/** Validates the text of a config file; every error names the file, line and column. Needs loadYaml() done. */
function parseCheckConfig(text, file, knownRules) {
    const { LineCounter, parseDocument } = (0,_yaml_module_js__WEBPACK_IMPORTED_MODULE_3__/* .yamlModule */ .Ag)();
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const at = (node) => {
        const offset = node?.range?.[0] ?? 0;
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, column: col };
    };
    const fail = (node, message) => {
        const pos = at(node);
        throw new ConfigError(`${file}:${pos.line}:${pos.column}: ${message}`, pos);
    };
    if (doc.errors.length > 0) {
        const err = doc.errors[0];
        const { line, col } = lineCounter.linePos(err.pos[0]);
        const pos = { file, line, column: col };
        throw new ConfigError(`${file}:${line}:${col}: not valid YAML: ${err.message.split('\n')[0]}`, pos);
    }
    const config = { file, rules: {}, ignore: [], roles: {} };
    const root = doc.contents;
    if (root === null || ((0,_yaml_module_js__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(root) && root.value === null))
        return config;
    if (!(0,_yaml_module_js__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(root))
        return fail(root, 'the config file must be a mapping (strictness, rules, ignore, services).');
    const checkRule = (node, id) => {
        if (!knownRules.includes(id)) {
            fail(node, `unknown rule id '${id}'.${suggest(id, knownRules)} The rule ids are listed in docs/rules/.`);
        }
    };
    const scalarString = (node, what) => {
        if (!(0,_yaml_module_js__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(node) || typeof node.value !== 'string' || node.value === '') {
            return fail(node, `${what} must be a string.`);
        }
        return node.value;
    };
    for (const pair of root.items) {
        const keyNode = pair.key;
        const key = (0,_yaml_module_js__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(keyNode) ? String(keyNode.value) : '';
        const value = pair.value;
        switch (key) {
            // `profile` is the first release's spelling, kept so that its config files still load.
            case 'strictness':
            case 'profile': {
                if (config.strictness !== undefined)
                    fail(keyNode, `give the strictness once: 'strictness' and 'profile' name the same setting.`);
                const v = scalarString(value, key);
                if (!isStrictnessProfile(v))
                    fail(value, `${key} must be one of ${PROFILES.join(', ')}; got '${v}'.`);
                config.strictness = v;
                break;
            }
            case 'rules': {
                if (!(0,_yaml_module_js__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(value))
                    return fail(value ?? keyNode, 'rules must map rule ids to error, warning, notice or off.');
                for (const item of value.items) {
                    const idNode = item.key;
                    const id = scalarString(idNode, 'a rule id');
                    checkRule(idNode, id);
                    const settingNode = item.value;
                    // YAML 1.1 readers turn a bare `off` into false; accept it as meant.
                    const raw = (0,_yaml_module_js__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(settingNode) && settingNode.value === false
                        ? 'off'
                        : scalarString(settingNode, `rules.${id}`);
                    if (!SETTINGS.includes(raw)) {
                        fail(settingNode, `rules.${id} must be one of ${SETTINGS.join(', ')}; got '${raw}'.`);
                    }
                    config.rules[id] = raw;
                }
                break;
            }
            case 'ignore': {
                if (!(0,_yaml_module_js__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(value))
                    return fail(value ?? keyNode, 'ignore must be a list of {service, file, rules} entries.');
                for (const entryNode of value.items) {
                    if (!(0,_yaml_module_js__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(entryNode))
                        return fail(entryNode, 'each ignore entry must be a mapping with service, file and/or rules.');
                    const entry = { pos: at(entryNode) };
                    for (const item of entryNode.items) {
                        const k = (0,_yaml_module_js__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(item.key) ? String(item.key.value) : '';
                        const v = item.value;
                        if (k === 'service')
                            entry.service = scalarString(v, 'ignore.service');
                        else if (k === 'file')
                            entry.file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), scalarString(v, 'ignore.file'));
                        else if (k === 'rules') {
                            const list = (0,_yaml_module_js__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(v) ? v.items : v ? [v] : [];
                            if (list.length === 0)
                                fail(v ?? item.key, 'ignore.rules must name at least one rule id.');
                            entry.rules = list.map((n) => {
                                const id = scalarString(n, 'a rule id');
                                checkRule(n, id);
                                return id;
                            });
                        }
                        else if (k === 'reason')
                            scalarString(v, 'ignore.reason');
                        else
                            fail(item.key, `unknown key '${k}' in an ignore entry (allowed: service, file, rules, reason).`);
                    }
                    if (!entry.service && !entry.file)
                        fail(entryNode, 'an ignore entry needs a service or a file.');
                    config.ignore.push(entry);
                }
                break;
            }
            case 'services': {
                if (!(0,_yaml_module_js__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(value))
                    return fail(value ?? keyNode, 'services must map service names to settings (role).');
                for (const item of value.items) {
                    const name = scalarString(item.key, 'a service name');
                    const settings = item.value;
                    if (!(0,_yaml_module_js__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(settings))
                        return fail(settings ?? item.key, `services.${name} must be a mapping (role).`);
                    for (const s of settings.items) {
                        const k = (0,_yaml_module_js__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(s.key) ? String(s.key.value) : '';
                        if (k !== 'role')
                            fail(s.key, `unknown key '${k}' under services.${name} (allowed: role).`);
                        const role = scalarString(s.value, `services.${name}.role`);
                        if (!ROLES.includes(role)) {
                            fail(s.value, `services.${name}.role must be one of ${ROLES.join(', ')}; got '${role}'.`);
                        }
                        config.roles[name] = role;
                    }
                }
                break;
            }
            default:
                fail(keyNode, `unknown key '${key}' (allowed: strictness, rules, ignore, services).`);
        }
    }
    return config;
}
function suggest(id, known) {
    const close = known.filter((k) => k.includes(id) || id.includes(k) || levenshtein(k, id) <= 3);
    return close.length > 0 ? ` Did you mean '${close[0]}'?` : '';
}
function levenshtein(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = row[j];
            row[j] = next;
        }
    }
    return row[b.length];
}
/** Whether an ignore entry silences a finding. */
function ignoreMatches(entry, finding) {
    if (entry.service !== undefined && finding.service !== entry.service)
        return false;
    if (entry.file !== undefined && node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(finding.pos.file) !== entry.file)
        return false;
    return entry.rules === undefined || entry.rules.includes(finding.rule);
}


/***/ }),

/***/ 1001:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   n6: () => (/* binding */ compareText),
/* harmony export */   ux: () => (/* binding */ isAtOrAbove)
/* harmony export */ });
const SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
function isAtOrAbove(severity, failOn) {
    if (failOn === 'never')
        return false;
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}
/**
 * Code-point order: the same on every machine (localeCompare follows the
 * runner's locale, and its first call loads ICU collation, a cost on every start).
 */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Most severe first; then by file, line and column so output is stable. */
function compareFindings(a, b) {
    return (SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        compareText(a.pos.file, b.pos.file) ||
        a.pos.line - b.pos.line ||
        a.pos.column - b.pos.column ||
        compareText(a.rule, b.rule) ||
        compareText(a.message, b.message));
}


/***/ }),

/***/ 8381:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ parsePull),
/* harmony export */   KU: () => (/* binding */ DEFAULT_TIMEOUT_SECONDS),
/* harmony export */   T9: () => (/* binding */ parseComposeCommand),
/* harmony export */   UU: () => (/* binding */ parseStrictness),
/* harmony export */   XV: () => (/* binding */ parseFailOn),
/* harmony export */   ZZ: () => (/* binding */ parseTimeout),
/* harmony export */   cA: () => (/* binding */ parseProbeList),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/* unused harmony export parseActionProbes */
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4660);
/* harmony import */ var _probes_types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(966);


// The option parsers the action's inputs and the CLI's argv share. Pure (no
// @actions/core), so the CLI does not load the Actions toolkit.
/** Input that makes no sense (a bad option or value): exit code 2, one clear message. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
const DEFAULT_TIMEOUT_SECONDS = 120;
const FAIL_ON = ['error', 'warning', 'never'];
const PULL = ['missing', 'never', 'always'];
function parseFailOn(value, where) {
    const v = value.trim().toLowerCase() || 'error';
    if (!FAIL_ON.includes(v)) {
        throw new UsageError(`${where} must be one of ${FAIL_ON.join(', ')}; got '${value}'.`);
    }
    return v;
}
/** `none`, `all`, or a comma/space/newline separated list of probe ids. */
function parseProbeList(value, where) {
    const words = value
        .split(/[\s,]+/)
        .map((w) => w.trim().toLowerCase())
        .filter(Boolean);
    if (words.length === 0 || (words.length === 1 && words[0] === 'none'))
        return [];
    if (words.length === 1 && words[0] === 'all')
        return [..._probes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .ALL_PROBES */ .i];
    const unknown = words.filter((w) => !_probes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .ALL_PROBES */ .i.includes(w));
    if (unknown.length > 0) {
        throw new UsageError(`${where}: unknown probe ${unknown.map((u) => `'${u}'`).join(', ')}; use all, none, or a list of ${_probes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .ALL_PROBES */ .i.join(', ')}.`);
    }
    return _probes_types_js__WEBPACK_IMPORTED_MODULE_1__/* .ALL_PROBES */ .i.filter((p) => words.includes(p));
}
/** The action's `probes` input: also `auto` (the default): all when an engine is available. */
function parseActionProbes(value) {
    const v = value.trim().toLowerCase();
    return v === '' || v === 'auto' ? 'auto' : parseProbeList(v, "input 'probes'");
}
function parsePull(value, where) {
    const v = value.trim().toLowerCase() || 'missing';
    if (!PULL.includes(v))
        throw new UsageError(`${where} must be one of ${PULL.join(', ')}; got '${value}'.`);
    return v;
}
const MAX_TIMEOUT_SECONDS = 3600;
/**
 * Whole seconds from 1 to an hour (`120` or `120s`): Compose's --wait-timeout
 * takes whole seconds only, and Node's timers overflow past 24.8 days.
 */
function parseTimeout(value, where) {
    const v = value.trim();
    if (v === '')
        return DEFAULT_TIMEOUT_SECONDS;
    const m = /^(\d{1,7})s?$/.exec(v);
    const n = m ? Number(m[1]) : NaN;
    if (!(n >= 1 && n <= MAX_TIMEOUT_SECONDS))
        throw new UsageError(`${where} must be a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}; got '${value}'.`);
    return n;
}
function parseStrictness(value, where) {
    const v = value.trim().toLowerCase();
    if (v === '')
        return undefined;
    if (!(0,_config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .isStrictnessProfile */ .sv)(v))
        throw new UsageError(`${where} must be production or development; got '${value}'.`);
    return v;
}
/** `docker compose` or `docker-compose`, as words. */
function parseComposeCommand(value) {
    const words = value.trim().split(/\s+/).filter(Boolean);
    return words.length > 0 ? words : undefined;
}


/***/ }),

/***/ 3947:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ refusalSummary),
/* harmony export */   w: () => (/* binding */ planIsolation)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _compose_project_dir_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5579);
/* harmony import */ var _compose_volumes_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6903);
/**
 * What a probe may start, decided from the compose model alone (no engine,
 * no process): each probed Redis service is rebuilt from an allowlist of what
 * a Redis server needs. What reaches the host is dropped when Redis cannot
 * need it, and the service is refused when probing it would mean reaching
 * outside the probe project (a host path, another container's namespace or
 * volumes). The probes build their compose project from this plan, and the
 * `probe-isolation` rule reports it, so both always agree.
 */



/**
 * The runner's own credentials. They are never given to a probe container or
 * to compose, even when a compose file asks for them: a pull request must not
 * be able to read them through a probe.
 */
const RUNNER_SECRET_NAMES = new Set([
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_RESULTS_URL',
]);
function isRunnerSecretName(name) {
    return RUNNER_SECRET_NAMES.has(name) || /^ACTIONS_.*(TOKEN|URL)$/.test(name);
}
/** The runner secrets set in `env`, by name; values too short to recognise are left out. */
function runnerSecrets(env) {
    const out = new Map();
    for (const [name, value] of Object.entries(env)) {
        if (value && value.length >= 8 && isRunnerSecretName(name))
            out.set(name, value);
    }
    return out;
}
/** Service keys copied as they are: what a Redis server needs, none of it reaching the host. */
const KEPT = [
    'image',
    'command',
    'entrypoint',
    'user',
    'working_dir',
    'hostname',
    'domainname',
    'healthcheck',
    'restart',
    'init',
    'read_only',
    'shm_size',
    'platform',
    'stop_signal',
    'stop_grace_period',
    'ulimits',
    'tmpfs',
    'mem_limit',
    'mem_reservation',
    'memswap_limit',
    'mem_swappiness',
    'pids_limit',
    'cap_drop',
];
/** Keys handled on their own below. */
const HANDLED = new Set([
    ...KEPT,
    'build',
    'environment',
    'volumes',
    'networks',
    'network_mode',
    'depends_on',
    'configs',
    'secrets',
    'sysctls',
    'deploy',
    'volumes_from',
]);
/**
 * Keys dropped without a word: they do not reach the host and the probes do
 * not need them (publishing, fixed names, labels, scheduling, dev tooling).
 * `env_file` is already merged into `environment` by the loader.
 */
const DROPPED_QUIETLY = new Set([
    'ports',
    'expose',
    'container_name',
    'profiles',
    'labels',
    'label_file',
    'annotations',
    'pull_policy',
    'env_file',
    'tty',
    'stdin_open',
    'develop',
    'scale',
    'attach',
    'links',
    'dns',
    'dns_opt',
    'dns_search',
    'mac_address',
    'storage_opt',
    'cpus',
    'cpu_count',
    'cpu_percent',
    'cpu_shares',
    'cpu_period',
    'cpu_quota',
    'cpu_rt_runtime',
    'cpu_rt_period',
    'cpuset',
    'blkio_config',
    'extends',
    'use_api_socket',
    'x-',
]);
/** Why a dropped key could reach the host; any other unknown key gets a generic reason. */
const HOST_REACHING = {
    privileged: 'gives the container every capability and all host devices',
    cap_add: 'adds kernel capabilities Redis does not need',
    devices: 'maps host devices into the container',
    device_cgroup_rules: 'opens host devices to the container',
    pid: "shares a host or another container's process namespace",
    ipc: "shares a host or another container's IPC namespace",
    uts: "shares the host's host name namespace",
    userns_mode: "shares the host's user namespace",
    cgroup: "shares the host's cgroup namespace",
    cgroup_parent: "places the container in a host cgroup of the file's choice",
    security_opt: 'weakens seccomp, AppArmor or SELinux confinement',
    runtime: 'runs the container with another OCI runtime of the host',
    isolation: 'changes how the container is isolated from the host',
    oom_kill_disable: "can exhaust the host's memory",
    oom_score_adj: 'changes which host processes the kernel kills first',
    group_add: 'adds host groups (e.g. the docker group) to the container user',
    gpus: 'maps host GPUs into the container',
    extra_hosts: 'can point names at the host (host-gateway)',
    external_links: 'links containers outside the project',
    logging: 'can send the container log to a host or remote log driver',
    post_start: 'runs extra commands, possibly privileged',
    pre_stop: 'runs extra commands, possibly privileged',
    credential_spec: 'reads host credential specs',
};
/** Build keys kept; others (ssh, secrets, network, extra_hosts, ...) reach the runner. */
const BUILD_KEPT = new Set(['context', 'dockerfile', 'dockerfile_inline', 'args', 'target']);
const BUILD_QUIET = new Set([
    'labels',
    'cache_from',
    'cache_to',
    'no_cache',
    'pull',
    'tags',
    'platforms',
    'shm_size',
]);
/** Every string in a value, for the runner-token check. */
function strings(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.flatMap(strings);
    if (value && typeof value === 'object') {
        return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
    }
    return [];
}
/** The name of the first runner secret whose value appears in `value`. */
function taint(value, secrets) {
    const texts = strings(value);
    for (const [name, secret] of secrets)
        if (texts.some((t) => t.includes(secret)))
            return name;
    return undefined;
}
/**
 * Plans the probe project for `servers` (the Redis services the probes would
 * start). `env` is the environment the project was loaded with: runner
 * secrets in it are recognised by value wherever a compose value carries them.
 */
function planIsolation(project, servers, env = project.environment ?? {}) {
    const model = project.model;
    const projectDir = (0,_compose_project_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .existingRealPath */ .PU)(project.workingDir) ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(project.workingDir);
    const secrets = runnerSecrets(env);
    const names = new Set(servers.map((s) => s.name));
    const issues = [];
    const refused = new Map();
    const composeEnvNames = new Set();
    const planned = [];
    for (const server of servers) {
        const name = server.name;
        const service = model.services[name] ?? server.service;
        const own = [];
        const drop = (key, field, reason) => own.push({
            service: name,
            path: ['services', name, ...key],
            action: 'dropped',
            field,
            reason,
        });
        const refuse = (key, field, reason) => own.push({
            service: name,
            path: ['services', name, ...key],
            action: 'refused',
            field,
            reason,
        });
        const config = {};
        for (const key of KEPT)
            if (service[key] !== undefined && service[key] !== null)
                config[key] = service[key];
        for (const key of Object.keys(service)) {
            if (HANDLED.has(key) || DROPPED_QUIETLY.has(key) || key.startsWith('x-'))
                continue;
            const reason = HOST_REACHING[key];
            drop([key], key, reason ? `${reason}; Redis runs without it` : 'not needed to run Redis');
        }
        // build: the image as the project builds it, but nothing of the runner's
        // (SSH agent, host files, host network) goes into the build.
        if (service.build) {
            const build = {};
            for (const [key, value] of Object.entries(service.build)) {
                if (BUILD_KEPT.has(key))
                    build[key] = value;
                else if (!BUILD_QUIET.has(key)) {
                    drop(['build', key], `build.${key}`, 'gives the image build access to the runner (its SSH agent, files, network or privileges)');
                }
            }
            const context = typeof build.context === 'string' ? build.context : undefined;
            if (context && !/^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(context)) {
                const real = (0,_compose_project_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .existingRealPath */ .PU)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(project.workingDir, context));
                if (!real || !(0,_compose_project_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .isWithinDir */ .bd)(real, projectDir)) {
                    refuse(['build', 'context'], 'build.context', `the build context ${context} lies outside the project directory (the build would read host files)`);
                }
                else
                    build.context = real;
            }
            config.build = build;
        }
        // environment: unset pass-through variables stay unset; the runner's tokens never go in.
        const environment = {};
        for (const [key, value] of Object.entries(service.environment ?? {})) {
            if (value === null || value === undefined)
                continue;
            const token = isRunnerSecretName(key) ? key : taint(value, secrets);
            if (token) {
                drop(['environment', key], `environment.${key}`, `holds the runner's ${token}, which no probe container is given`);
                continue;
            }
            // An env_file from outside the project (a host file: ../secrets/.env,
            // /etc/...) would hand host contents to the container; leaving it out
            // would change what Redis is told, so the service is not started.
            // A variable given by the project's own environment (.env, --env-file:
            // the workflow's files, passed through by a bare `- NAME`) is no env_file.
            const from = project.sources?.get(['services', name, 'environment', key])?.pos.file;
            if (from && !project.envFiles.includes(from) && (0,_compose_project_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .isOutsideDir */ .BP)(from, projectDir)) {
                refuse(['environment', key], `environment.${key}`, `comes from the file ${from}, outside the project directory (the probe container would receive host file contents)`);
                continue;
            }
            environment[key] = value;
        }
        if (Object.keys(environment).length)
            config.environment = environment;
        // sysctls: only the container's own network namespace (net.*).
        const sysctls = Object.entries(Array.isArray(service.sysctls)
            ? Object.fromEntries(service.sysctls.map((s) => s.split('=', 2)))
            : (service.sysctls ?? {}));
        const netSysctls = sysctls.filter(([k]) => k.startsWith('net.'));
        for (const [k] of sysctls.filter(([key]) => !key.startsWith('net.'))) {
            drop(['sysctls', k], `sysctls.${k}`, 'is a host-wide kernel setting');
        }
        if (netSysctls.length)
            config.sysctls = Object.fromEntries(netSysctls);
        // deploy: memory limits only (they change how Redis behaves when full).
        const resources = service.deploy?.resources;
        const limits = resources?.limits?.memory;
        const reservations = resources?.reservations?.memory;
        if (limits !== undefined || reservations !== undefined) {
            config.deploy = {
                resources: {
                    ...(limits !== undefined ? { limits: { memory: limits } } : {}),
                    ...(reservations !== undefined ? { reservations: { memory: reservations } } : {}),
                },
            };
        }
        // Networks: the Redis service's own, renamed into the probe project by the
        // top level. network_mode host/bridge joins the project network instead.
        const networks = [];
        const mode = service.network_mode;
        if (mode !== undefined) {
            if (mode === 'none')
                config.network_mode = 'none';
            else if (mode.startsWith('service:') && names.has(mode.slice(8)))
                config.network_mode = mode;
            else if (mode.startsWith('container:') || mode.startsWith('service:')) {
                refuse(['network_mode'], 'network_mode', `network_mode "${mode}" shares the network of a container the probes do not start, so canary keys could reach it`);
            }
            else {
                drop(['network_mode'], 'network_mode', `network_mode "${mode}" ${mode === 'host' ? "puts Redis on the runner's own interfaces" : 'joins a network shared outside the project'}; Redis joins the probe network instead`);
                config.networks = { default: null };
                networks.push('default');
            }
        }
        if (config.network_mode === undefined && config.networks === undefined) {
            const declared = service.networks ?? { default: null };
            const kept = {};
            for (const [key, value] of Object.entries(declared)) {
                networks.push(key);
                kept[key] = value
                    ? Object.fromEntries(Object.entries(value).filter(([k]) => ['aliases', 'ipv4_address', 'ipv6_address', 'priority'].includes(k)))
                    : null;
            }
            config.networks = kept;
        }
        if (Array.isArray(service.volumes_from) && service.volumes_from.length > 0) {
            refuse(['volumes_from'], 'volumes_from', 'volumes_from mounts the volumes of another container, which the probes do not start');
        }
        // depends_on: only on other probed services; nothing else is started.
        const deps = Object.entries(service.depends_on ?? {}).filter(([dep]) => names.has(dep));
        if (deps.length)
            config.depends_on = Object.fromEntries(deps);
        // Volumes: any bind at or above the data dir becomes a fresh volume of the
        // probe's own; other binds only from inside the project, read-only.
        const dataDir = (0,_compose_volumes_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanTarget */ .dp)(server.dataDir);
        const volumes = [];
        const mounts = [];
        let dataBindReplaced = false;
        (service.volumes ?? []).forEach((mount, index) => {
            if (typeof mount.target !== 'string')
                return;
            const target = (0,_compose_volumes_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanTarget */ .dp)(mount.target);
            const field = `volumes[${index}]`;
            if (mount.type === 'volume') {
                if (mount.source)
                    volumes.push(mount.source);
                mounts.push({
                    type: 'volume',
                    ...(mount.source ? { source: mount.source } : {}),
                    target,
                    ...(mount.read_only ? { read_only: true } : {}),
                    ...(mount.volume ? { volume: mount.volume } : {}),
                });
            }
            else if (mount.type === 'tmpfs') {
                mounts.push({ type: 'tmpfs', target, ...(mount.tmpfs ? { tmpfs: mount.tmpfs } : {}) });
            }
            else if (mount.type === 'bind') {
                const source = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(project.workingDir, mount.source ?? '');
                if ((0,_compose_volumes_js__WEBPACK_IMPORTED_MODULE_2__/* .isAtOrBelow */ .a5)(dataDir, target)) {
                    dataBindReplaced = true;
                    return;
                }
                if ((0,_compose_volumes_js__WEBPACK_IMPORTED_MODULE_2__/* .isAtOrBelow */ .a5)(target, dataDir)) {
                    drop(['volumes', index], field, `binds ${mount.source} inside the data dir ${dataDir}; the probes write their canaries only into a volume of their own`);
                    return;
                }
                const real = (0,_compose_project_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .existingRealPath */ .PU)(source);
                if (!real) {
                    refuse(['volumes', index], field, `the bind mount source ${mount.source} does not exist (Docker would create it on the host)`);
                }
                else if (!(0,_compose_project_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .isWithinDir */ .bd)(real, projectDir)) {
                    refuse(['volumes', index], field, `mounts the host path ${mount.source}${real !== source ? ` (${real})` : ''}, outside the project directory`);
                }
                else {
                    mounts.push({
                        type: 'bind',
                        source: real,
                        target,
                        read_only: true,
                        bind: { create_host_path: false },
                    });
                }
            }
            else {
                refuse(['volumes', index], field, `a ${mount.type} mount is not supported by the probes`);
            }
        });
        if (dataBindReplaced && !mounts.some((m) => m.target === dataDir)) {
            const key = `redis-readiness-data-${planned.length + refused.size}`;
            volumes.push(key);
            mounts.push({ type: 'volume', source: key, target: dataDir });
        }
        if (mounts.length)
            config.volumes = mounts;
        // configs and secrets: files from inside the project, or the environment (never a runner token).
        const refs = { configs: [], secrets: [] };
        for (const kind of ['configs', 'secrets']) {
            const list = service[kind] ?? [];
            if (!list.length)
                continue;
            config[kind] = list;
            const top = model[kind] ?? {};
            for (const ref of list) {
                const source = typeof ref === 'string' ? ref : ref.source;
                refs[kind].push(source);
                const def = top[source] ?? {};
                if (typeof def.file === 'string') {
                    const real = (0,_compose_project_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .existingRealPath */ .PU)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(project.workingDir, def.file));
                    if (!real || !(0,_compose_project_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .isWithinDir */ .bd)(real, projectDir)) {
                        refuse([kind], kind, `${kind} ${source} reads the host file ${def.file}, outside the project directory`);
                    }
                }
                else if (typeof def.environment === 'string') {
                    if (isRunnerSecretName(def.environment)) {
                        refuse([kind], kind, `${kind} ${source} reads the runner's ${def.environment}, which no probe container is given`);
                    }
                    else
                        composeEnvNames.add(def.environment);
                }
                else if (def.content === undefined) {
                    refuse([kind], kind, `${kind} ${source} is external or has no source the probes can use`);
                }
            }
        }
        // Anything left that carries a runner token (command, healthcheck, build args).
        const token = taint({ ...config, environment: undefined }, secrets);
        if (token)
            refuse([], 'service', `a value of the service holds the runner's ${token}, which no probe container is given`);
        issues.push(...own);
        const refusals = own.filter((i) => i.action === 'refused');
        if (refusals.length) {
            refused.set(name, refusals);
            continue;
        }
        planned.push({
            name,
            config,
            dataDir,
            dataBindReplaced,
            volumes,
            networks,
            configs: refs.configs,
            secrets: refs.secrets,
        });
    }
    // A service that shares the network of a refused one cannot start either.
    for (const s of [...planned]) {
        const mode = s.config.network_mode;
        if (typeof mode === 'string' && mode.startsWith('service:') && refused.has(mode.slice(8))) {
            const issue = {
                service: s.name,
                path: ['services', s.name, 'network_mode'],
                action: 'refused',
                field: 'network_mode',
                reason: `shares the network of ${mode.slice(8)}, which is not probed`,
            };
            issues.push(issue);
            refused.set(s.name, [issue]);
            planned.splice(planned.indexOf(s), 1);
        }
    }
    const started = new Set(planned.map((s) => s.name));
    for (const s of planned) {
        const deps = s.config.depends_on;
        if (!deps)
            continue;
        const kept = Object.entries(deps).filter(([dep]) => started.has(dep));
        if (kept.length)
            s.config.depends_on = Object.fromEntries(kept);
        else
            delete s.config.depends_on;
    }
    return { services: planned, refused, issues, composeEnvNames: [...composeEnvNames] };
}
/** One line for a refused service: every reason, for the probe results and the log. */
function refusalSummary(issues) {
    return `not probed (probe-isolation): ${issues.map((i) => `${i.field}: ${i.reason}`).join('; ')}`;
}


/***/ }),

/***/ 966:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ ALL_PROBES)
/* harmony export */ });
const ALL_PROBES = [
    'health',
    'ping',
    'auth',
    'network',
    'persistence',
    'config',
];


/***/ }),

/***/ 8282:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ URL_UNSAFE_PASSWORD_CHARS),
/* harmony export */   CI: () => (/* binding */ parseRedisUrl),
/* harmony export */   od: () => (/* binding */ isBareHostPort),
/* harmony export */   to: () => (/* binding */ hasRedisScheme)
/* harmony export */ });
/**
 * Redis connection URLs as the common clients read them (redis-py / kombu
 * `urlsplit`, ioredis, node-redis): `redis://[[user]:password@]host[:port][/db][?query]`,
 * `rediss://` (TLS), `redis+socket:///path`, `unix:///path`, `sentinel://`
 * (kombu; several joined by `;`), and bare `host[:port]` values. The
 * authority ends at the first `/`, `?` or `#`, so a password holding one of
 * those must be percent-encoded; credentials split at the last `@`.
 */
const SCHEMES = {
    redis: 'redis',
    rediss: 'rediss',
    valkey: 'redis',
    valkeys: 'rediss',
    'redis+socket': 'redis+socket',
    'rediss+socket': 'redis+socket',
    unix: 'unix',
    socket: 'unix',
    sentinel: 'sentinel',
    'sentinel+ssl': 'sentinel',
};
/** A value that names a Redis server: a Redis URL scheme. */
function hasRedisScheme(value) {
    const m = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value.trim());
    return m !== null && m[1].toLowerCase() in SCHEMES;
}
/** A bare `host` or `host:port` value (no scheme). */
function isBareHostPort(value) {
    return /^(\[[0-9a-f:.]+\]|[A-Za-z0-9_.-]+)(:\d{1,5})?$/i.test(value.trim());
}
function parseRedisUrl(text) {
    const value = text.trim();
    if (isBareHostPort(value)) {
        const hp = splitHostPort(value);
        if (!hp.ok)
            return hp;
        return {
            ok: true,
            url: { scheme: 'bare', ...hp.endpoint, query: {}, endpoints: [hp.endpoint] },
        };
    }
    const m = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/is.exec(value);
    if (!m)
        return { ok: false, error: 'it is neither a redis:// URL nor host:port' };
    const scheme = SCHEMES[m[1].toLowerCase()];
    if (!scheme)
        return { ok: false, error: `unknown scheme '${m[1]}://'` };
    if (scheme === 'sentinel' && m[2].includes(';')) {
        const parts = value.split(';').map((p) => parseRedisUrl(p));
        const bad = parts.find((p) => !p.ok);
        if (bad)
            return bad;
        const urls = parts.map((p) => p.url);
        return { ok: true, url: { ...urls[0], endpoints: urls.flatMap((u) => u.endpoints) } };
    }
    let rest = m[2];
    const hash = rest.indexOf('#');
    if (hash >= 0)
        rest = rest.slice(0, hash);
    const authorityEnd = rest.search(/[/?]/);
    const authority = authorityEnd < 0 ? rest : rest.slice(0, authorityEnd);
    const afterAuthority = authorityEnd < 0 ? '' : rest.slice(authorityEnd);
    const q = afterAuthority.indexOf('?');
    const pathPart = q < 0 ? afterAuthority : afterAuthority.slice(0, q);
    const query = {};
    if (q >= 0) {
        for (const pair of afterAuthority.slice(q + 1).split('&')) {
            if (!pair)
                continue;
            const eq = pair.indexOf('=');
            const k = eq < 0 ? pair : pair.slice(0, eq);
            const v = eq < 0 ? '' : pair.slice(eq + 1);
            const dk = decode(k);
            const dv = decode(v);
            if (dk === undefined || dv === undefined)
                return { ok: false, error: 'a query parameter has a bad percent-encoding' };
            query[dk] = dv;
        }
    }
    const at = authority.lastIndexOf('@');
    const userinfo = at < 0 ? undefined : authority.slice(0, at);
    const hostport = at < 0 ? authority : authority.slice(at + 1);
    const url = { scheme, query, endpoints: [] };
    if (userinfo !== undefined) {
        if (/[@\s]/.test(userinfo)) {
            return {
                ok: false,
                error: 'the credentials hold characters that must be percent-encoded (@ or a space)',
            };
        }
        const colon = userinfo.indexOf(':');
        const user = colon < 0 ? userinfo : userinfo.slice(0, colon);
        const pass = colon < 0 ? undefined : userinfo.slice(colon + 1);
        const du = decode(user);
        const dp = pass === undefined ? undefined : decode(pass);
        if (du === undefined || (pass !== undefined && dp === undefined)) {
            return { ok: false, error: 'the credentials hold a % that is not a percent-encoding' };
        }
        // redis-py: `redis://secret@host` (no colon) means a password for old servers;
        // a username alone is sent as password too. Keep both meanings visible.
        if (colon < 0) {
            url.password = du || undefined;
        }
        else {
            url.username = du || undefined;
            url.password = dp;
        }
    }
    if (query.password !== undefined)
        url.password = query.password;
    if (query.username !== undefined)
        url.username = query.username;
    if (scheme === 'redis+socket' || scheme === 'unix') {
        url.path = decode(pathPart) ?? pathPart;
    }
    else {
        if (hostport !== '') {
            const hp = splitHostPort(hostport);
            if (!hp.ok)
                return hp;
            url.host = hp.endpoint.host;
            url.port = hp.endpoint.port;
            url.endpoints.push(hp.endpoint);
        }
        const dbText = pathPart.replace(/^\//, '');
        if (dbText !== '') {
            if (!/^\d+$/.test(dbText))
                return { ok: false, error: `the database '/${dbText}' is not a number` };
            url.db = Number(dbText);
        }
    }
    if (query.db !== undefined) {
        if (!/^\d+$/.test(query.db))
            return { ok: false, error: 'the db query parameter is not a number' };
        url.db = Number(query.db);
    }
    return { ok: true, url };
}
function splitHostPort(text) {
    let host = text;
    let portText;
    if (text.startsWith('[')) {
        const close = text.indexOf(']');
        if (close < 0)
            return { ok: false, error: 'an IPv6 host is missing its closing ]' };
        host = text.slice(1, close);
        const after = text.slice(close + 1);
        if (after.startsWith(':'))
            portText = after.slice(1);
        else if (after !== '')
            return { ok: false, error: 'unexpected text after the IPv6 host' };
    }
    else {
        const colon = text.lastIndexOf(':');
        if (colon >= 0) {
            host = text.slice(0, colon);
            portText = text.slice(colon + 1);
        }
    }
    const endpoint = {
        host: host === '' ? undefined : (decode(host) ?? host).toLowerCase(),
    };
    if (portText !== undefined && portText !== '') {
        if (!/^\d+$/.test(portText) || Number(portText) > 65535) {
            return {
                ok: false,
                error: 'the port is not a number from 0 to 65535 (a password with : / # ? needs percent-encoding)',
            };
        }
        endpoint.port = Number(portText);
    }
    if (endpoint.host !== undefined && !/^[a-z0-9_.\-:]+$/.test(endpoint.host)) {
        return {
            ok: false,
            error: 'the host name holds characters a host cannot have (a password with / # ? needs percent-encoding)',
        };
    }
    return { ok: true, endpoint };
}
function decode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return undefined;
    }
}
/** Characters that break a Redis URL when a password holding them is pasted in unencoded. */
const URL_UNSAFE_PASSWORD_CHARS = /[@:/#?%[\]\s]/;


/***/ }),

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   sq: () => (/* binding */ annotationCommands)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_SHOWN_PER_KIND, annotationsFor, hiddenAnnotationCounts, annotationCommand */
/* harmony import */ var _docs_link_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5336);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4031);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4278);



// Pure: the CLI's --format github uses it without loading @actions/core.
/** GitHub shows at most this many annotations of each kind per step. */
const ANNOTATIONS_SHOWN_PER_KIND = 10;
/**
 * One annotation per finding, most severe first (the report's order), each
 * at its file (relative to the repository root), line and column, titled
 * with the rule id, its message ending with the rule's docs link.
 */
function annotationsFor(report, options) {
    return report.findings.map((f) => {
        const prefix = f.service ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteText */ .ol)(f.service)}: ` : '';
        return {
            kind: f.severity,
            message: `${prefix}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteText */ .ol)(options.mask(f.message))} ${(0,_docs_link_js__WEBPACK_IMPORTED_MODULE_2__/* .docsLinkFor */ .N)(report, f.rule)}`,
            properties: {
                title: f.rule,
                file: (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteText */ .ol)((0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .G)(f.pos.file, options.baseDir)),
                startLine: f.pos.line,
                startColumn: f.pos.column,
                ...(f.pos.endLine !== undefined && f.pos.endLine !== f.pos.line
                    ? { endLine: f.pos.endLine }
                    : {}),
                ...(f.pos.endColumn !== undefined && (f.pos.endLine ?? f.pos.line) === f.pos.line
                    ? { endColumn: f.pos.endColumn }
                    : {}),
            },
        };
    });
}
/** How many annotations of each kind GitHub will not show. */
function hiddenAnnotationCounts(report) {
    const hidden = (n) => Math.max(0, n - ANNOTATIONS_SHOWN_PER_KIND);
    return {
        error: hidden(report.counts.error),
        warning: hidden(report.counts.warning),
        notice: hidden(report.counts.notice),
    };
}
/**
 * An annotation as the workflow command GitHub reads from a step's output
 * (what core.error/warning/notice print), for the CLI's `--format github`.
 * Escaping follows the runner's command protocol: data escapes % CR LF;
 * property values also escape : and ,.
 */
function annotationCommand(a) {
    const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
    const names = [
        ['title', 'title'],
        ['file', 'file'],
        ['startLine', 'line'],
        ['endLine', 'endLine'],
        ['startColumn', 'col'],
        ['endColumn', 'endColumn'],
    ];
    const props = names
        .filter(([key]) => a.properties[key] !== undefined)
        .map(([key, name]) => `${name}=${escapeProperty(String(a.properties[key]))}`);
    const command = a.kind === 'error' ? 'error' : a.kind === 'warning' ? 'warning' : 'notice';
    return `::${command}${props.length ? ' ' + props.join(',') : ''}::${escapeData(a.message)}`;
}
function annotationCommands(report, options) {
    return annotationsFor(report, options).map(annotationCommand);
}


/***/ }),

/***/ 5336:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ docsLinkFor)
/* harmony export */ });
/* harmony import */ var _rules_types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3182);

/** The docs page of a rule as this run knows it (a rule may link elsewhere than docs/rules/). */
function docsLinkFor(report, ruleId) {
    return report.rules.find((r) => r.id === ruleId)?.docsUrl ?? (0,_rules_types_js__WEBPACK_IMPORTED_MODULE_0__/* .docsUrl */ .f)(ruleId);
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ untrustedBlock),
/* harmony export */   ol: () => (/* binding */ quoteText),
/* harmony export */   s$: () => (/* binding */ jsonText),
/* harmony export */   yK: () => (/* binding */ defuseText)
/* harmony export */ });
/* unused harmony exports defuseLine, markdownText, htmlText, markdownCode */
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
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/**
 * A value from the input as one line of plain text: control characters
 * become visible escapes (`\n`, `\r`, `\u001b`), so a value can never start
 * a new line, and the legacy `##[` command marker is broken up.
 */
function quoteText(value) {
    return defuseLegacyCommand(value.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
function defuseLegacyCommand(text) {
    return text.replace(/##\[/g, '##\\[');
}
/** White space the runner trims before looking for `::` (.NET char.IsWhiteSpace, plus BOM). */
const LEADING_SPACE_THEN_COMMAND = /^([\s\u0085\u180e\ufeff]*)::/;
/** One line that the runner cannot read as a command: `\::` for a leading `::`, no `##[`. */
function defuseLine(line) {
    const defused = defuseLegacyCommand(line);
    const m = LEADING_SPACE_THEN_COMMAND.exec(defused);
    return m ? `${m[1]}\\${defused.slice(m[1].length)}` : defused;
}
/** Text of many lines (split as the runner splits: CR, LF, CRLF), every line defused. */
function defuseText(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map(defuseLine)
        .join('\n');
}
/** A token nobody can guess, for `::stop-commands::`. */
function stopCommandsToken() {
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
function untrustedBlock(text, token = stopCommandsToken()) {
    return [`::stop-commands::${token}`, ...defuseText(text).split('\n'), `::${token}::`];
}
/**
 * A value from the input as Markdown text that renders as itself: every
 * character Markdown or HTML could act on is backslash-escaped (links,
 * images, emphasis, inline HTML, entities, table pipes), and the forms GFM
 * turns into links without brackets (`https:`, `www.`, `user@host`) are broken.
 */
function markdownText(value) {
    return quoteText(value)
        .replace(/[\\`*_{}[\]()<>#!|~&:@"]/g, '\\$&')
        .replace(/(www)\./gi, '$1\\.');
}
/** Text for an HTML element's content (`<summary>`): an HTML block renders no Markdown. */
function htmlText(value) {
    return quoteText(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * A JSON document as text that no line reader takes for a command: JSON
 * escapes line breaks already; `#` before `[` is written `\u0023`, which
 * parses back to the same string.
 */
function jsonText(value, indent = 2, replacer) {
    return JSON.stringify(value, replacer, indent).replace(/#\[/g, '\\u0023[');
}
/**
 * A value from the input as a Markdown code span (rendered verbatim: no
 * link, image or HTML), safe inside a table cell: the span's fence is longer
 * than any run of backticks in the value, and `|` is escaped (GFM splits a
 * table row before it reads code spans).
 */
function markdownCode(value) {
    const text = quoteText(value).replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}


/***/ }),

/***/ 3304:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ describeFailure),
/* harmony export */   e: () => (/* binding */ noRedisServiceNotice)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _compose_types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(845);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4278);



function isDirectory(file) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(file).isDirectory();
    }
    catch {
        return false;
    }
}
/** Error classes whose message is meant for the user as it is. */
const USER_FACING = new Set([
    'UsageError',
    'UnreadableInputError',
    'ConfigError',
    'ComposeUnavailableError',
]);
/**
 * Turns whatever stopped the run into one clear line naming the file and
 * line when there is one. Never a stack trace: an unexpected error is shown
 * by its message and marked internal.
 */
function describeFailure(error, baseDir) {
    if (error instanceof _compose_types_js__WEBPACK_IMPORTED_MODULE_1__/* .UnreadableInputError */ .W ||
        (error instanceof Error && USER_FACING.has(error.name))) {
        const pos = error instanceof _compose_types_js__WEBPACK_IMPORTED_MODULE_1__/* .UnreadableInputError */ .W ? error.pos : undefined;
        let message = error.message;
        if (pos && isDirectory(pos.file)) {
            // "No compose file in <dir>", "<dir> is a directory": the directory is the
            // place, there is no line to point at; show it as the user gave it.
            const shown = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .G)(pos.file, baseDir);
            if (shown !== '.')
                message = message.split(pos.file).join(shown);
            return { message, exitCode: 2, internal: false };
        }
        if (pos) {
            const shown = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .G)(pos.file, baseDir);
            const names = message.includes(pos.file) || message.includes(shown);
            if (!names)
                message = `${shown}:${pos.line}:${pos.column}: ${message}`;
            else
                message = message.split(pos.file).join(shown);
        }
        return { message, ...(pos ? { pos } : {}), exitCode: 2, internal: false };
    }
    const text = error instanceof Error ? error.message : String(error);
    return {
        message: `internal error: ${text}. This is a bug in redis-readiness; please report it with the compose file that caused it.`,
        exitCode: 2,
        internal: true,
    };
}
/**
 * A project with no Redis service passes (nothing in it is unready, and a
 * matrix over many compose files may include some without Redis), but a gate
 * that checked nothing must say so: most often the wrong compose file was given.
 */
function noRedisServiceNotice(report, baseDir) {
    if (report.services.length > 0)
        return undefined;
    const files = report.project.composeFiles.map((f) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .G)(f, baseDir)).join(', ');
    return `no Redis service found in ${files || 'the project'}: nothing was checked. A service counts as Redis by its image (redis, valkey, bitnami/redis, keydb, dragonfly, ...) or its command (redis-server); give the compose file that defines it (-f / compose-file).`;
}


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ formatJson)
/* harmony export */ });
/* unused harmony export toJsonDocument */
/* harmony import */ var _docs_link_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5336);
/* harmony import */ var _mask_deep_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5723);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4278);



/** Version of the JSON document's shape (docs/report.schema.json); bump on incompatible change. */
const REPORT_FORMAT_VERSION = 1;
const REPORT_SCHEMA_ID = 'https://github.com/redis-readiness/redis-readiness/blob/main/docs/report.schema.json';
/** The report as a plain JSON document, in the shape docs/report.schema.json describes. */
function toJsonDocument(report, options) {
    const rel = (file) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .G)(file, options.baseDir);
    return {
        $schema: REPORT_SCHEMA_ID,
        version: REPORT_FORMAT_VERSION,
        tool: report.tool,
        result: report.result,
        failOn: report.failOn,
        profile: report.profile,
        project: {
            name: report.project.name,
            directory: rel(report.project.workingDir),
            files: report.project.files.map(rel),
        },
        counts: {
            errors: report.counts.error,
            warnings: report.counts.warning,
            notices: report.counts.notice,
            suppressed: report.counts.suppressed,
        },
        findings: report.findings.map((f) => {
            const out = {
                rule: f.rule,
                severity: f.severity,
                ...(f.service !== undefined ? { service: f.service } : {}),
                file: rel(f.pos.file),
                line: f.pos.line,
                column: f.pos.column,
                ...(f.pos.endLine !== undefined ? { endLine: f.pos.endLine } : {}),
                ...(f.pos.endColumn !== undefined ? { endColumn: f.pos.endColumn } : {}),
                message: f.message,
                docs: (0,_docs_link_js__WEBPACK_IMPORTED_MODULE_2__/* .docsLinkFor */ .N)(report, f.rule),
            };
            if (f.fix) {
                out.fix = {
                    description: f.fix.description,
                    file: rel(f.fix.pos.file),
                    line: f.fix.pos.line,
                    column: f.fix.pos.column,
                    ...(f.fix.pos.endLine !== undefined ? { endLine: f.fix.pos.endLine } : {}),
                    ...(f.fix.pos.endColumn !== undefined ? { endColumn: f.fix.pos.endColumn } : {}),
                    replacement: f.fix.replacement,
                };
            }
            return out;
        }),
        // Named fields only: the document keeps the schema's shape if ProbeResult grows.
        probes: report.probes.map((p) => ({
            probe: p.probe,
            service: p.service,
            status: p.status,
            summary: p.summary,
            durationMs: p.durationMs,
            evidence: [...p.evidence],
        })),
        probeLogs: report.probeLogs,
        rules: report.rules.map((r) => ({
            id: r.id,
            severity: r.severity,
            summary: r.summary,
            docs: r.docsUrl,
        })),
        services: report.services.map((s) => ({
            name: s.name,
            family: s.family,
            ...(s.image !== undefined ? { image: s.image } : {}),
            roles: s.roles,
            active: s.active,
            consumers: s.consumers,
        })),
        durationMs: Math.round(report.durationMs),
    };
}
/** The JSON report as text, masked. */
function formatJson(report, options) {
    return (0,_mask_deep_js__WEBPACK_IMPORTED_MODULE_0__/* .maskedJsonText */ .b)(toJsonDocument(report, options), options.mask) + '\n';
}


/***/ }),

/***/ 5723:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ maskedJsonText)
/* harmony export */ });
/* unused harmony export maskDeep */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4031);

/**
 * Fields that hold identifiers (service names, images, paths, rule ids, docs
 * URLs, the tool's name): structured values no masker touches. Only free
 * text (messages, summaries, evidence, log lines) may carry a secret, and
 * findings do not embed secrets in the first place.
 */
const IDENTIFIER_KEYS = new Set([
    '$schema',
    'name',
    'version',
    'semanticVersion',
    'informationUri',
    'service',
    'image',
    'family',
    'roles',
    'consumers',
    'rule',
    'ruleId',
    'id',
    'docs',
    'helpUri',
    'uri',
    'file',
    'files',
    'directory',
    'probe',
    'status',
    'severity',
    'level',
    'result',
    'failOn',
    'profile',
]);
/**
 * Masks every string value in a JSON-able value, leaving keys alone, so a
 * secret that happens to equal a key ("error") cannot break the document;
 * the values of identifier fields (`keep`) are left as they are.
 */
function maskDeep(value, mask, keep = IDENTIFIER_KEYS) {
    if (typeof value === 'string')
        return mask(value);
    if (Array.isArray(value))
        return value.map((v) => maskDeep(v, mask, keep));
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = keep.has(k) ? v : maskDeep(v, mask, keep);
        return out;
    }
    return value;
}
/**
 * `jsonText(maskDeep(value, mask, keep))` without the masked copy: each
 * string is masked as JSON.stringify reaches it. A report of thousands of
 * findings would otherwise be copied whole only to be written out.
 */
function maskedJsonText(value, mask, keep = IDENTIFIER_KEYS) {
    // The values being written, outermost first, each with whether it sits
    // under an identifier field; JSON.stringify calls the replacer with the
    // value being written as `this`, so the stack is unwound to it.
    const holders = [];
    const kept = [];
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonText */ .s$)(value, 2, function (key, v) {
        while (holders.length > 0 && holders[holders.length - 1] !== this) {
            holders.pop();
            kept.pop();
        }
        const inKept = kept.length > 0 && kept[kept.length - 1];
        const keepThis = inKept || (holders.length > 0 && !Array.isArray(this) && keep.has(key));
        if (v !== null && typeof v === 'object') {
            holders.push(v);
            kept.push(keepThis);
            return v;
        }
        return typeof v === 'string' && !keepThis ? mask(v) : v;
    });
}


/***/ }),

/***/ 4278:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ displayPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A path as reports show it: relative to `baseDir`, with forward slashes
 * (GitHub annotations and SARIF URIs need them), or absolute when the file
 * lies outside `baseDir` (a `../` path would point nowhere in the repo).
 */
function displayPath(file, baseDir) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(baseDir, file);
    if (relative === '')
        return '.';
    if (relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative))
        return toPosix(file);
    return toPosix(relative);
}
function toPosix(p) {
    return p.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
}


/***/ }),

/***/ 5241:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  v: () => (/* binding */ formatText)
});

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __nccwpck_require__(1001);
;// CONCATENATED MODULE: ./src/report/order.ts

/** By file, then line and column: the order of a file read top to bottom. */
function compareByPlace(a, b) {
    return ((0,findings/* compareText */.n6)(a.pos.file, b.pos.file) ||
        a.pos.line - b.pos.line ||
        a.pos.column - b.pos.column ||
        findings/* SEVERITY_RANK */.f3[b.severity] - findings/* SEVERITY_RANK */.f3[a.severity] ||
        (0,findings/* compareText */.n6)(a.rule, b.rule));
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./src/report/paths.ts
var paths = __nccwpck_require__(4278);
;// CONCATENATED MODULE: ./src/report/text.ts



const SEVERITY_COLOR = { error: 31, warning: 33, notice: 36 };
const STATUS_COLOR = { pass: 32, fail: 31, skip: 90 };
/**
 * `file:line:column  severity  rule-id  message`, grouped by file (a blank
 * line between files), then the probes, then one line of counts.
 */
function formatText(report, options) {
    const paint = (code, s) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
    const dim = (s) => paint(2, s);
    const lines = [];
    const byFile = new Map();
    for (const f of [...report.findings].sort(compareByPlace)) {
        const list = byFile.get(f.pos.file) ?? [];
        list.push(f);
        byFile.set(f.pos.file, list);
    }
    for (const [file, findings] of byFile) {
        if (lines.length > 0)
            lines.push('');
        const shown = (0,report_escape/* quoteText */.ol)((0,paths/* displayPath */.G)(file, options.baseDir));
        for (const f of findings) {
            const where = `${shown}:${f.pos.line}:${f.pos.column}`;
            const severity = paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(7));
            const service = f.service ? dim(`[${(0,report_escape/* quoteText */.ol)(f.service)}] `) : '';
            lines.push(`${where}  ${severity}  ${f.rule}  ${service}${(0,report_escape/* quoteText */.ol)(options.mask(f.message))}`);
            if (f.fix) {
                const at = `${(0,report_escape/* quoteText */.ol)((0,paths/* displayPath */.G)(f.fix.pos.file, options.baseDir))}:${f.fix.pos.line}:${f.fix.pos.column}`;
                // Shown as written, unless a line break would make it unreadable.
                const text = /[\r\n]/.test(f.fix.replacement)
                    ? JSON.stringify(f.fix.replacement)
                    : f.fix.replacement;
                lines.push(dim(`    fix: ${(0,report_escape/* quoteText */.ol)(options.mask(f.fix.description))} (${at}): ${(0,report_escape/* quoteText */.ol)(options.mask(text))}`));
            }
        }
    }
    if (report.probes.length > 0) {
        if (lines.length > 0)
            lines.push('');
        lines.push('probes:');
        for (const p of report.probes) {
            const status = paint(STATUS_COLOR[p.status], p.status.padEnd(4));
            lines.push(`  ${status}  ${p.probe.padEnd(11)} ${(0,report_escape/* quoteText */.ol)(p.service)}  ${(0,report_escape/* quoteText */.ol)(options.mask(p.summary))} ${dim(`(${p.durationMs} ms)`)}`);
        }
    }
    if (lines.length > 0)
        lines.push('');
    lines.push(countLine(report, paint));
    // Free text is masked field by field (identifiers never are); every line is checked once more.
    return (0,report_escape/* defuseText */.yK)(lines.join('\n')) + '\n';
}
function countLine(report, paint) {
    const c = report.counts;
    const parts = [
        plural(c.error, 'error'),
        plural(c.warning, 'warning'),
        plural(c.notice, 'notice'),
    ];
    if (c.suppressed > 0)
        parts.push(`${c.suppressed} suppressed`);
    const failedProbes = report.probes.filter((p) => p.status === 'fail').length;
    if (report.probes.length > 0)
        parts.push(`${failedProbes}/${report.probes.length} probes failed`);
    const verdict = report.result === 'pass' ? paint(32, 'pass') : paint(31, 'fail');
    return `${parts.join(', ')} (fail-on: ${report.failOn}): ${verdict}`;
}


/***/ }),

/***/ 7406:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   qH: () => (/* binding */ TOOL_URI),
/* harmony export */   wr: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool's identity as reports name it; a test keeps the version equal to package.json's. */
const TOOL_NAME = 'redis-readiness';
const TOOL_VERSION = '0.1.0';
const TOOL_URI = 'https://github.com/redis-readiness/redis-readiness';


/***/ }),

/***/ 1332:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ writeReportFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8381);



/**
 * Writes a report where the user asked for it (`-o FILE`, `sarif-file`),
 * creating missing parent directories one at a time (Node's recursive mkdir
 * loops forever under /proc). A directory, or a place that cannot hold a file,
 * is a usage error naming the path, never an internal error.
 */
function writeReportFile(file, text, shown = file) {
    const fail = (why) => new _options_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`cannot write the report to ${shown}: ${why}.`);
    const existing = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(file, { throwIfNoEntry: false });
    if (existing?.isDirectory())
        throw fail('it is a directory; give a file name');
    const missing = [];
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file);
    for (;;) {
        const stat = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(dir, { throwIfNoEntry: false });
        if (stat) {
            if (!stat.isDirectory())
                throw fail(`${dir} is not a directory`);
            break;
        }
        missing.unshift(dir);
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    try {
        for (const d of missing)
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(d);
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFileSync(file, text);
    }
    catch (error) {
        throw fail(error.code ?? error.message);
    }
}


/***/ }),

/***/ 5221:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ probeConfigMismatch)
/* harmony export */ });
/**
 * Reported by the config probe (src/probes/config.ts), which compares the
 * running server's settings with the static model; metadata only, so a
 * static run knows the id without loading the probes.
 */
const probeConfigMismatch = {
    id: 'probe-config-mismatch',
    defaultSeverity: 'warning',
    summary: 'The running server reports a setting that differs from what the compose files configure',
};


/***/ }),

/***/ 3182:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ docsUrl)
/* harmony export */ });
const DOCS_BASE = 'https://github.com/redis-readiness/redis-readiness/blob/main/docs/rules';
function docsUrl(id) {
    return `${DOCS_BASE}/${id}.md`;
}


/***/ }),

/***/ 7194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M2: () => (/* binding */ SecretMasker),
/* harmony export */   WN: () => (/* binding */ secretsInEnvironment),
/* harmony export */   kI: () => (/* binding */ collectServiceEnvFileSecrets),
/* harmony export */   vZ: () => (/* binding */ collectOutsideSecrets),
/* harmony export */   vp: () => (/* binding */ collectRedisSecrets),
/* harmony export */   yA: () => (/* binding */ projectEnvFiles),
/* harmony export */   zZ: () => (/* binding */ isCommitted)
/* harmony export */ });
/* unused harmony exports MASK, looksSecret, urlPassword, secretsInEnvText */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4031);




/**
 * Every secret the run learns, and the safety net that removes them from
 * free text. Secrets are values from outside the repository (environment,
 * inputs, untracked env files, probe passwords); a literal committed to the
 * repository is public and never added. Findings do not embed secrets in the
 * first place; the masker catches what free text from outside (container
 * logs, compose output) may carry, in any letter case.
 */
class SecretMasker {
    secrets = new Set();
    /** Values already added: a project repeats its passwords in every service. */
    added = new Set();
    pattern;
    listeners = [];
    /** Every form told to listeners so far (a late listener hears them all). */
    announced = new Set();
    /** Called for every new secret (the action passes them to core.setSecret). */
    onSecret(listener) {
        this.listeners.push(listener);
        for (const s of this.announced)
            listener(s);
    }
    add(value) {
        if (value === undefined || value === null || this.added.has(value))
            return;
        this.added.add(value);
        for (const variant of variantsOf(value)) {
            // Masking a one- or two-character value would shred every message
            // while protecting nothing: such a password is guessed at once anyway.
            if (variant.length < MIN_SECRET_LENGTH || this.secrets.has(variant))
                continue;
            this.secrets.add(variant);
            this.pattern = undefined;
            // The runner masks case-sensitively: a message that lower-cases a
            // value (a directive name) would show it. Our own masker ignores case.
            for (const form of [variant, variant.toLowerCase(), variant.toUpperCase()]) {
                if (this.announced.has(form))
                    continue;
                this.announced.add(form);
                for (const listener of this.listeners)
                    listener(form);
            }
        }
    }
    get size() {
        return this.secrets.size;
    }
    mask(text) {
        if (this.secrets.size === 0)
            return text;
        this.pattern ??= new RegExp([...this.secrets]
            .sort((a, b) => b.length - a.length)
            .map(escapeRegExp)
            .join('|'), 'gi');
        return text.replace(this.pattern, MASK);
    }
}
const MASK = '***';
const MIN_SECRET_LENGTH = 3;
/** The value as written plus the forms it takes inside URLs and JSON strings. */
function variantsOf(value) {
    const variants = new Set([value, value.trim()]);
    variants.add(encodeURIComponent(value));
    try {
        variants.add(decodeURIComponent(value));
    }
    catch {
        // Not percent-encoded text: only the other forms apply.
    }
    variants.add(JSON.stringify(value).slice(1, -1));
    // As the reports quote it (control characters as escapes).
    variants.add((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .quoteText */ .ol)(value));
    return [...variants].filter((v) => v.length > 0);
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Words of variable names whose values are secrets by convention. Matched per
 * word (REDIS_PASSWORD, REDISCLI_AUTH, dbPass), not as substrings: PASSENV,
 * AUTHOR or TOKENIZER_PATH name no secret, and masking their values would
 * blank unrelated text everywhere the runner prints it.
 */
const SECRET_WORD = /^([a-z]*pass(word|wd)?|pwd|secrets?|[a-z]*token|auth|credentials?)$/i;
const SECRET_PAIR = /(^|[_.-])(private|api|secret|access)[_.-]?key($|[_.-])/i;
function looksSecret(name) {
    let known = looksSecretCache.get(name);
    if (known === undefined) {
        const words = name.split(/[_.-]+|(?<=[a-z])(?=[A-Z])/).filter(Boolean);
        known = words.some((w) => SECRET_WORD.test(w)) || SECRET_PAIR.test(name);
        looksSecretCache.set(name, known);
    }
    return known;
}
/** Variable names repeat across a project's services (and each project is scanned twice). */
const looksSecretCache = new Map();
/** Passwords embedded in a URL (`redis://user:pw@host`). */
function urlPassword(text) {
    const m = /^[a-z][a-z0-9+.-]*:\/\/([^@/?#]*)@/i.exec(text.trim());
    if (!m)
        return undefined;
    const userinfo = m[1];
    const colon = userinfo.indexOf(':');
    return colon >= 0 ? userinfo.slice(colon + 1) : undefined;
}
/**
 * Names that hold a location or a switch about a secret, not the secret
 * (REDIS_PASSWORD_FILE, ALLOW_EMPTY_PASSWORD), and the shell's working
 * directories (PWD, OLDPWD: "pwd" is a password word only after a prefix,
 * as in REDIS_PWD). Masking PWD hid the workspace path in every message.
 */
const NOT_A_SECRET_NAME = /(_FILE|_PATH|_DIR|_SOCK|_SOCKET|_URL)$|^ALLOW_EMPTY_PASSWORD$|^(OLD)?PWD$/i;
/**
 * Values that cannot be a password worth hiding but would, once masked (and
 * passed to the runner's masking), hide every `yes` or `true` in the logs.
 */
const SWITCH_VALUE = /^(yes|no|true|false|on|off|null|none|nil|undefined|enabled?|disabled?)$/i;
/** Values of secret-looking variables in an environment (process env, .env, a service's environment). */
function secretsInEnvironment(env) {
    const found = [];
    // for-in, not Object.entries: no [name, value] pair per variable of every service.
    for (const name in env) {
        const value = env[name];
        if (typeof value !== 'string' || value === '')
            continue;
        if (looksSecret(name) && !NOT_A_SECRET_NAME.test(name) && !SWITCH_VALUE.test(value.trim())) {
            found.push(value);
        }
        const inUrl = urlPassword(value);
        if (inUrl)
            found.push(inUrl);
    }
    return found;
}
/**
 * Whether git tracks the file: a committed file is public, so what it holds
 * is no secret. Anything else (untracked, ignored, outside a repository, no
 * git at all) counts as coming from outside, and its passwords are secrets.
 */
function isCommitted(file) {
    let known = committedCache.get(file);
    if (known === undefined) {
        try {
            (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['ls-files', '--error-unmatch', '--', node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)], {
                cwd: node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file),
                stdio: 'ignore',
                timeout: 10_000,
            });
            known = true;
        }
        catch {
            known = false;
        }
        committedCache.set(file, known);
    }
    return known;
}
const committedCache = new Map();
/**
 * The values a dotenv text sets, read line by line without the parser, so
 * that they are registered before the parser can fail on the file (and its
 * error be printed). Only secret-looking names and URL passwords count.
 */
function secretsInEnvText(text) {
    const env = {};
    for (const line of text.split(/\r?\n/)) {
        const m = /^\s*(?:export\s+)?([\p{L}\p{N}_.]+)\s*[=:]\s*(.*)$/u.exec(line);
        if (!m)
            continue;
        let value = m[2];
        const q = value[0];
        if (q === '"' || q === "'") {
            const end = value.indexOf(q, 1);
            value = end > 0 ? value.slice(1, end) : value.slice(1);
        }
        else {
            const hash = value.indexOf(' #');
            value = (hash < 0 ? value : value.slice(0, hash)).trim();
        }
        env[m[1]] = value;
    }
    return { names: Object.keys(env), secrets: secretsInEnvironment(env) };
}
/** The env files Compose will read for interpolation: the given ones, else `.env` of the project directory. */
function projectEnvFiles(load) {
    if (load.envFiles && load.envFiles.length > 0)
        return load.envFiles.map((f) => node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(load.cwd, f));
    const dir = load.projectDirectory
        ? node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(load.cwd, load.projectDirectory)
        : load.files.length > 0
            ? node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(load.cwd, load.files[0]))
            : load.cwd;
    return [node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, '.env')];
}
/**
 * Registers what comes from outside the repository, before anything is read
 * that could fail and print: the environment's secret-looking values and URL
 * passwords, and those of env files git does not track. Returns the names of
 * the variables set from outside (a password interpolated from one of them is
 * a secret too, whatever its name).
 */
function collectOutsideSecrets(masker, env, envFiles) {
    for (const s of secretsInEnvironment(env))
        masker.add(s);
    const names = new Set(Object.keys(env));
    for (const file of envFiles) {
        const text = readIfUntracked(file);
        if (text === undefined)
            continue;
        const found = secretsInEnvText(text);
        found.secrets.forEach((s) => masker.add(s));
        found.names.forEach((n) => names.add(n));
    }
    return names;
}
function readIfUntracked(file) {
    try {
        if (!node_fs__WEBPACK_IMPORTED_MODULE_1___default().statSync(file).isFile() || isCommitted(file))
            return undefined;
        return node_fs__WEBPACK_IMPORTED_MODULE_1___default().readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/**
 * The services' own `env_file:` entries that git does not track: their
 * passwords are secrets. The loader folds env files into `environment`, so
 * it names the files it read; included projects' `.env` files are among its
 * env files, and were unknown before loading.
 */
function collectServiceEnvFileSecrets(masker, project) {
    for (const file of [...project.serviceEnvFiles, ...project.envFiles]) {
        const text = readIfUntracked(file);
        if (text !== undefined)
            secretsInEnvText(text).secrets.forEach((s) => masker.add(s));
    }
}
/**
 * The passwords of the Redis model that come from outside: interpolated from
 * a variable set outside the repository, or read from a config or ACL file
 * that git does not track (a bind mount, or a compose config or secret; one
 * given by `environment:` comes from its variable). A literal in a committed
 * file is public (auth-literal reports it) and is not registered.
 */
function collectRedisSecrets(masker, redis, outsideNames) {
    const fromOutside = (d) => d !== undefined &&
        ((d.variables ?? []).some((v) => v.isSet !== false && outsideNames.has(v.name)) ||
            (d.origin === 'config-file' && !isCommitted(d.pos.file)));
    for (const r of redis.services) {
        if (fromOutside(r.password?.directive))
            masker.add(r.password?.value);
        for (const d of r.directives) {
            if (!fromOutside(d))
                continue;
            if (d.name === 'requirepass' || d.name === 'masterauth')
                d.args.forEach((a) => masker.add(a));
            if (d.name === 'user') {
                // ACL rules: `>password` adds a password; `#hash` is not a secret.
                for (const a of d.args)
                    if (a.startsWith('>'))
                        masker.add(a.slice(1));
            }
        }
        for (const user of r.aclUsers ?? [])
            if (fromOutside({ origin: 'config-file', pos: user.pos, variables: user.variables }))
                user.passwords.forEach((p) => masker.add(p));
    }
}


/***/ }),

/***/ 9887:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  D: () => (/* binding */ keepYoungGenerationSmall)
});

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
var external_node_v8_default = /*#__PURE__*/__nccwpck_require__.n(external_node_v8_namespaceObject);
;// CONCATENATED MODULE: ./src/v8-tuning.ts

/**
 * The one V8 setting the entry points make, first thing, before the heap
 * grows: the young generation kept at its initial size. A check keeps nearly
 * everything it builds until the report, so each young-generation collection
 * copies live trees; V8 grows that space (to 16 MB and more) as the heap
 * grows, which makes each copy larger and touches more fresh memory. Measured
 * on Node 24, the runtime action.yml declares, on the 2,000-server benchmark:
 * peak RSS 187 -> 142 MB and about 15 % less CPU time (bench/README.md).
 * Set in a try/catch: a V8 that refuses it only runs as by default. The
 * processes are the CLI's and the action's own, never a host's.
 */
function keepYoungGenerationSmall() {
    try {
        external_node_v8_default().setFlagsFromString('--semi-space-growth-factor=1');
    }
    catch {
        // The check runs as V8 defaults it.
    }
}


/***/ }),

/***/ 477:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ yamlModule),
/* harmony export */   jh: () => (/* binding */ isMap),
/* harmony export */   jn: () => (/* binding */ isScalar),
/* harmony export */   oP: () => (/* binding */ isSeq),
/* harmony export */   yv: () => (/* binding */ loadYaml)
/* harmony export */ });
let loaded;
async function loadYaml() {
    loaded ??= await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    return loaded;
}
/** The library, once a caller has awaited loadYaml(). */
function yamlModule() {
    if (!loaded)
        throw new Error('internal: yaml is used before loadYaml() was awaited');
    return loaded;
}
// The node type guards, for modules that walk a yaml Document.
const isMap = ((n) => yamlModule().isMap(n));
const isScalar = ((n) => yamlModule().isScalar(n));
const isSeq = ((n) => yamlModule().isSeq(n));


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__CliArgs = __webpack_exports__.eE;
/******/ var __webpack_exports__USAGE = __webpack_exports__.u_;
/******/ var __webpack_exports__main = __webpack_exports__.iW;
/******/ var __webpack_exports__runCli = __webpack_exports__.ak;
/******/ export { __webpack_exports__CliArgs as CliArgs, __webpack_exports__USAGE as USAGE, __webpack_exports__main as main, __webpack_exports__runCli as runCli };
/******/ 
