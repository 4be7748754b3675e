/**
 * The project in the exact shape `docker compose config --format json`
 * prints (compose 2.26): `command`/`entrypoint` always present (null when
 * unset), `$` written as `$$` so the output can be read back, unused
 * top-level volumes and networks left out, networks with `ipam: {}`.
 */
import type { ComposeModel, ComposeProject, ServiceConfig } from './types.js';

export function toComposeConfigJson(project: ComposeProject): object {
  const model = project.model;
  const services: Record<string, unknown> = {};
  const usedVolumes = new Set<string>();
  const usedNetworks = new Set<string>();
  for (const name of Object.keys(model.services).sort()) {
    const svc = model.services[name];
    for (const v of svc.volumes ?? [])
      if (v.type === 'volume' && v.source) usedVolumes.add(v.source);
    for (const n of Object.keys(svc.networks ?? {})) usedNetworks.add(n);
    services[name] = escapeDollars({
      command: null,
      entrypoint: null,
      ...svc,
    } satisfies ServiceConfig);
  }
  const out: Record<string, unknown> = { name: model.name };
  const networks = pick(model.networks, usedNetworks, (n: Record<string, unknown>) => ({
    ...n,
    ipam: n.ipam ?? {},
  }));
  if (networks) out.networks = networks;
  out.services = services;
  const volumes = pick(model.volumes, usedVolumes, (v) => v);
  if (volumes) out.volumes = volumes;
  for (const key of ['secrets', 'configs'] as const) {
    const used = new Set<string>();
    for (const svc of Object.values(model.services)) {
      for (const ref of (svc[key] ?? []) as (string | { source?: string })[]) {
        const source = typeof ref === 'string' ? ref : ref.source;
        if (source) used.add(source);
      }
    }
    const section = pick(model[key] as ComposeModel['volumes'], used, (v) => v);
    if (section) out[key] = section;
  }
  // Top-level extensions are printed as written (after interpolation).
  for (const key of Object.keys(model))
    if (key.startsWith('x-')) out[key] = escapeDollars(model[key]);
  return out;
}

function pick<T extends object>(
  section: ComposeModel['volumes'] | ComposeModel['networks'],
  used: Set<string>,
  shape: (v: T) => object,
): Record<string, unknown> | undefined {
  if (!section) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(section))
    if (used.has(k)) out[k] = escapeDollars(shape(v as T));
  return Object.keys(out).length > 0 ? out : undefined;
}

function escapeDollars(v: unknown): unknown {
  if (typeof v === 'string') return v.replaceAll('$', () => '$$');
  if (Array.isArray(v)) return v.map(escapeDollars);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = escapeDollars(x);
    return out;
  }
  return v;
}
