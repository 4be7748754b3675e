import { compareVersions, shortName } from '../redis/image.js';
import { servicePosition } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/**
 * Redis < 6.2 is end-of-life (redis.io/docs/about/releases); KeyDB has had no
 * release since 2023; redis/redis-stack images were superseded by Redis 8
 * (which bundles the modules); bitnami moved its versioned redis tags to
 * bitnamilegacy/ in 2025, so bitnami/redis:<version> no longer gets updates.
 */
export const imageUnmaintained: Rule = {
  id: 'image-unmaintained',
  defaultSeverity: 'warning',
  summary:
    'End-of-life Redis (< 6.2), eqalpha/keydb, redis/redis-stack*, or a versioned bitnami/redis tag',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      const image = server.image;
      if (!image || server.service.build !== undefined) continue;
      let why: string | undefined;
      if (image.family === 'keydb')
        why = 'KeyDB (eqalpha/keydb) is no longer maintained: move to redis or valkey/valkey';
      else if (image.family === 'redis-stack')
        why = `${shortName(image)} is superseded by Redis 8, which bundles its modules: move to redis:8.x`;
      else if (image.family === 'bitnami' && image.version)
        // bitnami/<name>:<version> moved to bitnamilegacy in 2025; the legacy copies are frozen too.
        why = `versioned ${shortName(image)} tags ${/(^|\/)bitnamilegacy\//.test(image.repository) ? 'are the frozen bitnamilegacy archive' : 'moved to bitnamilegacy in 2025'} and get no updates: use the official redis or valkey image`;
      else if (
        (image.family === 'redis' || image.family === 'bitnami') &&
        image.version &&
        compareVersions(image.version, { major: 6, minor: 2 }) < 0
      ) {
        why = `Redis ${image.version.major}${image.version.minor !== undefined ? '.' + image.version.minor : '.x'} is end-of-life (no security fixes): upgrade to a maintained release such as 7.4`;
      }
      if (why)
        findings.push({
          service: server.name,
          pos: servicePosition(project, server.name, 'image'),
          message: why,
        });
    }
    return findings;
  },
};
