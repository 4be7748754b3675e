import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../findings.js';
import type { RedisServiceModel } from '../redis/types.js';
import { probeAuth } from './auth.js';
import { probeConfig } from './config.js';
import { closeServerLink, serverLink } from './client.js';
import { detectedCompose } from './detect-early.js';
import { inspectService, volumesOf, type ContainerInfo } from './container.js';
import { neverCreatedReason, probeHealth } from './health.js';
import { probeNetwork } from './network.js';
import { planIsolation, refusalSummary } from './isolation.js';
import { buildProbeProject } from './probe-project.js';
import { teardown } from './teardown.js';
import { preparePersistence, probePersistence, type PreparedPersistence } from './persistence.js';
import { probePing } from './ping.js';
import { probeRunSignal } from './process.js';
import {
  ComposeRuntime,
  ComposeUnavailableError,
  composeEnvironment,
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
export { detectComposeEarly } from './detect-early.js';
export { teardown } from './teardown.js';
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
    detected = await detectedCompose(options.composeCommand);
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
    const trackVolumes = (container: ContainerInfo) => {
      const fresh = volumesOf(container).filter((v) => !state.volumes!.includes(v));
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
    // Each service has its own container, connections and steps (the
    // persistence probe's steps act on that service alone), so the services
    // are probed side by side. Every one is waited for, even when another
    // throws: the teardown must not start while a probe still acts.
    const probeService = async (service: RedisServiceModel): Promise<ServiceOutcome> => {
      const out: ServiceOutcome = { results: [], findings: [] };
      if (signal.aborted) return out;
      const session: ServiceSession = {
        runtime,
        model: options.project.model,
        service,
        ...(passwordOf(service, options) !== undefined
          ? { password: passwordOf(service, options)! }
          : {}),
        secretEnv: secretEnv.get(service.name)!,
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
      const record = (result: ProbeResult) => {
        log(
          `probe ${result.probe} ${service.name}: ${result.status} (${result.durationMs} ms) ${result.summary}`,
        );
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
        if (health) record(await health);
        for (const probe of wanted.filter((p) => p !== 'health')) {
          record({
            probe,
            service: service.name,
            ...(health
              ? {
                  status: 'skip',
                  summary: mask(
                    `not run: ${neverCreated ? 'the container was never created' : reason} (see the health probe)`,
                  ),
                }
              : { status: 'fail', summary: mask(reason) }),
            durationMs: 0,
            evidence: [],
          });
        }
      } else {
        // Probes that only read run beside the health probe; those that
        // write (a queue round trip, canaries) wait for its verdict: a write
        // can change the server's health (a full disk makes even PING answer
        // MISCONF), and the health probe judges the server as `up` left it.
        const run = (p: ProbeId) => runOne(p, session, findings, pos);
        const readOnly = wanted.filter((p) => p === 'network' || p === 'config');
        const writing = wanted.filter((p) => p === 'ping' || p === 'auth');
        const [healthResult, ...reads] = await Promise.all([health, ...readOnly.map(run)]);
        const prepared = wanted.includes('persistence') ? preparePersistence(session) : undefined;
        const writes = await Promise.all(writing.map(run));
        if (healthResult) record(healthResult);
        const byProbe = new Map([...reads, ...writes].map((r) => [r!.probe, r!]));
        for (const p of wanted) if (byProbe.has(p)) record(byProbe.get(p)!);
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
      if (outcome.status !== 'fulfilled') return;
      results.push(...outcome.value.results);
      findings.push(...outcome.value.findings);
      if (outcome.value.logTail) logs[services[i]!.name] = outcome.value.logTail;
    });
    const thrown = outcomes.find((o) => o.status === 'rejected');
    if (thrown) throw thrown.reason;
  } finally {
    aborting.done();
    const problem = await teardown(state);
    if (problem) (options.warn ?? options.log)?.(mask(problem));
  }
  return { results, findings, logs };
}

/** What the probes of one service produced. */
interface ServiceOutcome {
  results: ProbeResult[];
  findings: Finding[];
  /** The container's last log lines, when a probe failed or `up` did. */
  logTail?: string[];
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
