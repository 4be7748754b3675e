export const id = 656;
export const ids = [656,642];
export const modules = {

/***/ 1656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ALL_PROBES: () => (/* reexport */ types/* ALL_PROBES */.i),
  ComposeUnavailableError: () => (/* reexport */ ComposeUnavailableError),
  PROJECT_PREFIX: () => (/* reexport */ PROJECT_PREFIX),
  detectCompose: () => (/* reexport */ detectCompose),
  runProbes: () => (/* binding */ runProbes),
  teardown: () => (/* binding */ teardown)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/probes/cli.ts
/**
 * redis-cli scripts run inside a container (the Redis service via `exec`, or
 * a helper on the project network). Several commands go into one `sh -c`
 * script, because each `exec` costs a few hundred milliseconds; markers
 * split the output again. Passwords are read from environment variables the
 * caller passes by name: they never appear in the script or in argv.
 */
const BEGIN = '@@redis-readiness-begin';
const END = '@@redis-readiness-end';
/** POSIX single-quoting: safe for any byte string. */
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
/** `stdin`: commands for redis-cli to read instead of `step.args`. */
function cliCommand(step, defaults, stdin) {
    const parts = [
        'redis-cli',
        '-h',
        step.host ?? defaults.host,
        '-p',
        String(step.port ?? defaults.port),
    ];
    if (step.user)
        parts.push('--user', step.user);
    if (step.db !== undefined)
        parts.push('-n', String(step.db));
    const argv = [
        ...parts.map(shellQuote),
        ...(stdin === undefined ? step.args.map(shellQuote) : []),
    ].join(' ');
    const input = stdin === undefined ? '' : `printf '%s' ${shellQuote(stdin)} | `;
    // The service's own environment may set REDISCLI_AUTH (many compose files
    // do): clear it so "no credentials" really sends none.
    const auth = step.passwordEnv
        ? `REDISCLI_AUTH="$${step.passwordEnv}"; export REDISCLI_AUTH;`
        : 'unset REDISCLI_AUTH;';
    const timeout = step.timeoutSeconds ? `timeout ${step.timeoutSeconds} ` : '';
    const pause = step.pauseSeconds ? `sleep ${step.pauseSeconds}; ` : '';
    return `${pause}${input}(${auth} exec ${timeout}${argv})${stdin === undefined ? ' </dev/null' : ''} 2>&1`;
}
/** redis-cli's own quoting for lines it reads (sdssplitargs): double quotes, backslash escapes. */
function redisQuote(arg) {
    return `"${arg.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}
/** Steps that can share one redis-cli process: plain commands, same connection. */
function connectionKey(step) {
    if (step.pauseSeconds || step.timeoutSeconds || step.args[0]?.startsWith('-'))
        return undefined;
    return JSON.stringify([step.passwordEnv, step.user, step.host, step.port, step.db]);
}
/**
 * Consecutive steps on the same connection run through one redis-cli that
 * reads them from stdin (one process instead of one per command; a
 * container start-up of redis-cli is most of a command's cost). ECHOed
 * markers frame each reply exactly as separate processes would.
 */
function groupedCommands(steps, defaults) {
    const lines = [];
    for (let i = 0; i < steps.length;) {
        const key = connectionKey(steps[i]);
        let j = i + 1;
        while (key !== undefined && j < steps.length && connectionKey(steps[j]) === key)
            j++;
        if (j - i === 1) {
            const step = steps[i];
            lines.push(`printf '\\n%s %s\\n' ${shellQuote(BEGIN)} ${shellQuote(step.id)}`, cliCommand(step, defaults), `printf '\\n%s %s %s\\n' ${shellQuote(END)} ${shellQuote(step.id)} "$?"`);
        }
        else {
            const input = steps
                .slice(i, j)
                .map((step) => [
                `ECHO ${redisQuote(`${BEGIN} ${step.id}`)}`,
                step.args.map(redisQuote).join(' '),
                `ECHO ${redisQuote(`${END} ${step.id} 0`)}`,
            ].join('\n'))
                .join('\n');
            lines.push('echo', cliCommand(steps[i], defaults, `${input}\n`));
        }
        i = j;
    }
    return lines;
}
function cliScript(steps, options) {
    const defaults = { host: options.host ?? '127.0.0.1', port: options.port };
    const lines = [];
    if (options.waitSeconds) {
        const ping = cliCommand({ id: 'wait', args: ['PING'], passwordEnv: options.waitPasswordEnv }, defaults);
        const tries = Math.max(1, Math.round(options.waitSeconds * 10));
        lines.push(`i=0; while [ "$i" -lt ${tries} ]; do`, `  out=$( ${ping} )`, '  case "$out" in *PONG*|*NOAUTH*|*WRONGPASS*|*NOPERM*) break ;; esac', '  i=$((i+1)); sleep 0.1 2>/dev/null || sleep 1', 'done');
    }
    lines.push(...groupedCommands(steps, defaults));
    return lines.join('\n');
}
/** Splits a script's output back into one reply per step id. */
function parseCliOutput(stdout) {
    const replies = new Map();
    const pattern = new RegExp(`(?<=\\n)${BEGIN} (\\S+)\\n([\\s\\S]*?)\\n?${END} \\1 (\\d+)(?=\\n)`, 'g');
    for (const match of `\n${stdout}\n`.matchAll(pattern)) {
        replies.set(match[1], { output: match[2].trim(), exitCode: Number(match[3]) });
    }
    return replies;
}
/** Error replies redis-cli prints (raw mode prints them on stdout without a prefix). */
const ERROR_REPLY = /^(?:\(error\) )?(NOAUTH|WRONGPASS|ERR|LOADING|MISCONF|NOPERM|BUSY|READONLY|MASTERDOWN|WRONGTYPE)\b/m;
function isErrorReply(output) {
    return (ERROR_REPLY.test(output) || /AUTH failed|Could not connect|Connection refused/i.test(output));
}

;// CONCATENATED MODULE: ./src/probes/result.ts
/** Collects evidence while a probe runs and turns it into a masked ProbeResult. */
class ProbeRecorder {
    probe;
    service;
    mask;
    started = performance.now();
    evidence = [];
    constructor(probe, service, mask) {
        this.probe = probe;
        this.service = service;
        this.mask = mask;
    }
    note(line) {
        this.evidence.push(this.mask(line));
    }
    finish(status, summary) {
        return {
            probe: this.probe,
            service: this.service,
            status,
            summary: this.mask(summary),
            durationMs: Math.round(performance.now() - this.started),
            evidence: this.evidence,
        };
    }
    pass(summary) {
        return this.finish('pass', summary);
    }
    fail(summary) {
        return this.finish('fail', summary);
    }
    skip(summary) {
        return this.finish('skip', summary);
    }
}

;// CONCATENATED MODULE: ./src/probes/session.ts

/** Names of the environment variables that carry secrets into containers (values never in argv). */
const PASSWORD_ENV = 'REDIS_READINESS_PASSWORD';
const WRONG_PASSWORD_ENV = 'REDIS_READINESS_WRONG_PASSWORD';
const consumerPasswordEnv = (index) => `REDIS_READINESS_CONSUMER_${index}`;
function envNamesFor(session) {
    return Object.keys(session.secretEnv);
}
/** Calls waiting to share one `exec`, per session. */
const pending = new WeakMap();
/**
 * Runs redis-cli steps inside the Redis container itself (`compose exec`).
 * Calls made in the same turn of the event loop (probes running side by
 * side) share one `exec`: each costs a compose start-up, which is most of
 * the time a probe takes. Calls that wait for readiness run on their own.
 */
function execCli(session, steps, options = {}) {
    if (Object.keys(options).length > 0)
        return execNow(session, steps, options);
    return new Promise((resolve, reject) => {
        let queue = pending.get(session);
        if (!queue) {
            queue = [];
            pending.set(session, queue);
            setImmediate(() => void flush(session));
        }
        queue.push({ steps, resolve, reject });
    });
}
async function flush(session) {
    const queue = pending.get(session) ?? [];
    pending.delete(session);
    // Step ids are the callers' own: prefix them so they cannot collide.
    const steps = queue.flatMap((call, i) => call.steps.map((s) => ({ ...s, id: `c${i}.${s.id}` })));
    try {
        const { replies, result } = await execNow(session, steps, {});
        queue.forEach((call, i) => {
            const own = new Map();
            for (const [id, reply] of replies) {
                if (id.startsWith(`c${i}.`))
                    own.set(id.slice(`c${i}.`.length), reply);
            }
            call.resolve({ replies: own, result });
        });
    }
    catch (error) {
        for (const call of queue)
            call.reject(error);
    }
}
async function execNow(session, steps, options) {
    const script = cliScript(steps, { port: session.service.port, ...options });
    const argv = session.runtime.execArgs(session.service.name, script, envNamesFor(session));
    const timeoutMs = session.commandTimeoutMs + (options.waitSeconds ?? 0) * 1000;
    const result = await session.runtime.exec(argv, timeoutMs, session.secretEnv);
    return { replies: parseCliOutput(result.stdout), result };
}
/** Runs redis-cli steps in a short-lived helper container on one of the project's networks. */
async function helperCli(session, image, network, steps, options = {}) {
    const script = cliScript(steps, { port: session.service.port, ...options });
    const argv = session.runtime.helperArgs(image, network, script, envNamesFor(session));
    const result = await session.runtime.exec(argv, session.commandTimeoutMs, session.secretEnv);
    return { replies: parseCliOutput(result.stdout), result };
}
/** The credentials step for "the right password", or none when the server has no password. */
function withPassword(session, step) {
    return session.password !== undefined ? { ...step, passwordEnv: PASSWORD_ENV } : step;
}
/** A short, masked one-line description of a failed command, for evidence. */
function describeFailure(session, result) {
    if (result.timedOut)
        return `timed out after ${result.durationMs} ms`;
    if (result.spawnError)
        return `could not start ${result.argv[0]}: ${result.spawnError}`;
    const text = (result.stderr || result.stdout).trim().split('\n').slice(-3).join(' | ');
    return session.mask(`exit ${result.code}: ${text || 'no output'}`);
}

;// CONCATENATED MODULE: ./src/probes/ping.ts



/** Reads `field:value` lines of an INFO reply. */
function parseInfo(text) {
    const fields = {};
    for (const line of text.split('\n')) {
        const at = line.indexOf(':');
        if (at > 0 && !line.startsWith('#'))
            fields[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
    return fields;
}
/** When the server needs a password this run does not know, probes that need it say so. */
function unknownPasswordReason(session) {
    if (session.service.password && session.password === undefined) {
        return 'the server requires a password whose value is not known here (set the variable in the job environment or give the redis-password input)';
    }
    return undefined;
}
/** `ping`: PING answers PONG with the configured credentials; round-trip time, version and mode. */
async function probePing(session) {
    const rec = new ProbeRecorder('ping', session.service.name, session.mask);
    const unknown = unknownPasswordReason(session);
    if (unknown)
        return rec.skip(unknown);
    const { replies, result } = await execCli(session, [
        withPassword(session, { id: 'ping', args: ['PING'] }),
        withPassword(session, { id: 'latency', args: ['--latency', '--raw', '-i', '0.2'] }),
        withPassword(session, { id: 'info', args: ['INFO', 'server'] }),
    ]);
    const ping = replies.get('ping');
    if (!ping)
        return rec.fail(`could not run redis-cli in the container: ${describeFailure(session, result)}`);
    rec.note(`PING -> ${firstLine(ping.output)}`);
    if (ping.output.trim() !== 'PONG') {
        const hint = /NOAUTH/.test(ping.output)
            ? ' (the server requires a password the configuration does not show)'
            : '';
        return rec.fail(`PING did not return PONG: ${firstLine(ping.output)}${hint}`);
    }
    // `--latency --raw` prints "min max avg samples" in milliseconds.
    const latency = replies.get('latency')?.output.trim().split(/\s+/);
    const avg = latency && latency.length >= 3 && !isErrorReply(latency.join(' ')) ? Number(latency[2]) : NaN;
    const info = parseInfo(replies.get('info')?.output ?? '');
    const version = info.redis_version ?? info.valkey_version ?? 'unknown';
    const mode = info.redis_mode ?? info.server_mode ?? 'unknown';
    if (Number.isFinite(avg))
        rec.note(`round trip: avg ${avg} ms (min ${latency[0]}, max ${latency[1]}, ${latency[3]} samples)`);
    rec.note(`server: version ${version}, mode ${mode}`);
    return rec.pass(`PONG${Number.isFinite(avg) ? ` in ${avg} ms` : ''} from Redis ${version} (${mode})`);
}
function firstLine(text) {
    return text.trim().split('\n')[0]?.slice(0, 200) || '(no reply)';
}

;// CONCATENATED MODULE: ./src/probes/topology.ts
/** The networks a service joins: its `networks:` keys, else the project's default network. */
function serviceNetworks(service) {
    if (!service || service.network_mode)
        return [];
    const keys = Object.keys(service.networks ?? {});
    return keys.length > 0 ? keys : ['default'];
}
/** Other services sharing at least one network with `name`: who can reach it by name. */
function neighbours(model, name) {
    const own = new Set(serviceNetworks(model.services[name]));
    return Object.entries(model.services)
        .filter(([other, svc]) => other !== name && serviceNetworks(svc).some((n) => own.has(n)))
        .map(([other]) => other)
        .sort();
}
/** Host addresses the user's file publishes the service on (our run removes them). */
function publishedOn(service) {
    return (service?.ports ?? [])
        .filter((p) => p.published)
        .map((p) => `${p.host_ip && p.host_ip !== '' ? p.host_ip : '0.0.0.0'}:${p.published}->${p.target}`);
}

;// CONCATENATED MODULE: ./src/probes/auth.ts





const refused = (output) => /NOAUTH|WRONGPASS|AUTH failed|NOPERM|invalid password/i.test(output);
/**
 * `auth`: with a password, no credentials and a wrong password are refused
 * and the right one accepted; ACL users of consumers can do what Celery
 * needs. Without a password the probe fails and says who could connect.
 */
async function probeAuth(session) {
    const rec = new ProbeRecorder('auth', session.service.name, session.mask);
    const { service } = session;
    const steps = [{ id: 'none', args: ['PING'] }];
    if (service.password) {
        const unknown = unknownPasswordReason(session);
        if (unknown)
            return rec.skip(unknown);
        steps.push({ id: 'wrong', args: ['PING'], passwordEnv: WRONG_PASSWORD_ENV }, { id: 'right', args: ['PING'], passwordEnv: PASSWORD_ENV });
    }
    const aclUsers = aclConsumerSteps(session);
    steps.push(...aclUsers.steps);
    const { replies, result } = await execCli(session, steps);
    const none = replies.get('none');
    if (!none)
        return rec.fail(`could not run redis-cli in the container: ${describeFailure(session, result)}`);
    rec.note(`no credentials: ${firstLine(none.output)}`);
    if (!service.password) {
        if (none.output.trim() === 'PONG') {
            const who = neighbours(session.model, service.name);
            const published = publishedOn(session.model.services[service.name]);
            rec.note(`services on its networks: ${who.join(', ') || 'none'}`);
            if (published.length)
                rec.note(`published on the host (removed for this run): ${published.join(', ')}`);
            return rec.fail(`no password: any client that reaches it can read and write everything — ` +
                `${who.length ? `every container on its networks (${who.join(', ')})` : 'every container on its network'}` +
                `${published.length ? ` and anyone who reaches the host's ${published.join(', ')}` : ''}`);
        }
        if (refused(none.output)) {
            return rec.pass('the server refuses clients without credentials (its password is set in a way the static model could not read)');
        }
        return rec.fail(`unexpected reply without credentials: ${firstLine(none.output)}`);
    }
    const wrong = replies.get('wrong');
    const right = replies.get('right');
    rec.note(`wrong password: ${firstLine(wrong?.output ?? '')}`);
    rec.note(`right password: ${firstLine(right?.output ?? '')}`);
    const problems = [];
    if (!refused(none.output))
        problems.push(`a client without credentials got ${firstLine(none.output)}`);
    if (!wrong || !refused(wrong.output))
        problems.push('a wrong password was not refused');
    if (right?.output.trim() !== 'PONG')
        problems.push(`the configured password was not accepted (${firstLine(right?.output ?? '')})`);
    for (const check of aclUsers.checks) {
        const reply = replies.get(check.id);
        const ok = reply !== undefined && check.ok(reply.output);
        rec.note(`user ${check.user}: ${check.what} -> ${ok ? 'allowed' : firstLine(reply?.output ?? '')}`);
        if (!ok)
            problems.push(`ACL user ${check.user} cannot ${check.what}`);
    }
    if (problems.length)
        return rec.fail(problems.join('; '));
    return rec.pass(`no credentials and a wrong password are refused, the configured one is accepted` +
        (aclUsers.checks.length
            ? `; consumer ACL users can queue, store results and publish/subscribe`
            : ''));
}
/** For consumers that log in as a named ACL user: what Celery needs as broker and result backend. */
function aclConsumerSteps(session) {
    const steps = [];
    const checks = [];
    const seen = new Set();
    session.service.consumers.forEach((consumer, index) => {
        const user = consumer.username;
        if (!user || user === 'default' || consumer.password === undefined || seen.has(user))
            return;
        seen.add(user);
        const base = { user, passwordEnv: consumerPasswordEnv(index) };
        const key = `redis-readiness:acl:${session.runId}`;
        const add = (what, args, ok, timeoutSeconds) => {
            const id = `acl-${index}-${checks.length}`;
            steps.push({ id, args, ...base, ...(timeoutSeconds ? { timeoutSeconds } : {}) });
            checks.push({ id, user, what, ok });
        };
        const fine = (o) => !isErrorReply(o);
        add('LPUSH to a queue', ['LPUSH', `${key}:queue`, 'task'], fine);
        add('BRPOP from a queue', ['BRPOP', `${key}:queue`, '1'], fine);
        add('SET a result with expiry', ['SET', `${key}:result`, 'done', 'EX', '60'], fine);
        add('PUBLISH', ['PUBLISH', `${key}:channel`, 'x'], fine);
        add('SUBSCRIBE', ['SUBSCRIBE', `${key}:channel`], (o) => /subscribe/i.test(o) && !/NOPERM/.test(o), 1);
    });
    return { steps, checks };
}

// EXTERNAL MODULE: ./src/probes/config-meta.ts
var config_meta = __webpack_require__(7795);
;// CONCATENATED MODULE: ./src/probes/config.ts





/** Settings compared between the static model and the running server. */
const COMPARED = [
    'appendonly',
    'appendfsync',
    'save',
    'maxmemory',
    'maxmemory-policy',
    'dir',
    'port',
    'bind',
];
/** `maxmemory 400mb` and the server's `419430400` are the same. */
function parseMemory(value) {
    const m = /^(\d+)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(value.trim());
    if (!m)
        return undefined;
    const n = Number(m[1]);
    const unit = (m[2] ?? 'b').toLowerCase();
    const factor = {
        b: 1,
        k: 1000,
        kb: 1024,
        m: 1e6,
        mb: 1024 ** 2,
        g: 1e9,
        gb: 1024 ** 3,
    };
    return n * factor[unit];
}
/** Normalises both sides so equal settings compare equal. */
function normalise(name, value) {
    const v = value.trim();
    switch (name) {
        case 'maxmemory':
            return String(parseMemory(v) ?? v);
        case 'bind':
            return v.split(/\s+/).filter(Boolean).sort().join(' ');
        case 'save':
            return v.replace(/^""$/, '').split(/\s+/).filter(Boolean).join(' ');
        case 'dir':
            return v.replace(/\/+$/, '') || '/';
        default:
            return v.toLowerCase();
    }
}
/** The last explicit (not built-in default) setting of each compared directive. */
function explicitSettings(directives) {
    const found = new Map();
    for (const d of directives) {
        if (d.origin === 'default' || d.unknown)
            continue;
        if (COMPARED.includes(d.name)) {
            // Several `save` lines add save points; any other directive: last wins.
            const previous = found.get(d.name);
            if (d.name === 'save' && previous && d.args.join(' ') !== '') {
                found.set(d.name, { ...d, args: [...previous.args.filter((a) => a !== ''), ...d.args] });
            }
            else {
                found.set(d.name, d);
            }
        }
    }
    return found;
}
/**
 * `config`: what the server reports (INFO, CONFIG GET where allowed) next to
 * what the static model says it was told; each disagreement is a finding.
 */
async function probeConfig(session, findings, fallbackPos) {
    const rec = new ProbeRecorder('config', session.service.name, session.mask);
    const unknown = unknownPasswordReason(session);
    if (unknown)
        return rec.skip(unknown);
    const { replies, result } = await execCli(session, [
        withPassword(session, { id: 'info', args: ['INFO', 'everything'] }),
        ...COMPARED.map((name) => withPassword(session, { id: `get-${name}`, args: ['CONFIG', 'GET', name] })),
    ]);
    const info = replies.get('info');
    if (!info)
        return rec.fail(`could not run redis-cli in the container: ${describeFailure(session, result)}`);
    if (isErrorReply(info.output))
        return rec.fail(`INFO refused: ${info.output.split('\n')[0]}`);
    const fields = parseInfo(info.output);
    rec.note(`server: version ${fields.redis_version ?? '?'}, aof_enabled ${fields.aof_enabled ?? '?'}, ` +
        `maxmemory ${fields.maxmemory_human ?? '?'} (${fields.maxmemory_policy ?? '?'}), used ${fields.used_memory_human ?? '?'}`);
    const server = new Map();
    let configAllowed = true;
    for (const name of COMPARED) {
        const reply = replies.get(`get-${name}`)?.output ?? '';
        if (isErrorReply(reply) || reply === '') {
            configAllowed = false;
            continue;
        }
        const lines = reply.split('\n');
        server.set(name, lines[1] ?? '');
    }
    if (!configAllowed) {
        rec.note('CONFIG GET is not allowed (renamed or ACL-restricted): compared what INFO shows');
        if (fields.aof_enabled !== undefined && !server.has('appendonly')) {
            server.set('appendonly', fields.aof_enabled === '1' ? 'yes' : 'no');
        }
        if (fields.maxmemory !== undefined && !server.has('maxmemory'))
            server.set('maxmemory', fields.maxmemory);
        if (fields.maxmemory_policy !== undefined && !server.has('maxmemory-policy')) {
            server.set('maxmemory-policy', fields.maxmemory_policy);
        }
    }
    const expected = explicitSettings(session.service.directives);
    if (!expected.has('dir') && session.service.dataDir) {
        expected.set('dir', {
            name: 'dir',
            args: [session.service.dataDir],
            origin: 'default',
            pos: fallbackPos,
        });
    }
    if (!expected.has('port')) {
        expected.set('port', {
            name: 'port',
            args: [String(session.service.port)],
            origin: 'default',
            pos: fallbackPos,
        });
    }
    const mismatches = [];
    for (const [name, directive] of expected) {
        const actual = server.get(name);
        if (actual === undefined)
            continue;
        const want = normalise(name, directive.args.join(' '));
        const got = normalise(name, actual);
        rec.note(`${name}: configured "${directive.args.join(' ')}", server "${actual}"`);
        if (want !== got) {
            mismatches.push(name);
            findings.push({
                rule: config_meta/* CONFIG_MISMATCH_RULE */.L,
                severity: config_meta/* CONFIG_MISMATCH_META */.a.defaultSeverity,
                service: session.service.name,
                message: session.mask(`The running server reports ${name} "${actual}", but the configuration read from the compose project sets "${directive.args.join(' ')}": ` +
                    'something else (an image default, a file not read, an override) decides; make the setting explicit where the server reads it.'),
                pos: directive.pos,
            });
        }
    }
    if (mismatches.length) {
        return rec.fail(`the server disagrees with the configuration on ${mismatches.join(', ')}`);
    }
    return rec.pass(`the server runs with what the configuration says (${[...expected.keys()].filter((n) => server.has(n)).join(', ')})`);
}


;// CONCATENATED MODULE: ./src/probes/container.ts
/**
 * The current container of the session's Redis service, or undefined when
 * there is none. Cached on the session until a probe changes the container
 * (persistence re-creates it), so the probes share one inspection.
 */
async function inspectService(session) {
    session.container ??= inspectNow(session);
    return session.container;
}
async function inspectNow(session) {
    const { runtime } = session;
    const ps = await runtime.exec(runtime.containerIdsArgs(session.service.name), session.commandTimeoutMs);
    const id = ps.stdout.trim().split('\n')[0]?.trim();
    if (ps.code !== 0 || !id)
        return undefined;
    const inspected = await runtime.exec(runtime.inspectArgs(id), session.commandTimeoutMs);
    if (inspected.code !== 0)
        return undefined;
    let json;
    try {
        [json] = JSON.parse(inspected.stdout);
    }
    catch {
        return undefined;
    }
    if (!json)
        return undefined;
    const test = json.Config?.Healthcheck?.Test;
    const health = json.State?.Health;
    return {
        id: json.Id ?? id,
        image: json.Image ?? '',
        status: json.State?.Status ?? 'unknown',
        running: json.State?.Running === true,
        exitCode: json.State?.ExitCode ?? 0,
        hasHealthcheck: Boolean(test && test.length > 0 && test[0] !== 'NONE'),
        ...(health
            ? {
                health: {
                    status: health.Status ?? 'unknown',
                    log: (health.Log ?? []).map((e) => ({
                        exitCode: e.ExitCode ?? -1,
                        output: e.Output ?? '',
                    })),
                },
            }
            : {}),
        networks: Object.keys(json.NetworkSettings?.Networks ?? {}),
        mounts: (json.Mounts ?? []).map((m) => ({
            type: m.Type ?? 'unknown',
            ...(m.Name ? { name: m.Name } : {}),
            ...(m.Source ? { source: m.Source } : {}),
            destination: m.Destination ?? '',
        })),
    };
}

;// CONCATENATED MODULE: ./src/probes/health.ts



/**
 * `health`: the service reaches `healthy` within the timeout, and its
 * healthcheck proves something: a check that passes while printing an error
 * reply (redis-cli exits 0 on NOAUTH unless given -e) is a failure.
 */
async function probeHealth(session) {
    const rec = new ProbeRecorder('health', session.service.name, session.mask);
    rec.note(`up --wait ${session.up.ok ? 'succeeded' : 'failed'} after ${session.up.durationMs} ms`);
    const info = await inspectService(session);
    if (!info) {
        if (session.up.output)
            rec.note(`compose: ${lastLines(session.up.output, 3)}`);
        return rec.fail(neverCreatedReason(session.up.output, session.service.image?.raw));
    }
    if (!info.running) {
        return rec.fail(`the container is ${info.status} (exit code ${info.exitCode}): Redis did not stay up`);
    }
    if (!info.hasHealthcheck || !info.health) {
        return rec.skip('the service has no healthcheck, so nothing can wait for Redis to be ready (add one that authenticates and fails on error replies)');
    }
    const last = info.health.log.at(-1);
    if (last)
        rec.note(`last check: exit ${last.exitCode}, output: ${oneLine(last.output) || '(none)'}`);
    if (info.health.status !== 'healthy') {
        return rec.fail(`not healthy within ${session.readyTimeoutSeconds} s (status: ${info.health.status})` +
            (last ? `; last check printed: ${oneLine(last.output) || 'nothing'}` : ''));
    }
    const lenient = info.health.log.find((e) => e.exitCode === 0 && ERROR_REPLY.test(e.output));
    if (lenient) {
        const reply = ERROR_REPLY.exec(lenient.output)?.[1] ?? 'an error';
        return rec.fail(`reports healthy while its check prints ${reply}: the healthcheck proves nothing (authenticate, and use redis-cli -e or grep PONG)`);
    }
    return rec.pass(`healthy after ${(session.up.durationMs / 1000).toFixed(1)} s; the check's output shows no error reply`);
}
function oneLine(text) {
    return text.trim().replace(/\s+/g, ' ').slice(0, 200);
}
function lastLines(text, n) {
    return text.trim().split('\n').slice(-n).join(' | ');
}
/** Why `up` created no container, in the words a user can act on. */
function neverCreatedReason(upOutput, image) {
    const missing = image ?? /no such image:\s*([^\s:]+(?::[^\s:]+)?)/i.exec(upOutput)?.[1];
    if (/no such image|pull access denied|manifest unknown|repository does not exist/i.test(upOutput) &&
        missing) {
        return (`the image ${missing} is not on this machine and was not pulled: ` +
            `pull or build it before the probes (docker pull ${missing}), or run them with pull: missing`);
    }
    const error = upOutput
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => /error|failed|invalid/i.test(l))
        .at(-1);
    return `the container was never created: ${error ? oneLine(error) : 'see the compose output'}`;
}

