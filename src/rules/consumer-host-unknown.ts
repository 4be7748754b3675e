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
    // A host that names another service of the project resolves: it may be a Redis we do not
    // recognise (a custom build, a proxy in front of one). Only a name nothing answers to is reported.
    const known = new Set<string>();
    for (const [name, service] of [
      ...Object.entries(project.model.services ?? {}),
      ...Object.entries(project.inactiveServices ?? {}),
    ]) {
      known.add(name.toLowerCase());
      if (service.container_name) known.add(service.container_name.toLowerCase());
      for (const net of Object.values(service.networks ?? {}))
        for (const alias of net?.aliases ?? []) known.add(alias.toLowerCase());
    }
    for (const c of redis.unresolvedConsumers ?? []) {
      const host = c.host;
      if (!host || c.hostUnknown || c.urlError || LOCALHOST.test(host)) continue;
      if (known.has(host.toLowerCase()) && !names.some((n) => n.toLowerCase() === host)) continue;
      // Dotted names and IPs point outside the project (a managed Redis): not ours to resolve.
      if (host.includes('.') || host.includes(':')) continue;
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
