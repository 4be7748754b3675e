export const id = 295;
export const ids = [295,642,554];
export const modules = {

/***/ 9554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   detectComposeEarly: () => (/* binding */ detectComposeEarly),
/* harmony export */   detectedCompose: () => (/* binding */ detectedCompose)
/* harmony export */ });
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2199);

/** Detections started ahead of the probes, by compose command. */
const early = new Map();
const keyOf = (command) => JSON.stringify(command ?? null);
/**
 * Starts finding the Compose CLI (and asking the engine) while the static
 * analysis runs, so the probes need not wait for it before `up`.
 */
function detectComposeEarly(command) {
    const key = keyOf(command);
    if (early.has(key))
        return;
    const detection = (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .detectCompose */ .ib)(command);
    // Awaited (and its error reported) by the probes; never unhandled meanwhile.
    detection.catch(() => undefined);
    early.set(key, detection);
}
/** The early detection for this command when one was started (used once), else a new one. */
function detectedCompose(command) {
    const key = keyOf(command);
    const detection = early.get(key);
    early.delete(key);
    return detection ?? (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .detectCompose */ .ib)(command);
}


/***/ }),

/***/ 7295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ALL_PROBES: () => (/* reexport */ probes_types/* ALL_PROBES */.i),
  ComposeUnavailableError: () => (/* reexport */ probes_runtime/* ComposeUnavailableError */.Fr),
  PROJECT_PREFIX: () => (/* reexport */ probes_runtime/* PROJECT_PREFIX */.zA),
  detectCompose: () => (/* reexport */ probes_runtime/* detectCompose */.ib),
  detectComposeEarly: () => (/* reexport */ detect_early.detectComposeEarly),
  runProbes: () => (/* binding */ runProbes),
  teardown: () => (/* reexport */ teardown)
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
 * a helper on the project network): the probes' fallback where the runner
 * cannot connect to the container's address (client.ts). Several commands go into one `sh -c`
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
    return groupedCommands(steps, defaults).join('\n');
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

// EXTERNAL MODULE: ./node_modules/ioredis/built/index.js
var built = __webpack_require__(7796);
// EXTERNAL MODULE: ./src/probes/runtime.ts
var probes_runtime = __webpack_require__(2199);
;// CONCATENATED MODULE: ./src/probes/address.ts

function engineView(json) {
    const labels = json.Config?.Labels ?? {};
    const service = labels['com.docker.compose.service'];
    const containerName = (json.Name ?? '').replace(/^\//, '');
    const addresses = [];
    for (const [network, entry] of Object.entries(json.NetworkSettings?.Networks ?? {})) {
        if (!entry?.IPAddress)
            continue;
        const names = new Set(entry.Aliases ?? []);
        if (service)
            names.add(service);
        if (containerName)
            names.add(containerName);
        addresses.push({ network, ip: entry.IPAddress, names: [...names] });
    }
    const hc = json.Config?.Healthcheck;
    const test = hc?.Test;
    return {
        ...(labels[probes_runtime/* PROJECT_LABEL */.NV] !== undefined ? { project: labels[probes_runtime/* PROJECT_LABEL */.NV] } : {}),
        ...(service !== undefined ? { service } : {}),
        addresses,
        ...(test && test.length > 0 && test[0] !== 'NONE'
            ? {
                healthcheck: {
                    test,
                    // The engine's defaults: 30 s timeout, 3 retries.
                    timeoutMs: hc?.Timeout ? Math.round(hc.Timeout / 1e6) : 30_000,
                    retries: hc?.Retries || 3,
                },
            }
            : {}),
    };
}
/** A container that is not of the probe's own compose project: the client never connects to it. */
class ForeignContainerError extends Error {
}
/**
 * Where the runner can reach a container of the probe's project: its address
 * on `network` (the engine's full name), else on its first network. Refuses
 * any container not labelled with `projectName`, so no probe connects to, or
 * writes into, anything it did not start.
 */
function probeAddress(view, projectName, network) {
    if (view.project !== projectName) {
        throw new ForeignContainerError(`refusing to connect: the container belongs to compose project ${JSON.stringify(view.project ?? '(none)')}, not to the probe's ${projectName}`);
    }
    if (network !== undefined)
        return view.addresses.find((a) => a.network === network);
    return view.addresses[0];
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
    // Compose names the first container <project>-<service>-1: one engine call
    // instead of a listing and an inspection, taken only when its labels say
    // it is that container of our project.
    const byName = await runtime.exec([
        ...runtime.docker,
        'inspect',
        '--type',
        'container',
        `${runtime.projectName}-${session.service.name}-1`,
    ], session.commandTimeoutMs);
    if (byName.code === 0) {
        try {
            const [json] = JSON.parse(byName.stdout);
            const labels = json?.Config?.Labels ?? {};
            if (labels[probes_runtime/* PROJECT_LABEL */.NV] === runtime.projectName &&
                labels['com.docker.compose.service'] === session.service.name &&
                labels['com.docker.compose.oneoff'] !== 'True') {
                return toInfo(json, json.Id ?? '');
            }
        }
        catch {
            // Not what we expected: list by labels below.
        }
    }
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
    return toInfo(json, id);
}
function toInfo(json, id) {
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
        engine: engineView(json),
        mounts: (json.Mounts ?? []).map((m) => ({
            type: m.Type ?? 'unknown',
            ...(m.Name ? { name: m.Name } : {}),
            ...(m.Source ? { source: m.Source } : {}),
            destination: m.Destination ?? '',
        })),
    };
}
/** Names of the volumes a container mounts (named and anonymous), from its inspection. */
function volumesOf(info) {
    return [...new Set(info.mounts.filter((m) => m.type === 'volume' && m.name).map((m) => m.name))];
}

;// CONCATENATED MODULE: ./src/probes/engine-ops.ts
/** No `--time`: the engine then waits the container's own stop timeout (compose set it from stop_grace_period). */
function restartContainer(runtime, id, timeoutMs) {
    return runtime.exec([...runtime.docker, 'restart', '--', id], timeoutMs);
}
function killContainer(runtime, id, timeoutMs) {
    return runtime.exec([...runtime.docker, 'kill', '--signal', 'SIGKILL', '--', id], timeoutMs);
}
function startContainer(runtime, id, timeoutMs) {
    return runtime.exec([...runtime.docker, 'start', '--', id], timeoutMs);
}
/** The last lines the container printed (stdout and stderr), raw: callers mask. */
async function logTail(runtime, id, lines, timeoutMs) {
    const r = await runtime.exec([...runtime.docker, 'logs', '--tail', String(lines), '--', id], timeoutMs);
    return `${r.stdout}\n${r.stderr}`
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
}
/**
 * What `docker exec` itself may add to a check's time on a loaded machine
 * (starting the CLI, the exec set-up): not counted against the check's own
 * timeout, or a busy runner would make a sound check look hung.
 */
const EXEC_OVERHEAD_MS = 5_000;
/**
 * Runs the container's own healthcheck command the way the engine does
 * (an exec in the container, with its user, environment and working dir):
 * `CMD` as argv, `CMD-SHELL` through `/bin/sh -c`.
 */
