import { allConsumers, consumerLabel } from './consumers.js';
import type { Rule, RuleFinding } from './types.js';

/** An unparsable URL fails at connect time, often with a misleading host or port error. */
export const consumerUrlInvalid: Rule = {
  id: 'consumer-url-invalid',
  defaultSeverity: 'error',
  summary: 'The Redis URL does not parse, or needs percent-encoding it lacks',
  check({ redis }) {
    const findings: RuleFinding[] = [];
    for (const c of allConsumers(redis)) {
      if (!c.urlError || c.hostUnknown || c.valueUnknown) continue;
      findings.push({
        service: c.target ?? c.service,
        pos: c.pos,
        message: `${consumerLabel(c)} is not a valid Redis URL: ${c.urlError}. Write redis://[:password@]host:port/db with the password percent-encoded.`,
      });
    }
    return findings;
  },
};
