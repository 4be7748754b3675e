/**
 * The compose loader: reads a project the way Docker Compose does and keeps
 * where every value was written.
 */
import { homedir } from 'node:os';
import path from 'node:path';
import { discoverFiles, filesFromEnv } from './discover.js';
import { loadProjectEnvironment } from './env.js';
import { loadFiles, topLevelName, type Session } from './loader.js';
import { isMap, mapNode, toPlain, type CNode, type MapNode } from './node.js';
import { activeProfiles, isActive } from './profiles.js';
import { projectName } from './project.js';
import { resolveResources, resolveService } from './resolve.js';
import { SourceMap } from './source-map.js';
import { toPosition } from './source-range.js';
import {
  UnreadableInputError,
  type ComposeIssue,
  type ComposeModel,
  type ComposeProject,
  type LoadOptions,
  type ServiceConfig,
} from './types.js';
import { checkProject } from './validate.js';

export { toComposeConfigJson } from './config-json.js';
export * from './types.js';

export async function loadProject(options: LoadOptions): Promise<ComposeProject> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const processEnv = options.env ?? process.env;
  const issues: ComposeIssue[] = [];
  const explicitDir = options.projectDirectory
    ? path.resolve(cwd, options.projectDirectory)
    : undefined;
  const given = options.files.map((f) => path.resolve(cwd, f));

  // The env file is looked for before the files are known when COMPOSE_FILE may come from it.
  const envDirGuess = explicitDir ?? (given.length > 0 ? path.dirname(given[0]) : cwd);
  const explicitEnvFiles = options.envFiles && options.envFiles.length > 0;
  const envFiles = explicitEnvFiles
    ? options.envFiles!.map((f) => path.resolve(cwd, f))
    : [path.join(envDirGuess, '.env')];
  let env = loadProjectEnvironment(processEnv, envFiles, Boolean(explicitEnvFiles), issues);

  let files = given;
  if (files.length === 0) {
    const fromEnv = filesFromEnv(env.values);
    const base = explicitDir ?? cwd;
    files = fromEnv.length > 0 ? fromEnv.map((f) => path.resolve(base, f)) : discoverFiles(base);
    if (files.length === 0) {
      throw new UnreadableInputError(
        `${base}: no compose file found (looked for compose.yaml, compose.yml, docker-compose.yml, docker-compose.yaml here and in parent directories). Pass the file with -f / compose-file.`,
        { file: base, line: 1, column: 1 },
      );
    }
  }
  const workingDir = explicitDir ?? path.dirname(files[0]);
  if (!explicitEnvFiles && workingDir !== envDirGuess) {
    issues.length = 0;
    env = loadProjectEnvironment(processEnv, [path.join(workingDir, '.env')], false, issues);
  }

  const session: Session = {
    env,
    issues,
    texts: new Map(),
    envFiles: [...env.files],
    home: processEnv.HOME ?? homedir(),
    includeStack: [],
    processEnv,
    parsed: new Map(),
  };
  // Compose settles the project name first, and defines COMPOSE_PROJECT_NAME
  // with it for the interpolation of the files.
  const name = projectName(env.values, await topLevelName(files, session), workingDir, issues);
  session.env = { ...env, values: { ...env.values, COMPOSE_PROJECT_NAME: name } };
  const tree = await loadFiles(files, workingDir, session);
  const sources = new SourceMap();
  const serviceEnvFiles: string[] = [];
  const resolveCtx = { env, issues, serviceEnvFiles };

  const servicesNode = tree.entries.get('services')?.value;
  const allServices = isMap(servicesNode) ? servicesNode : mapNode(tree.range);
  const profiles = activeProfiles(options.profiles, env.values);
  const active = mapNode(allServices.range);
  const inactive = mapNode(allServices.range);
  allServices.entries.forEach((e, svcName) => {
    if (!isMap(e.value)) return;
    resolveService(svcName, e.value, resolveCtx);
    (isActive(e.value, profiles) ? active : inactive).entries.set(svcName, e);
  });
  const volumesNode = tree.entries.get('volumes')?.value;
  const networksNode = tree.entries.get('networks')?.value;
  const volumes = resolveResources(
    isMap(volumesNode) ? volumesNode : undefined,
    name,
    'volumes',
    issues,
  );
  let networks = resolveResources(
    isMap(networksNode) ? networksNode : undefined,
    name,
    'networks',
    issues,
  );
  networks = withDefaultNetwork(networks, active, name);
  const namesOf = (k: string) => {
    const v = tree.entries.get(k)?.value;
    return new Set(isMap(v) ? v.entries.keys() : []);
  };
  const declared = { secrets: namesOf('secrets'), configs: namesOf('configs') };
  // An active service may not depend on one outside the active profiles (Compose refuses it).
  checkProject(
    active,
    volumes,
    networks,
    issues,
    new Set(active.entries.keys()),
    new Set(inactive.entries.keys()),
    declared,
  );
  checkProject(
    inactive,
    volumes,
    networks,
    issues,
    new Set(allServices.entries.keys()),
    undefined,
    declared,
  );

  const section = (path: string, node: CNode): unknown => {
    sources.attach([path], node);
    return toPlain(node);
  };
  const model: ComposeModel = {
    name,
    services: section('services', active) as Record<string, ServiceConfig>,
  };
  const inactiveServices = section('services', inactive) as Record<string, ServiceConfig>;
  sources.set(['services'], { pos: toPosition(allServices.range) });
  if (networks) model.networks = section('networks', networks) as ComposeModel['networks'];
  if (volumes) model.volumes = section('volumes', volumes) as ComposeModel['volumes'];
  for (const [k, e] of tree.entries) {
    if (['services', 'volumes', 'networks', 'name', 'version', 'include'].includes(k)) continue;
    model[k] = section(
      k,
      (k === 'secrets' || k === 'configs') && isMap(e.value)
        ? resolveResources(e.value, name, k, issues)!
        : e.value,
    );
  }
  return {
    name,
    workingDir,
    composeFiles: files,
    referencedComposeFiles: [...session.texts.keys()].filter((f) => !files.includes(f)),
    envFiles: session.envFiles,
    serviceEnvFiles,
    composeTexts: session.texts,
    model,
    inactiveServices,
    sources,
    issues,
    environment: env.values,
  };
}

/** Every file the project read, each once: its compose files, those they pull in, then env files. */
export function filesRead(project: ComposeProject): string[] {
  return [
    ...new Set([
      ...project.composeFiles,
      ...project.referencedComposeFiles,
      ...project.envFiles,
      ...project.serviceEnvFiles,
    ]),
  ];
}

/** Compose adds the `default` network when a service is attached to it implicitly or by name. */
function withDefaultNetwork(
  networks: MapNode | undefined,
  services: MapNode,
  project: string,
): MapNode | undefined {
  if (networks?.entries.has('default')) return networks;
  const uses = [...services.entries.values()].some((e) => {
    const nets = isMap(e.value) ? e.value.entries.get('networks')?.value : undefined;
    return isMap(nets) && nets.entries.has('default');
  });
  if (!uses) return networks;
  const out = networks
    ? { ...networks, entries: new Map(networks.entries) }
    : mapNode(services.range);
  const pos = services.range;
  out.entries.set('default', {
    key: 'default',
    keyRange: pos,
    value: mapNode(pos, [
      {
        key: 'name',
        keyRange: pos,
        value: { kind: 'scalar', value: `${project}_default`, range: pos },
      },
    ]),
  });
  return out;
}