function runHealthcheck(runtime, id, test, timeoutMs) {
    const [kind, ...rest] = test;
    const argv = kind === 'CMD-SHELL' ? ['/bin/sh', '-c', rest.join(' ')] : rest;
    return runtime.exec([...runtime.docker, 'exec', '--', id, ...argv], timeoutMs + EXEC_OVERHEAD_MS);
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
    const result = await session.runtime.exec(argv, session.commandTimeoutMs, session.secretEnv);
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

;// CONCATENATED MODULE: ./src/probes/client.ts
/**
 * The probes' Redis client: ioredis from the runner to the container's
 * address on the project network, as an application connects. One client per
 * server incarnation (a restart, re-creation or crash makes a new one). Where
 * the runner cannot reach container addresses (Docker Desktop, rootless
 * Docker, a remote DOCKER_HOST) or Redis does not listen on them, the probes
 * fall back to redis-cli inside the container, and say so in the evidence.
 */





/** A connection attempt to an address on a local bridge answers in a millisecond; this is generous. */
const CONNECT_TIMEOUT_MS = 1_000;
/** Longest blocking command the probes send is BRPOP with 1 s. */
const COMMAND_TIMEOUT_MS = 5_000;
/** Pace of the readiness polling: a refused connection costs well under a millisecond. */
const POLL_MS = 25;
/** How often the waiting loop asks the engine whether the container still runs. */
const INSPECT_EVERY_MS = 500;
/** Why a connection could not be used, in the words of the error the app would see. */
class ConnectFailure extends Error {
    kind;
    constructor(message, kind) {
        super(message);
        this.kind = kind;
    }
}
/**
 * Opens a connection and logs in the way a RESP2 client does (AUTH, then
 * SELECT): a wrong password, user or db index fails here as it does in the
 * application. The caller closes it with `close()`.
 */
async function connect(endpoint, credentials, timeoutMs = CONNECT_TIMEOUT_MS) {
    const client = new built.Redis({
        host: endpoint.host,
        port: endpoint.port,
        lazyConnect: true,
        protocol: 2,
        enableReadyCheck: false,
        enableOfflineQueue: false,
        autoResubscribe: false,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
        connectTimeout: timeoutMs,
        commandTimeout: COMMAND_TIMEOUT_MS,
        ...(endpoint.tls
            ? {
                tls: {
                    rejectUnauthorized: false,
                    ...(typeof endpoint.tls === 'object' && endpoint.tls.servername
                        ? { servername: endpoint.tls.servername }
                        : {}),
                },
            }
            : {}),
    });
    let lastError;
    client.on('error', (error) => {
        lastError = error;
    });
    try {
        await client.connect();
    }
    catch (error) {
        client_close(client);
        const message = (lastError ?? error).message;
        const kind = /ECONNREFUSED/.test(message)
            ? 'refused'
            : /ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|timed out/i.test(message)
                ? 'unreachable'
                : 'other';
        throw new ConnectFailure(kind === 'refused'
            ? `Could not connect to ${endpoint.host}:${endpoint.port}: Connection refused`
            : `Could not connect to ${endpoint.host}:${endpoint.port}: ${message}`, kind);
    }
    try {
        if (credentials.password !== undefined) {
            await client.call('AUTH', ...(credentials.username ? [credentials.username] : []), credentials.password);
        }
    }
    catch (error) {
        client_close(client);
        throw new ConnectFailure(errorText(error), 'refused-auth');
    }
    try {
        if (credentials.db)
            await client.call('SELECT', String(credentials.db));
    }
    catch (error) {
        client_close(client);
        throw new ConnectFailure(`SELECT ${credentials.db}: ${errorText(error)}`, 'db');
    }
    return client;
}
/**
 * Closes a client. One whose socket has already closed (refused, reset,
 * timed out: status `end`) is left alone: ioredis's disconnect() would wait
 * for a 'close' event that has already been emitted, and its timer would
 * keep the process alive for `disconnectTimeout` (2 s) after the run ends.
 */
function client_close(client) {
    if (client && client.status !== 'end')
        client.disconnect();
}
function errorText(error) {
    return error instanceof Error ? error.message : String(error);
}
/** A reply as redis-cli prints it without a terminal: one line per array element, nil as ''. */
function replyText(value) {
    if (value === null || value === undefined)
        return '';
    if (Buffer.isBuffer(value))
        return value.toString('utf8');
    if (Array.isArray(value))
        return value.map(replyText).join('\n');
    return String(value);
}
/** One command; an error reply becomes its text (e.g. `NOPERM ...`), as redis-cli shows it. */
async function command(client, args) {
    try {
        return replyText(await client.call(args[0], ...args.slice(1)));
    }
    catch (error) {
        return errorText(error);
    }
}
const incarnations = new WeakMap();
/** The server's own credentials, as the configuration gives them. */
function serverCredentials(session) {
    return session.password !== undefined ? { password: session.password } : {};
}
/**
 * The link to the current server incarnation: waits (event-driven, by
 * connecting) until Redis answers, once per incarnation; every probe shares
 * the one connection.
 */
function serverLink(session) {
    let current = incarnations.get(session);
    if (!current) {
        current = {
            link: waitForServer(session).catch((error) => ({
                ok: false,
                reason: session.mask(error instanceof Error ? error.message : String(error)),
                waitedMs: 0,
            })),
        };
        incarnations.set(session, current);
    }
    return current.link;
}
/**
 * The container was restarted, re-created, killed or removed: the next call
 * connects anew. `sameContainer` (restart, kill, start): its address is
 * tried first; a new container usually gets a new one.
 */
async function newIncarnation(session, sameContainer = false) {
    const current = incarnations.get(session);
    incarnations.delete(session);
    if (!sameContainer)
        previousAddress.delete(session);
    session.container = undefined;
    const link = await current?.link.catch(() => undefined);
    if (link?.ok)
        client_close(link.client);
}
/** Closes the current incarnation's client (end of the run). */
const closeServerLink = (session) => newIncarnation(session);
async function freshInspect(session) {
    session.container = undefined;
    return inspectService(session);
}
/** The address the previous incarnation of a service had: a restart usually keeps it. */
const previousAddress = new WeakMap();
/**
 * Waits until Redis answers on the container's address: PONG, or an auth
 * error (the server is up; the probes say what is wrong with the
 * credentials). LOADING keeps waiting. A container that exits ends the wait
 * with the server's own last log line.
 *
 * The engine is asked about the container (running? which address?) beside
 * the connection attempts, not before them: after a restart the previous
 * address is tried at once, and a connection is used only once the engine
 * confirms that the address is this container's, in the probe's project.
 */
async function waitForServer(session) {
    const started = performance.now();
    const deadline = started + session.readyTimeoutSeconds * 1000;
    const waited = () => Math.round(performance.now() - started);
    const credentials = serverCredentials(session);
    let lastProblem = 'no answer yet';
    let refusedSince;
    let info;
    let inspectedAt = 0;
    let pending;
    let address = previousAddress.get(session);
    const inspect = () => {
        pending ??= freshInspect(session).then((fresh) => {
            info = fresh;
            inspectedAt = performance.now();
            pending = undefined;
            return fresh;
        });
        return pending;
    };
    void inspect().catch(() => undefined);
    for (;;) {
        if (info === undefined && !address)
            await inspect();
        if (inspectedAt > 0) {
            if (!info)
                return fail('the container was never created');
            if (!info.running && info.status !== 'restarting') {
                return fail(await notRunningReason(session, info));
            }
            address = probeAddress(info.engine, session.runtime.projectName);
            if (!address) {
                return inContainer(info, 'the container has no address on a network the runner can reach');
            }
        }
        const endpoint = { host: address.ip, port: session.service.port };
        try {
            const client = await connect(endpoint, credentials);
            const reply = await command(client, ['PING']);
            if (/^LOADING\b/.test(reply)) {
                client_close(client);
                lastProblem = reply;
            }
            else {
                const confirmed = await confirm(endpoint.host);
                if (confirmed)
                    return linked(confirmed, client);
                client_close(client);
            }
        }
        catch (error) {
            if (!(error instanceof ConnectFailure))
                throw error;
            if (error.kind === 'refused-auth' || error.kind === 'db') {
                // The server answers; the credentials are the probes' subject, not the wait's.
                const confirmed = await confirm(endpoint.host);
                if (confirmed)
                    return linked(confirmed);
            }
            else if (error.kind === 'unreachable') {
                lastProblem = error.message;
                // Asked anew, not from a cached answer: a server that exits at once
                // (bad arguments) is briefly "running", and a busy runner's connect
                // timeout must not turn that moment into a fallback that "answered".
                const confirmed = await confirm(endpoint.host, true);
                if (confirmed) {
                    return inContainer(confirmed, `the runner cannot reach the container's address ${endpoint.host} (${error.message}: Docker Desktop, rootless Docker or a remote engine?)`, false);
                }
            }
            else {
                lastProblem = error.message;
                refusedSince ??= performance.now();
            }
        }
        if (performance.now() > deadline) {
            // The container's own state says more than the silence, when it stopped.
            const latest = await (pending ?? inspect()).catch(() => undefined);
            if (latest && !latest.running && latest.status !== 'restarting') {
                return fail(await notRunningReason(session, latest));
            }
            return fail(`Redis did not answer within ${session.readyTimeoutSeconds} s (${lastProblem})`);
        }
        if (performance.now() - inspectedAt > INSPECT_EVERY_MS)
            void inspect().catch(() => undefined);
        // Refused for a while by a running container whose server says it is
        // ready: it listens elsewhere (loopback only, another port).
        if (info?.running && refusedSince !== undefined && performance.now() - refusedSince > 1_000) {
            refusedSince = performance.now();
            const tail = await logTail(session.runtime, info.id, 20, session.commandTimeoutMs);
            if (tail.some((l) => /Ready to accept connections/i.test(l))) {
                return inContainer(info, `Redis does not accept connections on the container's address ${endpoint.host}:${session.service.port} (bound to loopback only?)`);
            }
        }
        await sleep(POLL_MS);
    }
    /**
     * The container as the engine reports it, if `ip` is its address in our
     * project: from the latest inspection, or (`fresh`) from a new one.
     */
    async function confirm(ip, fresh = false) {
        const check = (c) => c?.running && probeAddress(c.engine, session.runtime.projectName)?.ip === ip ? c : undefined;
        if (fresh) {
            if (pending)
                await pending.catch(() => undefined);
            return check(await inspect());
        }
        if (pending)
            return check(await pending);
        return check(info) ?? check(await inspect());
    }
    function linked(confirmed, client) {
        previousAddress.set(session, address);
        return {
            ok: true,
            mode: 'direct',
            runnerReaches: true,
            address: address,
            ...(client ? { client } : {}),
            containerId: confirmed.id,
            waitedMs: waited(),
        };
    }
    function fail(reason) {
        return { ok: false, reason, waitedMs: waited() };
    }
    function inContainer(container, note, runnerReaches = true) {
        return {
            ok: true,
            mode: 'in-container',
            note: `${note}: using redis-cli inside the container instead`,
            runnerReaches,
            containerId: container.id,
            waitedMs: waited(),
        };
    }
}
/** Why a container is not running, with the server's own last words. */
async function notRunningReason(session, info) {
    const tail = await logTail(session.runtime, info.id, 5, session.commandTimeoutMs);
    const last = tail.at(-1);
    return session.mask(`the container is ${info.status} (exit code ${info.exitCode}): Redis is not running` +
        (last ? `; its last log line: ${last.slice(0, 300)}` : ''));
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** The credentials a step names (its password travels by env name, as for redis-cli). */
function stepCredentials(session, step) {
    return {
        ...(step.user ? { username: step.user } : {}),
        ...(step.passwordEnv !== undefined && session.secretEnv[step.passwordEnv] !== undefined
            ? { password: session.secretEnv[step.passwordEnv] }
            : {}),
        ...(step.db !== undefined ? { db: step.db } : {}),
    };
}
function sameCredentials(a, b) {
    return a.username === b.username && a.password === b.password && (a.db ?? 0) === (b.db ?? 0);
}
/**
 * Runs command steps against the server: through the incarnation's shared
 * client when a step uses the server's own credentials, through a fresh
 * connection for any other credentials (none, a wrong password, a consumer's
 * ACL user), or through redis-cli in the container when the runner cannot
 * connect. Replies read as redis-cli's, so the probes judge both the same way.
 */
async function runSteps(session, steps) {
    const link = await serverLink(session);
    if (!link.ok)
        return { replies: new Map(), link, problem: link.reason };
    if (link.mode === 'in-container') {
        const { replies, result } = await execCli(session, steps);
        return {
            replies,
            link,
            ...(replies.size === 0
                ? {
                    problem: `could not run redis-cli in the container either (exit ${result.code}: ${(result.stderr || result.stdout).trim().split('\n').at(-1) ?? ''})`,
                }
                : {}),
        };
    }
    const replies = new Map();
    const own = serverCredentials(session);
    const endpoint = { host: link.address.ip, port: session.service.port };
    const opened = new Map();
    try {
        for (const step of steps) {
            if (step.pauseSeconds)
                await sleep(step.pauseSeconds * 1000);
            const credentials = stepCredentials(session, step);
            let client;
            if (link.client && sameCredentials(credentials, own)) {
                client = link.client;
            }
            else {
                const key = JSON.stringify(credentials);
                const cached = opened.get(key);
                client =
                    cached ??
                        (await connect(endpoint, credentials).catch((error) => error instanceof ConnectFailure ? error : new ConnectFailure(String(error), 'other')));
                opened.set(key, client);
            }
            if (client instanceof ConnectFailure) {
                replies.set(step.id, { output: client.message, exitCode: 1 });
                continue;
            }
            const output = step.args[0]?.toUpperCase() === 'SUBSCRIBE'
                ? await subscribeOnce(endpoint, credentials, step.args.slice(1))
                : await command(client, step.args);
            replies.set(step.id, { output, exitCode: 0 });
        }
    }
    finally {
        for (const client of opened.values())
            if (client instanceof built.Redis)
                client_close(client);
    }
    return { replies, link };
}
/** SUBSCRIBE on a connection of its own (it leaves command mode), then leaves. */
async function subscribeOnce(endpoint, credentials, channels) {
    let client;
    try {
        client = await connect(endpoint, credentials);
        const count = await client.subscribe(...channels);
        return `subscribe\n${channels.join('\n')}\n${count}`;
    }
    catch (error) {
        return errorText(error);
    }
    finally {
        client_close(client);
    }
}
/**
 * A message's round trip through Pub/Sub, as a Celery result backend uses
 * it: subscribe with one connection, publish with another, receive.
 */
async function pubSubRoundTrip(endpoint, credentials, channel) {
    const started = performance.now();
    let subscriber;
    let publisher;
    try {
        subscriber = await connect(endpoint, credentials);
        publisher = await connect(endpoint, credentials);
        await subscriber.subscribe(channel);
        let timer;
        const received = new Promise((resolve) => {
            subscriber.on('message', (_channel, message) => resolve(message));
            timer = setTimeout(() => resolve(''), COMMAND_TIMEOUT_MS);
        });
        const receivers = await publisher.publish(channel, 'redis-readiness');
        const message = await received;
        clearTimeout(timer);
        const ms = Math.round(performance.now() - started);
        return message === 'redis-readiness'
            ? { ok: true, evidence: `SUBSCRIBE, PUBLISH (${receivers} receiver) -> delivered`, ms }
            : { ok: false, evidence: 'PUBLISH was not delivered to the subscriber', ms };
    }
    catch (error) {
        return { ok: false, evidence: errorText(error), ms: Math.round(performance.now() - started) };
    }
    finally {
        client_close(subscriber);
        client_close(publisher);
    }
}
/** A task's round trip through a list, as a Celery broker uses it: LPUSH, then BRPOP with a timeout. */
async function queueRoundTrip(client, key) {
    const started = performance.now();
    const pushed = await command(client, ['LPUSH', key, 'task']);
    const popped = await command(client, ['BRPOP', key, '1']);
    await command(client, ['DEL', key]);
    const ms = Math.round(performance.now() - started);
    const ok = popped === `${key}\ntask`;
    return {
        ok,
        evidence: `LPUSH -> ${pushed.split('\n')[0]}, BRPOP 1 -> ${ok ? 'the task' : popped.split('\n')[0] || '(timed out)'}`,
        ms,
    };
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
        return `the server requires a password whose value is not known here (set the variable in the environment, or ${session.passwordHint ?? "give the action's redis-password input"})`;
    }
    return undefined;
}
/** Round trips timed for the latency figure (each well under a millisecond on a local bridge). */
const LATENCY_SAMPLES = 20;
/**
 * `ping`: PING answers PONG with the configured credentials, over the
 * connection an application would open; round-trip time, version and mode;
 * then what a task queue needs: a task's round trip through a list (LPUSH,
 * BRPOP with a timeout) and a message's through Pub/Sub.
 */
async function probePing(session) {
    const rec = new ProbeRecorder('ping', session.service.name, session.mask);
    const link = await serverLink(session);
    if (!link.ok)
        return rec.fail(link.reason);
    const unknown = unknownPasswordReason(session);
    if (unknown)
        return rec.skip(unknown);
    if (link.mode === 'in-container')
        return pingInContainer(session, rec, link.note);
    rec.note(`connected from the runner to ${link.address.ip}:${session.service.port} (${link.address.network}); Redis answered ${link.waitedMs} ms after the wait began`);
    const { replies } = await runSteps(session, [
        withPassword(session, { id: 'ping', args: ['PING'] }),
        withPassword(session, { id: 'info', args: ['INFO', 'server'] }),
    ]);
    const ping = replies.get('ping')?.output ?? '';
    rec.note(`PING -> ${firstLine(ping)}`);
    if (ping.trim() !== 'PONG') {
        const hint = /NOAUTH/.test(ping)
            ? ' (the server requires a password the configuration does not show)'
            : '';
        return rec.fail(`PING did not return PONG: ${firstLine(ping)}${hint}`);
    }
    const client = link.client;
    const samples = [];
    for (let i = 0; i < LATENCY_SAMPLES; i++) {
        const t0 = performance.now();
        await command(client, ['PING']);
        samples.push(performance.now() - t0);
    }
    const avg = Number((samples.reduce((a, b) => a + b, 0) / samples.length).toFixed(2));
    rec.note(`round trip: avg ${avg} ms (min ${Math.min(...samples).toFixed(2)}, max ${Math.max(...samples).toFixed(2)}, ${samples.length} samples)`);
    const info = parseInfo(replies.get('info')?.output ?? '');
    const version = info.redis_version ?? info.valkey_version ?? 'unknown';
    const mode = info.redis_mode ?? info.server_mode ?? 'unknown';
    rec.note(`server: version ${version}, mode ${mode}`);
    const key = `redis-readiness:queue:${session.runId}`;
    const endpoint = { host: link.address.ip, port: session.service.port };
    const [queue, pubsub] = await Promise.all([
        queueRoundTrip(client, key),
        pubSubRoundTrip(endpoint, serverCredentials(session), `${key}:channel`),
    ]);
    rec.note(`queue round trip: ${queue.ok ? 'pass' : 'FAIL'}: ${queue.evidence} (${queue.ms} ms)`);
    rec.note(`Pub/Sub round trip: ${pubsub.ok ? 'pass' : 'FAIL'}: ${pubsub.evidence} (${pubsub.ms} ms)`);
    const problems = [
        ...(queue.ok ? [] : [`a task's round trip through a list failed (${queue.evidence})`]),
        ...(pubsub.ok ? [] : [`a Pub/Sub message's round trip failed (${pubsub.evidence})`]),
    ];
    if (problems.length)
        return rec.fail(problems.join('; '));
    return rec.pass(`PONG in ${avg} ms from Redis ${version} (${mode}); a task went through a list (LPUSH/BRPOP) and a message through Pub/Sub`);
}
/** The fallback: redis-cli in the container, when the runner cannot connect to it. */
async function pingInContainer(session, rec, note) {
    if (note)
        rec.note(note);
    const { replies, result } = await execCli(session, [
        withPassword(session, { id: 'ping', args: ['PING'] }),
        withPassword(session, { id: 'latency', args: ['--latency', '--raw', '-i', '0.2'] }),
        withPassword(session, { id: 'info', args: ['INFO', 'server'] }),
    ]);
    const ping = replies.get('ping');
    if (!ping)
        return rec.fail(`could not connect from the runner, nor run redis-cli in the container: ${describeFailure(session, result)}`);
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
    return rec.pass(`PONG${Number.isFinite(avg) ? ` in ${avg} ms` : ''} from Redis ${version} (${mode}), through redis-cli in the container`);
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
    const link = await serverLink(session);
    if (!link.ok)
        return rec.fail(link.reason);
    if (service.password) {
        const unknown = unknownPasswordReason(session);
        if (unknown)
            return rec.skip(unknown);
        steps.push({ id: 'wrong', args: ['PING'], passwordEnv: WRONG_PASSWORD_ENV }, { id: 'right', args: ['PING'], passwordEnv: PASSWORD_ENV });
    }
    const aclUsers = aclConsumerSteps(session);
    steps.push(...aclUsers.steps);
    const { replies, problem } = await runSteps(session, steps);
    if (link.note)
        rec.note(link.note);
    const none = replies.get('none');
    if (!none)
        return rec.fail(problem ?? 'the server gave no reply');
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
        // BRPOP must hand back the task just pushed: a round trip, with a timeout.
        add('BRPOP from a queue', ['BRPOP', `${key}:queue`, '1'], (o) => o === `${key}:queue\ntask`);
        add('SET a result with expiry', ['SET', `${key}:result`, 'done', 'EX', '60'], fine);
        add('PUBLISH', ['PUBLISH', `${key}:channel`, 'x'], fine);
        // The client returns on the subscription's reply; redis-cli (the
        // in-container fallback) would stay subscribed: `timeout 1` ends it.
        add('SUBSCRIBE', ['SUBSCRIBE', `${key}:channel`], (o) => /subscribe/i.test(o) && !/NOPERM/.test(o), 1);
    });
    return { steps, checks };
}

