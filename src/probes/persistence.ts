import type { CliStep } from './cli.js';
import { newIncarnation, runSteps, type StepsOutcome } from './client.js';
import { inspectService, type ContainerInfo } from './container.js';
import { killContainer, restartContainer, startContainer } from './engine-ops.js';
import { firstLine, unknownPasswordReason } from './ping.js';
import { ProbeRecorder } from './result.js';
import { describeFailure, withPassword, type ServiceSession } from './session.js';
import { ProbeAbortedError, throwIfAborted, type CommandResult } from './process.js';
import { cleanTarget, isAtOrBelow } from '../compose/volumes.js';
import type { ProbeResult } from './types.js';

/** What the server was told to do with its data, as it reports it. */
export interface PersistencePromise {
  aof: boolean;
  appendfsync: string;
  /** RDB save points, e.g. '3600 1 300 100'; '' = none. */
  save: string;
  /** Where the data directory lives. */
  volume: 'named volume' | 'bind mount' | 'anonymous volume' | 'tmpfs' | 'container layer';
  volumeName?: string;
}

function describePromise(p: PersistencePromise): string {
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
function withPause(steps: CliStep[], seconds: number): CliStep[] {
  return steps.map((s, i) => (i === 0 ? { ...s, pauseSeconds: seconds } : s));
}

/** The three kinds of data a Celery deployment keeps in Redis. */
const CANARY_KINDS = ['string', 'queue', 'result'] as const;
type CanaryKind = (typeof CANARY_KINDS)[number];

function canaryKeys(session: ServiceSession, set: string): Record<CanaryKind, string> {
  const base = `redis-readiness:canary:${session.runId}:${set}`;
  return { string: `${base}:string`, queue: `${base}:queue`, result: `${base}:result` };
}

/** Writes a string, a list like a Celery queue, and a hash with a TTL like a task result. */
function writeSteps(session: ServiceSession, set: string): CliStep[] {
  const k = canaryKeys(session, set);
  return [
    { id: `w-${set}-s`, args: ['SET', k.string, `canary-${set}`] },
    { id: `w-${set}-q`, args: ['LPUSH', k.queue, 'task-1', 'task-2', 'task-3'] },
    { id: `w-${set}-r`, args: ['HSET', k.result, 'status', 'SUCCESS', 'result', '42'] },
    { id: `w-${set}-t`, args: ['EXPIRE', k.result, '86400'] },
  ].map((s) => withPassword(session, s));
}

function readSteps(session: ServiceSession, set: string): CliStep[] {
  const k = canaryKeys(session, set);
  return [
    { id: `r-${set}-s`, args: ['GET', k.string] },
    { id: `r-${set}-q`, args: ['LLEN', k.queue] },
    { id: `r-${set}-r`, args: ['HGET', k.result, 'status'] },
    { id: `r-${set}-t`, args: ['TTL', k.result] },
  ].map((s) => withPassword(session, s));
}

interface Survival {
  kept: CanaryKind[];
  lost: CanaryKind[];
}

function survival(replies: Map<string, { output: string }>, set: string): Survival {
  const get = (id: string) => replies.get(`r-${set}-${id}`)?.output.trim() ?? '';
  const alive: Record<CanaryKind, boolean> = {
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
function writeRefusal(replies: Map<string, { output: string }>, set: string): string | undefined {
  for (const kind of ['s', 'q', 'r', 't']) {
    const output = replies.get(`w-${set}-${kind}`)?.output.trim() ?? '';
    if (/^(\(error\) )?(MISCONF|ERR|READONLY|OOM|NOAUTH|NOPERM)\b/.test(output))
      return firstLine(output);
  }
  return undefined;
}

function describeSurvival(s: Survival): string {
  if (s.lost.length === 0) return `kept ${s.kept.length}/3 (${s.kept.join(', ')})`;
  return `kept ${s.kept.length}/3${s.kept.length ? ` (${s.kept.join(', ')})` : ''}, LOST ${s.lost.join(', ')}`;
}

/**
 * What holds the data dir: the mount at it or at the nearest directory above
 * it (paths compared as the engine and Redis normalise them). A host bind
 * mount the probe replaced with a volume of its own is reported as the bind
 * mount it stands for: on the user's machine the data persists there.
 */
function volumeOf(
  info: ContainerInfo,
  dataDir: string,
  bindReplaced: boolean,
): Pick<PersistencePromise, 'volume' | 'volumeName'> {
  const dir = cleanTarget(dataDir);
  const mount = info.mounts
    .filter((m) => isAtOrBelow(dir, cleanTarget(m.destination)))
    .sort((a, b) => b.destination.length - a.destination.length)[0];
  if (!mount) return { volume: 'container layer' };
  if (mount.type === 'bind' || bindReplaced) return { volume: 'bind mount' };
  if (mount.type === 'tmpfs') return { volume: 'tmpfs' };
  if (mount.name && /^[0-9a-f]{64}$/.test(mount.name)) return { volume: 'anonymous volume' };
  return { volume: 'named volume', ...(mount.name ? { volumeName: mount.name } : {}) };
}

export interface PreparedPersistence {
  info: Promise<ContainerInfo | undefined>;
  first: Promise<StepsOutcome>;
}

/**
 * The first, harmless part of the persistence probe: read what the server
 * promises and write the first canaries. Started alongside the read-only
 * probes, so it shares their `exec`.
 */
export function preparePersistence(session: ServiceSession): PreparedPersistence | undefined {
  if (unknownPasswordReason(session)) return undefined;
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
export async function probePersistence(
  session: ServiceSession,
  prepared: PreparedPersistence | undefined = preparePersistence(session),
): Promise<ProbeResult> {
  const rec = new ProbeRecorder('persistence', session.service.name, session.mask);
  const unknown = unknownPasswordReason(session);
  if (unknown || !prepared) return rec.skip(unknown ?? 'nothing to probe');
  const [info, first] = await Promise.all([prepared.info, prepared.first]);
  if (!first.link.ok) return rec.skip(`not run: ${first.link.reason}`);
  if (!info?.running) return rec.skip('the Redis container is not running (see the health probe)');
  if (first.link.note) rec.note(first.link.note);
  const { runtime, service } = session;
  if (first.replies.get('w-restart-s')?.output.trim() !== 'OK') {
    return rec.fail(
      `could not write canary data: ${firstLine(first.replies.get('w-restart-s')?.output ?? first.problem ?? '')}`,
    );
  }
  // The first write is acknowledged before Redis tries to persist it; a full
  // or read-only disk shows on the writes after it (MISCONF).
  const refused = writeRefusal(first.replies, 'restart');
  if (refused) {
    return rec.fail(
      `Redis cannot persist writes: ${refused}` +
        (/no space/i.test(refused) ? ' (the data volume is full: give it more space)' : ''),
    );
  }
  const configValue = (id: string) => first.replies.get(id)?.output.split('\n')[1]?.trim();
  const dataDir = configValue('dir') || service.dataDir;
  const promise: PersistencePromise = {
    aof: (configValue('aof') ?? directive(session, 'appendonly') ?? 'no') === 'yes',
    appendfsync: configValue('fsync') ?? directive(session, 'appendfsync') ?? 'everysec',
    save: configValue('save') ?? directive(session, 'save') ?? '',
    ...volumeOf(info, dataDir, session.dataBindReplaced === true),
  };
  const promiseText = describePromise(promise);
  rec.note(`configuration: ${promiseText}`);
  const failures: string[] = [];
  try {
    return await runSteps();
  } catch (error) {
    // The container went away under us (killed, engine gone): say so, rather
    // than report the canaries it could not read as lost.
    if (error instanceof NoAnswerError || error instanceof ProbeAbortedError)
      return rec.fail(error.message);
    throw error;
  }

  async function runSteps(): Promise<ProbeResult> {
    // 1. restart (the engine's restart of the container, as compose restart does)
    await engineStep(session, 'restart', (id, ms) => restartContainer(runtime, id, ms));
    const afterRestart = await readAndWrite(session, 'restart', 'recreate', 'restart');
    const restart = survival(afterRestart, 'restart');
    rec.note(`1. restart: ${describeSurvival(restart)}`);
    if (restart.lost.length)
      failures.push(
        `a restart lost ${restart.lost.join(', ')} (${promise.aof || promise.save ? 'check the data dir and save on shutdown' : 'no AOF and no RDB save points: nothing is written to disk'})`,
      );

    // 2. re-create the container, as a deploy does. The same exec writes the
    // older crash canaries: when step 3 runs in between, its clean stop puts
    // them on disk; otherwise they wait until Redis can no longer hold them
    // back (CRASH_AGE_SECONDS) before the newest go in.
    // down/up runs for an anonymous volume too: it is where persist-no-volume
    // says the data is lost, and the probe must show the same.
    const downRuns =
      promise.volume === 'named volume' ||
      promise.volume === 'bind mount' ||
      promise.volume === 'anonymous volume';
    await trackCurrentVolumes(session);
    await step(session, runtime.recreateArgs(service.name));
    const afterRecreate = await readWhenReady(
      session,
      [
        ...readSteps(session, 'recreate'),
        ...writeSteps(session, 'crash-old'),
        ...(downRuns
          ? writeSteps(session, 'down')
          : withPause(writeSteps(session, 'crash-new'), CRASH_AGE_SECONDS)),
      ],
      're-creation',
    );
    const recreate = survival(afterRecreate, 'recreate');
    rec.note(`2. re-create (up --force-recreate): ${describeSurvival(recreate)}`);
    if (recreate.lost.length) {
      failures.push(
        `re-creating the container lost ${recreate.lost.join(', ')}` +
          (promise.volume === 'container layer' || promise.volume === 'tmpfs'
            ? ` (the data dir ${dataDir} is on the ${promise.volume}: mount a named volume there)`
            : ''),
      );
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
        failures.push(
          `down and up lost ${down.lost.join(', ')}` +
            (promise.volume === 'anonymous volume'
              ? ` (the data dir ${dataDir} is on an anonymous volume, which up replaces with a new one: mount a named volume there)`
              : ''),
        );
      }
    } else {
      rec.note(
        `3. down and up: not run (the data dir is on ${promise.volume}, which down discards)`,
      );
    }

    // 4. crash: SIGKILL right after a write.
    const killed = await engineStep(session, 'kill -s SIGKILL', (id, ms) =>
      killContainer(runtime, id, ms),
    );
    if (killed.code !== 0) rec.note(`kill: ${describeFailure(session, killed)}`);
    // The same container (by the id the kill used, no new inspection); a
    // restart policy may already be restarting it, and `start` then does nothing.
    await engineStep(
      session,
      'start',
      (id, ms) => startContainer(runtime, id, ms),
      killed.containerId,
    );
    const afterCrash = await readWhenReady(
      session,
      [...readSteps(session, 'crash-old'), ...readSteps(session, 'crash-new')],
      'SIGKILL and start',
    );
    // Older canaries that `down` already lost say nothing about the crash.
    const crashOld = downLost
      ? { kept: [...CANARY_KINDS], lost: [] }
      : survival(afterCrash, 'crash-old');
    const crashNew = survival(afterCrash, 'crash-new');
    rec.note(
      `4. SIGKILL: data written ${downRuns ? 'before the down and up (on disk since its clean stop)' : 'over two seconds earlier'} ${describeSurvival(crashOld)}; data written just before ${describeSurvival(crashNew)}`,
    );
    const crashVerdict = judgeCrash(promise, crashOld, crashNew);
    rec.note(`   promised: ${crashVerdict.promise}`);
    if (crashVerdict.failure) failures.push(crashVerdict.failure);

    if (failures.length) return rec.fail(failures.join('; '));
    return rec.pass(
      `canary data survived restart and re-creation (${promiseText}); crash: ${crashVerdict.summary}`,
    );
  }
}

function judgeCrash(
  p: PersistencePromise,
  old: Survival,
  fresh: Survival,
): { promise: string; summary: string; failure?: string } {
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
      promise:
        'appendfsync everysec: at most the last second or two of writes (Redis holds writes back up to two seconds while an fsync is slow)',
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
      summary:
        fresh.lost.length || old.lost.length
          ? 'lost the writes since the last snapshot, as RDB-only allows (reported, see persist-rdb-only)'
          : 'nothing lost',
    };
  }
  return {
    promise: 'no persistence: a crash loses everything',
    summary: fresh.lost.length || old.lost.length ? 'lost everything' : 'nothing lost',
  };
}

function directive(session: ServiceSession, name: string): string | undefined {
  const found = session.service.directives.filter((d) => d.name === name).at(-1);
  return found?.args.join(' ');
}

/**
 * Records the current container's volumes before a step replaces it. Its
 * inspection is the one the wait for Redis made (a connection is used only
 * once the engine confirmed the container), so this asks the engine nothing.
 */
async function trackCurrentVolumes(session: ServiceSession): Promise<void> {
  const info = await inspectService(session);
  if (info) session.trackVolumes?.(info);
}

/** A compose step (re-create, down, up): the container is a new incarnation afterwards. */
async function step(session: ServiceSession, argv: string[]): Promise<CommandResult> {
  throwIfAborted(session.signal);
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
async function engineStep(
  session: ServiceSession,
  what: string,
  operation: (id: string, timeoutMs: number) => Promise<CommandResult>,
  containerId?: string,
): Promise<CommandResult & { containerId: string }> {
  throwIfAborted(session.signal);
  const id = containerId ?? (await inspectService(session))?.id;
  await newIncarnation(session, true);
  if (!id) throw new NoAnswerError(`the Redis container was gone before the ${what}`);
  const result = await operation(id, session.readyTimeoutSeconds * 1000 + 30_000);
  session.log(
    session.mask(`${what} ${session.service.name}: exit ${result.code} in ${result.durationMs} ms`),
  );
  return { ...result, containerId: id };
}

async function readAndWrite(
  session: ServiceSession,
  readSet: string,
  writeSet: string,
  after: string,
) {
  return readWhenReady(
    session,
    [...readSteps(session, readSet), ...writeSteps(session, writeSet)],
    after,
  );
}

/** Redis never answered again after a step: nothing can be said about the data. */
class NoAnswerError extends Error {}

/**
 * Runs the steps once the server answers again (the new incarnation's
 * client waits for it: connection refused while starting, LOADING while it
 * reads its data back).
 */
async function readWhenReady(session: ServiceSession, steps: CliStep[], after: string) {
  throwIfAborted(session.signal);
  const { replies, link, problem } = await runSteps(session, steps);
  throwIfAborted(session.signal);
  if (!link.ok || replies.size === 0) {
    throw new NoAnswerError(
      `Redis did not answer after the ${after}: ${link.ok ? (problem ?? 'no reply') : link.reason} (was the container stopped or killed meanwhile?)`,
    );
  }
  return replies;
}
