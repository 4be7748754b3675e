import { parseRedisUrl } from '../redis/url.js';
import { probeAddress } from './address.js';
import type { CliStep } from './cli.js';
import { close, command, connect, serverLink } from './client.js';
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
import { judgeTls, serverName, tlsExpectation, tlsFacts, type TlsExpectation } from './tls.js';
import type { TLSSocket } from 'node:tls';
import type { ProbeResult } from './types.js';

interface Target {
  id: string;
  /** Who connects this way, for the evidence ("backend CELERY_BROKER_URL"). */
  who: string;
  network: string;
  step: CliStep;
  /** The consumer's URL is `rediss://`: what it asks of the server's certificate. */
  tls?: TlsExpectation;
}

/**
 * `network`: reach Redis the way its consumers do: by the service name and
 * by each consumer URL's host, with that URL's credentials, db and TLS. The
 * host must be a name of the Redis container on a network the consumer
 * shares (the name the engine's DNS answers there), and Redis must accept
 * connections on that network's address: the runner connects to exactly that
 * address, so no client tool is needed in any image. Where the runner cannot
 * reach container addresses, a helper container of the Redis image runs
 * redis-cli on the network instead.
 */
export async function probeNetwork(session: ServiceSession): Promise<ProbeResult> {
  const rec = new ProbeRecorder('network', session.service.name, session.mask);
  const link = await serverLink(session);
  if (!link.ok) return rec.skip(`not run: ${link.reason}`);
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
  const problems: string[] = [];
  // The probe run drops a fixed container_name (it would collide); in the
  // user's deployment the engine's DNS answers it on every network.
  const containerName = session.model.services[session.service.name]?.container_name;
  if (link.runnerReaches) {
    await Promise.all(
      targets.map(async (t) => {
        const fullName = `${session.runtime.projectName}_${t.network}`;
        const where = `${t.step.host}:${t.step.port ?? session.service.port}`;
        const address = probeAddress(info.engine, session.runtime.projectName, fullName);
        let out: string;
        let tls: { note: string; problem?: string } | undefined;
        if (!address) {
          out = `Could not resolve ${t.step.host}: Redis is not attached to network ${t.network}`;
        } else if (!address.names.includes(t.step.host!) && t.step.host !== containerName) {
          out = `Could not resolve ${t.step.host}: not a name of Redis on network ${t.network} (its names there: ${address.names.join(', ')})`;
        } else {
          ({ out, tls } = await pingAs(session, t, address.ip));
        }
        rec.note(
          `${t.who}: ${where} on network ${t.network}${address && (address.names.includes(t.step.host!) || t.step.host === containerName) ? ` (${address.ip})` : ''} -> ${out}`,
        );
        if (tls) rec.note(`${t.who}: ${tls.note}`);
        if (out !== 'PONG') problems.push(`${t.who} cannot use ${where}: ${explain(out)}`);
        else if (tls?.problem) problems.push(`${t.who} cannot use ${where}: ${tls.problem}`);
      }),
    );
  } else {
    if (link.note) rec.note(link.note);
    await throughHelper(session, info.image, targets, rec, problems);
  }
  if (problems.length) return rec.fail(problems.join('; '));
  return rec.pass(
    `reachable by service name${targets.length > 1 ? ' and by every consumer URL' : ''} on the project network, with the consumers' credentials`,
  );
}

/**
 * Connects as the consumer would (its user, password, db, TLS with its host
 * name as SNI) to the address its host names; for TLS, also how its client
 * would take the server's certificate.
 */
async function pingAs(
  session: ServiceSession,
  target: Target,
  ip: string,
): Promise<{ out: string; tls?: { note: string; problem?: string } }> {
  const step = target.step;
  const password = step.passwordEnv !== undefined ? session.secretEnv[step.passwordEnv] : undefined;
  const sni = target.tls ? serverName(target.tls.host) : undefined;
  let client;
  try {
    client = await connect(
      {
        host: ip,
        port: step.port ?? session.service.port,
        ...(target.tls ? { tls: sni ? { servername: sni } : true } : {}),
      },
      {
        ...(step.user ? { username: step.user } : {}),
        ...(password !== undefined ? { password } : {}),
        ...(step.db !== undefined ? { db: step.db } : {}),
      },
    );
    const out = firstLine(await command(client, ['PING']));
    const facts = target.tls ? tlsFacts(client.stream as TLSSocket) : undefined;
    return { out, ...(facts && target.tls ? { tls: judgeTls(facts, target.tls) } : {}) };
  } catch (error) {
    return { out: firstLine(error instanceof Error ? error.message : String(error)) };
  } finally {
    close(client);
  }
}

async function throughHelper(
  session: ServiceSession,
  image: string,
  targets: Target[],
  rec: ProbeRecorder,
  problems: string[],
): Promise<void> {
  const byNetwork = new Map<string, Target[]>();
  for (const t of targets) byNetwork.set(t.network, [...(byNetwork.get(t.network) ?? []), t]);
  for (const [network, group] of byNetwork) {
    const fullName = `${session.runtime.projectName}_${network}`;
    const { replies, result } = await helperCli(
      session,
      image,
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
      rec.note(
        `${t.who}: ${t.step.host}:${t.step.port ?? session.service.port} on network ${network} (helper container) -> ${out}`,
      );
      if (out !== 'PONG')
        problems.push(
          `${t.who} cannot use ${t.step.host}:${t.step.port ?? session.service.port}: ${explain(out)}`,
        );
    }
  }
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
    const parsed = consumer.url ? parseRedisUrl(consumer.url) : undefined;
    targets.push({
      id,
      who: `${consumer.service} ${consumer.variable}`,
      network,
      ...(parsed?.ok && parsed.url.scheme === 'rediss'
        ? { tls: tlsExpectation(consumer.host, parsed.url.query) }
        : {}),
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
