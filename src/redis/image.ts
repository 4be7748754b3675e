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
  // An unset variable in front (`${REGISTRY:-}/valkey/valkey`) leaves a leading slash.
  let rest = raw.trim().replace(/^\/+/, '');
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

/** Bitnami's server images: standalone/replica and cluster, Redis and Valkey (and their legacy copies). */
const BITNAMI_SERVER = /^bitnami(legacy)?\/(redis|redis-cluster|valkey|valkey-cluster|keydb)$/;

/** Sentinel images: no data server, they watch one. */
const SENTINEL_IMAGE = /(^|\/)(redis|valkey)-sentinel$/;

/** The image runs Sentinel (bitnami/redis-sentinel, bitnami/valkey-sentinel, …). */
export function isSentinelImage(ref: ImageRef): boolean {
  return SENTINEL_IMAGE.test(ref.repository);
}

/** Bitnami's flavour of an image: the product (its env prefix and data dir), and whether it runs a cluster. */
export function bitnamiFlavour(ref: ImageRef | undefined): {
  product: 'redis' | 'valkey' | 'keydb';
  cluster: boolean;
} {
  const m = ref ? BITNAMI_SERVER.exec(ref.repository.split('/').slice(-2).join('/')) : null;
  const name = m?.[2] ?? 'redis';
  const product = name.startsWith('valkey') ? 'valkey' : name === 'keydb' ? 'keydb' : 'redis';
  return { product, cluster: name.endsWith('-cluster') };
}

/** The Redis family an image belongs to; 'custom' for anything else. */
function imageFamily(repository: string): RedisFamily {
  // Mirrors (mirror.gcr.io/library/redis, public.ecr.aws/docker/library/redis)
  // keep the Hub path at the end, so match on the tail.
  const tail2 = repository.split('/').slice(-2).join('/');
  if (tail2 === 'library/redis') return 'redis';
  if (tail2 === 'valkey/valkey') return 'valkey';
  if (BITNAMI_SERVER.test(tail2)) return 'bitnami';
  if (/^redis\/redis-stack(-server)?$/.test(tail2)) return 'redis-stack';
  // Redis with modules preloaded by its CMD (the server itself is the official one).
  if (/^redislabs\/(redismod|redisearch|rejson|redistimeseries|redisbloom|redisgraph)$/.test(tail2))
    return 'redis';
  if (tail2 === 'eqalpha/keydb') return 'keydb';
  if (tail2 === 'dragonflydb/dragonfly') return 'dragonfly';
  if (tail2 === 'apache/kvrocks' || tail2 === 'library/kvrocks') return 'kvrocks';
  return 'custom';
}

/** The version a tag names: '7.2.4-alpine' -> 7.2.4, '7-alpine' -> 7, 'v1.14.0' -> 1.14.0. */
function versionFromTag(tag: string): ImageVersion | undefined {
  // KeyDB names the platform first: x86_64_v6.3.4, alpine_x86_64_v6.3.4, arm64_v6.3.4.
  const m =
    /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?=$|[-_.+a-z])/i.exec(tag) ??
    /(?:^|[_-])v(\d+)\.(\d+)(?:\.(\d+))?(?=$|[-_+a-z])/i.exec(tag);
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