;// CONCATENATED MODULE: ./src/probes/network.ts





/**
 * `network`: from a container on the project network, reach Redis the way
 * its consumers do: by the service name and by each consumer URL's host,
 * with that URL's credentials. The helper runs the Redis container's own
 * image (already present, so nothing is pulled) with its entrypoint replaced.
 */
async function probeNetwork(session) {
    const rec = new ProbeRecorder('network', session.service.name, session.mask);
    const info = await inspectService(session);
    if (!info?.running)
        return rec.skip('the Redis container is not running (see the health probe)');
    const skipped = [];
    const targets = buildTargets(session, skipped);
    for (const s of skipped)
        rec.note(`not checked: ${s}`);
    if (targets.length === 0) {
        return rec.skip(unknownPasswordReason(session) ??
            'Redis joins no network other containers share (network_mode)');
    }
    const byNetwork = new Map();
    for (const t of targets)
        byNetwork.set(t.network, [...(byNetwork.get(t.network) ?? []), t]);
    const problems = [];
    for (const [network, group] of byNetwork) {
        const fullName = `${session.runtime.projectName}_${network}`;
        const { replies, result } = await helperCli(session, info.image, fullName, group.map((t) => t.step));
        if (replies.size === 0) {
            problems.push(`could not start a helper container on network ${network}: ${describeFailure(session, result)}`);
            continue;
        }
        for (const t of group) {
            const out = firstLine(replies.get(t.id)?.output ?? '');
            const ok = out === 'PONG';
            rec.note(`${t.who}: ${t.step.host}:${t.step.port ?? session.service.port} on network ${network} -> ${out}`);
            if (!ok)
                problems.push(`${t.who} cannot use ${t.step.host}:${t.step.port ?? session.service.port}: ${explain(out)}`);
        }
    }
    if (problems.length)
        return rec.fail(problems.join('; '));
    return rec.pass(`reachable by service name${targets.length > 1 ? ' and by every consumer URL' : ''} from the project network, with the consumers' credentials`);
}
function explain(reply) {
    if (/Could not connect|Connection refused/i.test(reply))
        return `${reply} (is Redis bound to loopback only?)`;
    if (/NOAUTH/.test(reply))
        return `${reply} (the URL carries no password)`;
    if (/WRONGPASS|AUTH failed/.test(reply))
        return `${reply} (the URL's password is not the server's)`;
    if (/Name does not resolve|Temporary failure|unknown host|Could not resolve/i.test(reply)) {
        return `${reply} (the host is no service on a shared network)`;
    }
    return reply;
}
function buildTargets(session, skipped) {
    const { service, model } = session;
    const redisNets = serviceNetworks(model.services[service.name]);
    if (redisNets.length === 0)
        return [];
    const targets = [];
    if (!unknownPasswordReason(session)) {
        targets.push({
            id: 'by-name',
            who: 'a container using the service name',
            network: redisNets[0],
            step: {
                id: 'by-name',
                args: ['PING'],
                host: service.name,
                ...(session.password !== undefined ? { passwordEnv: PASSWORD_ENV } : {}),
            },
        });
    }
    service.consumers.forEach((consumer, index) => {
        if (!consumer.host || consumer.hostUnknown || consumer.passwordUnknown) {
            skipped.push(`${consumer.service} ${consumer.variable} (its host or password is not known here)`);
            return;
        }
        const nets = serviceNetworks(model.services[consumer.service]);
        // The consumer reaches Redis over a network they share; without one it
        // would not reach it at all, which the helper on its own network shows.
        const network = nets.find((n) => redisNets.includes(n)) ?? nets[0];
        if (!network)
            return;
        const id = `consumer-${index}`;
        targets.push({
            id,
            who: `${consumer.service} ${consumer.variable}`,
            network,
            step: {
                id,
                args: ['PING'],
                host: consumer.host,
                port: consumer.port ?? 6379,
                ...(consumer.username ? { user: consumer.username } : {}),
                ...(consumer.password !== undefined ? { passwordEnv: consumerPasswordEnv(index) } : {}),
                ...(consumer.db !== undefined ? { db: consumer.db } : {}),
            },
        });
    });
    return targets;
}

