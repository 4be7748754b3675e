import { isErrorReply } from './cli.js';
import { ProbeRecorder } from './result.js';
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
    return 'the server requires a password whose value is not known here (set the variable in the job environment or give the redis-password input)';
  }
  return undefined;
}

/** `ping`: PING answers PONG with the configured credentials; round-trip time, version and mode. */
export async function probePing(session: ServiceSession): Promise<ProbeResult> {
  const rec = new ProbeRecorder('ping', session.service.name, session.mask);
  const unknown = unknownPasswordReason(session);
  if (unknown) return rec.skip(unknown);
  const { replies, result } = await execCli(session, [
    withPassword(session, { id: 'ping', args: ['PING'] }),
    withPassword(session, { id: 'latency', args: ['--latency', '--raw', '-i', '0.2'] }),
    withPassword(session, { id: 'info', args: ['INFO', 'server'] }),
  ]);
  const ping = replies.get('ping');
  if (!ping)
    return rec.fail(
      `could not run redis-cli in the container: ${describeFailure(session, result)}`,
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
    `PONG${Number.isFinite(avg) ? ` in ${avg} ms` : ''} from Redis ${version} (${mode})`,
  );
}

export function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.slice(0, 200) || '(no reply)';
}
