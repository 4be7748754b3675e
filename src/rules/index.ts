import { compareFindings, type Finding, type Severity } from '../findings.js';
import { aclChannels } from './acl-channels.js';
import { authInArgv } from './auth-in-argv.js';
import { authLiteral } from './auth-literal.js';
import { authMissing } from './auth-missing.js';
import { authUnsetVariable } from './auth-unset-variable.js';
import { authUrlUnsafe } from './auth-url-unsafe.js';
import { authWeak } from './auth-weak.js';
import { composeInvalid } from './compose-invalid.js';
import { configBindLoopback } from './config-bind-loopback.js';
import { configInvalid } from './config-invalid.js';
import { configUnloaded } from './config-unloaded.js';
import { consumerHostUnknown } from './consumer-host-unknown.js';
import { consumerLocalhost } from './consumer-localhost.js';
import { consumerNoPassword } from './consumer-no-password.js';
import { consumerPasswordMismatch } from './consumer-password-mismatch.js';
import { consumerUnhealthyDependency } from './consumer-unhealthy-dependency.js';
import { consumerUrlInvalid } from './consumer-url-invalid.js';
import { haTopology } from './ha-topology.js';
import { healthLenient } from './health-lenient.js';
import { healthMissing } from './health-missing.js';
import { healthUnauthenticated } from './health-unauthenticated.js';
import { healthWrites } from './health-writes.js';
import { imageUnmaintained } from './image-unmaintained.js';
import { imageUnpinned } from './image-unpinned.js';
import { memoryEviction } from './memory-eviction.js';
import { memoryUnbounded } from './memory-unbounded.js';
import { persistDisabled } from './persist-disabled.js';
import { persistNoVolume } from './persist-no-volume.js';
import { persistRdbOnly } from './persist-rdb-only.js';
import { persistStopGrace } from './persist-stop-grace.js';
import { persistVolumeUndeclared } from './persist-volume-undeclared.js';
import { portPublic } from './port-public.js';
import { probeIsolation } from './probe-isolation.js';
import type { Rule, RuleContext } from './types.js';
import { variableUnset } from './variable-unset.js';
import { outsideProjectTest, redactFileText } from './outside-text.js';

export type { Rule, RuleContext, RuleMeta, RuleFinding } from './types.js';

/** Every rule, in catalogue order (DESIGN.md). */
export const RULES: readonly Rule[] = [
  imageUnpinned,
  imageUnmaintained,
  portPublic,
  authMissing,
  authUnsetVariable,
  authLiteral,
  authWeak,
  authInArgv,
  authUrlUnsafe,
  aclChannels,
  persistNoVolume,
  persistVolumeUndeclared,
  persistDisabled,
  persistRdbOnly,
  persistStopGrace,
  healthMissing,
  healthUnauthenticated,
  healthLenient,
  healthWrites,
  memoryEviction,
  memoryUnbounded,
  configInvalid,
  configUnloaded,
  configBindLoopback,
  consumerHostUnknown,
  consumerLocalhost,
  consumerNoPassword,
  consumerPasswordMismatch,
  consumerUrlInvalid,
  consumerUnhealthyDependency,
  haTopology,
  composeInvalid,
  variableUnset,
  probeIsolation,
];

export interface RunRulesOptions {
  /** Per-rule severity override, or 'off'. */
  severities?: Record<string, Severity | 'off'>;
}

/** Runs every rule that is not off; findings come most severe first, then by file, line, column. */
export function runRules(ctx: RuleContext, options: RunRulesOptions = {}): Finding[] {
  const findings: Finding[] = [];
  // Services outside the active profiles are still checked; say so, since Compose would not start them.
  const inactive = new Set(ctx.redis.services.filter((s) => !s.active).map((s) => s.name));
  // A service that may not be the server it looks like gets no error: say it at notice level.
  const uncertain = new Map(
    ctx.redis.services.filter((s) => s.uncertain).map((s) => [s.name, s.uncertain!]),
  );
  // One finding per fact: the same rule never reports twice at one place of one service.
  const seen = new Set<string>();
  // A file outside the project directory is never quoted back (outside-text.ts).
  const outside = outsideProjectTest(ctx.project.workingDir);
  const serviceNames = new Set([
    ...Object.keys(ctx.project.model.services),
    ...Object.keys(ctx.project.inactiveServices ?? {}),
  ]);
  for (const rule of RULES) {
    const setting = options.severities?.[rule.id];
    if (setting === 'off') continue;
    for (const f of rule.check(ctx)) {
      const key = `${f.service ?? ''}\0${f.pos.file}:${f.pos.line}:${f.pos.column}`;
      if (seen.has(`${rule.id}\0${key}`)) continue;
      seen.add(`${rule.id}\0${key}`);
      // A compose file the project includes from outside is the project's own
      // (its keys are quoted as usual); credential-like words are still hidden.
      const own = outside(f.pos.file)
        ? redactFileText(f.message, !ctx.project.composeTexts?.has(f.pos.file), serviceNames)
        : f.message;
      let message =
        f.service !== undefined && inactive.has(f.service)
          ? `${own} (service '${f.service}' only starts with its profile)`
          : own;
      let severity = setting ?? f.severity ?? rule.defaultSeverity;
      const doubt = f.service !== undefined ? uncertain.get(f.service) : undefined;
      if (doubt && severity === 'error' && setting === undefined) {
        severity = 'notice';
        message = `${message} (not certain: service '${f.service}' ${doubt})`;
      }
      findings.push({ ...f, message, rule: rule.id, severity });
    }
  }
  return findings.sort(compareFindings);
}
