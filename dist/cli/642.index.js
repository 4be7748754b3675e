export const id = 642;
export const ids = [642];
export const modules = {

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


/***/ })

};
