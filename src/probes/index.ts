import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../findings.js';
import type { RedisServiceModel } from '../redis/types.js';
import { probeAuth } from './auth.js';
import { probeConfig } from './config.js';
import { inspectService, volumeNames, volumesOfProject } from './container.js';
import { neverCreatedReason, probeHealth } from './health.js';
import { probeNetwork } from './network.js';
import { planIsolation, refusalSummary } from './isolation.js';
import { buildProbeProject } from './probe-project.js';
import { preparePersistence, probePersistence, type PreparedPersistence } from './persistence.js';
import { probePing } from './ping.js';
import { probeRunSignal, runCommand, type CommandRunner } from './process.js';
import {
  ComposeRuntime,
  ComposeUnavailableError,
  composeEnvironment,
  detectCompose,
  dockerCliFor,
  firstLine,
  PROJECT_LABEL,
  teardownArgs,
  uniqueProjectName,
} from './runtime.js';
import {
  consumerPasswordEnv,
  PASSWORD_ENV,
  WRONG_PASSWORD_ENV,
  type ServiceSession,
  type UpOutcome,
} from './session.js';
import type { ProbeId, ProbeOptions, ProbeResult, ProbeRun, ProbeState } from './types.js';

export { ComposeUnavailableError, detectCompose, PROJECT_PREFIX } from './runtime.js';
export type * from './types.js';
export { ALL_PROBES } from './types.js';

/** Order matters: persistence restarts, re-creates and kills the container, so it runs last. */
const ORDER: ProbeId[] = ['health', 'ping', 'auth', 'network', 'config', 'persistence'];

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
export async function runProbes(options: ProbeOptions): Promise<ProbeRun> {
  const mask = options.mask;
  const log = (line: string) => options.log?.(mask(line));
  const candidates = options.redis.services.filter((s) => s.active && !s.sentinel);
  const results: ProbeResult[] = [];
  const findings: Finding[] = [];
  const logs: Record<string, string[]> = {};
  const wanted = ORDER.filter((p) => options.probes.includes(p));
  if (candidates.length === 0 || wanted.length === 0) {
    return { results, findings, logs };
  }

  // What may start, from the model alone: refused services are reported (the
  // probe-isolation rule says why, at the field), never started.
  const loadEnv = { ...process.env, ...options.project.environment };
  const plan = planIsolation(options.project, candidates, loadEnv);
  for (const issue of plan.issues) {
    log(
      `probes: ${issue.service}: ${issue.action} ${issue.field}: ${issue.reason} (probe-isolation)`,
    );
  }
  for (const [service, issues] of plan.refused) {
    for (const probe of wanted) {
      results.push({
        probe,
        service,
        status: 'skip',
        summary: mask(refusalSummary(issues)),
        durationMs: 0,
        evidence: [],
      });
    }
  }
  const planned = new Map(plan.services.map((s) => [s.name, s]));
  const services = candidates.filter((s) => planned.has(s.name));
  if (services.length === 0) return { results, findings, logs };

  let detected;
  try {
    detected = await detectCompose(options.composeCommand);
  } catch (error) {
    if (!(error instanceof ComposeUnavailableError)) throw error;
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
  const tempDir = mkdtempSync(join(tmpdir(), 'redis-readiness-'));
  const state: ProbeState = {
    composeCommand: detected.command,
    projectName,
    tempPaths: [tempDir],
    workingDir: options.project.workingDir,
    volumes: [],
  };
  options.saveState?.(state);
  const aborting = probeRunSignal();
  const { signal } = aborting;

  try {
    // The probe project is ours alone: generated in our temp dir, which is
    // also its project directory, so no .env or compose file of the user's
    // is read by compose.
    const projectFile = join(tempDir, 'redis-readiness.probe.json');
    writeFileSync(projectFile, buildProbeProject(plan, options.project.model, projectName), {
      mode: 0o600,
    });

    const secretEnv = secretsFor(services, options);
    const runtime = new ComposeRuntime({
      command: detected.command,
      version: detected.version,
      projectName,
      projectDirectory: tempDir,
      files: [projectFile],
      env: composeEnvironment(process.env, loadEnv, plan.composeEnvNames),
      signal,
    });
    /** Every volume our containers use, recorded before a step replaces them (and saved for post). */
    const trackVolumes = async () => {
      const found = await volumesOfProject(runtime, 30_000);
      const fresh = found.filter((v) => !state.volumes!.includes(v));
      if (fresh.length === 0) return;
      state.volumes!.push(...fresh);
      options.saveState?.(state);
    };
    const timeoutSeconds = Math.max(1, options.timeoutSeconds);
    log(
      `probes: starting ${services.map((s) => s.name).join(', ')} as compose project ${projectName}`,
    );
    const upArgv = runtime.upArgs(
      services.map((s) => s.name),
      options.pull,
      timeoutSeconds,
    );
    const upResult = await runtime.exec(upArgv, (timeoutSeconds + 60) * 1000);
    const up: UpOutcome = {
      ok: upResult.code === 0,
      durationMs: upResult.durationMs,
      output: mask(`${upResult.stderr}\n${upResult.stdout}`.trim()),
    };
    log(`probes: up ${up.ok ? 'ok' : 'FAILED'} in ${up.durationMs} ms`);
    if (!up.ok) log(up.output.split('\n').slice(-5).join('\n'));

    const runId = randomBytes(4).toString('hex');
    for (const service of services) {
      if (signal.aborted) break;
      const session: ServiceSession = {
        runtime,
        model: options.project.model,
        service,
        ...(passwordOf(service, options) !== undefined
          ? { password: passwordOf(service, options)! }
          : {}),
        secretEnv: secretEnv.get(service.name)!,
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
      const pos = options.project.sources.locate(['services', service.name]) ?? {
        file: options.project.files[0] ?? options.project.workingDir,
        line: 1,
        column: 1,
      };
      // health first (it reads the state `up` left), persistence last (it
      // restarts, re-creates and kills); the read-only ones in between run
      // side by side, since each mostly waits on the engine.
      const record = (result: ProbeResult) => {
        log(
          `probe ${result.probe} ${service.name}: ${result.status} (${result.durationMs} ms) ${result.summary}`,
        );
        results.push(result);
      };
      if (wanted.includes('health')) record(await runOne('health', session, findings, pos));
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
      } else {
        const middle = wanted.filter((p) => p !== 'health' && p !== 'persistence');
        const prepared = wanted.includes('persistence') ? preparePersistence(session) : undefined;
        const concurrent = await Promise.all(middle.map((p) => runOne(p, session, findings, pos)));
        concurrent.forEach(record);
        if (wanted.includes('persistence')) {
          record(await runOne('persistence', session, findings, pos, prepared));
        }
      }
      const failed = results.some((r) => r.service === service.name && r.status === 'fail');
      if ((failed || !up.ok) && !signal.aborted) {
        const tail = await runtime.exec(runtime.logsArgs(service.name, LOG_TAIL), 30_000);
        // compose prints terminal control sequences (erase-line) even with --no-color.
        logs[service.name] = mask(`${tail.stdout}${tail.stderr}`.replace(ANSI_ESCAPE, ''))
          .split('\n')
          .filter((l) => l.trim() !== '')
          .slice(-LOG_TAIL);
      }
    }
  } finally {
    aborting.done();
    const problem = await teardown(state);
    if (problem) (options.warn ?? options.log)?.(mask(problem));
  }
  return { results, findings, logs };
}

async function runOne(
  probe: ProbeId,
  session: ServiceSession,
  findings: Finding[],
  pos: Finding['pos'],
  prepared?: PreparedPersistence,
): Promise<ProbeResult> {
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
  } catch (error) {
    return {
      probe,
      service: session.service.name,
      status: 'fail',
      summary: session.mask(
        `the probe could not run: ${error instanceof Error ? error.message : String(error)}`,
      ),
      durationMs: Math.round(performance.now() - started),
      evidence: [],
    };
  }
}