;// CONCATENATED MODULE: ./src/probes/override.ts
// JSON strings are valid YAML double-quoted scalars: no escaping of our own.
const q = (value) => JSON.stringify(value);
/**
 * The override file every probe run adds as the last `-f`. It keeps the run
 * isolated from the runner and from the user's own resources:
 * - no host port publishing (`ports: !reset []`): Redis is reached on the
 *   project network only, and a port already taken on the host cannot fail us;
 * - no fixed `container_name` (it would collide with the user's container or
 *   with a parallel run);
 * - no `network_mode: host` (Redis would listen on the runner's own
 *   interfaces): such a service joins the project network instead;
 * - every named volume and network is renamed into our project (`name:`
 *   `<ours>_<key>`, not external), so a fixed `name:` or `external: true`
 *   never makes us share, fill or remove the user's own, and `down -v`
 *   removes exactly ours;
 * - a data directory bind-mounted from the host becomes a fresh named volume,
 *   so canary writes and crashes never touch the user's files.
 */
function buildOverride(model, projectName, dataMounts) {
    const lines = ['# Generated by redis-readiness for one probe run; removed afterwards.'];
    const replacedBinds = {};
    const serviceLines = [];
    for (const [name, service] of Object.entries(model.services)) {
        const body = [];
        if (service.ports && service.ports.length > 0)
            body.push('    ports: !reset []');
        if (service.container_name !== undefined)
            body.push('    container_name: !reset null');
        if (service.network_mode === 'host')
            body.push('    network_mode: !reset null');
        const plan = dataMounts.find((m) => m.service === name);
        const bind = plan
            ? service.volumes?.find((v) => v.type === 'bind' && v.target === plan.dataDir)
            : undefined;
        if (plan && bind) {
            const volume = `redis-readiness-data-${name}`;
            replacedBinds[name] = volume;
            body.push('    volumes:', '      - type: volume', `        source: ${q(volume)}`, `        target: ${q(plan.dataDir)}`);
        }
        if (body.length > 0)
            serviceLines.push(`  ${q(name)}:`, ...body);
    }
    if (serviceLines.length > 0)
        lines.push('services:', ...serviceLines);
    const volumeLines = [];
    for (const [key, volume] of Object.entries(model.volumes ?? {})) {
        volumeLines.push(`  ${q(key)}:`, `    name: ${q(`${projectName}_${key}`)}`, '    external: false');
        // A driver or driver_opts can point a "volume" at host paths or remote
        // storage (type: none, o: bind, device: ...): ours is a plain local one.
        // A tmpfs volume touches no host path and is kept as declared: the probes
        // must see what it does to the data (lost on down, a size that fills up).
        if (((volume?.driver && volume.driver !== 'local') || volume?.driver_opts) &&
            !isTmpfsVolume(volume)) {
            volumeLines.push('    driver: local', '    driver_opts: !reset {}');
        }
    }
    for (const volume of Object.values(replacedBinds))
        volumeLines.push(`  ${q(volume)}: {}`);
    if (volumeLines.length > 0)
        lines.push('volumes:', ...volumeLines);
    const networkLines = [];
    for (const [key, network] of Object.entries(model.networks ?? {})) {
        networkLines.push(`  ${q(key)}:`, `    name: ${q(`${projectName}_${key}`)}`, '    external: false');
        if ((network?.driver && network.driver !== 'bridge') || network?.driver_opts) {
            networkLines.push('    driver: bridge', '    driver_opts: !reset {}');
        }
    }
    if (networkLines.length > 0)
        lines.push('networks:', ...networkLines);
    return { replacedBinds, text: `${lines.join('\n')}\n` };
}
/** `driver_opts: {type: tmpfs, device: tmpfs}` on the local driver: memory only, no host path. */
function isTmpfsVolume(volume) {
    const opts = volume?.driver_opts;
    return ((volume?.driver === undefined || volume.driver === 'local') &&
        opts?.type === 'tmpfs' &&
        opts.device === 'tmpfs' &&
        !/(^|,)\s*bind\b/.test(String(opts.o ?? '')));
}