// EXTERNAL MODULE: ./src/rules/probe-config-mismatch.ts
var probe_config_mismatch = __webpack_require__(5221);
// EXTERNAL MODULE: ./src/rules/types.ts
var types = __webpack_require__(3182);
;// CONCATENATED MODULE: ./src/probes/config-meta.ts
/**
 * The config probe's finding, described like a rule: apart from the probe so
 * that a static run (which knows every rule id) does not load the probes.
 */


/** Rule id of the findings this probe produces. */
const CONFIG_MISMATCH_RULE = probe_config_mismatch/* probeConfigMismatch */.V.id;
/** Its metadata, so config files can set its severity like any rule's. */
const CONFIG_MISMATCH_META = {
    ...probe_config_mismatch/* probeConfigMismatch */.V,
    docsUrl: (0,types/* docsUrl */.f)(CONFIG_MISMATCH_RULE),
};

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
    const link = await serverLink(session);
    if (!link.ok)
        return rec.fail(link.reason);
    const unknown = unknownPasswordReason(session);
    if (unknown)
        return rec.skip(unknown);
    if (link.note)
        rec.note(link.note);
    const { replies, problem } = await runSteps(session, [
        withPassword(session, { id: 'info', args: ['INFO', 'everything'] }),
        ...COMPARED.map((name) => withPassword(session, { id: `get-${name}`, args: ['CONFIG', 'GET', name] })),
    ]);
    const info = replies.get('info');
    if (!info)
        return rec.fail(problem ?? 'the server gave no reply to INFO');
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
                rule: CONFIG_MISMATCH_RULE,
                severity: CONFIG_MISMATCH_META.defaultSeverity,
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


