import type { Rule, RuleFinding } from './types.js';

/** Problems that make redis-server exit at start-up ("Bad directive or wrong number of arguments"). */
export const configInvalid: Rule = {
  id: 'config-invalid',
  defaultSeverity: 'error',
  summary: 'The effective arguments or config would stop Redis from starting',
  check({ redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      for (const problem of server.problems ?? []) {
        findings.push({
          service: server.name,
          pos: problem.pos,
          message: `${problem.message}: fix it so the server can start.`,
        });
      }
    }
    return findings;
  },
};
