/**
 * Last stage on the merged project, as compose-go does after merging:
 * `env_file:` contents folded into `environment` (which wins), bare keys
 * taken from the project environment, defaults Compose fills in (build
 * dockerfile, the implicit `default` network, the dependencies that links,
 * `service:` namespaces and volumes_from imply), and top-level resources
 * (names, boolean flags).
 */
import { existsSync, statSync } from 'node:fs';
import { parseDotenv } from './dotenv.js';
import {
  copyMap,
  isMap,
  mapNode,
  scalar,
  scalarText,
  type CNode,
  type MapNode,
  type ScalarNode,
} from './node.js';
import { readTextFile } from './read.js';
import { fixedRange, toPosition } from './source-range.js';
import { toBoolean } from './volumes.js';
import type { ProjectEnvironment } from './env.js';
import { UnreadableInputError, type ComposeIssue } from './types.js';

export interface ResolveContext {
  env: ProjectEnvironment;
  issues: ComposeIssue[];
  /** Files read through services' `env_file:`, appended to. */
  serviceEnvFiles: string[];
}

/** An environment with every value given and no env file to add: nothing to resolve. */
function isResolved(environment: CNode): boolean {
  if (!isMap(environment) || environment.entries.size === 0) return false;
  let resolved = true;
  environment.entries.forEach((e) => {
    if (e.value.kind === 'scalar' && e.value.value === null) resolved = false;
  });
  return resolved;
}

/**
 * Resolves one service of the merged tree in place. The loader owns that
 * tree, and once the files are merged nothing else holds its service nodes
 * (normalisation, extends and merge each make their own); a copy of every
 * service here was promoted and then dropped, ~1.7 MB on the 2,000-service
 * benchmark (bench/README.md).
 */
export function resolveService(name: string, svc: MapNode, ctx: ResolveContext): void {
  const envFiles = svc.entries.get('env_file');
  const environment = svc.entries.get('environment');
  const nothingToResolve = !envFiles && environment !== undefined && isResolved(environment.value);
  if ((envFiles || environment) && !nothingToResolve) {
    const env = mapNode(environment?.value.range ?? envFiles!.value.range);
    if (envFiles?.value.kind === 'seq') readEnvFiles(name, envFiles.value.items, env, ctx);
    if (environment && isMap(environment.value)) {
      environment.value.entries.forEach((e, k) => {
        let value = e.value;
        if (value.kind === 'scalar' && value.value === null) {
          const found = ctx.env.values[k];
          if (found !== undefined) {
            const at = ctx.env.entries.get(k);
            value = at
              ? {
                  kind: 'scalar',
                  value: found,
                  range: fixedRange(at.pos),
                  raw: at.raw,
                  variables: at.variables,
                }
              : scalar(found, e.keyRange);
          }
        }
        env.entries.set(k, { ...e, value });
      });
    }
    svc.entries.delete('env_file');
    // Compose leaves an empty environment out.
    if (env.entries.size === 0) svc.entries.delete('environment');
    else
      svc.entries.set('environment', {
        key: 'environment',
        keyRange: environment?.keyRange ?? envFiles!.keyRange,
        value: env,
      });
  }
  const build = svc.entries.get('build');
  if (
    build &&
    isMap(build.value) &&
    !build.value.entries.has('dockerfile') &&
    !build.value.entries.has('dockerfile_inline')
  ) {
    const b = copyMap(build.value);
    b.entries.set('dockerfile', {
      key: 'dockerfile',
      keyRange: build.keyRange,
      value: scalar('Dockerfile', build.value.range),
    });
    svc.entries.set('build', { ...build, value: b });
  }
  const deploy = svc.entries.get('deploy');
  if (deploy && isMap(deploy.value)) {
    // Compose prints these two as empty mappings when they are not given.
    const d = copyMap(deploy.value);
    for (const k of ['resources', 'placement']) {
      if (!d.entries.has(k))
        d.entries.set(k, { key: k, keyRange: deploy.keyRange, value: mapNode(deploy.value.range) });
    }
    svc.entries.set('deploy', { ...deploy, value: d });
  }
  addImplicitDependencies(svc);
  if (!svc.entries.has('networks') && !svc.entries.has('network_mode')) {
    svc.entries.set('networks', {
      key: 'networks',
      keyRange: svc.range,
      value: mapNode(svc.range, [
        { key: 'default', keyRange: svc.range, value: scalar(null, svc.range) },
      ]),
    });
  }
}

