import { isErrorReply } from './cli.js';
import { firstLine, unknownPasswordReason } from './ping.js';
import { ProbeRecorder } from './result.js';
import { runSteps, serverLink } from './client.js';
import {
  consumerPasswordEnv,
  PASSWORD_ENV,
  WRONG_PASSWORD_ENV,
  type ServiceSession,
} from './session.js';
import { neighbours, publishedOn } from './topology.js';
import type { CliStep } from './cli.js';
import type { ProbeResult } from './types.js';

const refused = (output: string): boolean =>
  /NOAUTH|WRONGPASS|AUTH failed|NOPERM|invalid password/i.test(output);

/**
 * `auth`: with a password, no credentials and a wrong password are refused
 * and the right one accepted; ACL users of consumers can do what Celery
 * needs. Without a password the probe fails and says who could connect.
 */
export async function probeAuth(session: ServiceSession): Promise<ProbeResult> {
  const rec = new ProbeRecorder('auth', session.service.name, session.mask);
  const { service } = session;
  const steps: CliStep[] = [{ id: 'none', args: ['PING'] }];
  const link = await serverLink(session);
  if (!link.ok) return rec.fail(link.reason);
  if (service.password) {
    const unknown = unknownPasswordReason(session);
    if (unknown) return rec.skip(unknown);
    steps.push(
      { id: 'wrong', args: ['PING'], passwordEnv: WRONG_PASSWORD_ENV },
      { id: 'right', args: ['PING'], passwordEnv: PASSWORD_ENV },
    );
  }
  const aclUsers = aclConsumerSteps(session);
  steps.push(...aclUsers.steps);
  const { replies, problem } = await runSteps(session, steps);
  if (link.note) rec.note(link.note);
  const none = replies.get('none');
  if (!none) return rec.fail(problem ?? 'the server gave no reply');
  rec.note(`no credentials: ${firstLine(none.output)}`);

  if (!service.password) {
    if (none.output.trim() === 'PONG') {
      const who = neighbours(session.model, service.name);
      const published = publishedOn(session.model.services[service.name]);
      rec.note(`services on its networks: ${who.join(', ') || 'none'}`);
      if (published.length)
        rec.note(`published on the host (removed for this run): ${published.join(', ')}`);
      return rec.fail(
        `no password: any client that reaches it can read and write everything — ` +
          `${who.length ? `every container on its networks (${who.join(', ')})` : 'every container on its network'}` +
          `${published.length ? ` and anyone who reaches the host's ${published.join(', ')}` : ''}`,
      );
    }
    if (refused(none.output)) {
      return rec.pass(
        'the server refuses clients without credentials (its password is set in a way the static model could not read)',
      );
    }
    return rec.fail(`unexpected reply without credentials: ${firstLine(none.output)}`);
  }

  const wrong = replies.get('wrong');
  const right = replies.get('right');
  rec.note(`wrong password: ${firstLine(wrong?.output ?? '')}`);
  rec.note(`right password: ${firstLine(right?.output ?? '')}`);
  const problems: string[] = [];
  if (!refused(none.output))
    problems.push(`a client without credentials got ${firstLine(none.output)}`);
  if (!wrong || !refused(wrong.output)) problems.push('a wrong password was not refused');
  if (right?.output.trim() !== 'PONG')
    problems.push(`the configured password was not accepted (${firstLine(right?.output ?? '')})`);
  for (const check of aclUsers.checks) {
    const reply = replies.get(check.id);
    const ok = reply !== undefined && check.ok(reply.output);
    rec.note(
      `user ${check.user}: ${check.what} -> ${ok ? 'allowed' : firstLine(reply?.output ?? '')}`,
    );
    if (!ok) problems.push(`ACL user ${check.user} cannot ${check.what}`);
  }
  if (problems.length) return rec.fail(problems.join('; '));
  return rec.pass(
    `no credentials and a wrong password are refused, the configured one is accepted` +
      (aclUsers.checks.length
        ? `; consumer ACL users can queue, store results and publish/subscribe`
        : ''),
  );
}

interface AclCheck {
  id: string;
  user: string;
  what: string;
  ok(output: string): boolean;
}

/** For consumers that log in as a named ACL user: what Celery needs as broker and result backend. */
function aclConsumerSteps(session: ServiceSession): { steps: CliStep[]; checks: AclCheck[] } {
  const steps: CliStep[] = [];
  const checks: AclCheck[] = [];
  const seen = new Set<string>();
  session.service.consumers.forEach((consumer, index) => {
    const user = consumer.username;
    if (!user || user === 'default' || consumer.password === undefined || seen.has(user)) return;
    seen.add(user);
    const base = { user, passwordEnv: consumerPasswordEnv(index) };
    const key = `redis-readiness:acl:${session.runId}`;
    const add = (
      what: string,
      args: string[],
      ok: (o: string) => boolean,
      timeoutSeconds?: number,
    ) => {
      const id = `acl-${index}-${checks.length}`;
      steps.push({ id, args, ...base, ...(timeoutSeconds ? { timeoutSeconds } : {}) });
      checks.push({ id, user, what, ok });
    };
    const fine = (o: string) => !isErrorReply(o);
    add('LPUSH to a queue', ['LPUSH', `${key}:queue`, 'task'], fine);
    // BRPOP must hand back the task just pushed: a round trip, with a timeout.
    add('BRPOP from a queue', ['BRPOP', `${key}:queue`, '1'], (o) => o === `${key}:queue\ntask`);
    add('SET a result with expiry', ['SET', `${key}:result`, 'done', 'EX', '60'], fine);
    add('PUBLISH', ['PUBLISH', `${key}:channel`, 'x'], fine);
    // The client returns on the subscription's reply; redis-cli (the
    // in-container fallback) would stay subscribed: `timeout 1` ends it.
    add(
      'SUBSCRIBE',
      ['SUBSCRIBE', `${key}:channel`],
      (o) => /subscribe/i.test(o) && !/NOPERM/.test(o),
      1,
    );
  });
  return { steps, checks };
}
