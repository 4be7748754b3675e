import type { Rule, RuleFinding } from './types.js';

/** What Compose itself would refuse; reported, and the Redis checks still run on what could be read. */
export const composeInvalid: Rule = {
  id: 'compose-invalid',
  defaultSeverity: 'error',
  summary: 'Compose itself would refuse the project',
  check({ project }) {
    const findings: RuleFinding[] = [];
    for (const issue of project.issues) {
      if (issue.kind !== 'compose-invalid') continue;
      findings.push({ service: issue.service, pos: issue.pos, message: issue.message });
    }
    return findings;
  },
};
