import { consumerLabel, LOCALHOST } from './consumers.js';
import type { Rule, RuleFinding } from './types.js';

/** A host name that resolves to nothing on the consumer's networks fails at connect time ("Name or service not known"). */
export const consumerHostUnknown: Rule = {
  id: 'consumer-host-unknown',
  defaultSeverity: 'error',
  summary:
    "A consumer's Redis host is no Redis service, alias or container name on a shared network",
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    const names = redis.services.map((s) => s.name);
    // A host that names another service of the project resolves: that service may be a Redis
    // we do not recognise (an image of its own, a proxy in front of one), so it is a notice; a
    // service with neither image nor build cannot be known at all (its definition is incomplete
    // here), so nothing is said.
    const others = new Map<string, { incomplete: boolean }>();
    for (const [name, service] of [
      ...Object.entries(project.model.services ?? {}),
      ...Object.entries(project.inactiveServices ?? {}),
    ]) {
      const info = { incomplete: !service.image && !service.build };
      others.set(name.toLowerCase(), info);
      if (service.container_name) others.set(service.container_name.toLowerCase(), info);
      for (const net of Object.values(service.networks ?? {}))
        for (const alias of net?.aliases ?? []) others.set(alias.toLowerCase(), info);
    }
    for (const c of redis.unresolvedConsumers ?? []) {
      const host = c.host;
      if (!host || c.hostUnknown || c.urlError || LOCALHOST.test(host)) continue;
      // Dotted names and IPs point outside the project (a managed Redis): not ours to resolve.
      if (host.includes('.') || host.includes(':')) continue;
      const isServer = names.some((n) => n.toLowerCase() === host);
      const other = isServer ? undefined : others.get(host.toLowerCase());
      if (other?.incomplete) continue;
      if (other) {
        findings.push({
          service: c.service,
          severity: 'notice',
          pos: c.pos,
          message: `${consumerLabel(c)} names service '${host}', which is not recognised as a Redis server here: if it is one (or a proxy for one), nothing to do; else point it at the Redis service.`,
        });
        continue;
      }
      const sameName = names.find((n) => n.toLowerCase() === host);
      const serviceList = names.length > 0 ? names.map((n) => `'${n}'`).join(', ') : 'none';
      findings.push({
        service: c.service,
        pos: c.pos,
        message: sameName
          ? `${consumerLabel(c)} names '${host}', but the two services share no network, so the name does not resolve: attach both to a common network.`
          : `${consumerLabel(c)} names host '${host}', which is no Redis service, alias or container name here (Redis services: ${serviceList}): use the Redis service name.`,
      });
    }
    return findings;
  },
};
