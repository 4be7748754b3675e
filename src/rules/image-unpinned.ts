import { isPinned, shortName } from '../redis/image.js';
import { servicePosition } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

function example(name: string, family: string): string {
  if (family === 'redis') return `${name}:7.4-alpine`;
  if (family === 'valkey') return `${name}:8.1-alpine`;
  return `${name}:<major>.<minor>`;
}

/** A floating tag (none, `latest`, `alpine`, `7`) changes under you on the next pull. */
export const imageUnpinned: Rule = {
  id: 'image-unpinned',
  defaultSeverity: 'warning',
  summary:
    'The Redis image tag is missing, latest, or a floating alias not pinned to at least major.minor',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      const image = server.image;
      // A built image's tag names our own build, not an upstream release.
      if (!image || server.service.build !== undefined || image.family === 'custom') continue;
      if (isPinned(image)) continue;
      const what = image.tag === undefined ? 'has no tag' : `uses the floating tag '${image.tag}'`;
      findings.push({
        service: server.name,
        pos: servicePosition(project, server.name, 'image'),
        message:
          `${shortName(image)} ${what}, so a pull can change the Redis version under you: ` +
          `pin at least major.minor (e.g. ${example(shortName(image), image.family)}) or a digest (@sha256:...).`,
      });
    }
    return findings;
  },
};
