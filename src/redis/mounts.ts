import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, posix, resolve } from 'node:path';
import type { ServiceConfig, ServiceVolumeConfig } from '../compose/types.js';

/** A container path and what provides it. */
export interface MountMatch {
  mount: ServiceVolumeConfig;
  index: number;
  /** Host path for bind mounts (absolute). */
  hostPath?: string;
}

/** The mount whose target is `path` or the nearest directory above it. */
export function mountFor(
  service: ServiceConfig,
  path: string,
  workingDir: string,
): MountMatch | undefined {
  const normal = posix.normalize(path);
  let best: MountMatch | undefined;
  let bestLength = -1;
  (service.volumes ?? []).forEach((mount, index) => {
    const target = posix.normalize(mount.target);
    const covers =
      normal === target || normal.startsWith(target.endsWith('/') ? target : target + '/');
    if (!covers || target.length <= bestLength) return;
    bestLength = target.length;
    let hostPath: string | undefined;
    if (mount.type === 'bind' && mount.source) {
      const source = isAbsolute(mount.source) ? mount.source : resolve(workingDir, mount.source);
      hostPath = normal === target ? source : resolve(source, posix.relative(target, normal));
    }
    best = { mount, index, hostPath };
  });
  return best;
}

/** Reads a host file; undefined when missing, a directory, or unreadable. Bounded to 1 MiB. */
export function readHostFile(path: string): string | undefined {
  try {
    const stat = statSync(path);
    if (!stat.isFile() || stat.size > 1024 * 1024) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
