import { filesRead, loadProject } from './compose/index.js';
import type { ComposeProject, LoadOptions } from './compose/types.js';
import {
  ignoreMatches,
  loadCheckConfig,
  profileCaps,
  type CheckConfig,
  type RuleSetting,
} from './config-file.js';
import {
  compareFindings,
  isAtOrAbove,
  SEVERITY_RANK,
  type FailOn,
  type Finding,
  type Severity,
} from './findings.js';
import { ALL_PROBES } from './probes/types.js';
import type { ProbeId, ProbeRun, ProbeState } from './probes/types.js';
import { buildRedisModel } from './redis/index.js';
import type { RedisProjectModel } from './redis/types.js';
import { TOOL_NAME, TOOL_VERSION } from './report/tool.js';
import type { CheckReport, RuleRun, ServiceSummary, StrictnessProfile } from './report/types.js';
import { CATALOGUE } from './rules/catalogue.js';
import { runRules } from './rules/index.js';
import {
  collectOutsideSecrets,
  collectRedisSecrets,
  collectServiceEnvFileSecrets,
  projectEnvFiles,
  type SecretMasker,
} from './secrets.js';
import { applySuppressions, findSuppressions } from './suppressions.js';

/** Everything one run needs, parsed once from the action's inputs or the CLI's argv. */
export interface CheckContext {
  /** How to load the compose project (files, project directory, env files, profiles, env, cwd). */
  load: LoadOptions & { cwd: string };
  failOn: FailOn;
  /** Probes to run; empty = static checks only; 'auto' = all when a compose engine answers, else none. */
  probes: ProbeId[] | 'auto';
  timeoutSeconds: number;
  pull: 'missing' | 'never' | 'always';
  composeCommand?: string[];
  /** A password given directly (action input `redis-password`, CLI `REDIS_READINESS_PASSWORD`). */
  redisPassword?: string;
  /** How the running tool takes that password, for the messages that ask for it. */
  passwordHint?: string;
  /** `.redis-readiness.yml` given explicitly; else it is looked for in the project directory. */
  configFile?: string;
  /** Overrides the config file's profile. */
  strictness?: StrictnessProfile;
  masker: SecretMasker;
  saveProbeState?(state: ProbeState): void;
  log?(line: string): void;
  warn?(line: string): void;
}

/** Every rule id a config file or a suppression may name. */
export function knownRuleIds(): string[] {
  return CATALOGUE.map((r) => r.id);
}

/** The probes, and the process and engine code they bring, load only for a run that asks for them. */
const probesModule = () => import('./probes/index.js');

/** compose -> redis model -> rules -> probes (when asked) -> one report. */
export async function runCheck(ctx: CheckContext): Promise<CheckReport> {
  // Not performance.now(): its first use loads perf_hooks (a dozen modules), a cost at every start.
  const started = process.hrtime.bigint();
  const { masker } = ctx;
  // Before anything is read that could fail and print a value.
  masker.add(ctx.redisPassword);
  const outsideNames = collectOutsideSecrets(
    masker,
    ctx.load.env ?? process.env,
    projectEnvFiles(ctx.load),
  );
  // Probes asked for by name: find Compose while the static analysis runs.
  if (Array.isArray(ctx.probes) && ctx.probes.length > 0) {
    // Its own small module: the probes' (with their client library) loads meanwhile.
    void import('./probes/detect-early.js')
      .then((m) => m.detectComposeEarly(ctx.composeCommand))
      .catch(() => undefined);
  }

  const project = await loadProject(ctx.load);
  collectServiceEnvFileSecrets(masker, project);

  const config = await loadCheckConfig({
    explicit: ctx.configFile,
    projectDirectory: project.workingDir,
    cwd: ctx.load.cwd,
    knownRules: knownRuleIds(),
  });
  const profile: StrictnessProfile = ctx.strictness ?? config?.strictness ?? 'production';

  const redis = withConfiguredRoles(await buildRedisModel(project), config);
  collectRedisSecrets(masker, redis, outsideNames);

  const settings = ruleSettings(profile, config);
  // Only explicit settings go to the rules: a default severity is per rule,
  // but a rule may report some findings above or below it.
  const severities: Record<string, RuleSetting> = { ...config?.rules };
  const probeIds = await resolveProbes(ctx);
  let findings: Finding[] = applySettings(
    runRules({ project, redis, probing: probeIds.length > 0 }, { severities }),
    profile,
    config,
  );

  let probeRun: ProbeRun | undefined;
  const missing = requiredVariablesUnset(project);
  if (probeIds.length > 0 && missing.length > 0) {
    probeRun = skippedProbes(
      redis,
      probeIds,
      `Compose refuses to start the project: required variable ${missing.join(', ')} is not set (see compose-invalid)`,
    );
  } else if (probeIds.length > 0) {
    const { runProbes } = await probesModule();
    probeRun = await runProbes({
      project,
      redis,
      probes: probeIds,
      ...(ctx.redisPassword ? { redisPassword: ctx.redisPassword } : {}),
      ...(ctx.passwordHint ? { passwordHint: ctx.passwordHint } : {}),
      timeoutSeconds: ctx.timeoutSeconds,
      pull: ctx.pull,
      ...(ctx.composeCommand ? { composeCommand: ctx.composeCommand } : {}),
      mask: (text) => masker.mask(text),
      ...(ctx.saveProbeState ? { saveState: ctx.saveProbeState } : {}),
      ...(ctx.log ? { log: ctx.log } : {}),
      ...(ctx.warn ? { warn: ctx.warn } : {}),
    });
    findings.push(...applySettings(probeRun.findings, profile, config));
  }

  const ignored = findings.filter((f) => config?.ignore.some((entry) => ignoreMatches(entry, f)));
  findings = findings.filter((f) => !ignored.includes(f));
  const rulesOff = settings.filter((r) => r.severity === 'off').map((r) => r.id);
  const suppression = applySuppressions(
    findings,
    findSuppressions(filesRead(project), project.composeTexts),
    {
      knownRules: knownRuleIds(),
      rulesOff,
    },
  );
  // suppression-unused is configurable like any rule (severity, off, ignores).
  const unused = applySettings(suppression.unused, profile, config).filter(
    (f) => !config?.ignore.some((entry) => ignoreMatches(entry, f)),
  );
  findings = [...suppression.kept, ...unused];
  findings.sort(compareFindings);

  const probes = probeRun?.results ?? [];
  const failed =
    findings.some((f) => isAtOrAbove(f.severity, ctx.failOn)) ||
    (ctx.failOn !== 'never' && probes.some((p) => p.status === 'fail'));

  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    result: failed ? 'fail' : 'pass',
    failOn: ctx.failOn,
    profile,
    project: {
      name: project.name,
      workingDir: project.workingDir,
      files: filesRead(project),
      composeFiles: [...project.composeFiles, ...project.referencedComposeFiles],
    },
    findings,
    counts: {
      error: findings.filter((f) => f.severity === 'error').length,
      warning: findings.filter((f) => f.severity === 'warning').length,
      notice: findings.filter((f) => f.severity === 'notice').length,
      suppressed: ignored.length + suppression.suppressed.length,
    },
    probes,
    probeLogs: probeRun?.logs ?? {},
    rules: settings,
    services: serviceSummaries(redis),
    durationMs: Number(process.hrtime.bigint() - started) / 1e6,
  };
}

