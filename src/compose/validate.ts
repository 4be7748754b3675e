/**
 * What Compose's schema and consistency checks would refuse, reported as
 * issues at the offending key or value; nothing here stops loading.
 */
import { describe, isMap, scalarText, type CNode, type MapNode } from './node.js';
import { toPosition } from './source-range.js';
import type { ComposeIssue } from './types.js';

const TOP_LEVEL = new Set([
  'version',
  'name',
  'services',
  'networks',
  'volumes',
  'secrets',
  'configs',
  'include',
  'models',
]);

// compose-spec service properties (a superset of what Compose 2.26 knows).
const SERVICE_KEYS = new Set(
  (
    'annotations attach build blkio_config cap_add cap_drop cgroup cgroup_parent command configs container_name ' +
    'cpu_count cpu_percent cpu_period cpu_quota cpu_rt_period cpu_rt_runtime cpu_shares cpus cpuset credential_spec ' +
    'depends_on deploy develop device_cgroup_rules devices dns dns_opt dns_search domainname entrypoint env_file ' +
    'environment expose extends external_links extra_hosts gpus group_add healthcheck hostname image init ipc ' +
    'isolation labels label_file links logging mac_address mem_limit mem_reservation mem_swappiness memswap_limit ' +
    'models network_mode networks oom_kill_disable oom_score_adj pid pids_limit platform ports post_start pre_stop ' +
    'privileged profiles provider pull_policy read_only restart runtime scale secrets security_opt shm_size ' +
    'stdin_open stop_grace_period stop_signal storage_opt sysctls tmpfs tty ulimits use_api_socket user userns_mode ' +
    'uts volumes volumes_from working_dir'
  ).split(' '),
);

const MAPPING_SECTIONS = new Set(['services', 'networks', 'volumes', 'secrets', 'configs']);

const HEALTHCHECK_KEYS = new Set([
  'disable',
  'interval',
  'retries',
  'test',
  'timeout',
  'start_period',
  'start_interval',
]);

/** Unknown keys, checked on each file as written (as Compose validates each file against the schema). */
export function checkKeys(file: MapNode, issues: ComposeIssue[]): void {
  checkTopLevelKeys(file, issues);
  const services = file.entries.get('services')?.value;
  if (!isMap(services)) return;
  // forEach, not for-of: no [key, entry] pair allocated per key of a big file.
  services.entries.forEach((s, name) => checkServiceKeys(name, s.value, issues));
}

/** The top-level keys of a file as written. */
function checkTopLevelKeys(file: MapNode, issues: ComposeIssue[]): void {
  for (const [key, e] of file.entries) {
    const v = e.value;
    const isNull = v.kind === 'scalar' && v.value === null;
    if (MAPPING_SECTIONS.has(key) && v.kind !== 'map' && !isNull) {
      issues.push({
        kind: 'compose-invalid',
        message: `${key} must be a mapping, not ${describe(v)}.`,
        pos: toPosition(v.range),
      });
    }
    if (key === 'name' && (v.kind !== 'scalar' || typeof v.value !== 'string')) {
      issues.push({
        kind: 'compose-invalid',
        message: `name must be a string, not ${describe(v)}.`,
        pos: toPosition(v.range),
      });
    }
    if (!TOP_LEVEL.has(key) && !key.startsWith('x-')) {
      issues.push({
        kind: 'compose-invalid',
        message: `additional property "${key}" is not allowed at the top level of a compose file; check its spelling (known: services, networks, volumes, secrets, configs, include, name).`,
        pos: toPosition(e.keyRange),
      });
    }
  }
}

/** The service keys whose schema accepts null (an empty key); any other empty key is refused. */
const NULL_ALLOWED = new Set(['command', 'entrypoint', 'deploy', 'develop', 'pid']);