;// CONCATENATED MODULE: ./src/probes/persistence.ts




function describePromise(p) {
    const aof = p.aof ? `AOF on (appendfsync ${p.appendfsync})` : 'AOF off';
    const rdb = p.save ? `RDB save points "${p.save}"` : 'no RDB save points';
    return `${aof}, ${rdb}, data dir on ${p.volume}`;
}
/** How old the "older" crash canaries are at least when the container is killed. */
const CRASH_AGE_SECONDS = 1.2;
/** Runs the first step after a pause, so the ones before it are that much older. */
function withPause(steps, seconds) {
    return steps.map((s, i) => (i === 0 ? { ...s, pauseSeconds: seconds } : s));
}
/** The three kinds of data a Celery deployment keeps in Redis. */
const CANARY_KINDS = ['string', 'queue', 'result'];
function canaryKeys(session, set) {
    const base = `redis-readiness:canary:${session.runId}:${set}`;
    return { string: `${base}:string`, queue: `${base}:queue`, result: `${base}:result` };
}
/** Writes a string, a list like a Celery queue, and a hash with a TTL like a task result. */
function writeSteps(session, set) {
    const k = canaryKeys(session, set);
    return [
        { id: `w-${set}-s`, args: ['SET', k.string, `canary-${set}`] },
        { id: `w-${set}-q`, args: ['LPUSH', k.queue, 'task-1', 'task-2', 'task-3'] },
        { id: `w-${set}-r`, args: ['HSET', k.result, 'status', 'SUCCESS', 'result', '42'] },
        { id: `w-${set}-t`, args: ['EXPIRE', k.result, '86400'] },
    ].map((s) => withPassword(session, s));
}
function readSteps(session, set) {
    const k = canaryKeys(session, set);
    return [
        { id: `r-${set}-s`, args: ['GET', k.string] },
        { id: `r-${set}-q`, args: ['LLEN', k.queue] },
        { id: `r-${set}-r`, args: ['HGET', k.result, 'status'] },
        { id: `r-${set}-t`, args: ['TTL', k.result] },
    ].map((s) => withPassword(session, s));
}
function survival(replies, set) {
    const get = (id) => replies.get(`r-${set}-${id}`)?.output.trim() ?? '';
    const alive = {
        string: get('s') === `canary-${set}`,
        queue: get('q') === '3',
        result: get('r') === 'SUCCESS' && Number(get('t')) > 0,
    };
    return {
        kept: CANARY_KINDS.filter((k) => alive[k]),
        lost: CANARY_KINDS.filter((k) => !alive[k]),
    };
}
/** The first error reply to a canary write of `set` (e.g. MISCONF), if any. */
function writeRefusal(replies, set) {
    for (const kind of ['s', 'q', 'r', 't']) {
        const output = replies.get(`w-${set}-${kind}`)?.output.trim() ?? '';
        if (/^(\(error\) )?(MISCONF|ERR|READONLY|OOM|NOAUTH|NOPERM)\b/.test(output))
            return firstLine(output);
    }
    return undefined;
}
function describeSurvival(s) {
    if (s.lost.length === 0)
        return `kept ${s.kept.length}/3 (${s.kept.join(', ')})`;
    return `kept ${s.kept.length}/3${s.kept.length ? ` (${s.kept.join(', ')})` : ''}, LOST ${s.lost.join(', ')}`;
}
function volumeOf(info, dataDir) {
    const mount = info.mounts.find((m) => m.destination.replace(/\/+$/, '') === dataDir.replace(/\/+$/, ''));
    if (!mount)
        return { volume: 'container layer' };
    if (mount.type === 'bind')
        return { volume: 'bind mount' };
    if (mount.type === 'tmpfs')
        return { volume: 'tmpfs' };
    if (mount.name && /^[0-9a-f]{64}$/.test(mount.name))
        return { volume: 'anonymous volume' };
    return { volume: 'named volume', ...(mount.name ? { volumeName: mount.name } : {}) };
}
/**
 * The first, harmless part of the persistence probe: read what the server
 * promises and write the first canaries. Started alongside the read-only
 * probes, so it shares their `exec`.
 */