/** Variables written `${VAR:?msg}` that are unset: Compose will not start the project without them. */
function requiredVariablesUnset(project: ComposeProject): string[] {
  const names = project.issues
    .filter((i) => i.kind === 'variable-unset' && i.required && i.variable)
    .map((i) => i.variable!);
  return [...new Set(names)];
}

function skippedProbes(redis: RedisProjectModel, probes: ProbeId[], reason: string): ProbeRun {
  const results = redis.services
    .filter((s) => s.active)
    .flatMap((s) =>
      probes.map((probe) => ({
        probe,
        service: s.name,
        status: 'skip' as const,
        summary: reason,
        durationMs: 0,
        evidence: [],
      })),
    );
  return { results, findings: [], logs: {} };
}

/**
 * 'auto' runs every probe when a compose engine answers and its daemon runs
 * Linux containers; anywhere else (no Docker, a stopped daemon, Windows
 * containers) the run stays static instead of failing on the engine.
 */
async function resolveProbes(ctx: CheckContext): Promise<ProbeId[]> {
  if (ctx.probes !== 'auto') return ctx.probes;
  try {
    const { detectCompose } = await probesModule();
    await detectCompose(ctx.composeCommand);
    const os = await dockerServerOs();
    if (os !== 'linux')
      throw new Error(
        os ? `the Docker daemon runs ${os} containers` : 'the Docker daemon does not answer',
      );
    return [...ALL_PROBES];
  } catch (error) {
    ctx.log?.(
      `probes: skipped (${(error as Error).message}); static checks only. Set probes to a list to require them.`,
    );
    return [];
  }
}

/** The daemon's OS type ('linux'), or undefined when `docker info` does not answer. */
async function dockerServerOs(): Promise<string | undefined> {
  const { execFile } = await import('node:child_process');
  return new Promise((resolve) => {
    execFile('docker', ['info', '--format', '{{.OSType}}'], { timeout: 20_000 }, (error, stdout) =>
      resolve(error ? undefined : stdout.trim() || undefined),
    );
  });
}

/** Roles the config file states win over the inferred ones (the checker could not know them). */
function withConfiguredRoles(
  redis: RedisProjectModel,
  config: CheckConfig | undefined,
): RedisProjectModel {
  if (!config || Object.keys(config.roles).length === 0) return redis;
  return {
    ...redis,
    services: redis.services.map((s) => {
      const role = config.roles[s.name];
      return role ? { ...s, roles: [role] } : s;
    }),
  };
}

/** Each rule's severity for this run: the config file's setting, else its default capped by the profile. */
function ruleSettings(profile: StrictnessProfile, config: CheckConfig | undefined): RuleRun[] {
  const caps = profileCaps(profile);
  return CATALOGUE.map((r) => ({
    id: r.id,
    severity: config?.rules[r.id] ?? lower(r.defaultSeverity, caps[r.id]),
    summary: r.summary,
    docsUrl: r.docsUrl,
  }));
}

/**
 * A rule may report some findings above or below its default (port-public:
 * error without auth, warning with it), so settings apply per finding: the
 * config file's setting wins (off drops it); else the profile caps it.
 */
function applySettings(
  findings: Finding[],
  profile: StrictnessProfile,
  config: CheckConfig | undefined,
): Finding[] {
  const caps = profileCaps(profile);
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = config?.rules[f.rule];
    if (setting === 'off') continue;
    const severity = setting ?? lower(f.severity, caps[f.rule]);
    out.push(severity === f.severity ? f : { ...f, severity });
  }
  return out;
}

function lower(severity: Severity, cap: Severity | undefined): Severity {
  return cap && SEVERITY_RANK[cap] < SEVERITY_RANK[severity] ? cap : severity;
}

function serviceSummaries(redis: RedisProjectModel): ServiceSummary[] {
  return redis.services.map((s) => ({
    name: s.name,
    family: s.family,
    ...(s.image ? { image: s.image.raw } : {}),
    roles: s.roles,
    active: s.active,
    consumers: [...new Set(s.consumers.map((c) => c.service))],
  }));
}
