import type { RuleMeta } from './types.js';

/**
 * Reported by the suppression pass (src/suppressions.ts), not by a check over
 * the model: an inline comment that matched no finding, or names no rule.
 */
export const suppressionUnused: RuleMeta = {
  id: 'suppression-unused',
  defaultSeverity: 'notice',
  summary:
    'An inline redis-readiness-disable comment that suppresses nothing (or names an unknown rule)',
};