/** Service fields that may name another service's namespace as `service:<name>`. */
const NAMESPACE_FIELDS = ['network_mode', 'ipc', 'pid', 'uts', 'cgroup'];

/**
 * Services this one names outside depends_on, which Compose adds to
 * depends_on (started first): `links`, a `service:` namespace, `volumes_from`
 * (not `container:`). The first two also restart it with that service. What
 * depends_on says itself wins.
 */
function addImplicitDependencies(svc: MapNode): void {
  const implied: { name: string; pos: CNode['range']; restart: boolean }[] = [];
  const texts = (key: string): ScalarNode[] => {
    const v = svc.entries.get(key)?.value;
    const items = v?.kind === 'seq' ? v.items : v ? [v] : [];
    return items.filter((i): i is ScalarNode => i.kind === 'scalar' && typeof i.value === 'string');
  };
  for (const link of texts('links')) {
    // `service:alias`; anything else is taken whole, as Compose does.
    const parts = (link.value as string).split(':');
    implied.push({
      name: parts.length === 2 ? parts[0] : (link.value as string),
      pos: link.range,
      restart: true,
    });
  }
  for (const field of NAMESPACE_FIELDS) {
    for (const ref of texts(field)) {
      const text = ref.value as string;
      if (text.startsWith('service:'))
        implied.push({ name: text.slice('service:'.length), pos: ref.range, restart: true });
    }
  }
  for (const from of texts('volumes_from')) {
    const text = from.value as string;
    if (!text.startsWith('container:'))
      implied.push({ name: text.split(':')[0], pos: from.range, restart: false });
  }
  if (implied.length === 0) return;
  const written = svc.entries.get('depends_on');
  const deps = written && isMap(written.value) ? copyMap(written.value) : mapNode(svc.range);
  for (const { name, pos, restart } of implied) {
    if (deps.entries.has(name)) continue;
    const fields = [{ key: 'condition', keyRange: pos, value: scalar('service_started', pos) }];
    // compose-go leaves a false restart out of what it prints.
    if (restart) fields.push({ key: 'restart', keyRange: pos, value: scalar(true, pos) });
    fields.push({ key: 'required', keyRange: pos, value: scalar(true, pos) });
    deps.entries.set(name, { key: name, keyRange: pos, value: mapNode(pos, fields) });
  }
  svc.entries.set('depends_on', {
    key: 'depends_on',
    keyRange: written?.keyRange ?? svc.range,
    value: deps,
  });
}

function readEnvFiles(service: string, items: CNode[], env: MapNode, ctx: ResolveContext): void {
  for (const item of items) {
    if (!isMap(item)) continue;
    const pathNode = item.entries.get('path')?.value as ScalarNode | undefined;
    const requiredNode = item.entries.get('required')?.value;
    if (!pathNode) continue;
    const file = scalarText(pathNode);
    const required = !(
      requiredNode?.kind === 'scalar' &&
      (requiredNode.value === false || requiredNode.value === 'false')
    );
    if (!existsSync(file) || !statSync(file).isFile()) {
      if (required) {
        ctx.issues.push({
          kind: 'compose-invalid',
          // As written when interpolated (see shownPath): the value may be a secret.
          message: `services.${service}: env file ${pathNode.variables?.length && pathNode.raw !== undefined ? pathNode.raw : file} not found; create it or mark the entry \`required: false\`.`,
          pos: toPosition(pathNode.range),
          service,
        });
      }
      continue;
    }
    let text: string;
    try {
      text = readTextFile(file, 'env file');
    } catch (err) {
      if (!(err instanceof UnreadableInputError)) throw err;
      ctx.issues.push({
        kind: 'compose-invalid',
        message: `services.${service}: ${err.message}`,
        pos: toPosition(pathNode.range),
        service,
      });
      continue;
    }
    if (!ctx.serviceEnvFiles.includes(file)) ctx.serviceEnvFiles.push(file);
    // Values from earlier env files of the service win over the project environment.
    const parsed = parseDotenv(text, file, (k) => {
      const earlier = env.entries.get(k)?.value;
      return earlier?.kind === 'scalar' && typeof earlier.value === 'string'
        ? earlier.value
        : ctx.env.values[k];
    });
    if (parsed.error) {
      ctx.issues.push({
        kind: 'compose-invalid',
        message: `services.${service}: ${file}:${parsed.error.pos.line}: ${parsed.error.message}.`,
        pos: parsed.error.pos,
        service,
      });
    }
    for (const u of parsed.unset) {
      ctx.issues.push({
        kind: 'variable-unset',
        message: `${u.message} (in ${file})`,
        pos: u.pos,
        service,
        variable: u.name,
      });
    }
    for (const [k, e] of parsed.entries) {
      const at = fixedRange(e.pos);
      const value: ScalarNode = { kind: 'scalar', value: e.value, range: at };
      if (e.raw !== undefined) value.raw = e.raw;
      if (e.variables) value.variables = e.variables;
      env.entries.set(k, { key: k, keyRange: at, value });
    }
  }
}

