/**
 * The config probe's finding, described like a rule: apart from the probe so
 * that a static run (which knows every rule id) does not load the probes.
 */
import { docsUrl, type RuleMeta } from '../rules/types.js';

/** Rule id of the findings this probe produces. */
export const CONFIG_MISMATCH_RULE = 'probe-config-mismatch';

/** Its metadata, so config files can set its severity like any rule's. */
export const CONFIG_MISMATCH_META: RuleMeta & { docsUrl: string } = {
  id: CONFIG_MISMATCH_RULE,
  defaultSeverity: 'warning',
  summary:
    'The running server reports a setting that differs from what the compose files configure',
  docsUrl: docsUrl(CONFIG_MISMATCH_RULE),
};
