import type { ImageRef, ImageVersion, RedisFamily } from './types.js';

/** Registries that mean Docker Hub, where one-word repositories live under `library/`. */
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/**
 * Parses an image reference the way Docker's reference grammar splits it:
 * the first path component is a registry only when it looks like a host
 * (has a dot or a port, or is `localhost`); a digest follows `@`; a tag is
 * the last `:` after the last `/`.
 */
export function parseImageRef(raw: string): ImageRef {
  let rest = raw.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1) || undefined;
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1) || undefined;
    rest = rest.slice(0, colon);
  }
  const parts = rest.split('/');
  let registry: string | undefined;
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0]!)) {
    registry = parts.shift();
  }
  let repository = parts.join('/').toLowerCase();
  if ((registry === undefined || DOCKER_HUB.has(registry)) && parts.length === 1) {
    repository = `library/${repository}`;
  }
  const family = imageFamily(repository);
  const version = tag ? versionFromTag(tag) : undefined;
  return { raw, registry, repository, tag, digest, family, version };
}

/** The Redis family an image belongs to; 'custom' for anything else. */
export function imageFamily(repository: string): RedisFamily {
  // Mirrors (mirror.gcr.io/library/redis, public.ecr.aws/docker/library/redis)
  // keep the Hub path at the end, so match on the tail.
  const tail2 = repository.split('/').slice(-2).join('/');
  if (tail2 === 'library/redis') return 'redis';
  if (tail2 === 'valkey/valkey') return 'valkey';
  if (tail2 === 'bitnami/redis' || tail2 === 'bitnamilegacy/redis') return 'bitnami';
  if (/^redis\/redis-stack(-server)?$/.test(tail2)) return 'redis-stack';
  if (tail2 === 'eqalpha/keydb') return 'keydb';
  if (tail2 === 'dragonflydb/dragonfly') return 'dragonfly';
  if (tail2 === 'apache/kvrocks' || tail2 === 'library/kvrocks') return 'kvrocks';
  return 'custom';
}

/** The version a tag names: '7.2.4-alpine' -> 7.2.4, '7-alpine' -> 7, 'v1.14.0' -> 1.14.0. */
export function versionFromTag(tag: string): ImageVersion | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?=$|[-_.+a-z])/i.exec(tag);
  if (!m) return undefined;
  const version: ImageVersion = { major: Number(m[1]) };
  if (m[2] !== undefined) version.minor = Number(m[2]);
  if (m[3] !== undefined) version.patch = Number(m[3]);
  return version;
}

/** Pinned = a digest, or a tag naming at least major.minor. */
export function isPinned(ref: ImageRef): boolean {
  if (ref.digest) return true;
  return ref.version?.minor !== undefined;
}

/** The repository without `library/`, for messages. */
export function shortName(ref: ImageRef): string {
  return ref.repository.replace(/^library\//, '');
}

/** Compares versions: negative when a < b. Missing parts count as 0. */
export function compareVersions(a: ImageVersion, b: ImageVersion): number {
  return a.major - b.major || (a.minor ?? 0) - (b.minor ?? 0) || (a.patch ?? 0) - (b.patch ?? 0);
}
