import type { ComposeProject } from '../compose/types.js';
import type { Finding, Severity } from '../findings.js';
import type { RedisProjectModel } from '../redis/types.js';

const DOCS_BASE = 'https://github.com/redis-readiness/redis-readiness/blob/main/docs/rules';

export interface RuleMeta {
  /** Stable kebab-case id; never renamed (users' configs and suppressions name it). */
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule reports. */
  summary: string;
}

export interface RuleContext {
  project: ComposeProject;
  redis: RedisProjectModel;
  /**
   * Probes will start the project in this run, so what only matters to a
   * running project (a required variable left unset) is an error, not a note.
   */
  probing?: boolean;
}

/** What a rule returns: severity defaults to the rule's; the runner fills in `rule`. */
export type RuleFinding = Omit<Finding, 'rule' | 'severity'> & { severity?: Severity };

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): RuleFinding[];
}

export function docsUrl(id: string): string {
  return `${DOCS_BASE}/${id}.md`;
}