function preparePersistence(session) {
    if (unknownPasswordReason(session))
        return undefined;
    const first = execCli(session, [
        withPassword(session, { id: 'aof', args: ['CONFIG', 'GET', 'appendonly'] }),
        withPassword(session, { id: 'fsync', args: ['CONFIG', 'GET', 'appendfsync'] }),
        withPassword(session, { id: 'save', args: ['CONFIG', 'GET', 'save'] }),
        withPassword(session, { id: 'dir', args: ['CONFIG', 'GET', 'dir'] }),
        ...writeSteps(session, 'restart'),
    ]);
    const info = inspectService(session);
    // Awaited later, by the probe itself: never an unhandled rejection meanwhile.
    first.catch(() => undefined);
    info.catch(() => undefined);
    return { info, first };
}
/**
 * `persistence`: canary data through (1) restart, (2) re-creation, (3) down
 * without -v then up when the data sits on a named volume, (4) SIGKILL right
 * after a write. Fails when a restart or a re-creation loses data, or a crash
 * loses more than the configuration promises.
 */
async function probePersistence(session, prepared = preparePersistence(session)) {
    const rec = new ProbeRecorder('persistence', session.service.name, session.mask);
    const unknown = unknownPasswordReason(session);
    if (unknown || !prepared)
        return rec.skip(unknown ?? 'nothing to probe');
    const [info, first] = await Promise.all([prepared.info, prepared.first]);
    if (!info?.running)
        return rec.skip('the Redis container is not running (see the health probe)');
    const { runtime, service } = session;
    if (first.replies.get('w-restart-s')?.output.trim() !== 'OK') {
        return rec.fail(`could not write canary data: ${firstLine(first.replies.get('w-restart-s')?.output ?? describeFailure(session, first.result))}`);
    }
    // The first write is acknowledged before Redis tries to persist it; a full
    // or read-only disk shows on the writes after it (MISCONF).
    const refused = writeRefusal(first.replies, 'restart');
    if (refused) {
        return rec.fail(`Redis cannot persist writes: ${refused}` +
            (/no space/i.test(refused) ? ' (the data volume is full: give it more space)' : ''));
    }
    const configValue = (id) => first.replies.get(id)?.output.split('\n')[1]?.trim();
    const dataDir = configValue('dir') || service.dataDir;
    const promise = {
        aof: (configValue('aof') ?? directive(session, 'appendonly') ?? 'no') === 'yes',
        appendfsync: configValue('fsync') ?? directive(session, 'appendfsync') ?? 'everysec',
        save: configValue('save') ?? directive(session, 'save') ?? '',
        ...volumeOf(info, dataDir),
    };
    const promiseText = describePromise(promise);
    rec.note(`configuration: ${promiseText}`);
    const failures = [];
    try {
        return await runSteps();
    }
    catch (error) {
        // The container went away under us (killed, engine gone): say so, rather
        // than report the canaries it could not read as lost.
        if (error instanceof NoAnswerError)
            return rec.fail(error.message);
        throw error;
    }
    async function runSteps() {
        // 1. restart
        await step(session, runtime.restartArgs(service.name));
        const afterRestart = await readAndWrite(session, 'restart', 'recreate', 'restart');
        const restart = survival(afterRestart, 'restart');
        rec.note(`1. restart: ${describeSurvival(restart)}`);
        if (restart.lost.length)
            failures.push(`a restart lost ${restart.lost.join(', ')} (${promise.aof || promise.save ? 'check the data dir and save on shutdown' : 'no AOF and no RDB save points: nothing is written to disk'})`);
        // 2. re-create the container, as a deploy does. The same exec writes the
        // older crash canaries: they are more than a second old at the kill when
        // step 3 runs in between; otherwise the script waits that second itself.
        const downRuns = promise.volume === 'named volume' || promise.volume === 'bind mount';
        await step(session, runtime.recreateArgs(service.name));
        const afterRecreate = await readWhenReady(session, [
            ...readSteps(session, 'recreate'),
            ...writeSteps(session, 'crash-old'),
            ...(downRuns
                ? writeSteps(session, 'down')
                : withPause(writeSteps(session, 'crash-new'), CRASH_AGE_SECONDS)),
        ], 're-creation');
        const recreate = survival(afterRecreate, 'recreate');
        rec.note(`2. re-create (up --force-recreate): ${describeSurvival(recreate)}`);
        if (recreate.lost.length) {
            failures.push(`re-creating the container lost ${recreate.lost.join(', ')}` +
                (promise.volume === 'container layer' || promise.volume === 'tmpfs'
                    ? ` (the data dir ${dataDir} is on the ${promise.volume}: mount a named volume there)`
                    : ''));
        }
        // 3. down without -v, then up: only a named volume is expected to keep data.
        let downLost = false;
        if (downRuns) {
            await step(session, runtime.downKeepVolumesArgs());
            await step(session, runtime.upAgainArgs(service.name));
            // The newest crash canaries go in last, right before the kill.
            const afterDown = await readAndWrite(session, 'down', 'crash-new', 'down and up');
            const down = survival(afterDown, 'down');
            downLost = down.lost.length > 0;
            rec.note(`3. down (volumes kept) and up: ${describeSurvival(down)}`);
        }
        else {
            rec.note(`3. down and up: not run (the data dir is on ${promise.volume}, which down discards)`);
        }
        // 4. crash: SIGKILL right after a write.
        const killed = await step(session, runtime.killArgs(service.name, 'SIGKILL'));
        if (killed.code !== 0)
            rec.note(`kill: ${describeFailure(session, killed)}`);
        // A restart policy may already be restarting it; `start` then does nothing.
        await step(session, runtime.startArgs(service.name));
        const afterCrash = await readWhenReady(session, [...readSteps(session, 'crash-old'), ...readSteps(session, 'crash-new')], 'SIGKILL and start');
        // Older canaries that `down` already lost say nothing about the crash.
        const crashOld = downLost
            ? { kept: [...CANARY_KINDS], lost: [] }
            : survival(afterCrash, 'crash-old');
        const crashNew = survival(afterCrash, 'crash-new');
        rec.note(`4. SIGKILL: data written over a second earlier ${describeSurvival(crashOld)}; data written just before ${describeSurvival(crashNew)}`);
        const crashVerdict = judgeCrash(promise, crashOld, crashNew);
        rec.note(`   promised: ${crashVerdict.promise}`);
        if (crashVerdict.failure)
            failures.push(crashVerdict.failure);
        if (failures.length)
            return rec.fail(failures.join('; '));
        return rec.pass(`canary data survived restart and re-creation (${promiseText}); crash: ${crashVerdict.summary}`);
    }
}
function judgeCrash(p, old, fresh) {
    if (p.aof && p.appendfsync === 'always') {
        const lost = [...new Set([...old.lost, ...fresh.lost])];
        return {
            promise: 'appendfsync always: no acknowledged write is lost',
            summary: lost.length ? `lost ${lost.join(', ')}` : 'nothing lost',
            ...(lost.length
                ? {
                    failure: `a crash lost acknowledged writes (${lost.join(', ')}) although appendfsync is always`,
                }
                : {}),
        };
    }
    if (p.aof && p.appendfsync === 'everysec') {
        return {
            promise: 'appendfsync everysec: at most about the last second of writes',
            summary: old.lost.length
                ? `lost writes older than a second`
                : fresh.lost.length
                    ? 'lost only the last second, as promised'
                    : 'nothing lost',
            ...(old.lost.length
                ? {
                    failure: `a crash lost writes older than a second (${old.lost.join(', ')}) although appendfsync is everysec`,
                }
                : {}),
        };
    }
    if (p.aof) {
        return {
            promise: `appendfsync ${p.appendfsync}: the OS decides when data reaches the disk (a process crash keeps what was written)`,
            summary: fresh.lost.length || old.lost.length ? 'lost data (reported)' : 'nothing lost',
        };
    }
    if (p.save) {
        return {
            promise: `RDB only: a crash loses everything since the last snapshot (save "${p.save}")`,
            summary: fresh.lost.length || old.lost.length
                ? 'lost the writes since the last snapshot, as RDB-only allows (reported, see persist-rdb-only)'
                : 'nothing lost',
        };
    }
    return {
        promise: 'no persistence: a crash loses everything',
        summary: fresh.lost.length || old.lost.length ? 'lost everything' : 'nothing lost',
    };
}
function directive(session, name) {
    const found = session.service.directives.filter((d) => d.name === name).at(-1);
    return found?.args.join(' ');
}
async function step(session, argv) {
    session.container = undefined;
    const result = await session.runtime.exec(argv, session.readyTimeoutSeconds * 1000 + 30_000);
    const subcommand = argv.slice(session.runtime.baseArgs().length).join(' ');
    session.log(session.mask(`${subcommand}: exit ${result.code} in ${result.durationMs} ms`));
    return result;
}
async function readAndWrite(session, readSet, writeSet, after) {
    return readWhenReady(session, [...readSteps(session, readSet), ...writeSteps(session, writeSet)], after);
}
/** Redis never answered again after a step: nothing can be said about the data. */
class NoAnswerError extends Error {
}
/**
 * Runs the steps once the server answers again: the container may still be
 * starting (exec refused) or loading its data (LOADING), so both are retried
 * until the ready timeout.
 */
