import type { Finding } from '../findings.js';
import type { ConfigDirective } from '../redis/types.js';
import { CONFIG_MISMATCH_META, CONFIG_MISMATCH_RULE } from './config-meta.js';
import { isErrorReply } from './cli.js';
import { parseInfo, unknownPasswordReason } from './ping.js';
import { ProbeRecorder } from './result.js';
import { runSteps, serverLink } from './client.js';
import { withPassword, type ServiceSession } from './session.js';
import type { ProbeResult } from './types.js';

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
] as const;

/** `maxmemory 400mb` and the server's `419430400` are the same. */
function parseMemory(value: string): number | undefined {
  const m = /^(\d+)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'b').toLowerCase();
  const factor: Record<string, number> = {
    b: 1,
    k: 1000,
    kb: 1024,
    m: 1e6,
    mb: 1024 ** 2,
    g: 1e9,
    gb: 1024 ** 3,
  };
  return n * factor[unit]!;
}

/** Normalises both sides so equal settings compare equal. */
function normalise(name: string, value: string): string {
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
function explicitSettings(directives: ConfigDirective[]): Map<string, ConfigDirective> {
  const found = new Map<string, ConfigDirective>();
  for (const d of directives) {
    if (d.origin === 'default' || d.unknown) continue;
    if ((COMPARED as readonly string[]).includes(d.name)) {
      // Several `save` lines add save points; any other directive: last wins.
      const previous = found.get(d.name);
      if (d.name === 'save' && previous && d.args.join(' ') !== '') {
        found.set(d.name, { ...d, args: [...previous.args.filter((a) => a !== ''), ...d.args] });
      } else {
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
export async function probeConfig(
  session: ServiceSession,
  findings: Finding[],
  fallbackPos: Finding['pos'],
): Promise<ProbeResult> {
  const rec = new ProbeRecorder('config', session.service.name, session.mask);
  const link = await serverLink(session);
  if (!link.ok) return rec.fail(link.reason);
  const unknown = unknownPasswordReason(session);
  if (unknown) return rec.skip(unknown);
  if (link.note) rec.note(link.note);
  const { replies, problem } = await runSteps(session, [
    withPassword(session, { id: 'info', args: ['INFO', 'everything'] }),
    ...COMPARED.map((name) =>
      withPassword(session, { id: `get-${name}`, args: ['CONFIG', 'GET', name] }),
    ),
  ]);
  const info = replies.get('info');
  if (!info) return rec.fail(problem ?? 'the server gave no reply to INFO');
  if (isErrorReply(info.output)) return rec.fail(`INFO refused: ${info.output.split('\n')[0]}`);
  const fields = parseInfo(info.output);
  rec.note(
    `server: version ${fields.redis_version ?? '?'}, aof_enabled ${fields.aof_enabled ?? '?'}, ` +
      `maxmemory ${fields.maxmemory_human ?? '?'} (${fields.maxmemory_policy ?? '?'}), used ${fields.used_memory_human ?? '?'}`,
  );
  const server = new Map<string, string>();
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
  const mismatches: string[] = [];
  for (const [name, directive] of expected) {
    const actual = server.get(name);
    if (actual === undefined) continue;
    const want = normalise(name, directive.args.join(' '));
    const got = normalise(name, actual);
    rec.note(`${name}: configured "${directive.args.join(' ')}", server "${actual}"`);
    if (want !== got) {
      mismatches.push(name);
      findings.push({
        rule: CONFIG_MISMATCH_RULE,
        severity: CONFIG_MISMATCH_META.defaultSeverity,
        service: session.service.name,
        message: session.mask(
          `The running server reports ${name} "${actual}", but the configuration read from the compose project sets "${directive.args.join(' ')}": ` +
            'something else (an image default, a file not read, an override) decides; make the setting explicit where the server reads it.',
        ),
        pos: directive.pos,
      });
    }
  }
  if (mismatches.length) {
    return rec.fail(`the server disagrees with the configuration on ${mismatches.join(', ')}`);
  }
  return rec.pass(
    `the server runs with what the configuration says (${[...expected.keys()].filter((n) => server.has(n)).join(', ')})`,
  );
}

export { CONFIG_MISMATCH_RULE };
