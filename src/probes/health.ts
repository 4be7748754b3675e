import { ERROR_REPLY } from './cli.js';
import { serverLink, sleep, type ServerLink } from './client.js';
import { inspectService } from './container.js';
import { runHealthcheck } from './engine-ops.js';
import { ProbeRecorder } from './result.js';
import type { ServiceSession } from './session.js';
import type { ProbeResult } from './types.js';

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
export async function probeHealth(session: ServiceSession): Promise<ProbeResult> {
  const rec = new ProbeRecorder('health', session.service.name, session.mask);
  rec.note(`up ${session.up.ok ? 'succeeded' : 'failed'} after ${session.up.durationMs} ms`);
  const linking = serverLink(session);
  let link: ServerLink | undefined;
  void linking.then((l) => (link = l));
  const info = await inspectService(session);
  if (!info) {
    if (session.up.output) rec.note(`compose: ${lastLines(session.up.output, 3)}`);
    return rec.fail(neverCreatedReason(session.up.output, session.service.image?.raw));
  }
  const check = info.engine.healthcheck;
  if (!check) {
    const answered = await linking;
    if (!answered.ok) return rec.fail(answered.reason);
    return rec.skip(
      'the service has no healthcheck, so nothing can wait for Redis to be ready (add one that authenticates and fails on error replies)',
    );
  }
  // The first runs may start before Redis answers: like the engine's
  // start_period, failures before that do not count.
  let attempts = 0;
  let failuresInARow = 0;
  let passed: { output: string } | undefined;
  let last = '';
  const deadline = performance.now() + session.readyTimeoutSeconds * 1000;
  while (!passed && failuresInARow < check.retries && performance.now() < deadline) {
    if (attempts > 0) await sleep(link ? RECHECK_PAUSE_MS : POLL_BEFORE_ANSWER_MS);
    if (link && !link.ok) break;
    const counts = link !== undefined;
    attempts++;
    const r = await runHealthcheck(session.runtime, info.id, check.test, check.timeoutMs);
    last = `${r.stdout}${r.stderr}`;
    if (r.code === 0) passed = { output: last };
    else if (counts) {
      failuresInARow++;
      rec.note(
        `check ${failuresInARow}: ${r.timedOut ? `timed out (its timeout is ${check.timeoutMs} ms)` : `exit ${r.code}`}, output: ${oneLine(last) || '(none)'}`,
      );
    }
  }
  const answered = await linking;
  if (!answered.ok) return rec.fail(answered.reason);
  if (answered.note) rec.note(answered.note);
  rec.note(`Redis answered ${answered.waitedMs} ms after the wait began`);
  if (!passed) {
    return rec.fail(
      `not healthy (status: unhealthy): its check failed ${failuresInARow} times in a row once Redis answered (retries: ${check.retries})` +
        `; last check printed: ${oneLine(last) || 'nothing'}`,
    );
  }
  rec.note(
    `ran the service's healthcheck in the container as the engine does: passed on attempt ${attempts}, output: ${oneLine(passed.output) || '(none)'}`,
  );
  const lenient = [{ exitCode: 0, output: passed.output }, ...(info.health?.log ?? [])].find(
    (e) => e.exitCode === 0 && ERROR_REPLY.test(e.output),
  );
  if (lenient) {
    const reply = ERROR_REPLY.exec(lenient.output)?.[1] ?? 'an error';
    return rec.fail(
      `reports healthy while its check prints ${reply}: the healthcheck proves nothing (authenticate, and use redis-cli -e or grep PONG)`,
    );
  }
  return rec.pass(
    `its check passes ${((session.up.durationMs + answered.waitedMs) / 1000).toFixed(1)} s after the start, and its output shows no error reply`,
  );
}

function oneLine(text: string): string {
  return text.trim().replace(/\s+/g, ' ').slice(0, 200);
}

function lastLines(text: string, n: number): string {
  return text.trim().split('\n').slice(-n).join(' | ');
}

/** Why `up` created no container, in the words a user can act on. */
export function neverCreatedReason(upOutput: string, image: string | undefined): string {
  const missing = image ?? /no such image:\s*([^\s:]+(?::[^\s:]+)?)/i.exec(upOutput)?.[1];
  if (
    /no such image|pull access denied|manifest unknown|repository does not exist/i.test(upOutput) &&
    missing
  ) {
    return (
      `the image ${missing} is not on this machine and was not pulled: ` +
      `pull or build it before the probes (docker pull ${missing}), or run them with pull: missing`
    );
  }
  const error = upOutput
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /error|failed|invalid/i.test(l))
    .at(-1);
  return `the container was never created: ${error ? oneLine(error) : 'see the compose output'}`;
}