/** Top-level volumes and networks with the names Compose gives them. */
export function resolveResources(
  section: MapNode | undefined,
  project: string,
  kind: 'volumes' | 'networks' | 'secrets' | 'configs',
  issues: ComposeIssue[],
): MapNode | undefined {
  if (!section) return undefined;
  const out = mapNode(section.range);
  for (const [k, e] of section.entries) {
    const def: MapNode = isMap(e.value) ? copyMap(e.value) : mapNode(e.value.range);
    if (e.value.kind !== 'map' && !(e.value.kind === 'scalar' && e.value.value === null)) {
      issues.push({
        kind: 'compose-invalid',
        message: `${kind}.${k} must be a mapping or empty.`,
        pos: toPosition(e.value.range),
      });
    }
    const ext = def.entries.get('external')?.value;
    const external =
      ext?.kind === 'scalar' &&
      (ext.value === true || (typeof ext.value === 'string' && toBoolean(ext.value) === true));
    // Compose prints `external` only when it is true.
    if (ext && !external) def.entries.delete('external');
    else if (ext?.kind === 'scalar' && typeof ext.value === 'string') {
      def.entries.set('external', {
        ...def.entries.get('external')!,
        value: scalar(external, ext.range, ext),
      });
    }
    if (kind === 'networks') castNetworkFlags(def, k, issues);
    if (!def.entries.has('name')) {
      def.entries.set('name', {
        key: 'name',
        keyRange: e.keyRange,
        value: scalar(external ? k : `${project}_${k}`, e.keyRange),
      });
    }
    out.entries.set(k, { ...e, value: def });
  }
  return out;
}

/**
 * Network flags Compose reads as booleans: a string (from a variable, or
 * quoted) is cast as compose-go casts it, and one that is no boolean makes
 * Compose refuse the file. `internal` and `attachable` are printed only when
 * true; `enable_ipv6` whenever it is given (compose-go keeps it optional).
 */
const NETWORK_FLAGS: readonly { key: string; printedWhenFalse: boolean }[] = [
  { key: 'internal', printedWhenFalse: false },
  { key: 'attachable', printedWhenFalse: false },
  { key: 'enable_ipv6', printedWhenFalse: true },
];

function castNetworkFlags(def: MapNode, network: string, issues: ComposeIssue[]): void {
  for (const { key, printedWhenFalse } of NETWORK_FLAGS) {
    const e = def.entries.get(key);
    if (e?.value.kind !== 'scalar' || e.value.value === null) continue;
    const v = e.value;
    const b = typeof v.value === 'string' ? toBoolean(v.value) : v.value;
    if (typeof b !== 'boolean') {
      issues.push({
        kind: 'compose-invalid',
        message: `networks.${network}.${key}: "${scalarText(v)}" is not a boolean; write true or false.`,
        pos: toPosition(v.range),
      });
      def.entries.delete(key);
    } else if (!b && !printedWhenFalse) def.entries.delete(key);
    else if (v.value !== b) def.entries.set(key, { ...e, value: scalar(b, v.range, v) });
  }
}