// EXTERNAL MODULE: ./src/probes/detect-early.ts
var detect_early = __webpack_require__(9554);
;// CONCATENATED MODULE: ./src/probes/health.ts





/** Pause between our own runs of a failing check: the engine would wait `interval`; we need not. */
const RECHECK_PAUSE_MS = 250;
/** Before Redis answers, a failing check is retried at the readiness polling's pace. */
const POLL_BEFORE_ANSWER_MS = 25;
/**
 * `health`: the service's healthcheck passes, and proves something: a check
 * that passes while printing an error reply (redis-cli exits 0 on NOAUTH
 * unless given -e) is a failure. The probe does not wait for the engine's
 * first check (`interval` after the start; engines before 25 have no
 * `start_interval`): once Redis answers, it runs the same check the same way
 * the engine does (an exec in the container) until it passes, or fails as
 * many times in a row as `retries` allows, which is when the engine would
 * call it unhealthy. Checks the engine itself already ran are judged too.
 */
async function probeHealth(session) {
    const rec = new ProbeRecorder('health', session.service.name, session.mask);
    rec.note(`up ${session.up.ok ? 'succeeded' : 'failed'} after ${session.up.durationMs} ms`);
    const linking = serverLink(session);
    let link;
    void linking.then((l) => (link = l));
    const info = await inspectService(session);
    if (!info) {
        if (session.up.output)
            rec.note(`compose: ${lastLines(session.up.output, 3)}`);
        return rec.fail(neverCreatedReason(session.up.output, session.service.image?.raw));
    }
    const check = info.engine.healthcheck;
    if (!check) {
        const answered = await linking;
        if (!answered.ok)
            return rec.fail(answered.reason);
        return rec.skip('the service has no healthcheck, so nothing can wait for Redis to be ready (add one that authenticates and fails on error replies)');
    }
    // The first runs may start before Redis answers: like the engine's
    // start_period, failures before that do not count.
    let attempts = 0;
    let failuresInARow = 0;
    let passed;
    let last = '';
    const deadline = performance.now() + session.readyTimeoutSeconds * 1000;
    while (!passed && failuresInARow < check.retries && performance.now() < deadline) {
        if (attempts > 0)
            await sleep(link ? RECHECK_PAUSE_MS : POLL_BEFORE_ANSWER_MS);
        if (link && !link.ok)
            break;
        const counts = link !== undefined;
        attempts++;
        const r = await runHealthcheck(session.runtime, info.id, check.test, check.timeoutMs);
        last = `${r.stdout}${r.stderr}`;
        if (r.code === 0)
            passed = { output: last };
        else if (counts) {
            failuresInARow++;
            rec.note(`check ${failuresInARow}: ${r.timedOut ? `timed out (its timeout is ${check.timeoutMs} ms)` : `exit ${r.code}`}, output: ${oneLine(last) || '(none)'}`);
        }
    }
    const answered = await linking;
    if (!answered.ok)
        return rec.fail(answered.reason);
    if (answered.note)
        rec.note(answered.note);
    rec.note(`Redis answered ${answered.waitedMs} ms after the wait began`);
    if (!passed) {
        return rec.fail(`not healthy (status: unhealthy): its check failed ${failuresInARow} times in a row once Redis answered (retries: ${check.retries})` +
            `; last check printed: ${oneLine(last) || 'nothing'}`);
    }
    rec.note(`ran the service's healthcheck in the container as the engine does: passed on attempt ${attempts}, output: ${oneLine(passed.output) || '(none)'}`);
    const lenient = [{ exitCode: 0, output: passed.output }, ...(info.health?.log ?? [])].find((e) => e.exitCode === 0 && ERROR_REPLY.test(e.output));
    if (lenient) {
        const reply = ERROR_REPLY.exec(lenient.output)?.[1] ?? 'an error';
        return rec.fail(`reports healthy while its check prints ${reply}: the healthcheck proves nothing (authenticate, and use redis-cli -e or grep PONG)`);
    }
    return rec.pass(`its check passes ${((session.up.durationMs + answered.waitedMs) / 1000).toFixed(1)} s after the start, and its output shows no error reply`);
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

// EXTERNAL MODULE: ./src/redis/url.ts
var url = __webpack_require__(8282);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/probes/tls.ts
/**
 * What a consumer with a `rediss://` URL sees of the server's TLS: the probe
 * connects with the consumer's host name as SNI, takes the certificate
 * whatever it is (it cannot know the CA the application trusts), and then
 * judges it the way the consumer's client would, from what its URL asks
 * (redis-py and kombu read `ssl_cert_reqs`, `ssl_check_hostname` and
 * `ssl_ca_certs` there). Only what fails whatever the application's CA is a
 * failure: an expired or not yet valid certificate, or a host name the
 * certificate does not name when the URL asks for that check. A chain the
 * public CAs do not sign is a note: the application may trust its own CA.
 */


const NONE = /^(none|cert_none)$/i;
const FALSE = /^(false|0|no|off)$/i;
const TRUE = /^(true|1|yes|on)$/i;
/** The expectation a `rediss://` URL's query states, for a connection to `host`. */
function tlsExpectation(host, query) {
    const lower = Object.fromEntries(Object.entries(query).map(([k, v]) => [k.toLowerCase(), v]));
    const check = lower.ssl_check_hostname;
    return {
        host,
        verify: !NONE.test(lower.ssl_cert_reqs ?? ''),
        ...(check !== undefined && TRUE.test(check) ? { checkHostname: true } : {}),
        ...(check !== undefined && FALSE.test(check) ? { checkHostname: false } : {}),
        ownCa: ['ssl_ca_certs', 'ssl_ca_path', 'ssl_ca_data'].some((k) => lower[k] !== undefined),
    };
}
/** The SNI name a client sends for `host` (none for an IP address). */
function serverName(host) {
    return (0,external_node_net_.isIP)(host) ? undefined : host;
}
/** Reads the certificate facts of an open TLS socket. */
function tlsFacts(socket) {
    const cert = socket.getPeerCertificate();
    if (!cert || Object.keys(cert).length === 0)
        return undefined;
    const error = socket.authorizationError;
    const names = (cert.subjectaltname ?? '')
        .split(',')
        .map((n) => n.trim().replace(/^(DNS|IP Address):/, ''))
        .filter(Boolean);
    return {
        protocol: socket.getProtocol() ?? 'TLS',
        subject: describeName(cert.subject),
        issuer: describeName(cert.issuer),
        names,
        validFrom: cert.valid_from,
        validTo: cert.valid_to,
        publiclyTrusted: socket.authorized,
        ...(error ? { verifyError: String(error instanceof Error ? error.message : error) } : {}),
        certificate: cert,
    };
}
function describeName(name) {
    if (!name)
        return '(none)';
    const cn = name.CN;
    return cn ? `CN=${Array.isArray(cn) ? cn.join(',') : cn}` : '(no CN)';
}
const EXPIRED = /CERT_HAS_EXPIRED|CERT_NOT_YET_VALID/;
/** How the consumer's client would take the certificate: evidence, and a problem when it refuses it. */
function judgeTls(facts, expect, now = new Date()) {
    const names = facts.names.length ? facts.names.join(', ') : facts.subject;
    const parts = [
        `${facts.protocol}, SNI ${serverName(expect.host) ?? '(none: an IP address)'}`,
        `certificate ${facts.subject} for ${names}, issued by ${facts.issuer}, valid ${facts.validFrom} to ${facts.validTo}`,
    ];
    if (!expect.verify) {
        parts.push('not verified: the URL says ssl_cert_reqs=none');
        return { note: `TLS: ${parts.join('; ')}` };
    }
    const problems = [];
    const expired = (facts.verifyError && EXPIRED.test(facts.verifyError)) ||
        Date.parse(facts.validTo) < now.getTime() ||
        Date.parse(facts.validFrom) > now.getTime();
    if (expired) {
        problems.push(`the server's certificate is not valid now (valid ${facts.validFrom} to ${facts.validTo}): a client that verifies certificates refuses it`);
    }
    if (facts.publiclyTrusted)
        parts.push('signed by a public CA');
    else if (!expired) {
        parts.push(`not signed by a public CA (${facts.verifyError ?? 'untrusted'}): the application must trust its CA` +
            (expect.ownCa ? ' (its URL names one)' : ' (ssl_ca_certs, or in its own settings)'));
    }
    const identity = facts.certificate
        ? (0,external_node_tls_.checkServerIdentity)(expect.host, facts.certificate)
        : undefined;
    if (identity) {
        if (expect.checkHostname === true) {
            problems.push(`the certificate is not for ${expect.host} (it names ${names}) and the URL asks for ssl_check_hostname`);
        }
        else {
            parts.push(`not for the host name ${expect.host} (it names ${names}): a client that checks host names refuses it` +
                (expect.checkHostname === false ? '; the URL turns that check off' : ''));
        }
    }
    else {
        parts.push(`names the host ${expect.host}`);
    }
    return {
        note: `TLS: ${parts.join('; ')}`,
        ...(problems.length ? { problem: problems.join('; ') } : {}),
    };
}

;// CONCATENATED MODULE: ./src/probes/network.ts









/**
 * `network`: reach Redis the way its consumers do: by the service name and
 * by each consumer URL's host, with that URL's credentials, db and TLS. The
 * host must be a name of the Redis container on a network the consumer
 * shares (the name the engine's DNS answers there), and Redis must accept
 * connections on that network's address: the runner connects to exactly that
 * address, so no client tool is needed in any image. Where the runner cannot
 * reach container addresses, a helper container of the Redis image runs
 * redis-cli on the network instead.
 */
async function probeNetwork(session) {
    const rec = new ProbeRecorder('network', session.service.name, session.mask);
    const link = await serverLink(session);
    if (!link.ok)
        return rec.skip(`not run: ${link.reason}`);
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
    const problems = [];
    // The probe run drops a fixed container_name (it would collide); in the
    // user's deployment the engine's DNS answers it on every network.
    const containerName = session.model.services[session.service.name]?.container_name;
    if (link.runnerReaches) {
        await Promise.all(targets.map(async (t) => {
            const fullName = `${session.runtime.projectName}_${t.network}`;
            const where = `${t.step.host}:${t.step.port ?? session.service.port}`;
            const address = probeAddress(info.engine, session.runtime.projectName, fullName);
            let out;
            let tls;
            if (!address) {
                out = `Could not resolve ${t.step.host}: Redis is not attached to network ${t.network}`;
            }
            else if (!address.names.includes(t.step.host) && t.step.host !== containerName) {
                out = `Could not resolve ${t.step.host}: not a name of Redis on network ${t.network} (its names there: ${address.names.join(', ')})`;
            }
            else {
                ({ out, tls } = await pingAs(session, t, address.ip));
            }
            rec.note(`${t.who}: ${where} on network ${t.network}${address && (address.names.includes(t.step.host) || t.step.host === containerName) ? ` (${address.ip})` : ''} -> ${out}`);
            if (tls)
                rec.note(`${t.who}: ${tls.note}`);
            if (out !== 'PONG')
                problems.push(`${t.who} cannot use ${where}: ${explain(out)}`);
            else if (tls?.problem)
                problems.push(`${t.who} cannot use ${where}: ${tls.problem}`);
        }));
    }
    else {
        if (link.note)
            rec.note(link.note);
        await throughHelper(session, info.image, targets, rec, problems);
    }
    if (problems.length)
        return rec.fail(problems.join('; '));
    return rec.pass(`reachable by service name${targets.length > 1 ? ' and by every consumer URL' : ''} on the project network, with the consumers' credentials`);
}
/**
 * Connects as the consumer would (its user, password, db, TLS with its host
 * name as SNI) to the address its host names; for TLS, also how its client
 * would take the server's certificate.
 */
async function pingAs(session, target, ip) {
    const step = target.step;
    const password = step.passwordEnv !== undefined ? session.secretEnv[step.passwordEnv] : undefined;
    const sni = target.tls ? serverName(target.tls.host) : undefined;
    let client;
    try {
        client = await connect({
            host: ip,
            port: step.port ?? session.service.port,
            ...(target.tls ? { tls: sni ? { servername: sni } : true } : {}),
        }, {
            ...(step.user ? { username: step.user } : {}),
            ...(password !== undefined ? { password } : {}),
            ...(step.db !== undefined ? { db: step.db } : {}),
        });
        const out = firstLine(await command(client, ['PING']));
        const facts = target.tls ? tlsFacts(client.stream) : undefined;
        return { out, ...(facts && target.tls ? { tls: judgeTls(facts, target.tls) } : {}) };
    }
    catch (error) {
        return { out: firstLine(error instanceof Error ? error.message : String(error)) };
    }
    finally {
        client_close(client);
    }
}
async function throughHelper(session, image, targets, rec, problems) {
    const byNetwork = new Map();
    for (const t of targets)
        byNetwork.set(t.network, [...(byNetwork.get(t.network) ?? []), t]);
    for (const [network, group] of byNetwork) {
        const fullName = `${session.runtime.projectName}_${network}`;
        const { replies, result } = await helperCli(session, image, fullName, group.map((t) => t.step));
        if (replies.size === 0) {
            problems.push(`could not start a helper container on network ${network}: ${describeFailure(session, result)}`);
            continue;
        }
        for (const t of group) {
            const out = firstLine(replies.get(t.id)?.output ?? '');
            rec.note(`${t.who}: ${t.step.host}:${t.step.port ?? session.service.port} on network ${network} (helper container) -> ${out}`);
            if (out !== 'PONG')
                problems.push(`${t.who} cannot use ${t.step.host}:${t.step.port ?? session.service.port}: ${explain(out)}`);
        }
    }
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
        const parsed = consumer.url ? (0,url/* parseRedisUrl */.CI)(consumer.url) : undefined;
        targets.push({
            id,
            who: `${consumer.service} ${consumer.variable}`,
            network,
            ...(parsed?.ok && parsed.url.scheme === 'rediss'
                ? { tls: tlsExpectation(consumer.host, parsed.url.query) }
                : {}),
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

// EXTERNAL MODULE: ./src/probes/isolation.ts
var isolation = __webpack_require__(3947);
;// CONCATENATED MODULE: ./src/probes/probe-project.ts
/**
 * The compose project a probe run starts, generated whole from the isolation
 * plan (never the user's files plus an override): only the probed Redis
 * services exist in it, each built from the allowlist, so `up` can start
 * nothing else, and compose needs no variable of the user's to load it.
 * - no host port publishing and no fixed `container_name`;
 * - every named volume and network is renamed into our project (`name:`
 *   `<ours>_<key>`, never external), so a fixed `name:` or `external: true`
 *   never makes us share, fill or remove the user's own, and `down -v`
 *   removes exactly ours;
 * - a volume driver or driver_opts that could point at host paths or remote
 *   storage is dropped (a tmpfs volume is kept: it touches no host path, and
 *   the probes must see what it does to the data);
 * - values are written as compose would interpolate them, with `$` escaped.
 */
function buildProbeProject(plan, model, projectName) {
    const services = {};
    const volumes = {};
    const networks = {};
    const configs = {};
    const secrets = {};
    const top = model;
    for (const service of plan.services) {
        services[service.name] = service.config;
        for (const key of service.volumes) {
            const declared = model.volumes?.[key];
            volumes[key] = {
                name: `${projectName}_${key}`,
                ...(declared && isTmpfsVolume(declared)
                    ? { driver: 'local', driver_opts: declared.driver_opts }
                    : {}),
            };
        }
        for (const [kind, out] of [
            ['configs', configs],
            ['secrets', secrets],
        ]) {
            for (const key of service[kind]) {
                const def = top[kind]?.[key] ?? {};
                out[key] = Object.fromEntries(Object.entries(def).filter(([k]) => ['file', 'environment', 'content'].includes(k)));
            }
        }
    }
    for (const [key, network] of Object.entries(model.networks ?? {})) {
        const n = (network ?? {});
        networks[key] = {
            name: `${projectName}_${key}`,
            driver: 'bridge',
            ...Object.fromEntries(Object.entries(n).filter(([k]) => ['internal', 'enable_ipv6', 'ipam'].includes(k))),
        };
    }
    if (!networks.default && plan.services.some((s) => s.networks.includes('default'))) {
        networks.default = { name: `${projectName}_default`, driver: 'bridge' };
    }
    const project = {
        name: projectName,
        services,
        ...(Object.keys(networks).length ? { networks } : {}),
        ...(Object.keys(volumes).length ? { volumes } : {}),
        ...(Object.keys(configs).length ? { configs } : {}),
        ...(Object.keys(secrets).length ? { secrets } : {}),
    };
    // JSON is YAML; every `$` is doubled so compose interpolates nothing.
    return `${JSON.stringify(escapeDollars(project), null, 2)}\n`;
}
function escapeDollars(value) {
    if (typeof value === 'string')
        return value.replace(/\$/g, '$$$$');
    if (Array.isArray(value))
        return value.map(escapeDollars);
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeDollars(v)]));
    }
    return value;
}
/** `driver_opts: {type: tmpfs, device: tmpfs}` on the local driver: memory only, no host path. */
function isTmpfsVolume(volume) {
    const opts = volume.driver_opts;
    return ((volume.driver === undefined || volume.driver === 'local') &&
        opts?.type === 'tmpfs' &&
        opts.device === 'tmpfs' &&
        !/(^|,)\s*bind\b/.test(String(opts.o ?? '')));
}

