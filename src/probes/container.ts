import { engineView, type EngineView, type InspectedEngineFields } from './address.js';
import { PROJECT_LABEL } from './runtime.js';
import type { ServiceSession } from './session.js';

export interface HealthLogEntry {
  exitCode: number;
  output: string;
}

/** The parts of `docker inspect` the probes read. */
export interface ContainerInfo {
  id: string;
  /** Image id the container runs: helpers reuse it, so nothing is pulled. */
  image: string;
  status: string;
  running: boolean;
  exitCode: number;
  health?: { status: string; log: HealthLogEntry[] };
  hasHealthcheck: boolean;
  networks: string[];
  mounts: MountInfo[];
  /** Labels, addresses and the healthcheck, as the engine reports them (see address.ts). */
  engine: EngineView;
}

export interface MountInfo {
  type: string;
  /** Volume name (a 64-hex id for anonymous volumes). */
  name?: string;
  source?: string;
  destination: string;
}

interface InspectJson extends InspectedEngineFields {
  Id?: string;
  Image?: string;
  State?: {
    Status?: string;
    Running?: boolean;
    ExitCode?: number;
    Health?: { Status?: string; Log?: { ExitCode?: number; Output?: string }[] };
  };
  Mounts?: { Type?: string; Name?: string; Source?: string; Destination?: string }[];
}

/**
 * The current container of the session's Redis service, or undefined when
 * there is none. Cached on the session until a probe changes the container
 * (persistence re-creates it), so the probes share one inspection.
 */
export async function inspectService(session: ServiceSession): Promise<ContainerInfo | undefined> {
  session.container ??= inspectNow(session);
  return session.container;
}

async function inspectNow(session: ServiceSession): Promise<ContainerInfo | undefined> {
  const { runtime } = session;
  // Compose names the first container <project>-<service>-1: one engine call
  // instead of a listing and an inspection, taken only when its labels say
  // it is that container of our project.
  const byName = await runtime.exec(
    [
      ...runtime.docker,
      'inspect',
      '--type',
      'container',
      `${runtime.projectName}-${session.service.name}-1`,
    ],
    session.commandTimeoutMs,
  );
  if (byName.code === 0) {
    try {
      const [json] = JSON.parse(byName.stdout) as InspectJson[];
      const labels = json?.Config?.Labels ?? {};
      if (
        labels[PROJECT_LABEL] === runtime.projectName &&
        labels['com.docker.compose.service'] === session.service.name &&
        labels['com.docker.compose.oneoff'] !== 'True'
      ) {
        return toInfo(json!, json!.Id ?? '');
      }
    } catch {
      // Not what we expected: list by labels below.
    }
  }
  const ps = await runtime.exec(
    runtime.containerIdsArgs(session.service.name),
    session.commandTimeoutMs,
  );
  const id = ps.stdout.trim().split('\n')[0]?.trim();
  if (ps.code !== 0 || !id) return undefined;
  const inspected = await runtime.exec(runtime.inspectArgs(id), session.commandTimeoutMs);
  if (inspected.code !== 0) return undefined;
  let json: InspectJson | undefined;
  try {
    [json] = JSON.parse(inspected.stdout) as InspectJson[];
  } catch {
    return undefined;
  }
  if (!json) return undefined;
  return toInfo(json, id);
}

function toInfo(json: InspectJson, id: string): ContainerInfo {
  const test = json.Config?.Healthcheck?.Test;
  const health = json.State?.Health;
  return {
    id: json.Id ?? id,
    image: json.Image ?? '',
    status: json.State?.Status ?? 'unknown',
    running: json.State?.Running === true,
    exitCode: json.State?.ExitCode ?? 0,
    hasHealthcheck: Boolean(test && test.length > 0 && test[0] !== 'NONE'),
    ...(health
      ? {
          health: {
            status: health.Status ?? 'unknown',
            log: (health.Log ?? []).map((e) => ({
              exitCode: e.ExitCode ?? -1,
              output: e.Output ?? '',
            })),
          },
        }
      : {}),
    networks: Object.keys(json.NetworkSettings?.Networks ?? {}),
    engine: engineView(json),
    mounts: (json.Mounts ?? []).map((m) => ({
      type: m.Type ?? 'unknown',
      ...(m.Name ? { name: m.Name } : {}),
      ...(m.Source ? { source: m.Source } : {}),
      destination: m.Destination ?? '',
    })),
  };
}

/** Names of the volumes a container mounts (named and anonymous), from its inspection. */
export function volumesOf(info: ContainerInfo): string[] {
  return [...new Set(info.mounts.filter((m) => m.type === 'volume' && m.name).map((m) => m.name!))];
}
