export const id = 554;
export const ids = [554,642];
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
