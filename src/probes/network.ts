import type { CliStep } from './cli.js';
import { inspectService } from './container.js';
import { firstLine, unknownPasswordReason } from './ping.js';
import { ProbeRecorder } from './result.js';
import {
  consumerPasswordEnv,
  describeFailure,
  helperCli,
  PASSWORD_ENV,
  type ServiceSession,
} from './session.js';
import { serviceNetworks } from './topology.js';
import type { ProbeResult } from './types.js';

interface Target {
  id: string;
  /** Who connects this way, for the evidence ("backend CELERY_BROKER_URL"). */
  who: string;
  network: string;
  step: CliStep;
}

/**
 * `network`: from a container on the project network, reach Redis the way
 * its consumers do: by the service name and by each consumer URL's host,
 * with that URL's credentials. The helper runs the Redis container's own
 * image (already present, so nothing is pulled) with its entrypoint replaced.
 */
export async function probeNetwork(session: ServiceSession): Promise<ProbeResult> {
  const rec = new ProbeRecorder('network', session.service.name, session.mask);
  const info = await inspectService(session);
  if (!info?.running) return rec.skip('the Redis container is not running (see the health probe)');
  const skipped: string[] = [];
  const targets = buildTargets(session, skipped);
  for (const s of skipped) rec.note(`not checked: ${s}`);
  if (targets.length === 0) {
    return rec.skip(
      unknownPasswordReason(session) ??
        'Redis joins no network other containers share (network_mode)',
    );
  }
  const byNetwork = new Map<string, Target[]>();
  for (const t of targets) byNetwork.set(t.network, [...(byNetwork.get(t.network) ?? []), t]);
  const problems: string[] = [];
  for (const [network, group] of byNetwork) {
    const fullName = `${session.runtime.projectName}_${network}`;
    const { replies, result } = await helperCli(
      session,
      info.image,
      fullName,
      group.map((t) => t.step),
    );
    if (replies.size === 0) {
      problems.push(
        `could not start a helper container on network ${network}: ${describeFailure(session, result)}`,
      );
      continue;
    }
    for (const t of group) {
      const out = firstLine(replies.get(t.id)?.output ?? '');
      const ok = out === 'PONG';
      rec.note(
        `${t.who}: ${t.step.host}:${t.step.port ?? session.service.port} on network ${network} -> ${out}`,
      );
      if (!ok)
        problems.push(
          `${t.who} cannot use ${t.step.host}:${t.step.port ?? session.service.port}: ${explain(out)}`,
        );
    }
  }
  if (problems.length) return rec.fail(problems.join('; '));
  return rec.pass(
    `reachable by service name${targets.length > 1 ? ' and by every consumer URL' : ''} from the project network, with the consumers' credentials`,
  );
}

function explain(reply: string): string {
  if (/Could not connect|Connection refused/i.test(reply))
    return `${reply} (is Redis bound to loopback only?)`;
  if (/NOAUTH/.test(reply)) return `${reply} (the URL carries no password)`;
  if (/WRONGPASS|AUTH failed/.test(reply))
    return `${reply} (the URL's password is not the server's)`;
  if (/Name does not resolve|Temporary failure|unknown host|Could not resolve/i.test(reply)) {
    return `${reply} (the host is no service on a shared network)`;
  }
  return reply;
}

function buildTargets(session: ServiceSession, skipped: string[]): Target[] {
  const { service, model } = session;
  const redisNets = serviceNetworks(model.services[service.name]);
  if (redisNets.length === 0) return [];
  const targets: Target[] = [];
  if (!unknownPasswordReason(session)) {
    targets.push({
      id: 'by-name',
      who: 'a container using the service name',
      network: redisNets[0]!,
      step: {
        id: 'by-name',
        args: ['PING'],
        host: service.name,
        ...(session.password !== undefined ? { passwordEnv: PASSWORD_ENV } : {}),
      },
    });
  }
  service.consumers.forEach((consumer, index) => {
    if (!consumer.host || consumer.hostUnknown || consumer.passwordUnknown) {
      skipped.push(
        `${consumer.service} ${consumer.variable} (its host or password is not known here)`,
      );
      return;
    }
    const nets = serviceNetworks(model.services[consumer.service]);
    // The consumer reaches Redis over a network they share; without one it
    // would not reach it at all, which the helper on its own network shows.
    const network = nets.find((n) => redisNets.includes(n)) ?? nets[0];
    if (!network) return;
    const id = `consumer-${index}`;
    targets.push({
      id,
      who: `${consumer.service} ${consumer.variable}`,
      network,
      step: {
        id,
        args: ['PING'],
        host: consumer.host,
        port: consumer.port ?? 6379,
        ...(consumer.username ? { user: consumer.username } : {}),
        ...(consumer.password !== undefined ? { passwordEnv: consumerPasswordEnv(index) } : {}),
        ...(consumer.db !== undefined ? { db: consumer.db } : {}),
      },
    });
  });
  return targets;
}