/** The unknown keys, and the keys left empty, of one service as written. */
function checkServiceKeys(name: string, service: CNode, issues: ComposeIssue[]): void {
  if (!isMap(service)) return;
  service.entries.forEach((e, key) => {
    if (!SERVICE_KEYS.has(key) && !key.startsWith('x-')) {
      issues.push({
        kind: 'compose-invalid',
        message: `services.${name}: additional property "${key}" is not allowed${suggest(key)}; Compose refuses the file.`,
        pos: toPosition(e.keyRange),
        service: name,
      });
    } else if (
      e.value.kind === 'scalar' &&
      e.value.value === null &&
      e.value.tag === undefined &&
      !NULL_ALLOWED.has(key) &&
      !key.startsWith('x-')
    ) {
      issues.push({
        kind: 'compose-invalid',
        message: `services.${name}.${key} is empty (null), which Compose refuses; give it a value or remove the key (a list left with only commented-out items is empty).`,
        pos: toPosition(e.keyRange),
        service: name,
      });
    }
  });
  checkNested(name, service, issues);
}

const keys = (list: string) => new Set(list.split(' '));

// Sub-mappings whose typos change what the Redis checks see (compose-spec schema).
// `shape`: the mapping itself, each item of a list, or each value of a mapping.
const NESTED: { path: string; shape: 'map' | 'list' | 'values'; known: Set<string> }[] = [
  { path: 'healthcheck', shape: 'map', known: HEALTHCHECK_KEYS },
  // Consumers waiting for Redis: a typo here changes what they wait for.
  { path: 'depends_on', shape: 'values', known: keys('condition restart required') },
  {
    path: 'networks',
    shape: 'values',
    known: keys(
      'aliases ipv4_address ipv6_address link_local_ips mac_address driver_opts priority gw_priority',
    ),
  },
  { path: 'logging', shape: 'map', known: keys('driver options') },
  {
    path: 'ports',
    shape: 'list',
    known: keys('mode host_ip target published protocol app_protocol name'),
  },
  {
    path: 'volumes',
    shape: 'list',
    known: keys('type source target read_only consistency bind volume tmpfs image'),
  },
  {
    path: 'deploy',
    shape: 'map',
    known: keys(
      'mode endpoint_mode replicas labels rollback_config update_config resources restart_policy placement',
    ),
  },
  {
    path: 'build',
    shape: 'map',
    known: keys(
      'context dockerfile dockerfile_inline entitlements args ssh labels cache_from cache_to no_cache additional_contexts network provenance sbom pull target shm_size extra_hosts isolation privileged secrets tags ulimits platforms',
    ),
  },
];

function checkNested(service: string, svc: MapNode, issues: ComposeIssue[]): void {
  for (let i = 0; i < NESTED.length; i++) {
    const spec = NESTED[i];
    const v = svc.entries.get(spec.path)?.value;
    if (v === undefined) continue;
    // Walked in place, not gathered into lists: this runs for every service of a big file.
    if (spec.shape === 'list') {
      if (v.kind === 'seq')
        for (const item of v.items)
          if (isMap(item)) checkSubMapping(service, spec, spec.path, item, issues);
    } else if (!isMap(v)) continue;
    else if (spec.shape === 'map') checkSubMapping(service, spec, spec.path, v, issues);
    else
      v.entries.forEach((e) => {
        if (isMap(e.value))
          checkSubMapping(service, spec, `${spec.path}.${e.key}`, e.value, issues);
      });
  }
}

function checkSubMapping(
  service: string,
  spec: (typeof NESTED)[number],
  where: string,
  m: MapNode,
  issues: ComposeIssue[],
): void {
  const known = spec.known;
  m.entries.forEach((e, key) => {
    if (known.has(key) || key.startsWith('x-')) return;
    issues.push({
      kind: 'compose-invalid',
      message: `services.${service}.${where}: additional property "${key}" is not allowed${suggest(key, known)}.`,
      pos: toPosition(e.keyRange),
      service,
    });
  });
  if (spec.path === 'depends_on' && !m.entries.has('condition')) {
    issues.push({
      kind: 'compose-invalid',
      message: `services.${service}.${where}: condition is required in the long form (service_started, service_healthy or service_completed_successfully).`,
      pos: toPosition(m.range),
      service,
    });
  }
}

