/**
 * What a probe may start, decided from the compose model alone (no engine,
 * no process): each probed Redis service is rebuilt from an allowlist of what
 * a Redis server needs. What reaches the host is dropped when Redis cannot
 * need it, and the service is refused when probing it would mean reaching
 * outside the probe project (a host path, another container's namespace or
 * volumes). The probes build their compose project from this plan, and the
 * `probe-isolation` rule reports it, so both always agree.
 */
import { resolve } from 'node:path';
import { existingRealPath, isOutsideDir, isWithinDir } from '../compose/project-dir.js';
import type { ComposeProject, ServiceConfig } from '../compose/types.js';
import { cleanTarget, isAtOrBelow } from '../compose/volumes.js';
import type { RedisServiceModel } from '../redis/types.js';

/** One thing the plan changed or refused, with the model path it is about. */
export interface IsolationIssue {
  service: string;
  /** Path into the model, e.g. ['services', 'redis', 'privileged']. */
  path: (string | number)[];
  action: 'dropped' | 'refused';
  /** The field as the user knows it, e.g. `privileged`, `volumes[1]`. */
  field: string;
  reason: string;
}

export interface IsolatedService {
  name: string;
  /** The service as the probe project declares it (values as in the model, `$` not yet escaped). */
  config: Record<string, unknown>;
  /** Normalised data dir of the server. */
  dataDir: string;
  /** A host bind mount at or above the data dir was replaced by a fresh volume of the probe's own. */
  dataBindReplaced: boolean;
  /** Keys of the top-level volumes this service uses (named in the model, or the probe's data volume). */
  volumes: string[];
  networks: string[];
  configs: string[];
  secrets: string[];
}

export interface IsolationPlan {
  services: IsolatedService[];
  /** Services the probes will not start, with every reason. */
  refused: Map<string, IsolationIssue[]>;
  /** Every issue, dropped and refused, in model order. */
  issues: IsolationIssue[];
  /** Variables compose itself needs (configs and secrets taken from the environment). */
  composeEnvNames: string[];
}

/**
 * The runner's own credentials. They are never given to a probe container or
 * to compose, even when a compose file asks for them: a pull request must not
 * be able to read them through a probe.
 */
const RUNNER_SECRET_NAMES = new Set([
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
]);

function isRunnerSecretName(name: string): boolean {
  return RUNNER_SECRET_NAMES.has(name) || /^ACTIONS_.*(TOKEN|URL)$/.test(name);
}

/** The runner secrets set in `env`, by name; values too short to recognise are left out. */
function runnerSecrets(env: Record<string, string | undefined>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of Object.entries(env)) {
    if (value && value.length >= 8 && isRunnerSecretName(name)) out.set(name, value);
  }
  return out;
}

/** Service keys copied as they are: what a Redis server needs, none of it reaching the host. */
const KEPT = [
  'image',
  'command',
  'entrypoint',
  'user',
  'working_dir',
  'hostname',
  'domainname',
  'healthcheck',
  'restart',
  'init',
  'read_only',
  'shm_size',
  'platform',
  'stop_signal',
  'stop_grace_period',
  'ulimits',
  'tmpfs',
  'mem_limit',
  'mem_reservation',
  'memswap_limit',
  'mem_swappiness',
  'pids_limit',
  'cap_drop',
] as const;

/** Keys handled on their own below. */
const HANDLED = new Set<string>([
  ...KEPT,
  'build',
  'environment',
  'volumes',
  'networks',
  'network_mode',
  'depends_on',
  'configs',
  'secrets',
  'sysctls',
  'deploy',
  'volumes_from',
]);

/**
 * Keys dropped without a word: they do not reach the host and the probes do
 * not need them (publishing, fixed names, labels, scheduling, dev tooling).
 * `env_file` is already merged into `environment` by the loader.
 */
