import type { ComposeModel } from '../compose/types.js';
import type { IsolationPlan } from './isolation.js';

/**
 * The compose project a probe run starts, generated whole from the isolation
 * plan (never the user's files plus an override): only the probed Redis
 * services exist in it, each built from the allowlist, so `up` can start
 * nothing else, and compose needs no variable of the user's to load it.
 * - no host port publishing and no fixed `container_name`;
 * - every named volume and network is renamed into our project (`name:`
 *   `<ours>_<key>`, never external), so a fixed `name:` or `external: true`
 *   never makes us share, fill or remove the user's own, and `down -v`
 *   removes exactly ours;
 * - a volume driver or driver_opts that could point at host paths or remote
 *   storage is dropped (a tmpfs volume is kept: it touches no host path, and
 *   the probes must see what it does to the data);
 * - values are written as compose would interpolate them, with `$` escaped.
 */
export function buildProbeProject(
  plan: IsolationPlan,
  model: ComposeModel,
  projectName: string,
): string {
  const services: Record<string, unknown> = {};
  const volumes: Record<string, unknown> = {};
  const networks: Record<string, unknown> = {};
  const configs: Record<string, unknown> = {};
  const secrets: Record<string, unknown> = {};
  const top = model as unknown as Record<
    string,
    Record<string, Record<string, unknown>> | undefined
  >;
  for (const service of plan.services) {
    services[service.name] = service.config;
    for (const key of service.volumes) {
      const declared = model.volumes?.[key] as Record<string, unknown> | undefined;
      volumes[key] = {
        name: `${projectName}_${key}`,
        ...(declared && isTmpfsVolume(declared)
          ? { driver: 'local', driver_opts: declared.driver_opts }
          : {}),
      };
    }
    for (const [kind, out] of [
      ['configs', configs],
      ['secrets', secrets],
    ] as const) {
      for (const key of service[kind]) {
        const def = top[kind]?.[key] ?? {};
        out[key] = Object.fromEntries(
          Object.entries(def).filter(([k]) => ['file', 'environment', 'content'].includes(k)),
        );
      }
    }
  }
  for (const [key, network] of Object.entries(model.networks ?? {})) {
    const n = (network ?? {}) as Record<string, unknown>;
    networks[key] = {
      name: `${projectName}_${key}`,
      driver: 'bridge',
      ...Object.fromEntries(
        Object.entries(n).filter(([k]) => ['internal', 'enable_ipv6', 'ipam'].includes(k)),
      ),
    };
  }
  if (!networks.default && plan.services.some((s) => s.networks.includes('default'))) {
    networks.default = { name: `${projectName}_default`, driver: 'bridge' };
  }
  const project = {
    name: projectName,
    services,
    ...(Object.keys(networks).length ? { networks } : {}),
    ...(Object.keys(volumes).length ? { volumes } : {}),
    ...(Object.keys(configs).length ? { configs } : {}),
    ...(Object.keys(secrets).length ? { secrets } : {}),
  };
  // JSON is YAML; every `$` is doubled so compose interpolates nothing.
  return `${JSON.stringify(escapeDollars(project), null, 2)}\n`;
}

function escapeDollars(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\$/g, '$$$$');
  if (Array.isArray(value)) return value.map(escapeDollars);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeDollars(v)]));
  }
  return value;
}

/** `driver_opts: {type: tmpfs, device: tmpfs}` on the local driver: memory only, no host path. */
function isTmpfsVolume(volume: Record<string, unknown>): boolean {
  const opts = volume.driver_opts as Record<string, unknown> | undefined;
  return (
    (volume.driver === undefined || volume.driver === 'local') &&
    opts?.type === 'tmpfs' &&
    opts.device === 'tmpfs' &&
    !/(^|,)\s*bind\b/.test(String(opts.o ?? ''))
  );
}
