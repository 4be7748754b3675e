import { planIsolation } from '../probes/isolation.js';
import { positionOf } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/**
 * What the probes will not do with a service: start it at all (refused: it
 * would reach outside the probe project) or start it with a host-reaching
 * setting (dropped). Only reported when probes run; the plan is the one the
 * probes build their project from, so the two always agree.
 */
export const probeIsolation: Rule = {
  id: 'probe-isolation',
  defaultSeverity: 'warning',
  summary:
    'The probes refuse a service that reaches outside the probe project, or drop a setting that reaches the host',
  check({ project, redis, probing }) {
    if (!probing) return [];
    const servers = redis.services.filter((s) => s.active && !s.sentinel);
    if (servers.length === 0) return [];
    const plan = planIsolation(project, servers);
    const findings: RuleFinding[] = [];
    for (const issue of plan.issues) {
      const pos = positionOf(project, issue.path);
      if (issue.action === 'refused') {
        findings.push({
          service: issue.service,
          pos,
          message: `not probed: ${issue.field}: ${issue.reason}. The probes never start what reaches outside their own project; the static checks still apply (see the rule's page for how to make the service probeable).`,
        });
      } else {
        findings.push({
          service: issue.service,
          pos,
          severity: 'notice',
          message: `probed without ${issue.field} (${issue.reason}): what the probes prove holds for the Redis server, not for this setting.`,
        });
      }
    }
    return findings;
  },
};