const DROPPED_QUIETLY = new Set([
  'ports',
  'expose',
  'container_name',
  'profiles',
  'labels',
  'label_file',
  'annotations',
  'pull_policy',
  'env_file',
  'tty',
  'stdin_open',
  'develop',
  'scale',
  'attach',
  'links',
  'dns',
  'dns_opt',
  'dns_search',
  'mac_address',
  'storage_opt',
  'cpus',
  'cpu_count',
  'cpu_percent',
  'cpu_shares',
  'cpu_period',
  'cpu_quota',
  'cpu_rt_runtime',
  'cpu_rt_period',
  'cpuset',
  'blkio_config',
  'extends',
  'use_api_socket',
  'x-',
]);

/** Why a dropped key could reach the host; any other unknown key gets a generic reason. */
const HOST_REACHING: Record<string, string> = {
  privileged: 'gives the container every capability and all host devices',
  cap_add: 'adds kernel capabilities Redis does not need',
  devices: 'maps host devices into the container',
  device_cgroup_rules: 'opens host devices to the container',
  pid: "shares a host or another container's process namespace",
  ipc: "shares a host or another container's IPC namespace",
  uts: "shares the host's host name namespace",
  userns_mode: "shares the host's user namespace",
  cgroup: "shares the host's cgroup namespace",
  cgroup_parent: "places the container in a host cgroup of the file's choice",
  security_opt: 'weakens seccomp, AppArmor or SELinux confinement',
  runtime: 'runs the container with another OCI runtime of the host',
  isolation: 'changes how the container is isolated from the host',
  oom_kill_disable: "can exhaust the host's memory",
  oom_score_adj: 'changes which host processes the kernel kills first',
  group_add: 'adds host groups (e.g. the docker group) to the container user',
  gpus: 'maps host GPUs into the container',
  extra_hosts: 'can point names at the host (host-gateway)',
  external_links: 'links containers outside the project',
  logging: 'can send the container log to a host or remote log driver',
  post_start: 'runs extra commands, possibly privileged',
  pre_stop: 'runs extra commands, possibly privileged',
  credential_spec: 'reads host credential specs',
};

/** Build keys kept; others (ssh, secrets, network, extra_hosts, ...) reach the runner. */
const BUILD_KEPT = new Set(['context', 'dockerfile', 'dockerfile_inline', 'args', 'target']);
const BUILD_QUIET = new Set([
  'labels',
  'cache_from',
  'cache_to',
  'no_cache',
  'pull',
  'tags',
  'platforms',
  'shm_size',
]);

/** Every string in a value, for the runner-token check. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  }
  return [];
}

/** The name of the first runner secret whose value appears in `value`. */
function taint(value: unknown, secrets: Map<string, string>): string | undefined {
  const texts = strings(value);
  for (const [name, secret] of secrets) if (texts.some((t) => t.includes(secret))) return name;
  return undefined;
}

/**
 * Plans the probe project for `servers` (the Redis services the probes would
 * start). `env` is the environment the project was loaded with: runner
 * secrets in it are recognised by value wherever a compose value carries them.
 */
