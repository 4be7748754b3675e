import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, posix, resolve } from 'node:path';
import type { ComposeModel, ServiceConfig, ServiceVolumeConfig } from '../compose/types.js';
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
  /** Where it is declared, when it is no volume: the service's `configs:` or `secrets:` entry. */
  declaredAt?: (string | number)[];
}

const REDISH = /(redis|valkey|keydb|dragonfly)/i;

/**
 * Redis config files the service's bind mounts, configs and secrets provide:
 * a mounted `*.conf` whose path names Redis, or a Redis-named `*.conf` inside
 * a mounted host directory (read from the host, one level deep).
 */
export function mountedConfFiles(
  service: ServiceConfig,
  workingDir: string,
  model?: ComposeModel,
): MountedConfFile[] {
  const out: MountedConfFile[] = [];
  // A config or secret whose target (or host file) names a Redis conf is one too.
  for (const ref of model ? fileReferences(service, model) : []) {
    if (!/\.conf$/.test(ref.target) || /sentinel/i.test(ref.target)) continue;
    if (!REDISH.test(`${ref.target} ${ref.file ?? ''} ${ref.name}`)) continue;
    out.push({
      containerPath: ref.target,
      hostPath: ref.file,
      index: ref.index,
      declaredAt: [ref.kind === 'config' ? 'configs' : 'secrets', ref.index],
    });
  }
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

/** A service's `configs:` or `secrets:` entry, with where Compose puts it in the container. */
export interface FileReference {
  kind: 'config' | 'secret';
  /** Name of the top-level definition. */
  name: string;
  /** Index in the service's `configs:` / `secrets:` list. */
  index: number;
  /** Absolute, clean path inside the container. */
  target: string;
  /** The top-level definition's source: a host file (absolute), inline text, or a variable. */
  file?: string;
  content?: string;
  environment?: string;
}

/**
 * Where Compose puts a config or secret in the container: a config at
 * `/<source>` without a target and `/<target>` for a relative one, a secret
 * under `/run/secrets/` the same way; an absolute target as written. As
 * docker/compose does it in pkg/compose/create.go (buildContainerConfigMounts,
 * buildContainerSecretMounts, for `file:`) and pkg/compose/secrets.go
 * (injectSecrets, injectConfigs, for `content:` and `environment:`).
 */
export function fileReferenceTarget(
  kind: 'config' | 'secret',
  source: string,
  target: string | undefined,
): string {
  const base = kind === 'secret' ? '/run/secrets/' : '/';
  if (target === undefined || target === '') return cleanTarget(base + source);
  return cleanTarget(target.startsWith('/') ? target : base + target);
}

/** The service's configs and secrets, each with its container path and its definition's source. */
export function fileReferences(service: ServiceConfig, model: ComposeModel): FileReference[] {
  const out: FileReference[] = [];
  for (const [key, kind] of [
    ['secrets', 'secret'],
    ['configs', 'config'],
  ] as const) {
    const list = service[key];
    if (!Array.isArray(list)) continue;
    const top = (model[key] ?? {}) as Record<string, unknown>;
    list.forEach((ref: unknown, index) => {
      const entry = typeof ref === 'string' ? { source: ref } : (ref as Record<string, unknown>);
      if (!entry || typeof entry.source !== 'string') return;
      const target = typeof entry.target === 'string' ? entry.target : undefined;
      const def = (top[entry.source] ?? {}) as Record<string, unknown>;
      out.push({
        kind,
        name: entry.source,
        index,
        target: fileReferenceTarget(kind, entry.source, target),
        file: typeof def.file === 'string' ? def.file : undefined,
        content: typeof def.content === 'string' ? def.content : undefined,
        environment: typeof def.environment === 'string' ? def.environment : undefined,
      });
    });
  }
  return out;
}

/** What provides a path inside the container: a mount (bind, volume, tmpfs), a config or a secret. */
export type ContainerFileProvider =
  ({ kind: 'mount' } & MountMatch) | ({ kind: 'config' | 'secret' } & FileReference);

/**
 * What provides `path` in the service's container, or undefined when the
 * image's own file is there. A config or secret is one file at its target;
 * a mount also provides what lies below it. Docker mounts the deeper path
 * over the shallower one; at the same target Compose keeps the volume, then
 * the secret, then the config (create.go fillBindMounts skips a target that
 * is already taken).
 */
export function containerFileProvider(
  service: ServiceConfig,
  model: ComposeModel,
  path: string,
  workingDir: string,
): ContainerFileProvider | undefined {
  const normal = cleanTarget(path);
  const mount = mountFor(service, normal, workingDir);
  if (mount && cleanTarget(mount.mount.target!) === normal) return { kind: 'mount', ...mount };
  // Secrets come first in fileReferences, as in Compose.
  const reference = fileReferences(service, model).find((r) => r.target === normal);
  if (reference) return reference;
  return mount ? { kind: 'mount', ...mount } : undefined;
}

/** The text a config or secret holds, when it can be known here (a readable host file, inline content, a set variable). */
export function fileReferenceText(
  reference: FileReference,
  environment: Record<string, string>,
): string | undefined {
  if (reference.file !== undefined) return readHostFile(reference.file);
  if (reference.content !== undefined) return reference.content;
  if (reference.environment !== undefined) return environment[reference.environment];
  return undefined;
}
