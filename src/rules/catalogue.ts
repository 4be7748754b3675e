/**
 * Every rule id a finding, a config file or a suppression can name: the
 * checks over the model (RULES) and the findings made elsewhere in the run
 * (the suppression pass, the config probe). The docs index is generated
 * from this list.
 */
import { RULES } from './index.js';
import { probeConfigMismatch } from './probe-config-mismatch.js';
import { suppressionUnused } from './suppression-unused.js';
import { docsUrl, type RuleMeta } from './types.js';

/** Rules whose findings come from a later stage of the run, not from a check. */
const RUN_RULES: readonly RuleMeta[] = [suppressionUnused, probeConfigMismatch];

export const CATALOGUE: readonly (RuleMeta & { docsUrl: string })[] = [...RULES, ...RUN_RULES].map(
  (r) => ({
    id: r.id,
    defaultSeverity: r.defaultSeverity,
    summary: r.summary,
    docsUrl: docsUrl(r.id),
  }),
);
