import { isErrorReply } from './cli.js';
import { ProbeRecorder } from './result.js';
import {
  command,
  pubSubRoundTrip,
  queueRoundTrip,
  runSteps,
  serverCredentials,
  serverLink,
} from './client.js';
import { describeFailure, execCli, withPassword, type ServiceSession } from './session.js';
import type { ProbeResult } from './types.js';

/** Reads `field:value` lines of an INFO reply. */
export function parseInfo(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf(':');
    if (at > 0 && !line.startsWith('#'))
      fields[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return fields;
}

/** When the server needs a password this run does not know, probes that need it say so. */
export function unknownPasswordReason(session: ServiceSession): string | undefined {
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
export async function probePing(session: ServiceSession): Promise<ProbeResult> {
  const rec = new ProbeRecorder('ping', session.service.name, session.mask);
  const link = await serverLink(session);
  if (!link.ok) return rec.fail(link.reason);
  const unknown = unknownPasswordReason(session);
  if (unknown) return rec.skip(unknown);
  if (link.mode === 'in-container') return pingInContainer(session, rec, link.note);
  rec.note(
    `connected from the runner to ${link.address!.ip}:${session.service.port} (${link.address!.network}); Redis answered ${link.waitedMs} ms after the wait began`,
  );
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
  const client = link.client!;
  const samples: number[] = [];
  for (let i = 0; i < LATENCY_SAMPLES; i++) {
    const t0 = performance.now();
    await command(client, ['PING']);
    samples.push(performance.now() - t0);
  }
  const avg = Number((samples.reduce((a, b) => a + b, 0) / samples.length).toFixed(2));
  rec.note(
    `round trip: avg ${avg} ms (min ${Math.min(...samples).toFixed(2)}, max ${Math.max(...samples).toFixed(2)}, ${samples.length} samples)`,
  );
  const info = parseInfo(replies.get('info')?.output ?? '');
  const version = info.redis_version ?? info.valkey_version ?? 'unknown';
  const mode = info.redis_mode ?? info.server_mode ?? 'unknown';
  rec.note(`server: version ${version}, mode ${mode}`);

  const key = `redis-readiness:queue:${session.runId}`;
  const endpoint = { host: link.address!.ip, port: session.service.port };
  const [queue, pubsub] = await Promise.all([
    queueRoundTrip(client, key),
    pubSubRoundTrip(endpoint, serverCredentials(session), `${key}:channel`),
  ]);
  rec.note(`queue round trip: ${queue.ok ? 'pass' : 'FAIL'}: ${queue.evidence} (${queue.ms} ms)`);
  rec.note(
    `Pub/Sub round trip: ${pubsub.ok ? 'pass' : 'FAIL'}: ${pubsub.evidence} (${pubsub.ms} ms)`,
  );
  const problems = [
    ...(queue.ok ? [] : [`a task's round trip through a list failed (${queue.evidence})`]),
    ...(pubsub.ok ? [] : [`a Pub/Sub message's round trip failed (${pubsub.evidence})`]),
  ];
  if (problems.length) return rec.fail(problems.join('; '));
  return rec.pass(
    `PONG in ${avg} ms from Redis ${version} (${mode}); a task went through a list (LPUSH/BRPOP) and a message through Pub/Sub`,
  );
}

/** The fallback: redis-cli in the container, when the runner cannot connect to it. */
async function pingInContainer(
  session: ServiceSession,
  rec: ProbeRecorder,
  note: string | undefined,
): Promise<ProbeResult> {
  if (note) rec.note(note);
  const { replies, result } = await execCli(session, [
    withPassword(session, { id: 'ping', args: ['PING'] }),
    withPassword(session, { id: 'latency', args: ['--latency', '--raw', '-i', '0.2'] }),
    withPassword(session, { id: 'info', args: ['INFO', 'server'] }),
  ]);
  const ping = replies.get('ping');
  if (!ping)
    return rec.fail(
      `could not connect from the runner, nor run redis-cli in the container: ${describeFailure(session, result)}`,
    );
  rec.note(`PING -> ${firstLine(ping.output)}`);
  if (ping.output.trim() !== 'PONG') {
    const hint = /NOAUTH/.test(ping.output)
      ? ' (the server requires a password the configuration does not show)'
      : '';
    return rec.fail(`PING did not return PONG: ${firstLine(ping.output)}${hint}`);
  }
  // `--latency --raw` prints "min max avg samples" in milliseconds.
  const latency = replies.get('latency')?.output.trim().split(/\s+/);
  const avg =
    latency && latency.length >= 3 && !isErrorReply(latency.join(' ')) ? Number(latency[2]) : NaN;
  const info = parseInfo(replies.get('info')?.output ?? '');
  const version = info.redis_version ?? info.valkey_version ?? 'unknown';
  const mode = info.redis_mode ?? info.server_mode ?? 'unknown';
  if (Number.isFinite(avg))
    rec.note(
      `round trip: avg ${avg} ms (min ${latency![0]}, max ${latency![1]}, ${latency![3]} samples)`,
    );
  rec.note(`server: version ${version}, mode ${mode}`);
  return rec.pass(
    `PONG${Number.isFinite(avg) ? ` in ${avg} ms` : ''} from Redis ${version} (${mode}), through redis-cli in the container`,
  );
}

export function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.slice(0, 200) || '(no reply)';
}
