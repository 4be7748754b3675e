/**
 * The config probe's finding, described like a rule: apart from the probe so
 * that a static run (which knows every rule id) does not load the probes.
 */
import { probeConfigMismatch } from '../rules/probe-config-mismatch.js';
import { docsUrl, type RuleMeta } from '../rules/types.js';

/** Rule id of the findings this probe produces. */
export const CONFIG_MISMATCH_RULE = probeConfigMismatch.id;

/** Its metadata, so config files can set its severity like any rule's. */
export const CONFIG_MISMATCH_META: RuleMeta & { docsUrl: string } = {
  ...probeConfigMismatch,
  docsUrl: docsUrl(CONFIG_MISMATCH_RULE),
};