// EXTERNAL MODULE: ./src/probes/process.ts
var probes_process = __webpack_require__(642);
;// CONCATENATED MODULE: ./src/probes/teardown.ts
/**
 * The teardown of a probe project, alone in its module so that the action's
 * post step (which imports only this) carries no probe or client code.
 */




/** Teardowns in progress, by project: a signal handler and the run itself share one. */
const teardowns = new Map();
/**
 * Removes everything of the probe project, through the engine: its
 * containers (labelled with our project) with their anonymous volumes, then
 * its networks and volumes (labelled likewise) and every volume its earlier
 * containers used (recorded by the run: anonymous volumes of containers that
 * a re-creation or `down` without -v replaced carry no label), then our temp
 * files. Should anything remain (a container an aborted command was still
 * creating), compose's own `down -v --remove-orphans` by project name runs,
 * and the sweep once more. Touches nothing that is not labelled with our
 * project, named after it, or an anonymous volume one of its containers
 * used. Returns why it may not have removed everything, for the caller to
 * print as a warning.
 */
function teardown(state, run = probes_process.runCommand) {
    const pending = teardowns.get(state.projectName);
    if (pending)
        return pending;
    const started = teardownNow(state, run).finally(() => teardowns.delete(state.projectName));
    teardowns.set(state.projectName, started);
    return started;
}
async function teardownNow(state, run) {
    const cwd = state.tempPaths.find((p) => existsDir(p)) ?? (0,external_node_os_.tmpdir)();
    const env = (0,probes_runtime/* composeEnvironment */.EX)(process.env);
    const recorded = (state.volumes ?? []).filter((v) => isProbeVolume(v, state.projectName));
    let left = await listOurs(state, run);
    let recordedLeft = await sweep(state, run, left, recorded);
    left = await listOurs(state, run);
    let failure = left.error;
    if (!left.answered || idsOf(left).length > 0 || recordedLeft.length > 0) {
        const down = await run((0,probes_runtime/* teardownArgs */.gF)(state.composeCommand, state.projectName), {
            cwd,
            env,
            timeoutMs: 120_000,
        });
        if (down.code !== 0)
            failure ??= (0,probes_runtime/* firstLine */.TM)(down.stderr || down.stdout);
        left = await listOurs(state, run);
        if (idsOf(left).length > 0 || recordedLeft.length > 0) {
            recordedLeft = await sweep(state, run, left, recordedLeft);
            left = await listOurs(state, run);
        }
        failure = left.error ?? failure;
    }
    for (const v of recordedLeft)
        if (!left.ids.volume.includes(v))
            left.ids.volume.push(v);
    let problem;
    const ids = idsOf(left);
    if (!left.answered || ids.length > 0) {
        const what = left.answered
            ? `still there: ${ids.join(', ')}`
            : `the engine did not answer (${failure ?? 'no output'})`;
        const command = (0,probes_runtime/* teardownArgs */.gF)(state.composeCommand, state.projectName).slice(0, -2).join(' ');
        problem = `could not remove everything of the probe project ${state.projectName}: ${what}. Once the engine answers, run: ${command}`;
    }
    for (const path of state.tempPaths)
        (0,external_node_fs_.rmSync)(path, { recursive: true, force: true });
    return problem;
}
/** An anonymous volume (64 hex digits) or one named after our project: nothing else is removed. */
function isProbeVolume(name, projectName) {
    return /^[0-9a-f]{64}$/.test(name) || name.startsWith(`${projectName}_`);
}
function idsOf(left) {
    return Object.entries(left.ids).flatMap(([kind, list]) => list.map((id) => `${kind} ${id}`));
}
/** Containers, volumes and networks labelled with our project. */
async function listOurs(state, run) {
    const docker = (0,probes_runtime/* dockerCliFor */.o1)(state.composeCommand);
    const filter = `label=${probes_runtime/* PROJECT_LABEL */.NV}=${state.projectName}`;
    const env = (0,probes_runtime/* composeEnvironment */.EX)(process.env);
    const list = (args) => run([...docker, ...args, '--filter', filter], { env, timeoutMs: 30_000 });
    const results = await Promise.all([
        list(['ps', '-aq']),
        list(['volume', 'ls', '-q']),
        list(['network', 'ls', '-q']),
    ]);
    const [containers, volumes, networks] = results;
    const ids = (r) => r.stdout.split('\n').filter(Boolean);
    const failed = results.find((r) => r.code !== 0);
    return {
        answered: !failed,
        ...(failed ? { error: (0,probes_runtime/* firstLine */.TM)(failed.stderr || failed.stdout) } : {}),
        ids: { container: ids(containers), volume: ids(volumes), network: ids(networks) },
    };
}
/**
 * Removes what `listing` found, and the `recorded` volumes: containers first
 * (`rm -f -v`: killed, since throwaway servers need no clean shutdown, with
 * their anonymous volumes), then networks and volumes side by side. Returns
 * the recorded volumes that are still there when their removal failed.
 */