async function readWhenReady(session, steps, after) {
    const deadline = Date.now() + session.readyTimeoutSeconds * 1000;
    for (;;) {
        const { replies, result } = await execCli(session, steps, {
            waitSeconds: Math.min(10, session.readyTimeoutSeconds),
            ...(session.password !== undefined ? { waitPasswordEnv: PASSWORD_ENV } : {}),
        });
        if (replies.size > 0)
            return replies;
        if (Date.now() > deadline) {
            throw new NoAnswerError(`Redis did not answer within ${session.readyTimeoutSeconds} s after the ${after}: ` +
                `${describeFailure(session, result)} (was the container stopped or killed meanwhile?)`);
        }
        session.log(session.mask(`waiting for ${session.service.name}: ${describeFailure(session, result)}`));
        await new Promise((resolve) => setTimeout(resolve, 300));
    }
}

// EXTERNAL MODULE: ./src/probes/process.ts
var probes_process = __webpack_require__(642);
;// CONCATENATED MODULE: ./src/probes/runtime.ts


/** Every project we start is named with this prefix, so tests (and people) can find leftovers. */
const PROJECT_PREFIX = 'redis-readiness-';
/** Labels on helper containers so `down --remove-orphans` of our project removes them too. */
const PROJECT_LABEL = 'com.docker.compose.project';
class ComposeUnavailableError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ComposeUnavailableError';
    }
}
/** Parses `version --short` output; undefined when it names no version. */
function parseComposeVersion(output) {
    const raw = output.trim().split(/\s+/)[0] ?? '';
    const match = /^v?(\d+)\.(\d+)/.exec(raw);
    if (!match)
        return undefined;
    return { raw, major: Number(match[1]), minor: Number(match[2]) };
}
const INSTALL_HINT = 'Install Docker Engine with the Compose v2 plugin (https://docs.docker.com/compose/install/linux/), ' +
    'or run with probes: none for the static checks only.';
/**
 * Finds a usable Compose CLI: the given command, else `docker compose`, else a
 * standalone `docker-compose`. Decides by major version (v2 and later, v5
 * included), never by a `^2.` match; v1 is refused with what to install.
 */
async function detectCompose(override, run = probes_process.runCommand) {
    const candidates = override?.length ? [override] : [['docker', 'compose'], ['docker-compose']];
    const problems = [];
    for (const command of candidates) {
        // The engine check runs alongside: both are quick, and both are needed.
        const [result, engine] = await Promise.all([
            run([...command, 'version', '--short'], { timeoutMs: 20_000 }),
            run([...dockerCliFor(command), 'version', '--format', '{{.Server.Version}}'], {
                timeoutMs: 20_000,
            }),
        ]);
        const label = command.join(' ');
        if (result.spawnError) {
            problems.push(`${label}: not found`);
            continue;
        }
        const version = result.code === 0 ? parseComposeVersion(result.stdout) : undefined;
        if (!version) {
            problems.push(`${label}: not available (${runtime_firstLine(result.stderr || result.stdout)})`);
            continue;
        }
        if (version.major < 2) {
            problems.push(`${label}: Compose ${version.raw} (v1) is not supported`);
            continue;
        }
        if (engine.code !== 0 && !engine.spawnError) {
            throw new ComposeUnavailableError(`Found ${label} ${version.raw}, but the Docker engine does not answer ` +
                `(${runtime_firstLine(engine.stderr)}). Start dockerd, or run with probes: none.`);
        }
        return { command, version };
    }
    throw new ComposeUnavailableError(`No usable Docker Compose: ${problems.join('; ')}. ${INSTALL_HINT}`);
}
function runtime_firstLine(text) {
    return text.trim().split('\n')[0]?.slice(0, 200) || 'no output';
}
/** The docker CLI that goes with a compose command (`/x/docker compose` -> `/x/docker`). */
function dockerCliFor(composeCommand) {
    const [first, second] = composeCommand;
    if (first && second === 'compose')
        return [first];
    return ['docker'];
}
/**
 * The `!reset` YAML tag our override relies on to remove published ports
 * arrived in Compose 2.24; older versions would keep publishing Redis on the
 * runner, so they are refused rather than trusted.
 */