/** The password the server should require: the model's value, else the redis-password input. */
function passwordOf(service: RedisServiceModel, options: ProbeOptions): string | undefined {
  if (!service.password) return undefined;
  return service.password.value ?? options.redisPassword;
}

/** Secret values by env name, per service; a wrong password that cannot equal the right one. */
function secretsFor(
  services: RedisServiceModel[],
  options: ProbeOptions,
): Map<string, Record<string, string>> {
  const byService = new Map<string, Record<string, string>>();
  for (const service of services) {
    const env: Record<string, string> = {};
    const password = passwordOf(service, options);
    if (password !== undefined) env[PASSWORD_ENV] = password;
    env[WRONG_PASSWORD_ENV] = `wrong-${randomBytes(12).toString('hex')}`;
    service.consumers.forEach((consumer, index) => {
      if (consumer.password !== undefined) env[consumerPasswordEnv(index)] = consumer.password;
    });
    byService.set(service.name, env);
  }
  return byService;
}

/** Teardowns in progress, by project: a signal handler and the run itself share one. */
const teardowns = new Map<string, Promise<string | undefined>>();

/**
 * Removes everything of the probe project: the volumes its containers use
 * are recorded, then `down -v --remove-orphans` by project name (no compose
 * file needed), then a sweep by label for anything left (a container an
 * aborted command was still creating), then every recorded volume that
 * survived (anonymous volumes of containers that `down` without `-v` or a
 * re-creation left behind carry no label), then our temp files. Touches
 * nothing that is not labelled with our project, named after it, or an
 * anonymous volume one of its containers used. Returns why it may not have
 * removed everything, for the caller to print as a warning.
 */