async function sweep(state, run, { ids }, recorded) {
    const docker = (0,probes_runtime/* dockerCliFor */.o1)(state.composeCommand);
    const env = (0,probes_runtime/* composeEnvironment */.EX)(process.env);
    if (ids.container.length)
        await run([...docker, 'rm', '-f', '-v', '--', ...ids.container], { env, timeoutMs: 60_000 });
    // `volume rm -f` passes over names that do not exist (a recorded volume `down` already removed).
    const volumes = [...new Set([...ids.volume, ...recorded])];
    const [removedVolumes] = await Promise.all([
        volumes.length
            ? run([...docker, 'volume', 'rm', '-f', '--', ...volumes], { env, timeoutMs: 60_000 })
            : undefined,
        ids.network.length
            ? run([...docker, 'network', 'rm', '--', ...ids.network], { env, timeoutMs: 60_000 })
            : undefined,
    ]);
    if (!removedVolumes || removedVolumes.code === 0 || recorded.length === 0)
        return [];
    const present = await run([...docker, 'volume', 'ls', '-q'], { env, timeoutMs: 30_000 });
    if (present.code !== 0)
        return recorded;
    const existing = new Set(present.stdout.split('\n').filter(Boolean));
    return recorded.filter((v) => existing.has(v));
}
function existsDir(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/compose/volumes.ts
var volumes = __webpack_require__(6903);
;// CONCATENATED MODULE: ./src/probes/persistence.ts








function describePromise(p) {
    const aof = p.aof ? `AOF on (appendfsync ${p.appendfsync})` : 'AOF off';
    const rdb = p.save ? `RDB save points "${p.save}"` : 'no RDB save points';
    return `${aof}, ${rdb}, data dir on ${p.volume}`;
}
/**
 * How old the "older" crash canaries are at least when the container is
 * killed. Not a wait for an event: with appendfsync everysec Redis writes
 * the AOF buffer to the file before it replies, except while a background
 * fsync is still running, when it holds the write back for up to two seconds
 * (flushAppendOnlyFile in aof.c); a SIGKILL can lose only writes held back.
 * Writes older than that (plus a margin for the event loop) must survive, so
 * losing them is a failure and nothing younger is judged. The pause runs
 * only when no down and up step sits between those writes and the kill: with
 * one, they were on disk since its clean stop.
 */
const CRASH_AGE_SECONDS = 2.5;
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
/**
 * What holds the data dir: the mount at it or at the nearest directory above
 * it (paths compared as the engine and Redis normalise them). A host bind
 * mount the probe replaced with a volume of its own is reported as the bind
 * mount it stands for: on the user's machine the data persists there.
 */
function volumeOf(info, dataDir, bindReplaced) {
    const dir = (0,volumes/* cleanTarget */.dp)(dataDir);
    const mount = info.mounts
        .filter((m) => (0,volumes/* isAtOrBelow */.a5)(dir, (0,volumes/* cleanTarget */.dp)(m.destination)))
        .sort((a, b) => b.destination.length - a.destination.length)[0];
    if (!mount)
        return { volume: 'container layer' };
    if (mount.type === 'bind' || bindReplaced)
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
    const first = runSteps(session, [
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
    if (!first.link.ok)
        return rec.skip(`not run: ${first.link.reason}`);
    if (!info?.running)
        return rec.skip('the Redis container is not running (see the health probe)');
    if (first.link.note)
        rec.note(first.link.note);
    const { runtime, service } = session;
    if (first.replies.get('w-restart-s')?.output.trim() !== 'OK') {
        return rec.fail(`could not write canary data: ${firstLine(first.replies.get('w-restart-s')?.output ?? first.problem ?? '')}`);
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
        ...volumeOf(info, dataDir, session.dataBindReplaced === true),
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
        if (error instanceof NoAnswerError || error instanceof probes_process.ProbeAbortedError)
            return rec.fail(error.message);
        throw error;
    }
    async function runSteps() {
        // 1. restart (the engine's restart of the container, as compose restart does)
        await engineStep(session, 'restart', (id, ms) => restartContainer(runtime, id, ms));
        const afterRestart = await readAndWrite(session, 'restart', 'recreate', 'restart');
        const restart = survival(afterRestart, 'restart');
        rec.note(`1. restart: ${describeSurvival(restart)}`);
        if (restart.lost.length)
            failures.push(`a restart lost ${restart.lost.join(', ')} (${promise.aof || promise.save ? 'check the data dir and save on shutdown' : 'no AOF and no RDB save points: nothing is written to disk'})`);
        // 2. re-create the container, as a deploy does. The same exec writes the
        // older crash canaries: when step 3 runs in between, its clean stop puts
        // them on disk; otherwise they wait until Redis can no longer hold them
        // back (CRASH_AGE_SECONDS) before the newest go in.
        // down/up runs for an anonymous volume too: it is where persist-no-volume
        // says the data is lost, and the probe must show the same.
        const downRuns = promise.volume === 'named volume' ||
            promise.volume === 'bind mount' ||
            promise.volume === 'anonymous volume';
        await trackCurrentVolumes(session);
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
        // 3. down without -v (for this service: its container stopped and
        // removed, volumes kept), then up: only a named volume is expected to keep data.
        let downLost = false;
        if (downRuns) {
            await trackCurrentVolumes(session);
            await step(session, runtime.removeKeepVolumesArgs(service.name));
            await step(session, runtime.upAgainArgs(service.name));
            // The newest crash canaries go in last, right before the kill.
            const afterDown = await readAndWrite(session, 'down', 'crash-new', 'down and up');
            const down = survival(afterDown, 'down');
            downLost = down.lost.length > 0;
            rec.note(`3. down (container removed, volumes kept) and up: ${describeSurvival(down)}`);
            if (downLost) {
                failures.push(`down and up lost ${down.lost.join(', ')}` +
                    (promise.volume === 'anonymous volume'
                        ? ` (the data dir ${dataDir} is on an anonymous volume, which up replaces with a new one: mount a named volume there)`
                        : ''));
            }
        }
        else {
            rec.note(`3. down and up: not run (the data dir is on ${promise.volume}, which down discards)`);
        }
        // 4. crash: SIGKILL right after a write.
        const killed = await engineStep(session, 'kill -s SIGKILL', (id, ms) => killContainer(runtime, id, ms));
        if (killed.code !== 0)
            rec.note(`kill: ${describeFailure(session, killed)}`);
        // The same container (by the id the kill used, no new inspection); a
        // restart policy may already be restarting it, and `start` then does nothing.
        await engineStep(session, 'start', (id, ms) => startContainer(runtime, id, ms), killed.containerId);
        const afterCrash = await readWhenReady(session, [...readSteps(session, 'crash-old'), ...readSteps(session, 'crash-new')], 'SIGKILL and start');
        // Older canaries that `down` already lost say nothing about the crash.
        const crashOld = downLost
            ? { kept: [...CANARY_KINDS], lost: [] }
            : survival(afterCrash, 'crash-old');
        const crashNew = survival(afterCrash, 'crash-new');
        rec.note(`4. SIGKILL: data written ${downRuns ? 'before the down and up (on disk since its clean stop)' : 'over two seconds earlier'} ${describeSurvival(crashOld)}; data written just before ${describeSurvival(crashNew)}`);
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
            promise: 'appendfsync everysec: at most the last second or two of writes (Redis holds writes back up to two seconds while an fsync is slow)',
            summary: old.lost.length
                ? `lost older writes`
                : fresh.lost.length
                    ? 'lost only the last writes, as promised'
                    : 'nothing lost',
            ...(old.lost.length
                ? {
                    failure: `a crash lost writes that were already on disk or over two seconds old (${old.lost.join(', ')}) although appendfsync is everysec`,
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
/**
 * Records the current container's volumes before a step replaces it. Its
 * inspection is the one the wait for Redis made (a connection is used only
 * once the engine confirmed the container), so this asks the engine nothing.
 */
async function trackCurrentVolumes(session) {
    const info = await inspectService(session);
    if (info)
        session.trackVolumes?.(info);
}
/** A compose step (re-create, down, up): the container is a new incarnation afterwards. */
async function step(session, argv) {
    (0,probes_process.throwIfAborted)(session.signal);
    await newIncarnation(session);
    const result = await session.runtime.exec(argv, session.readyTimeoutSeconds * 1000 + 30_000);
    // Logged as `restart redis`, without the `--` that keeps a service name from reading as a flag.
    const subcommand = argv
        .slice(session.runtime.baseArgs().length)
        .filter((a) => a !== '--')
        .join(' ');
    session.log(session.mask(`${subcommand}: exit ${result.code} in ${result.durationMs} ms`));
    // Compose could not do it (the engine stopped answering, ...): the data
    // cannot be judged, and the reason is compose's own words.
    if (result.code !== 0) {
        throw new NoAnswerError(`${subcommand} failed: ${describeFailure(session, result)}`);
    }
    return result;
}
/**
 * An engine operation on the current container's id (restart, kill, start),
 * or on `containerId` when the caller knows it (start after the kill).
 */
async function engineStep(session, what, operation, containerId) {
    (0,probes_process.throwIfAborted)(session.signal);
    const id = containerId ?? (await inspectService(session))?.id;
    await newIncarnation(session, true);
    if (!id)
        throw new NoAnswerError(`the Redis container was gone before the ${what}`);
    const result = await operation(id, session.readyTimeoutSeconds * 1000 + 30_000);
    session.log(session.mask(`${what} ${session.service.name}: exit ${result.code} in ${result.durationMs} ms`));
    return { ...result, containerId: id };
}
async function readAndWrite(session, readSet, writeSet, after) {
    return readWhenReady(session, [...readSteps(session, readSet), ...writeSteps(session, writeSet)], after);
}
/** Redis never answered again after a step: nothing can be said about the data. */
class NoAnswerError extends Error {
}
/**
 * Runs the steps once the server answers again (the new incarnation's
 * client waits for it: connection refused while starting, LOADING while it
 * reads its data back).
 */
async function readWhenReady(session, steps, after) {
    (0,probes_process.throwIfAborted)(session.signal);
    const { replies, link, problem } = await runSteps(session, steps);
    (0,probes_process.throwIfAborted)(session.signal);
    if (!link.ok || replies.size === 0) {
        throw new NoAnswerError(`Redis did not answer after the ${after}: ${link.ok ? (problem ?? 'no reply') : link.reason} (was the container stopped or killed meanwhile?)`);
    }
    return replies;
}

// EXTERNAL MODULE: ./src/probes/types.ts
var probes_types = __webpack_require__(966);
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
    const candidates = options.redis.services.filter((s) => s.active && !s.sentinel);
    const results = [];
    const findings = [];
    const logs = {};
    const wanted = ORDER.filter((p) => options.probes.includes(p));
    if (candidates.length === 0 || wanted.length === 0) {
        return { results, findings, logs };
    }
    // What may start, from the model alone: refused services are reported (the
    // probe-isolation rule says why, at the field), never started.
    const loadEnv = { ...process.env, ...options.project.environment };
    const plan = (0,isolation/* planIsolation */.w)(options.project, candidates, loadEnv);
    for (const issue of plan.issues) {
        log(`probes: ${issue.service}: ${issue.action} ${issue.field}: ${issue.reason} (probe-isolation)`);
    }
    for (const [service, issues] of plan.refused) {
        for (const probe of wanted) {
            results.push({
                probe,
                service,
                status: 'skip',
                summary: mask((0,isolation/* refusalSummary */.Z)(issues)),
                durationMs: 0,
                evidence: [],
            });
        }
    }
    const planned = new Map(plan.services.map((s) => [s.name, s]));
    const services = candidates.filter((s) => planned.has(s.name));
    if (services.length === 0)
        return { results, findings, logs };
    let detected;
    try {
        detected = await (0,detect_early.detectedCompose)(options.composeCommand);
    }
    catch (error) {
        if (!(error instanceof probes_runtime/* ComposeUnavailableError */.Fr))
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
    const projectName = (0,probes_runtime/* uniqueProjectName */.oD)();
    const tempDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'redis-readiness-'));
    const state = {
        composeCommand: detected.command,
        projectName,
        tempPaths: [tempDir],
        workingDir: options.project.workingDir,
        volumes: [],
    };
    options.saveState?.(state);
    const aborting = (0,probes_process.probeRunSignal)();
    const { signal } = aborting;
    try {
        // The probe project is ours alone: generated in our temp dir, which is
        // also its project directory, so no .env or compose file of the user's
        // is read by compose.
        const projectFile = (0,external_node_path_.join)(tempDir, 'redis-readiness.probe.json');
        (0,external_node_fs_.writeFileSync)(projectFile, buildProbeProject(plan, options.project.model, projectName), {
            mode: 0o600,
        });
        const secretEnv = secretsFor(services, options);
        const runtime = new probes_runtime/* ComposeRuntime */.$F({
            command: detected.command,
            version: detected.version,
            projectName,
            projectDirectory: tempDir,
            files: [projectFile],
            env: (0,probes_runtime/* composeEnvironment */.EX)(process.env, loadEnv, plan.composeEnvNames),
            signal,
        });
        /** Every volume our containers use, recorded before a step replaces them (and saved for post). */
        const trackVolumes = (container) => {
            const fresh = volumesOf(container).filter((v) => !state.volumes.includes(v));
            if (fresh.length === 0)
                return;
            state.volumes.push(...fresh);
            options.saveState?.(state);
        };
        const timeoutSeconds = Math.max(1, options.timeoutSeconds);
        log(`probes: starting ${services.map((s) => s.name).join(', ')} as compose project ${projectName}`);
        const upArgv = runtime.upArgs(services.map((s) => s.name), options.pull);
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
        // Each service has its own container, connections and steps (the
        // persistence probe's steps act on that service alone), so the services
        // are probed side by side. Every one is waited for, even when another
        // throws: the teardown must not start while a probe still acts.
        const probeService = async (service) => {
            const out = { results: [], findings: [] };
            if (signal.aborted)
                return out;
            const session = {
                runtime,
                model: options.project.model,
                service,
                ...(passwordOf(service, options) !== undefined
                    ? { password: passwordOf(service, options) }
                    : {}),
                secretEnv: secretEnv.get(service.name),
                ...(options.passwordHint ? { passwordHint: options.passwordHint } : {}),
                up,
                commandTimeoutMs: 30_000,
                readyTimeoutSeconds: timeoutSeconds,
                mask,
                log,
                runId,
                signal,
                dataBindReplaced: planned.get(service.name)?.dataBindReplaced ?? false,
                trackVolumes,
            };
            const findings = out.findings;
            const pos = options.project.sources.locate(['services', service.name]) ?? {
                file: options.project.composeFiles[0] ?? options.project.workingDir,
                line: 1,
                column: 1,
            };
            const record = (result) => {
                log(`probe ${result.probe} ${service.name}: ${result.status} (${result.durationMs} ms) ${result.summary}`);
                out.results.push(result);
            };
            // health runs beside the read-only probes (it judges the check, not
            // the wait), persistence last (it restarts, re-creates and kills). All
            // of them share one wait for Redis to answer.
            const health = wanted.includes('health')
                ? runOne('health', session, findings, pos)
                : undefined;
            const link = await serverLink(session);
            if (!link.ok) {
                // Redis never answered: one clear cause, not the same symptom from
                // every probe (nor "password not known" for a server that never ran).
                const neverCreated = !up.ok && !(await inspectService(session).catch(() => undefined));
                const reason = neverCreated
                    ? neverCreatedReason(up.output, service.image?.raw)
                    : link.reason;
                if (health)
                    record(await health);
                for (const probe of wanted.filter((p) => p !== 'health')) {
                    record({
                        probe,
                        service: service.name,
                        ...(health
                            ? {
                                status: 'skip',
                                summary: mask(`not run: ${neverCreated ? 'the container was never created' : reason} (see the health probe)`),
                            }
                            : { status: 'fail', summary: mask(reason) }),
                        durationMs: 0,
                        evidence: [],
                    });
                }
            }
            else {
                // Probes that only read run beside the health probe; those that
                // write (a queue round trip, canaries) wait for its verdict: a write
                // can change the server's health (a full disk makes even PING answer
                // MISCONF), and the health probe judges the server as `up` left it.
                const run = (p) => runOne(p, session, findings, pos);
                const readOnly = wanted.filter((p) => p === 'network' || p === 'config');
                const writing = wanted.filter((p) => p === 'ping' || p === 'auth');
                const [healthResult, ...reads] = await Promise.all([health, ...readOnly.map(run)]);
                const prepared = wanted.includes('persistence') ? preparePersistence(session) : undefined;
                const writes = await Promise.all(writing.map(run));
                if (healthResult)
                    record(healthResult);
                const byProbe = new Map([...reads, ...writes].map((r) => [r.probe, r]));
                for (const p of wanted)
                    if (byProbe.has(p))
                        record(byProbe.get(p));
                if (wanted.includes('persistence')) {
                    record(await runOne('persistence', session, findings, pos, prepared));
                }
            }
            await closeServerLink(session);
            const failed = out.results.some((r) => r.status === 'fail');
            if ((failed || !up.ok) && !signal.aborted) {
                const tail = await runtime.exec(runtime.logsArgs(service.name, LOG_TAIL), 30_000);
                // compose prints terminal control sequences (erase-line) even with --no-color.
                out.logTail = mask(`${tail.stdout}${tail.stderr}`.replace(ANSI_ESCAPE, ''))
                    .split('\n')
                    .filter((l) => l.trim() !== '')
                    .slice(-LOG_TAIL);
            }
            return out;
        };
        const outcomes = await Promise.allSettled(services.map(probeService));
        // In the services' order, whichever finished first.
        outcomes.forEach((outcome, i) => {
            if (outcome.status !== 'fulfilled')
                return;
            results.push(...outcome.value.results);
            findings.push(...outcome.value.findings);
            if (outcome.value.logTail)
                logs[services[i].name] = outcome.value.logTail;
        });
        const thrown = outcomes.find((o) => o.status === 'rejected');
        if (thrown)
            throw thrown.reason;
    }
    finally {
        aborting.done();
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


/***/ }),

/***/ 642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProbeAbortedError: () => (/* binding */ ProbeAbortedError),
/* harmony export */   probeRunSignal: () => (/* binding */ probeRunSignal),
/* harmony export */   runCommand: () => (/* binding */ runCommand),
/* harmony export */   stopRunningCommands: () => (/* binding */ stopRunningCommands),
/* harmony export */   throwIfAborted: () => (/* binding */ throwIfAborted)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

// Output beyond this is dropped: probes read short replies, logs are tailed.
const MAX_OUTPUT = 1 << 20;
/** Commands still running, so a signal handler can stop them before tearing down. */
const running = new Set();
/** The abort controllers of the probe runs in progress (see probeRunSignal). */
const runs = new Set();
/**
 * A signal for one probe run, aborted by stopRunningCommands. Every probe and
 * every command of the run honours it; the teardown does not use it.
 */
function probeRunSignal() {
    const controller = new AbortController();
    runs.add(controller);
    return { signal: controller.signal, done: () => runs.delete(controller) };
}
/**
 * On SIGINT/SIGTERM: stops the probe logic first (aborts every probe run, so
 * no further `up`, `kill` or `start` begins), then kills the commands still
 * running: a compose `up` or `restart` outliving us would re-create
 * containers after the teardown.
 */
function stopRunningCommands() {
    for (const controller of runs)
        controller.abort();
    runs.clear();
    for (const child of running)
        child.kill('SIGKILL');
    running.clear();
}
/** Thrown by probe steps once their run is aborted. */
class ProbeAbortedError extends Error {
    constructor() {
        super('the probe run was stopped (SIGINT/SIGTERM)');
        this.name = 'ProbeAbortedError';
    }
}
function throwIfAborted(signal) {
    if (signal?.aborted)
        throw new ProbeAbortedError();
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
    if (options.signal?.aborted) {
        resolve({ argv, code: null, stdout, stderr, durationMs: 0, timedOut, spawnError: 'aborted' });
        return;
    }
    const [program, ...args] = argv;
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
        cwd: options.cwd,
        env: options.env,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    const onAbort = () => child.kill('SIGKILL');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.on('close', () => {
        running.delete(child);
        options.signal?.removeEventListener('abort', onAbort);
    });
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


/***/ }),

/***/ 2199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ ComposeRuntime),
/* harmony export */   EX: () => (/* binding */ composeEnvironment),
/* harmony export */   Fr: () => (/* binding */ ComposeUnavailableError),
/* harmony export */   NV: () => (/* binding */ PROJECT_LABEL),
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   gF: () => (/* binding */ teardownArgs),
/* harmony export */   ib: () => (/* binding */ detectCompose),
/* harmony export */   o1: () => (/* binding */ dockerCliFor),
/* harmony export */   oD: () => (/* binding */ uniqueProjectName),
/* harmony export */   zA: () => (/* binding */ PROJECT_PREFIX)
/* harmony export */ });
/* unused harmony export parseComposeVersion */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(642);


/** Every project we start is named with this prefix, so tests (and people) can find leftovers. */
const PROJECT_PREFIX = 'redis-readiness-';
/** Compose's project label: on our containers, networks and volumes, and on our helper containers, so the teardown finds them all. */
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
async function detectCompose(override, run = _process_js__WEBPACK_IMPORTED_MODULE_1__.runCommand) {
    const candidates = override?.length ? [override] : [['docker', 'compose'], ['docker-compose']];
    const problems = [];
    for (const command of candidates) {
        // The engine check runs alongside: both are quick, and both are needed.
        const env = composeEnvironment(process.env);
        const [result, engine] = await Promise.all([
            run([...command, 'version', '--short'], { env, timeoutMs: 20_000 }),
            run([...dockerCliFor(command), 'version', '--format', '{{.Server.Version}}'], {
                env,
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
            problems.push(`${label}: not available (${firstLine(result.stderr || result.stdout)})`);
            continue;
        }
        if (version.major < 2) {
            problems.push(`${label}: Compose ${version.raw} (v1) is not supported`);
            continue;
        }
        if (engine.code !== 0 && !engine.spawnError) {
            throw new ComposeUnavailableError(`Found ${label} ${version.raw}, but the Docker engine does not answer ` +
                `(${firstLine(engine.stderr)}). Start dockerd, or run with probes: none.`);
        }
        return { command, version };
    }
    throw new ComposeUnavailableError(`No usable Docker Compose: ${problems.join('; ')}. ${INSTALL_HINT}`);
}
function firstLine(text) {
    return text.trim().split('\n')[0]?.slice(0, 200) || 'no output';
}
/** The docker CLI that goes with a compose command (`/x/docker compose` -> `/x/docker`). */
function dockerCliFor(composeCommand) {
    const [first, second] = composeCommand;
    if (first && second === 'compose')
        return [first];
    return ['docker'];
}
/** A fresh project name: unique per run, so two jobs on one runner never collide. */
function uniqueProjectName() {
    return `${PROJECT_PREFIX}${Date.now().toString(36)}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
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
        this.run = config.run ?? _process_js__WEBPACK_IMPORTED_MODULE_1__.runCommand;
        this.docker = dockerCliFor(config.command);
    }
    get projectName() {
        return this.config.projectName;
    }
    /** `<compose> -p <ours> --project-directory <dir> -f <file>...`. */
    baseArgs() {
        const { command, projectName, projectDirectory, files } = this.config;
        const fileArgs = files.flatMap((f) => ['-f', f]);
        return [...command, '-p', projectName, '--project-directory', projectDirectory, ...fileArgs];
    }
    /**
     * No `--wait`: it would wait for the first healthcheck (an `interval` after
     * the start); the probes wait for Redis to answer instead, and the health
     * probe judges the check itself.
     */
    upArgs(services, pull) {
        return [...this.baseArgs(), 'up', '-d', '--pull', pull, '--', ...services];
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
            '--',
            service,
        ];
    }
    /** After the container's removal: bring the service back on the volumes that survived. */
    upAgainArgs(service) {
        return [
            ...this.baseArgs(),
            'up',
            '-d',
            '--no-deps',
            '--no-build',
            '--pull',
            'never',
            '--',
            service,
        ];
    }
    restartArgs(service) {
        return [...this.baseArgs(), 'restart', '--', service];
    }
    stopArgs(service) {
        return [...this.baseArgs(), 'stop', '--', service];
    }
    startArgs(service) {
        return [...this.baseArgs(), 'start', '--', service];
    }
    killArgs(service, signal = 'SIGKILL') {
        return [...this.baseArgs(), 'kill', '-s', signal, '--', service];
    }
    /**
     * What `down` without `-v` does to one service (persistence step 3): its
     * containers stopped and removed, its volumes (named and anonymous) kept.
     * Not `down` itself: that removes every service of the project, and so
     * the containers of the other Redis services being probed; and compose v2
     * releases differ on `down <service>` (early ones ignore the names, some
     * refuse them), while `rm --stop` takes them in every one.
     */
    removeKeepVolumesArgs(service) {
        return [...this.baseArgs(), 'rm', '--stop', '--force', '--', service];
    }
    logsArgs(service, tail = 50) {
        return [
            ...this.baseArgs(),
            'logs',
            '--no-color',
            '--no-log-prefix',
            '--tail',
            String(tail),
            '--',
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
            '--',
            service,
            'sh',
            '-c',
            script,
        ];
    }
    /**
     * A short-lived helper container on one of our project's networks, labelled
     * as ours so the teardown removes it should `--rm` not happen.
     */
    helperArgs(image, network, script, envNames = []) {
        return [
            ...this.docker,
            'run',
            '--rm',
            '--name',
            `${this.config.projectName}-probe-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')}`,
            '--label',
            `${PROJECT_LABEL}=${this.config.projectName}`,
            '--network',
            network,
            '--entrypoint',
            'sh',
            ...envNames.flatMap((name) => ['-e', name]),
            '--',
            image,
            '-c',
            script,
        ];
    }
    inspectArgs(...containerIds) {
        return [...this.docker, 'inspect', '--', ...containerIds];
    }
    exec(argv, timeoutMs, extraEnv = {}) {
        return this.run(argv, {
            cwd: this.config.projectDirectory,
            env: { ...this.config.env, ...extraEnv },
            timeoutMs,
            ...(this.config.signal ? { signal: this.config.signal } : {}),
        });
    }
}
/** `down -v --remove-orphans` by project name alone: needs no compose file, touches nothing else. */
function teardownArgs(command, projectName) {
    return [...command, '-p', projectName, 'down', '-v', '--remove-orphans', '--timeout', '5'];
}
/**
 * Runner variables compose and the docker CLI need to find and talk to the
 * engine. Nothing else of the runner's environment is passed: not its tokens
 * (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_*, GITHUB_TOKEN), and not
 * COMPOSE_FILE, COMPOSE_PROJECT_NAME, COMPOSE_PROFILES or COMPOSE_ENV_FILES,
 * which would redirect compose to other files or another project.
 */
const ENGINE_VARIABLES = [
    'PATH',
    'HOME',
    'TMPDIR',
    'XDG_RUNTIME_DIR',
    'DOCKER_HOST',
    'DOCKER_CONTEXT',
    'DOCKER_CONFIG',
    'DOCKER_CERT_PATH',
    'DOCKER_TLS',
    'DOCKER_TLS_VERIFY',
    'DOCKER_API_VERSION',
    'DOCKER_BUILDKIT',
    'DOCKER_DEFAULT_PLATFORM',
    'BUILDKIT_PROGRESS',
    'COMPOSE_ANSI',
    'COMPOSE_STATUS_STDOUT',
    'COMPOSE_PARALLEL_LIMIT',
];
/**
 * The minimal environment of every compose and docker command of a probe
 * run: the engine variables from the runner's own environment (never from
 * the project's .env, which a pull request controls), plus the project
 * variables compose must read itself (configs and secrets with an
 * `environment:` source), given by name.
 */
function composeEnvironment(runnerEnv, projectEnv = {}, projectNames = []) {
    const env = {};
    for (const name of ENGINE_VARIABLES) {
        const value = runnerEnv[name];
        if (value !== undefined)
            env[name] = value;
    }
    for (const name of projectNames) {
        const value = projectEnv[name];
        if (value !== undefined && !(name in env))
            env[name] = value;
    }
    return env;
}


/***/ })

};