function supportsReset(version) {
    return version.major > 2 || version.minor >= 24;
}
/** A fresh project name: unique per run, so two jobs on one runner never collide. */
function uniqueProjectName() {
    return `${PROJECT_PREFIX}${Date.now().toString(36)}${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
/**
 * A thin wrapper over the Compose CLI that builds argv in one place, so the
 * exact commands can be unit-tested, and runs them without a shell.
 */
class ComposeRuntime {
    config;
    run;
    docker;
    constructor(config) {
        this.config = config;
        this.run = config.run ?? probes_process.runCommand;
        this.docker = dockerCliFor(config.command);
    }
    get projectName() {
        return this.config.projectName;
    }
    /** `<compose> -p <ours> --project-directory <dir> -f <user files...> -f <override>`. */
    baseArgs() {
        const { command, projectName, projectDirectory, files, overrideFile } = this.config;
        const fileArgs = [...files, ...(overrideFile ? [overrideFile] : [])].flatMap((f) => ['-f', f]);
        return [...command, '-p', projectName, '--project-directory', projectDirectory, ...fileArgs];
    }
    /** `--wait-timeout` arrived in Compose 2.17; older v2 relies on our own process timeout. */
    supportsWaitTimeout() {
        const { major, minor } = this.config.version;
        return major > 2 || minor >= 17;
    }
    upArgs(services, pull, waitTimeoutSeconds) {
        return [
            ...this.baseArgs(),
            'up',
            '-d',
            '--wait',
            ...(this.supportsWaitTimeout() ? ['--wait-timeout', String(waitTimeoutSeconds)] : []),
            '--pull',
            pull,
            ...services,
        ];
    }
    recreateArgs(service) {
        return [
            ...this.baseArgs(),
            'up',
            '-d',
            '--no-deps',
            '--force-recreate',
            '--no-build',
            '--pull',
            'never',
            service,
        ];
    }
    /** After `down` without `-v`: bring the service back on the volumes that survived. */
    upAgainArgs(service) {
        return [...this.baseArgs(), 'up', '-d', '--no-build', '--pull', 'never', service];
    }
    restartArgs(service) {
        return [...this.baseArgs(), 'restart', service];
    }
    stopArgs(service) {
        return [...this.baseArgs(), 'stop', service];
    }
    startArgs(service) {
        return [...this.baseArgs(), 'start', service];
    }
    killArgs(service, signal = 'SIGKILL') {
        return [...this.baseArgs(), 'kill', '-s', signal, service];
    }
    /** `down` that keeps named volumes (persistence step 3). */
    downKeepVolumesArgs() {
        return [...this.baseArgs(), 'down', '--remove-orphans'];
    }
    logsArgs(service, tail = 50) {
        return [
            ...this.baseArgs(),
            'logs',
            '--no-color',
            '--no-log-prefix',
            '--tail',
            String(tail),
            service,
        ];
    }
    /**
     * The service's containers, by compose's labels, with the docker CLI: the
     * same answer as `compose ps -a -q`, without loading the project again.
     */
    containerIdsArgs(service) {
        return [
            ...this.docker,
            'ps',
            '-a',
            '-q',
            '--no-trunc',
            '--filter',
            `label=${PROJECT_LABEL}=${this.config.projectName}`,
            '--filter',
            `label=com.docker.compose.service=${service}`,
            '--filter',
            'label=com.docker.compose.oneoff=False',
        ];
    }
    /**
     * `exec -T -e NAME... <service> sh -c <script>`: secrets are passed by name
     * only, the values travel in the environment of the compose process.
     */
    execArgs(service, script, envNames = []) {
        return [
            ...this.baseArgs(),
            'exec',
            '-T',
            ...envNames.flatMap((name) => ['-e', name]),
            service,
            'sh',
            '-c',
            script,
        ];
    }
    /**
     * A short-lived helper container on one of our project's networks, labelled
     * as ours so `down --remove-orphans` removes it should `--rm` not happen.
     */
    helperArgs(image, network, script, envNames = []) {
        return [
            ...this.docker,
            'run',
            '--rm',
            '--name',
            `${this.config.projectName}-probe-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`,
            '--label',
            `${PROJECT_LABEL}=${this.config.projectName}`,
            '--network',
            network,
            '--entrypoint',
            'sh',
            ...envNames.flatMap((name) => ['-e', name]),
            image,
            '-c',
            script,
        ];
    }
    inspectArgs(containerId) {
        return [...this.docker, 'inspect', containerId];
    }
    exec(argv, timeoutMs, extraEnv = {}) {
        return this.run(argv, {
            cwd: this.config.projectDirectory,
            env: { ...this.config.env, ...extraEnv },
            timeoutMs,
        });
    }
}
/** `down -v --remove-orphans` by project name alone: needs no compose file, touches nothing else. */
function teardownArgs(command, projectName) {
    return [...command, '-p', projectName, 'down', '-v', '--remove-orphans', '--timeout', '5'];
}

// EXTERNAL MODULE: ./src/probes/types.ts
var types = __webpack_require__(966);
;// CONCATENATED MODULE: ./src/probes/index.ts

















/** Order matters: persistence restarts, re-creates and kills the container, so it runs last. */
const ORDER = ['health', 'ping', 'auth', 'network', 'config', 'persistence'];
const LOG_TAIL = 50;
// eslint-disable-next-line no-control-regex
const ANSI_ESCAPE = /\u001b\[[0-9;?]*[A-Za-z]/g;
/**
 * Brings the Redis services of the project up in an isolated compose project
 * on this machine, runs the requested probes, and always tears everything
 * down again (also on error or timeout). `saveState` is called before
 * anything is created, so a post step or signal handler can tear down what
 * a cancelled run left.
 */
async function runProbes(options) {
    const mask = options.mask;
    const log = (line) => options.log?.(mask(line));
    const services = options.redis.services.filter((s) => s.active && !s.sentinel);
    const results = [];
    const findings = [];
    const logs = {};
    const wanted = ORDER.filter((p) => options.probes.includes(p));
    if (services.length === 0 || wanted.length === 0) {
        return { results, findings, logs };
    }
    let detected;
    try {
        detected = await detectCompose(options.composeCommand);
        if (!supportsReset(detected.version)) {
            throw new ComposeUnavailableError(`Compose ${detected.version.raw} cannot remove published ports (the !reset tag needs 2.24 or later), ` +
                'so the probes would expose Redis on this machine. Install Compose 2.24 or later.');
        }
    }
    catch (error) {
        if (!(error instanceof ComposeUnavailableError))
            throw error;
        // The probes were asked for (auto mode checks first): not running them is a failure.
        for (const service of services) {
            for (const probe of wanted) {
                results.push({
                    probe,
                    service: service.name,
                    status: 'fail',
                    summary: mask(error.message),
                    durationMs: 0,
                    evidence: [],
                });
            }
        }
        return { results, findings, logs };
    }
    const projectName = uniqueProjectName();
    const tempDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'redis-readiness-'));
    const state = {
        composeCommand: detected.command,
        projectName,
        tempPaths: [tempDir],
        workingDir: options.project.workingDir,
    };
    options.saveState?.(state);
    try {
        const override = buildOverride(options.project.model, projectName, services.map((s) => ({ service: s.name, dataDir: s.dataDir })));
        const overrideFile = (0,external_node_path_.join)(tempDir, 'redis-readiness.override.yml');
        (0,external_node_fs_.writeFileSync)(overrideFile, override.text, { mode: 0o600 });
        const secretEnv = secretsFor(services, options);
        const runtime = new ComposeRuntime({
            command: detected.command,
            version: detected.version,
            projectName,
            projectDirectory: options.project.workingDir,
            files: composeFilesFor(options),
            overrideFile,
            env: { ...process.env, ...options.project.environment },
        });
        const timeoutSeconds = Math.max(1, options.timeoutSeconds);
        log(`probes: starting ${services.map((s) => s.name).join(', ')} as compose project ${projectName}`);
        const upArgv = runtime.upArgs(services.map((s) => s.name), options.pull, timeoutSeconds);
        const upResult = await runtime.exec(upArgv, (timeoutSeconds + 60) * 1000);
        const up = {
            ok: upResult.code === 0,
            durationMs: upResult.durationMs,
            output: mask(`${upResult.stderr}\n${upResult.stdout}`.trim()),
        };
        log(`probes: up ${up.ok ? 'ok' : 'FAILED'} in ${up.durationMs} ms`);
        if (!up.ok)
            log(up.output.split('\n').slice(-5).join('\n'));
        const runId = (0,external_node_crypto_.randomBytes)(4).toString('hex');
        for (const service of services) {
            const session = {
                runtime,
                model: options.project.model,
                service,
                ...(passwordOf(service, options) !== undefined
                    ? { password: passwordOf(service, options) }
                    : {}),
                secretEnv: secretEnv.get(service.name),
                up,
                commandTimeoutMs: 30_000,
                readyTimeoutSeconds: timeoutSeconds,
                mask,
                log,
                runId,
            };
            const pos = options.project.sources.locate(['services', service.name]) ?? {
                file: options.project.files[0] ?? options.project.workingDir,
                line: 1,
                column: 1,
            };
            // health first (it reads the state `up` left), persistence last (it
            // restarts, re-creates and kills); the read-only ones in between run
            // side by side, since each mostly waits on the engine.
            const record = (result) => {
                log(`probe ${result.probe} ${service.name}: ${result.status} (${result.durationMs} ms) ${result.summary}`);
                results.push(result);
            };
            if (wanted.includes('health'))
                record(await runOne('health', session, findings, pos));
            if (!up.ok && !(await inspectService(session).catch(() => undefined))) {
                // No container at all (image missing, bad config): one clear failure,
                // not the same "service is not running" from every probe.
                const reason = neverCreatedReason(up.output, service.image?.raw);
                for (const probe of wanted.filter((p) => p !== 'health')) {
                    record({
                        probe,
                        service: service.name,
                        ...(wanted.includes('health')
                            ? {
                                status: 'skip',
                                summary: 'not run: the container was never created (see the health probe)',
                            }
                            : { status: 'fail', summary: reason }),
                        durationMs: 0,
                        evidence: [],
                    });
                }
            }
            else {
                const middle = wanted.filter((p) => p !== 'health' && p !== 'persistence');
                const prepared = wanted.includes('persistence') ? preparePersistence(session) : undefined;
                const concurrent = await Promise.all(middle.map((p) => runOne(p, session, findings, pos)));
                concurrent.forEach(record);
                if (wanted.includes('persistence')) {
                    record(await runOne('persistence', session, findings, pos, prepared));
                }
            }
            if (results.some((r) => r.service === service.name && r.status === 'fail') || !up.ok) {
                const tail = await runtime.exec(runtime.logsArgs(service.name, LOG_TAIL), 30_000);
                // compose prints terminal control sequences (erase-line) even with --no-color.
                logs[service.name] = mask(`${tail.stdout}${tail.stderr}`.replace(ANSI_ESCAPE, ''))
                    .split('\n')
                    .filter((l) => l.trim() !== '')
                    .slice(-LOG_TAIL);
            }
        }
    }
    finally {
        const problem = await teardown(state);
        if (problem)
            (options.warn ?? options.log)?.(mask(problem));
    }
    return { results, findings, logs };
}
async function runOne(probe, session, findings, pos, prepared) {
    const started = performance.now();
    try {
        switch (probe) {
            case 'health':
                return await probeHealth(session);
            case 'ping':
                return await probePing(session);
            case 'auth':
                return await probeAuth(session);
            case 'network':
                return await probeNetwork(session);
            case 'config':
                return await probeConfig(session, findings, pos);
            case 'persistence':
                return await probePersistence(session, prepared);
        }
    }
    catch (error) {
        return {
            probe,
            service: session.service.name,
            status: 'fail',
            summary: session.mask(`the probe could not run: ${error instanceof Error ? error.message : String(error)}`),
            durationMs: Math.round(performance.now() - started),
            evidence: [],
        };
    }
}
// Compose's own discovery order (compose-go cli.DefaultFileNames and
// DefaultOverrideFileNames): the first of each that exists is used.
const DEFAULT_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const DEFAULT_OVERRIDES = [
    'compose.override.yml',
    'compose.override.yaml',
    'docker-compose.override.yml',
    'docker-compose.override.yaml',
];
/**
 * The user's files as `-f` arguments. Giving our override as `-f` turns off
 * Compose's discovery, so when the user named no files we discover them the
 * way Compose does, in the project directory.
 */
function composeFilesFor(options) {
    if (options.composeFiles?.length)
        return options.composeFiles;
    const dir = options.project.workingDir;
    const first = (names) => names.map((n) => (0,external_node_path_.join)(dir, n)).find((f) => (0,external_node_fs_.existsSync)(f));
    const main = first(DEFAULT_FILES);
    const override = first(DEFAULT_OVERRIDES);
    return [main, main ? override : undefined].filter((f) => f !== undefined);
}
/** The password the server should require: the model's value, else the redis-password input. */
function passwordOf(service, options) {
    if (!service.password)
        return undefined;
    return service.password.value ?? options.redisPassword;
}
/** Secret values by env name, per service; a wrong password that cannot equal the right one. */
function secretsFor(services, options) {
    const byService = new Map();
    for (const service of services) {
        const env = {};
        const password = passwordOf(service, options);
        if (password !== undefined)
            env[PASSWORD_ENV] = password;
        env[WRONG_PASSWORD_ENV] = `wrong-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
        service.consumers.forEach((consumer, index) => {
            if (consumer.password !== undefined)
                env[consumerPasswordEnv(index)] = consumer.password;
        });
        byService.set(service.name, env);
    }
    return byService;
}
/**
 * Removes everything of one probe run: `down -v --remove-orphans` of our
 * project by name (no compose file needed), then a sweep by the project
 * label for anything compose missed, then our temp files. Idempotent, and
 * touches nothing that is not labelled with our project name.
 */
