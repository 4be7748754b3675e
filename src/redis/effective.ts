import type { ComposeProject } from '../compose/types.js';
import { addMountedConfigFiles, loadServerConfigFile } from './config-files.js';
import { deriveSettings } from './derived-settings.js';
import type { DetectedService } from './detect.js';
import { emptyConfig, serviceContext, type EffectiveConfig } from './effective-context.js';
import { addCommandDirectives, readServerArgs } from './server-args.js';
import { serverStart } from './server-start.js';

export type { EffectiveConfig } from './effective-context.js';

/** Families whose directive names we know well enough to call one unknown. */
const STRICT_FAMILIES = new Set(['redis', 'valkey', 'bitnami', 'redis-stack']);

/**
 * Computes what configuration the server really starts with, stage by
 * stage: how it is started (server-start), the image's built-in defaults,
 * the config file its arguments name (config-files), then the command-line
 * directives (server-args; Redis applies them after the file, so later
 * entries win), and last what follows from all of them (derived-settings).
 */
export function effectiveConfig(
  project: ComposeProject,
  detected: DetectedService,
): EffectiveConfig {
  const ctx = serviceContext(project, detected);
  const out = emptyConfig(ctx.defaults);
  const start = serverStart(ctx, out);

  // Built-in defaults go first so that anything written overrides them.
  const { defaults, servicePos: pos } = ctx;
  out.directives.unshift(
    { name: 'save', args: [...defaults.save], origin: 'default', pos },
    { name: 'appendonly', args: [defaults.appendonly ? 'yes' : 'no'], origin: 'default', pos },
    { name: 'port', args: [String(defaults.port)], origin: 'default', pos },
  );
  if (!start.program) return deriveSettings(ctx, out);

  const args = readServerArgs(ctx, start, out);
  if (args.configFile !== undefined)
    loadServerConfigFile(ctx, start, args.configFile, args.configFileIndex ?? 0, out);
  addCommandDirectives(ctx, start, args, out);
  // Config files present but maybe not loaded: mounted *.conf files.
  addMountedConfigFiles(ctx, out);
  return deriveSettings(ctx, out);
}

/** Runs effectiveConfig and drops "unknown directive" problems for families with their own directives. */
export function effectiveConfigFor(
  project: ComposeProject,
  detected: DetectedService,
): EffectiveConfig {
  const config = effectiveConfig(project, detected);
  if (!STRICT_FAMILIES.has(detected.family)) {
    config.problems = config.problems.filter((p) => p.kind !== 'unknown-directive');
  }
  return config;
}
