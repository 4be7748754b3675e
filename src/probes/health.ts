import { ERROR_REPLY } from './cli.js';
import { inspectService } from './container.js';
import { ProbeRecorder } from './result.js';
import type { ServiceSession } from './session.js';
import type { ProbeResult } from './types.js';

/**
 * `health`: the service reaches `healthy` within the timeout, and its
 * healthcheck proves something: a check that passes while printing an error
 * reply (redis-cli exits 0 on NOAUTH unless given -e) is a failure.
 */
export async function probeHealth(session: ServiceSession): Promise<ProbeResult> {
  const rec = new ProbeRecorder('health', session.service.name, session.mask);
  rec.note(`up --wait ${session.up.ok ? 'succeeded' : 'failed'} after ${session.up.durationMs} ms`);
  const info = await inspectService(session);
  if (!info) {
    if (session.up.output) rec.note(`compose: ${lastLines(session.up.output, 3)}`);
    return rec.fail(neverCreatedReason(session.up.output, session.service.image?.raw));
  }
  if (!info.running) {
    return rec.fail(
      `the container is ${info.status} (exit code ${info.exitCode}): Redis did not stay up`,
    );
  }
  if (!info.hasHealthcheck || !info.health) {
    return rec.skip(
      'the service has no healthcheck, so nothing can wait for Redis to be ready (add one that authenticates and fails on error replies)',
    );
  }
  const last = info.health.log.at(-1);
  if (last)
    rec.note(`last check: exit ${last.exitCode}, output: ${oneLine(last.output) || '(none)'}`);
  if (info.health.status !== 'healthy') {
    return rec.fail(
      `not healthy within ${session.readyTimeoutSeconds} s (status: ${info.health.status})` +
        (last ? `; last check printed: ${oneLine(last.output) || 'nothing'}` : ''),
    );
  }
  const lenient = info.health.log.find((e) => e.exitCode === 0 && ERROR_REPLY.test(e.output));
  if (lenient) {
    const reply = ERROR_REPLY.exec(lenient.output)?.[1] ?? 'an error';
    return rec.fail(
      `reports healthy while its check prints ${reply}: the healthcheck proves nothing (authenticate, and use redis-cli -e or grep PONG)`,
    );
  }
  return rec.pass(
    `healthy after ${(session.up.durationMs / 1000).toFixed(1)} s; the check's output shows no error reply`,
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
