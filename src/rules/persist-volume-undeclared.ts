import { servicePosition } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/** Compose refuses a service volume that names no top-level volume ("refers to undefined volume"). */
export const persistVolumeUndeclared: Rule = {
  id: 'persist-volume-undeclared',
  defaultSeverity: 'error',
  summary: 'A named volume is used but not declared under top-level volumes',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    const declared = project.model.volumes ?? {};
    for (const server of redis.services) {
      (server.service.volumes ?? []).forEach((mount, index) => {
        if (mount.type !== 'volume' || !mount.source || mount.source in declared) return;
        findings.push({
          service: server.name,
          pos: servicePosition(project, server.name, 'volumes', index),
          message: `volume '${mount.source}' is not declared under top-level volumes, so Compose refuses the project: add \`volumes:\\n  ${mount.source}:\` at the top level.`,
        });
      });
    }
    return findings;
  },
};