export function teardown(
  state: ProbeState,
  run: CommandRunner = runCommand,
): Promise<string | undefined> {
  const pending = teardowns.get(state.projectName);
  if (pending) return pending;
  const started = teardownNow(state, run).finally(() => teardowns.delete(state.projectName));
  teardowns.set(state.projectName, started);
  return started;
}

async function teardownNow(state: ProbeState, run: CommandRunner): Promise<string | undefined> {
  const cwd = state.tempPaths.find((p) => existsDir(p)) ?? tmpdir();
  const env = composeEnvironment(process.env);
  const docker = dockerCliFor(state.composeCommand);
  const volumes = new Set(state.volumes ?? []);
  const before = await listOurs(state, run);
  if (before.ids.container.length) {
    const inspected = await run([...docker, 'inspect', '--', ...before.ids.container], {
      env,
      timeoutMs: 30_000,
    });
    for (const name of volumeNames(inspected.stdout)) volumes.add(name);
  }
  const down = await run(teardownArgs(state.composeCommand, state.projectName), {
    cwd,
    env,
    timeoutMs: 120_000,
  });
  let left = await listOurs(state, run);
  if (down.code !== 0 || idsOf(left).length > 0) {
    await sweep(state, run, left);
    left = await listOurs(state, run);
  }
  const ours = [...volumes].filter((v) => isProbeVolume(v, state.projectName));
  if (ours.length) {
    const present = await run([...docker, 'volume', 'ls', '-q'], { env, timeoutMs: 30_000 });
    const existing = new Set(present.stdout.split('\n').filter(Boolean));
    const remove = ours.filter((v) => existing.has(v));
    if (remove.length) {
      const removed = await run([...docker, 'volume', 'rm', '-f', '--', ...remove], {
        env,
        timeoutMs: 60_000,
      });
      if (removed.code !== 0) left.ids.volume.push(...remove);
    }
  }
  let problem: string | undefined;
  const ids = idsOf(left);
  if (!left.answered || ids.length > 0) {
    const what = left.answered
      ? `still there: ${ids.join(', ')}`
      : `the engine did not answer (${firstLine(down.stderr || down.stdout) || `exit ${down.code}`})`;
    const command = teardownArgs(state.composeCommand, state.projectName).slice(0, -2).join(' ');
    problem = `could not remove everything of the probe project ${state.projectName}: ${what}. Once the engine answers, run: ${command}`;
  }
  for (const path of state.tempPaths) rmSync(path, { recursive: true, force: true });
  return problem;
}

/** An anonymous volume (64 hex digits) or one named after our project: nothing else is removed. */
function isProbeVolume(name: string, projectName: string): boolean {
  return /^[0-9a-f]{64}$/.test(name) || name.startsWith(`${projectName}_`);
}

function idsOf(left: { ids: Record<string, string[]> }): string[] {
  return Object.entries(left.ids).flatMap(([kind, list]) => list.map((id) => `${kind} ${id}`));
}

/** Containers, volumes and networks labelled with our project; `answered` is false when a listing failed. */
async function listOurs(
  state: ProbeState,
  run: CommandRunner,
): Promise<{ answered: boolean; ids: Record<'container' | 'volume' | 'network', string[]> }> {
  const docker = dockerCliFor(state.composeCommand);
  const filter = `label=${PROJECT_LABEL}=${state.projectName}`;
  const env = composeEnvironment(process.env);
  const list = (args: string[]) =>
    run([...docker, ...args, '--filter', filter], { env, timeoutMs: 30_000 });
  const [containers, volumes, networks] = await Promise.all([
    list(['ps', '-aq']),
    list(['volume', 'ls', '-q']),
    list(['network', 'ls', '-q']),
  ]);
  const ids = (r: { stdout: string }) => r.stdout.split('\n').filter(Boolean);
  return {
    answered: [containers, volumes, networks].every((r) => r.code === 0),
    ids: { container: ids(containers), volume: ids(volumes), network: ids(networks) },
  };
}

async function sweep(
  state: ProbeState,
  run: CommandRunner,
  { ids }: { ids: Record<'container' | 'volume' | 'network', string[]> },
): Promise<void> {
  const docker = dockerCliFor(state.composeCommand);
  const env = composeEnvironment(process.env);
  if (ids.container.length)
    await run([...docker, 'rm', '-f', '-v', '--', ...ids.container], { env, timeoutMs: 60_000 });
  await Promise.all([
    ids.volume.length
      ? run([...docker, 'volume', 'rm', '-f', '--', ...ids.volume], { env, timeoutMs: 60_000 })
      : undefined,
    ids.network.length
      ? run([...docker, 'network', 'rm', '--', ...ids.network], { env, timeoutMs: 60_000 })
      : undefined,
  ]);
}

function existsDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
