import { posix } from 'node:path';
import { mountFor } from '../redis/mounts.js';
import { serverAnchor, servicePosition } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/**
 * Data in an anonymous volume (the image's `VOLUME /data`) is lost on
 * `docker compose down` + `up` (a new anonymous volume is created), and
 * Redis 8.6+ images no longer declare `VOLUME /data` at all.
 */
export const persistNoVolume: Rule = {
  id: 'persist-no-volume',
  defaultSeverity: 'error',
  summary: 'The data directory is not on a named volume or bind mount',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      // A loaded config file that cannot be read may move `dir` anywhere: say nothing rather than guess.
      const dirWritten = server.directives.some((d) => d.name === 'dir' && d.origin !== 'default');
      const unreadConfig = (server.configFiles ?? []).some((f) => f.loaded && !f.read);
      if (unreadConfig && !dirWritten) continue;
      const dir = server.dataDir;
      const match = mountFor(server.service, dir, project.workingDir);
      const tmpfs = (server.service.tmpfs ?? []).some((t) => {
        const target = posix.normalize(t.split(':')[0]!);
        return dir === target || dir.startsWith(target + '/');
      });
      const durable =
        match &&
        (match.mount.type === 'bind' || (match.mount.type === 'volume' && !!match.mount.source));
      if (durable && !tmpfs) continue;
      const pos = server.service.volumes
        ? servicePosition(project, server.name, 'volumes', ...(match ? [match.index] : []))
        : serverAnchor(project, server);
      const why =
        tmpfs || match?.mount.type === 'tmpfs'
          ? 'is on a tmpfs'
          : match
            ? 'is on an anonymous volume'
            : 'has no volume';
      findings.push({
        service: server.name,
        pos,
        message: `the data directory ${dir} ${why}, so the data is lost when the container is re-created (down/up, image update): mount a named volume, e.g. \`- redis_data:${dir}\` with redis_data under top-level volumes.`,
      });
    }
    return findings;
  },
};