function suggest(key: string, known: Set<string> = SERVICE_KEYS): string {
  let best: string | undefined;
  let bestDist = 3;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k);
    if (d < bestDist) {
      bestDist = d;
      best = k;
    }
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** Checks on the merged project: image or build, declared volumes and networks, known dependencies. */
export function checkProject(
  services: MapNode,
  volumes: MapNode | undefined,
  networks: MapNode | undefined,
  issues: ComposeIssue[],
  allServices: Set<string>,
  inactive?: Set<string>,
  declared?: { secrets: Set<string>; configs: Set<string> },
): void {
  // forEach and indexed loops: this runs once per service of a big file, before V8 has
  // optimised it, and each for-of step would allocate.
  services.entries.forEach((e, name) => {
    const svc = e.value;
    if (!isMap(svc)) return;
    const invalid = (message: string, pos = e.keyRange) =>
      issues.push({
        kind: 'compose-invalid',
        message: `services.${name}: ${message}`,
        pos: toPosition(pos),
        service: name,
      });
    const image = svc.entries.get('image')?.value;
    const hasImage = image?.kind === 'scalar' && image.value !== null && scalarText(image) !== '';
    if (!hasImage && !svc.entries.has('build')) {
      invalid('has neither an image nor a build context specified; add `image:` or `build:`.');
    }
    const memLimit = svc.entries.get('mem_limit')?.value;
    const deploy = svc.entries.get('deploy')?.value;
    const resources = isMap(deploy) ? deploy.entries.get('resources')?.value : undefined;
    const limits = isMap(resources) ? resources.entries.get('limits')?.value : undefined;
    const deployMem = isMap(limits) ? limits.entries.get('memory')?.value : undefined;
    if (
      memLimit?.kind === 'scalar' &&
      deployMem?.kind === 'scalar' &&
      scalarText(memLimit) !== scalarText(deployMem)
    ) {
      invalid(
        `can't set distinct values on 'mem_limit' and 'deploy.resources.limits.memory'; keep one of them.`,
        memLimit.range,
      );
    }
    const vols = svc.entries.get('volumes')?.value;
    if (vols?.kind === 'seq') {
      for (let i = 0; i < vols.items.length; i++) {
        const v = vols.items[i];
        if (!isMap(v)) continue;
        const type = v.entries.get('type')?.value;
        const source = v.entries.get('source')?.value;
        if (
          type?.kind !== 'scalar' ||
          type.value !== 'volume' ||
          source?.kind !== 'scalar' ||
          source.value === null
        )
          continue;
        const vname = scalarText(source);
        if (vname !== '' && !volumes?.entries.has(vname)) {
          invalid(
            `refers to undefined volume "${vname}"; declare it under the top-level \`volumes:\`.`,
            source.range,
          );
        }
      }
    }
    for (let k = 0; k < FILE_REFERENCES.length; k++) {
      const kind = FILE_REFERENCES[k];
      const refs = svc.entries.get(kind)?.value;
      if (refs?.kind !== 'seq') continue;
      for (let i = 0; i < refs.items.length; i++) {
        const ref = refs.items[i];
        const source = isMap(ref) ? ref.entries.get('source')?.value : undefined;
        if (source?.kind !== 'scalar' || source.value === null) continue;
        if (!declared?.[kind]?.has(scalarText(source))) {
          invalid(
            `refers to undefined ${kind === 'secrets' ? 'secret' : 'config'} "${scalarText(source)}"; declare it under the top-level \`${kind}:\`.`,
            source.range,
          );
        }
      }
    }
    const nets = svc.entries.get('networks')?.value;
    if (isMap(nets)) {
      nets.entries.forEach((ne, n) => {
        if (n !== 'default' && !networks?.entries.has(n)) {
          invalid(
            `refers to undefined network "${n}"; declare it under the top-level \`networks:\`.`,
            ne.keyRange,
          );
        }
      });
    }
    const deps = svc.entries.get('depends_on')?.value;
    if (isMap(deps)) {
      deps.entries.forEach((de, d) => {
        if (!allServices.has(d)) {
          const required = isMap(de.value) ? de.value.entries.get('required')?.value : undefined;
          if (required?.kind === 'scalar' && required.value === false) return;
          const why = inactive?.has(d)
            ? ` (it is outside the active profiles; enable one of its profiles)`
            : '';
          invalid(`depends on undefined service "${d}"${why}.`, de.keyRange);
        }
      });
    }
  });
}

const FILE_REFERENCES = ['secrets', 'configs'] as const;
