import { docsUrl } from '../rules/types.js';
import type { CheckReport } from './types.js';

/** The docs page of a rule as this run knows it (a rule may link elsewhere than docs/rules/). */
export function docsLinkFor(report: CheckReport, ruleId: string): string {
  return report.rules.find((r) => r.id === ruleId)?.docsUrl ?? docsUrl(ruleId);
}