/**
 * Removes everything of the probe project: `down`, then, if that failed, a
 * sweep by label. Returns why it may not have (the engine not answering, or
 * something of ours still listed), for the caller to print as a warning.
 */
async function teardown(state, run = probes_process.runCommand) {
    const cwd = state.tempPaths.find((p) => existsDir(p)) ?? (0,external_node_os_.tmpdir)();
    const down = await run(teardownArgs(state.composeCommand, state.projectName), {
        cwd,
        timeoutMs: 120_000,
    });
    let problem;
    if (down.code !== 0) {
        await sweep(state, run);
        const left = await listOurs(state, run);
        const ids = Object.entries(left.ids).flatMap(([kind, list]) => list.map((id) => `${kind} ${id}`));
        if (!left.answered || ids.length > 0) {
            const what = left.answered
                ? `still there: ${ids.join(', ')}`
                : `the engine did not answer (${runtime_firstLine(down.stderr || down.stdout) || `exit ${down.code}`})`;
            const command = teardownArgs(state.composeCommand, state.projectName).slice(0, -2).join(' ');
            problem = `could not remove everything of the probe project ${state.projectName}: ${what}. Once the engine answers, run: ${command}`;
        }
    }
    for (const path of state.tempPaths)
        (0,external_node_fs_.rmSync)(path, { recursive: true, force: true });
    return problem;
}
/** Containers, volumes and networks labelled with our project; `answered` is false when a listing failed. */
async function listOurs(state, run) {
    const docker = dockerCliFor(state.composeCommand);
    const filter = `label=${PROJECT_LABEL}=${state.projectName}`;
    const list = (args) => run([...docker, ...args, '--filter', filter], { timeoutMs: 30_000 });
    const [containers, volumes, networks] = await Promise.all([
        list(['ps', '-aq']),
        list(['volume', 'ls', '-q']),
        list(['network', 'ls', '-q']),
    ]);
    const ids = (r) => r.stdout.split('\n').filter(Boolean);
    return {
        answered: [containers, volumes, networks].every((r) => r.code === 0),
        ids: { container: ids(containers), volume: ids(volumes), network: ids(networks) },
    };
}
async function sweep(state, run) {
    const docker = dockerCliFor(state.composeCommand);
    const { ids } = await listOurs(state, run);
    if (ids.container.length)
        await run([...docker, 'rm', '-f', '-v', ...ids.container], { timeoutMs: 60_000 });
    await Promise.all([
        ids.volume.length
            ? run([...docker, 'volume', 'rm', '-f', ...ids.volume], { timeoutMs: 60_000 })
            : undefined,
        ids.network.length
            ? run([...docker, 'network', 'rm', ...ids.network], { timeoutMs: 60_000 })
            : undefined,
    ]);
}
function existsDir(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommand: () => (/* binding */ runCommand),
/* harmony export */   stopRunningCommands: () => (/* binding */ stopRunningCommands)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

// Output beyond this is dropped: probes read short replies, logs are tailed.
const MAX_OUTPUT = 1 << 20;
/** Commands still running, so a signal handler can stop them before tearing down. */
const running = new Set();
/**
 * Kills every command still running (on SIGINT/SIGTERM): a compose `up` or
 * `restart` outliving us would re-create containers after the teardown.
 */
function stopRunningCommands() {
    for (const child of running)
        child.kill('SIGKILL');
    running.clear();
}
const runCommand = (argv, options = {}) => new Promise((resolve) => {
    const started = performance.now();
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let settled = false;
    const finish = (code, spawnError) => {
        if (settled)
            return;
        settled = true;
        clearTimeout(timer);
        resolve({
            argv,
            code,
            stdout,
            stderr,
            durationMs: Math.round(performance.now() - started),
            timedOut,
            ...(spawnError ? { spawnError } : {}),
        });
    };
    const [program, ...args] = argv;
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
        cwd: options.cwd,
        env: options.env,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    child.on('close', () => running.delete(child));
    const timer = options.timeoutMs
        ? setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
        }, options.timeoutMs)
        : undefined;
    child.stdout.on('data', (chunk) => {
        if (stdout.length < MAX_OUTPUT)
            stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk) => {
        if (stderr.length < MAX_OUTPUT)
            stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => finish(null, error.code ?? error.message));
    child.on('close', (code) => finish(code));
});


/***/ })

};