export function planIsolation(
  project: ComposeProject,
  servers: RedisServiceModel[],
  env: Record<string, string | undefined> = project.environment ?? {},
): IsolationPlan {
  const model = project.model;
  const projectDir = existingRealPath(project.workingDir) ?? resolve(project.workingDir);
  const secrets = runnerSecrets(env);
  const names = new Set(servers.map((s) => s.name));
  const issues: IsolationIssue[] = [];
  const refused = new Map<string, IsolationIssue[]>();
  const composeEnvNames = new Set<string>();
  const planned: IsolatedService[] = [];

  for (const server of servers) {
    const name = server.name;
    const service: ServiceConfig = model.services[name] ?? server.service;
    const own: IsolationIssue[] = [];
    const drop = (key: (string | number)[], field: string, reason: string) =>
      own.push({
        service: name,
        path: ['services', name, ...key],
        action: 'dropped',
        field,
        reason,
      });
    const refuse = (key: (string | number)[], field: string, reason: string) =>
      own.push({
        service: name,
        path: ['services', name, ...key],
        action: 'refused',
        field,
        reason,
      });

    const config: Record<string, unknown> = {};
    for (const key of KEPT)
      if (service[key] !== undefined && service[key] !== null) config[key] = service[key];

    for (const key of Object.keys(service)) {
      if (HANDLED.has(key) || DROPPED_QUIETLY.has(key) || key.startsWith('x-')) continue;
      const reason = HOST_REACHING[key];
      drop([key], key, reason ? `${reason}; Redis runs without it` : 'not needed to run Redis');
    }

    // build: the image as the project builds it, but nothing of the runner's
    // (SSH agent, host files, host network) goes into the build.
    if (service.build) {
      const build: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(service.build)) {
        if (BUILD_KEPT.has(key)) build[key] = value;
        else if (!BUILD_QUIET.has(key)) {
          drop(
            ['build', key],
            `build.${key}`,
            'gives the image build access to the runner (its SSH agent, files, network or privileges)',
          );
        }
      }
      const context = typeof build.context === 'string' ? build.context : undefined;
      if (context && !/^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(context)) {
        const real = existingRealPath(resolve(project.workingDir, context));
        if (!real || !isWithinDir(real, projectDir)) {
          refuse(
            ['build', 'context'],
            'build.context',
            `the build context ${context} lies outside the project directory (the build would read host files)`,
          );
        } else build.context = real;
      }
      config.build = build;
    }

    // environment: unset pass-through variables stay unset; the runner's tokens never go in.
    const environment: Record<string, string> = {};
    for (const [key, value] of Object.entries(service.environment ?? {})) {
      if (value === null || value === undefined) continue;
      const token = isRunnerSecretName(key) ? key : taint(value, secrets);
      if (token) {
        drop(
          ['environment', key],
          `environment.${key}`,
          `holds the runner's ${token}, which no probe container is given`,
        );
        continue;
      }
      // An env_file from outside the project (a host file: ../secrets/.env,
      // /etc/...) would hand host contents to the container; leaving it out
      // would change what Redis is told, so the service is not started.
      // A variable given by the project's own environment (.env, --env-file:
      // the workflow's files, passed through by a bare `- NAME`) is no env_file.
      const from = project.sources?.get(['services', name, 'environment', key])?.pos.file;
      if (from && !project.envFiles.includes(from) && isOutsideDir(from, projectDir)) {
        refuse(
          ['environment', key],
          `environment.${key}`,
          `comes from the file ${from}, outside the project directory (the probe container would receive host file contents)`,
        );
        continue;
      }
      environment[key] = value;
    }
    if (Object.keys(environment).length) config.environment = environment;

    // sysctls: only the container's own network namespace (net.*).
    const sysctls = Object.entries(
      Array.isArray(service.sysctls)
        ? Object.fromEntries(
            (service.sysctls as string[]).map((s) => s.split('=', 2) as [string, string]),
          )
        : ((service.sysctls as Record<string, unknown> | undefined) ?? {}),
    );
    const netSysctls = sysctls.filter(([k]) => k.startsWith('net.'));
    for (const [k] of sysctls.filter(([key]) => !key.startsWith('net.'))) {
      drop(['sysctls', k], `sysctls.${k}`, 'is a host-wide kernel setting');
    }
    if (netSysctls.length) config.sysctls = Object.fromEntries(netSysctls);

    // deploy: memory limits only (they change how Redis behaves when full).
    const resources = service.deploy?.resources as
      { limits?: { memory?: unknown }; reservations?: { memory?: unknown } } | undefined;
    const limits = resources?.limits?.memory;
    const reservations = resources?.reservations?.memory;
    if (limits !== undefined || reservations !== undefined) {
      config.deploy = {
        resources: {
          ...(limits !== undefined ? { limits: { memory: limits } } : {}),
          ...(reservations !== undefined ? { reservations: { memory: reservations } } : {}),
        },
      };
    }

    // Networks: the Redis service's own, renamed into the probe project by the
    // top level. network_mode host/bridge joins the project network instead.
    const networks: string[] = [];
    const mode = service.network_mode;
    if (mode !== undefined) {
      if (mode === 'none') config.network_mode = 'none';
      else if (mode.startsWith('service:') && names.has(mode.slice(8))) config.network_mode = mode;
      else if (mode.startsWith('container:') || mode.startsWith('service:')) {
        refuse(
          ['network_mode'],
          'network_mode',
          `network_mode "${mode}" shares the network of a container the probes do not start, so canary keys could reach it`,
        );
      } else {
        drop(
          ['network_mode'],
          'network_mode',
          `network_mode "${mode}" ${mode === 'host' ? "puts Redis on the runner's own interfaces" : 'joins a network shared outside the project'}; Redis joins the probe network instead`,
        );
        config.networks = { default: null };
        networks.push('default');
      }
    }
    if (config.network_mode === undefined && config.networks === undefined) {
      const declared = service.networks ?? { default: null };
      const kept: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(declared)) {
        networks.push(key);
        kept[key] = value
          ? Object.fromEntries(
              Object.entries(value).filter(([k]) =>
                ['aliases', 'ipv4_address', 'ipv6_address', 'priority'].includes(k),
              ),
            )
          : null;
      }
      config.networks = kept;
    }

    if (Array.isArray(service.volumes_from) && service.volumes_from.length > 0) {
      refuse(
        ['volumes_from'],
        'volumes_from',
        'volumes_from mounts the volumes of another container, which the probes do not start',
      );
    }

    // depends_on: only on other probed services; nothing else is started.
    const deps = Object.entries(service.depends_on ?? {}).filter(([dep]) => names.has(dep));
    if (deps.length) config.depends_on = Object.fromEntries(deps);

    // Volumes: any bind at or above the data dir becomes a fresh volume of the
    // probe's own; other binds only from inside the project, read-only.
    const dataDir = cleanTarget(server.dataDir);
    const volumes: string[] = [];
    const mounts: Record<string, unknown>[] = [];
    let dataBindReplaced = false;
    (service.volumes ?? []).forEach((mount, index) => {
      if (typeof mount.target !== 'string') return;
      const target = cleanTarget(mount.target);
      const field = `volumes[${index}]`;
      if (mount.type === 'volume') {
        if (mount.source) volumes.push(mount.source);
        mounts.push({
          type: 'volume',
          ...(mount.source ? { source: mount.source } : {}),
          target,
          ...(mount.read_only ? { read_only: true } : {}),
          ...(mount.volume ? { volume: mount.volume } : {}),
        });
      } else if (mount.type === 'tmpfs') {
        mounts.push({ type: 'tmpfs', target, ...(mount.tmpfs ? { tmpfs: mount.tmpfs } : {}) });
      } else if (mount.type === 'bind') {
        const source = resolve(project.workingDir, mount.source ?? '');
        if (isAtOrBelow(dataDir, target)) {
          dataBindReplaced = true;
          return;
        }
        if (isAtOrBelow(target, dataDir)) {
          drop(
            ['volumes', index],
            field,
            `binds ${mount.source} inside the data dir ${dataDir}; the probes write their canaries only into a volume of their own`,
          );
          return;
        }
        const real = existingRealPath(source);
        if (!real) {
          refuse(
            ['volumes', index],
            field,
            `the bind mount source ${mount.source} does not exist (Docker would create it on the host)`,
          );
        } else if (!isWithinDir(real, projectDir)) {
          refuse(
            ['volumes', index],
            field,
            `mounts the host path ${mount.source}${real !== source ? ` (${real})` : ''}, outside the project directory`,
          );
        } else {
          mounts.push({
            type: 'bind',
            source: real,
            target,
            read_only: true,
            bind: { create_host_path: false },
          });
        }
      } else {
        refuse(['volumes', index], field, `a ${mount.type} mount is not supported by the probes`);
      }
    });
    if (dataBindReplaced && !mounts.some((m) => m.target === dataDir)) {
      const key = `redis-readiness-data-${planned.length + refused.size}`;
      volumes.push(key);
      mounts.push({ type: 'volume', source: key, target: dataDir });
    }
    if (mounts.length) config.volumes = mounts;

    // configs and secrets: files from inside the project, or the environment (never a runner token).
    const refs = { configs: [] as string[], secrets: [] as string[] };
    for (const kind of ['configs', 'secrets'] as const) {
      const list = (service[kind] as (string | { source: string })[] | undefined) ?? [];
      if (!list.length) continue;
      config[kind] = list;
      const top =
        (model as unknown as Record<string, Record<string, Record<string, unknown>> | undefined>)[
          kind
        ] ?? {};
      for (const ref of list) {
        const source = typeof ref === 'string' ? ref : ref.source;
        refs[kind].push(source);
        const def = top[source] ?? {};
        if (typeof def.file === 'string') {
          const real = existingRealPath(resolve(project.workingDir, def.file));
          if (!real || !isWithinDir(real, projectDir)) {
            refuse(
              [kind],
              kind,
              `${kind} ${source} reads the host file ${def.file}, outside the project directory`,
            );
          }
        } else if (typeof def.environment === 'string') {
          if (isRunnerSecretName(def.environment)) {
            refuse(
              [kind],
              kind,
              `${kind} ${source} reads the runner's ${def.environment}, which no probe container is given`,
            );
          } else composeEnvNames.add(def.environment);
        } else if (def.content === undefined) {
          refuse([kind], kind, `${kind} ${source} is external or has no source the probes can use`);
        }
      }
    }

    // Anything left that carries a runner token (command, healthcheck, build args).
    const token = taint({ ...config, environment: undefined }, secrets);
    if (token)
      refuse(
        [],
        'service',
        `a value of the service holds the runner's ${token}, which no probe container is given`,
      );

    issues.push(...own);
    const refusals = own.filter((i) => i.action === 'refused');
    if (refusals.length) {
      refused.set(name, refusals);
      continue;
    }
    planned.push({
      name,
      config,
      dataDir,
      dataBindReplaced,
      volumes,
      networks,
      configs: refs.configs,
      secrets: refs.secrets,
    });
  }

  // A service that shares the network of a refused one cannot start either.
  for (const s of [...planned]) {
    const mode = s.config.network_mode;
    if (typeof mode === 'string' && mode.startsWith('service:') && refused.has(mode.slice(8))) {
      const issue: IsolationIssue = {
        service: s.name,
        path: ['services', s.name, 'network_mode'],
        action: 'refused',
        field: 'network_mode',
        reason: `shares the network of ${mode.slice(8)}, which is not probed`,
      };
      issues.push(issue);
      refused.set(s.name, [issue]);
      planned.splice(planned.indexOf(s), 1);
    }
  }
  const started = new Set(planned.map((s) => s.name));
  for (const s of planned) {
    const deps = s.config.depends_on as Record<string, unknown> | undefined;
    if (!deps) continue;
    const kept = Object.entries(deps).filter(([dep]) => started.has(dep));
    if (kept.length) s.config.depends_on = Object.fromEntries(kept);
    else delete s.config.depends_on;
  }
  return { services: planned, refused, issues, composeEnvNames: [...composeEnvNames] };
}

/** One line for a refused service: every reason, for the probe results and the log. */
export function refusalSummary(issues: IsolationIssue[]): string {
  return `not probed (probe-isolation): ${issues.map((i) => `${i.field}: ${i.reason}`).join('; ')}`;
}
