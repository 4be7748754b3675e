import { PROJECT_LABEL } from './runtime.js';

/** The parts of `docker inspect` that say who a container belongs to and where it listens. */
export interface InspectedEngineFields {
  Name?: string;
  Config?: {
    Labels?: Record<string, string> | null;
    Healthcheck?: {
      Test?: string[];
      /** Nanoseconds, as the engine stores them. */
      Timeout?: number;
      Retries?: number;
    };
  };
  NetworkSettings?: {
    Networks?: Record<string, { IPAddress?: string; Aliases?: string[] | null } | null>;
  };
}

/** One network the container is attached to. */
export interface NetworkAddress {
  /** The engine's name of the network, e.g. `<project>_default`. */
  network: string;
  ip: string;
  /** Names other containers on this network resolve to it: aliases, service and container name. */
  names: string[];
}

export interface EngineView {
  /** The compose project the container is labelled with (com.docker.compose.project). */
  project?: string;
  service?: string;
  addresses: NetworkAddress[];
  healthcheck?: { test: string[]; timeoutMs: number; retries: number };
}

export function engineView(json: InspectedEngineFields): EngineView {
  const labels = json.Config?.Labels ?? {};
  const service = labels['com.docker.compose.service'];
  const containerName = (json.Name ?? '').replace(/^\//, '');
  const addresses: NetworkAddress[] = [];
  for (const [network, entry] of Object.entries(json.NetworkSettings?.Networks ?? {})) {
    if (!entry?.IPAddress) continue;
    const names = new Set<string>(entry.Aliases ?? []);
    if (service) names.add(service);
    if (containerName) names.add(containerName);
    addresses.push({ network, ip: entry.IPAddress, names: [...names] });
  }
  const hc = json.Config?.Healthcheck;
  const test = hc?.Test;
  return {
    ...(labels[PROJECT_LABEL] !== undefined ? { project: labels[PROJECT_LABEL] } : {}),
    ...(service !== undefined ? { service } : {}),
    addresses,
    ...(test && test.length > 0 && test[0] !== 'NONE'
      ? {
          healthcheck: {
            test,
            // The engine's defaults: 30 s timeout, 3 retries.
            timeoutMs: hc?.Timeout ? Math.round(hc.Timeout / 1e6) : 30_000,
            retries: hc?.Retries || 3,
          },
        }
      : {}),
  };
}

/** A container that is not of the probe's own compose project: the client never connects to it. */
class ForeignContainerError extends Error {}

/**
 * Where the runner can reach a container of the probe's project: its address
 * on `network` (the engine's full name), else on its first network. Refuses
 * any container not labelled with `projectName`, so no probe connects to, or
 * writes into, anything it did not start.
 */
export function probeAddress(
  view: EngineView,
  projectName: string,
  network?: string,
): NetworkAddress | undefined {
  if (view.project !== projectName) {
    throw new ForeignContainerError(
      `refusing to connect: the container belongs to compose project ${JSON.stringify(view.project ?? '(none)')}, not to the probe's ${projectName}`,
    );
  }
  if (network !== undefined) return view.addresses.find((a) => a.network === network);
  return view.addresses[0];
}
