import type { RuleMeta } from './types.js';

/**
 * Reported by the config probe (src/probes/config.ts), which compares the
 * running server's settings with the static model; metadata only, so a
 * static run knows the id without loading the probes.
 */
export const probeConfigMismatch: RuleMeta = {
  id: 'probe-config-mismatch',
  defaultSeverity: 'warning',
  summary:
    'The running server reports a setting that differs from what the compose files configure',
};
