import type { ComposeModel, ServiceConfig } from '../compose/types.js';

/** The networks a service joins: its `networks:` keys, else the project's default network. */
export function serviceNetworks(service: ServiceConfig | undefined): string[] {
  if (!service || service.network_mode) return [];
  const keys = Object.keys(service.networks ?? {});
  return keys.length > 0 ? keys : ['default'];
}

/** Other services sharing at least one network with `name`: who can reach it by name. */
export function neighbours(model: ComposeModel, name: string): string[] {
  const own = new Set(serviceNetworks(model.services[name]));
  return Object.entries(model.services)
    .filter(([other, svc]) => other !== name && serviceNetworks(svc).some((n) => own.has(n)))
    .map(([other]) => other)
    .sort();
}

/** Host addresses the user's file publishes the service on (our run removes them). */
export function publishedOn(service: ServiceConfig | undefined): string[] {
  return (service?.ports ?? [])
    .filter((p) => p.published)
    .map(
      (p) => `${p.host_ip && p.host_ip !== '' ? p.host_ip : '0.0.0.0'}:${p.published}->${p.target}`,
    );
}
