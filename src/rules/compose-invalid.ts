import type { Rule, RuleFinding } from './types.js';

/** What Compose itself would refuse; reported, and the Redis checks still run on what could be read. */
export const composeInvalid: Rule = {
  id: 'compose-invalid',
  defaultSeverity: 'error',
  summary: 'Compose itself would refuse the project',
  check({ project, probing }) {
    const findings: RuleFinding[] = [];
    const required = new Set<string>();
    for (const issue of project.issues) {
      if (issue.kind === 'compose-invalid') {
        findings.push({ service: issue.service, pos: issue.pos, message: issue.message });
      } else if (probing && issue.required && issue.variable && !required.has(issue.variable)) {
        // A static check only notes it (PR runs have no secrets); the probes cannot start without it.
        required.add(issue.variable);
        findings.push({
          service: issue.service,
          pos: issue.pos,
          message:
            `required variable ${issue.variable} is not set, so Compose refuses to start the project ` +
            `and the probes cannot run: set ${issue.variable} in the job's environment (e.g. from a secret) or in .env.`,
        });
      }
    }
    return findings;
  },
};
