import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, posix, resolve } from 'node:path';
import type { ServiceConfig, ServiceVolumeConfig } from '../compose/types.js';
import { cleanTarget, isAtOrBelow } from '../compose/volumes.js';

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
  const normal = cleanTarget(path);
  let best: MountMatch | undefined;
  let bestLength = -1;
  (service.volumes ?? []).forEach((mount, index) => {
    // A long-syntax volume without a target: Compose refuses the file; nothing is mounted.
    if (typeof mount.target !== 'string') return;
    // `redis-vol:/data/` mounts /data, as Docker reads it.
    const target = cleanTarget(mount.target);
    if (!isAtOrBelow(normal, target) || target.length <= bestLength) return;
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

/** Reads a host file; undefined when missing, a directory, binary, or unreadable. Bounded to 1 MiB. */
export function readHostFile(path: string): string | undefined {
  try {
    const stat = statSync(path);
    if (!stat.isFile() || stat.size > 1024 * 1024) return undefined;
    const buf = readFileSync(path);
    return buf.includes(0) ? undefined : buf.toString('utf8');
  } catch {
    return undefined;
  }
}

/**
 * Why a mounted host file cannot serve as a config file, when it is there but
 * unusable: redis-server reads a directory as an empty file and starts with
 * its defaults (no password), and stops reading a line at a NUL byte.
 */
export function unusableHostFile(path: string): { reason: string; line: number } | undefined {
  try {
    const stat = statSync(path);
    if (stat.isDirectory())
      return {
        reason: `is a directory on the host (${path}), so redis-server reads nothing from it and starts with its defaults: mount the file itself`,
        line: 0,
      };
    if (!stat.isFile() || stat.size > 1024 * 1024) return undefined;
    const buf = readFileSync(path);
    const nul = buf.indexOf(0);
    if (nul < 0) return undefined;
    let line = 1;
    for (let i = 0; i < nul; i++) if (buf[i] === 0x0a) line++;
    return {
      reason:
        'holds binary data (a NUL byte), not a text config: check that the right file is mounted',
      line,
    };
  } catch {
    return undefined;
  }
}

/** A config file a bind mount puts into the container (the file itself, or one in a mounted directory). */
export interface MountedConfFile {
  containerPath: string;
  hostPath?: string;
  /** Index of the mount in the service's volumes. */
  index: number;
}

const REDISH = /(redis|valkey|keydb|dragonfly)/i;

/**
 * Redis config files the service's bind mounts provide: a mounted `*.conf`
 * whose path names Redis, or a Redis-named `*.conf` inside a mounted host
 * directory (read from the host, one level deep).
 */
export function mountedConfFiles(service: ServiceConfig, workingDir: string): MountedConfFile[] {
  const out: MountedConfFile[] = [];
  (service.volumes ?? []).forEach((mount, index) => {
    if (mount.type !== 'bind' || !mount.source || typeof mount.target !== 'string') return;
    // `redis-vol:/data/` mounts /data, as Docker reads it.
    const target = cleanTarget(mount.target);
    const source = isAbsolute(mount.source) ? mount.source : resolve(workingDir, mount.source);
    if (/\.conf$/.test(target)) {
      if (REDISH.test(`${target} ${mount.source}`) && !/sentinel/i.test(target)) {
        out.push({ containerPath: target, hostPath: source, index });
      }
      return;
    }
    let names: string[] = [];
    try {
      if (statSync(source).isDirectory()) names = readdirSync(source);
    } catch {
      return;
    }
    for (const file of names.sort()) {
      if (!/\.conf$/.test(file) || !REDISH.test(file) || /sentinel/i.test(file)) continue;
      out.push({ containerPath: posix.join(target, file), hostPath: join(source, file), index });
    }
  });
  return out;
}
