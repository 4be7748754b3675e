import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runCheck, type CheckContext } from './check.js';
import { loadProject, toComposeConfigJson } from './compose/index.js';
import type { FailOn } from './findings.js';
import {
  DEFAULT_TIMEOUT_SECONDS,
  parseComposeCommand,
  parseFailOn,
  parseProbeList,
  parsePull,
  parseStrictness,
  parseTimeout,
  UsageError,
} from './options.js';
import type { ProbeId, ProbeState } from './probes/types.js';
import { describeFailure, noRedisServiceNotice } from './report/failure.js';
import { annotationCommands } from './report/annotations.js';
import { defuseText, jsonText, untrustedBlock } from './report/escape.js';
import { maskedJsonText } from './report/mask-deep.js';
import { writeReportFile } from './report/write-file.js';
import { formatJson } from './report/json.js';
import { formatText } from './report/text.js';
import { TOOL_NAME, TOOL_VERSION } from './report/tool.js';
import type { CheckReport, StrictnessProfile, WriteOptions } from './report/types.js';
import {
  collectOutsideSecrets,
  collectServiceEnvFileSecrets,
  projectEnvFiles,
  SecretMasker,
  secretsInEnvironment,
} from './secrets.js';
import { keepYoungGenerationSmall } from './v8-tuning.js';

/** Where the CLI reads the password Redis requires, unless --redis-password-env names another variable. */
const PASSWORD_VARIABLE = 'REDIS_READINESS_PASSWORD';

export const USAGE = `Usage:
  ${TOOL_NAME} check [options]           check the Redis service of a compose project
  ${TOOL_NAME} config --format json      print the resolved project as the checker sees it
  ${TOOL_NAME} --help | --version

Compose options (as docker compose takes them):
  -f, --file FILE              compose file (repeatable; default: discover in the project directory)
      --project-directory DIR  project directory (default: directory of the first file, or .)
      --env-file FILE          env file (repeatable; default: .env in the project directory)
      --profile NAME           compose profile to activate (repeatable)

Check options:
      --format FORMAT          text (default), json, github (workflow commands), sarif
      --fail-on LEVEL          error (default), warning, never
      --config FILE            .redis-readiness.yml (default: the one in the project directory)
      --strictness PROFILE     production (default) or development; overrides the config file
      --probes LIST            none (default), all, or a comma list of: health, ping, auth,
                               network, persistence, config
      --timeout SECONDS        per-service start timeout for probes (default ${DEFAULT_TIMEOUT_SECONDS})
      --pull POLICY            missing (default), never, always: image pulls for probes
      --compose-command CMD    e.g. "docker compose" or "docker-compose"
      --redis-password-env NAME
                               environment variable holding the password Redis requires, for
                               probes when the compose files do not show it (default
                               ${PASSWORD_VARIABLE}; like the action's redis-password input;
                               never an option value, which other users could read)
  -o, --output FILE            write the report to FILE instead of standard output
      --color / --no-color     colours in the text format (default: only on a terminal)

config options:
      --format json            the only format (the shape of docker compose config --format json)
      --show-secrets           print passwords as they are (masked by default)

Exit codes: 0 pass, 1 findings at or above --fail-on (or a failed probe), 2 bad usage or
unreadable input.
`;

export type OutputFormat = 'text' | 'json' | 'github' | 'sarif';
const FORMATS: readonly OutputFormat[] = ['text', 'json', 'github', 'sarif'];

/** The command line, parsed and validated once; unit tests check it without running anything. */
export class CliArgs {
  readonly command: 'check' | 'config' | 'help' | 'version';
  readonly files: string[];
  readonly projectDirectory?: string;
  readonly envFiles: string[];
  readonly profiles: string[];
  readonly format: OutputFormat;
  readonly failOn: FailOn;
  readonly configFile?: string;
  readonly strictness?: StrictnessProfile;
  readonly probes: ProbeId[];
  readonly timeoutSeconds: number;
  readonly pull: CheckContext['pull'];
  readonly composeCommand?: string[];
  /** The environment variable the probes' password is read from. */
  readonly passwordVariable: string;
  readonly output?: string;
  readonly color?: boolean;
  readonly showSecrets: boolean;

  constructor(argv: readonly string[]) {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...argv],
        allowPositionals: true,
        strict: true,
        options: {
          file: { type: 'string', short: 'f', multiple: true },
          'project-directory': { type: 'string' },
          'env-file': { type: 'string', multiple: true },
          profile: { type: 'string', multiple: true },
          format: { type: 'string' },
          'fail-on': { type: 'string' },
          config: { type: 'string' },
          strictness: { type: 'string' },
          probes: { type: 'string' },
          timeout: { type: 'string' },
          pull: { type: 'string' },
          'compose-command': { type: 'string' },
          'redis-password-env': { type: 'string' },
          output: { type: 'string', short: 'o' },
          color: { type: 'boolean' },
          'no-color': { type: 'boolean' },
          'show-secrets': { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
          version: { type: 'boolean', short: 'V' },
        },
      });
    } catch (error) {
      // parseArgs' messages name the option; drop its hint about '--' that does not apply here.
      throw new UsageError(
        `${(error as Error).message.split('. To specify')[0]}. Run '${TOOL_NAME} --help'.`,
      );
    }
    const v = parsed.values;
    const [command, ...extra] = parsed.positionals;
    if (v.help) this.command = 'help';
    else if (v.version) this.command = 'version';
    else if (command === 'check' || command === 'config') this.command = command;
    else if (command === undefined)
      throw new UsageError(`missing command: use '${TOOL_NAME} check' or '${TOOL_NAME} config'.`);
    else throw new UsageError(`unknown command '${command}': use check or config (see --help).`);
    if (extra.length > 0)
      throw new UsageError(`unexpected argument '${extra[0]}': give compose files with -f.`);

    this.files = v.file ?? [];
    if (v['project-directory'] !== undefined) this.projectDirectory = v['project-directory'];
    this.envFiles = v['env-file'] ?? [];
    this.profiles = (v.profile ?? []).flatMap((p) => p.split(',')).filter(Boolean);
    const format = v.format ?? (this.command === 'config' ? 'json' : 'text');
    if (this.command === 'config' && format !== 'json')
      throw new UsageError(`config supports only --format json; got '${format}'.`);
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got '${format}'.`);
    }
    this.format = format as OutputFormat;
    this.failOn = parseFailOn(v['fail-on'] ?? 'error', '--fail-on');
    if (v.config !== undefined) this.configFile = v.config;
    const strictness = parseStrictness(v.strictness ?? '', '--strictness');
    if (strictness) this.strictness = strictness;
    this.probes = parseProbeList(v.probes ?? 'none', '--probes');
    this.timeoutSeconds = parseTimeout(v.timeout ?? '', '--timeout');
    this.pull = parsePull(v.pull ?? '', '--pull');
    const composeCommand = parseComposeCommand(v['compose-command'] ?? '');
    if (composeCommand) this.composeCommand = composeCommand;
    this.passwordVariable = v['redis-password-env'] ?? PASSWORD_VARIABLE;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(this.passwordVariable))
      throw new UsageError(
        '--redis-password-env takes the name of an environment variable (letters, digits, _), not the password itself; the value given is not shown, since it may be one.',
      );
    if (v.output !== undefined) this.output = v.output;
    if (v.color && v['no-color'])
      throw new UsageError('--color and --no-color contradict each other.');
    if (v.color) this.color = true;
    if (v['no-color']) this.color = false;
    this.showSecrets = v['show-secrets'] ?? false;
  }
}

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Runs the CLI and returns its exit code; never throws, never prints a stack trace. */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const masker = new SecretMasker();
  // Before anything can fail and print: the environment's secrets.
  for (const s of secretsInEnvironment(io.env)) masker.add(s);
  let probeState: ProbeState | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    const code = signal === 'SIGINT' ? 130 : 143;
    const done = () => process.exit(code);
    // The probe modules are loaded already when probes ran (a static run never loads them).
    Promise.all([import('./probes/process.js'), import('./probes/index.js')]).then(
      ([{ stopRunningCommands }, { teardown }]) => {
        // A compose command still running could re-create what teardown removes.
        stopRunningCommands();
        if (!probeState) return done();
        io.stderr.write(
          `${TOOL_NAME}: ${signal}: tearing down ${defuseText(probeState.projectName)}\n`,
        );
        teardown(probeState).then((problem) => {
          if (problem)
            io.stderr.write(`${TOOL_NAME}: warning: ${defuseText(masker.mask(problem))}\n`);
          done();
        }, done);
      },
      done,
    );
  };
  try {
    const args = new CliArgs(argv);
    if (args.command === 'help') {
      io.stdout.write(USAGE);
      return 0;
    }
    if (args.command === 'version') {
      io.stdout.write(`${TOOL_NAME} ${TOOL_VERSION}\n`);
      return 0;
    }
    // Masked before anything can fail, like the action's redis-password input.
    const redisPassword = io.env[args.passwordVariable] || undefined;
    masker.add(redisPassword);
    const load = {
      files: args.files,
      ...(args.projectDirectory !== undefined ? { projectDirectory: args.projectDirectory } : {}),
      envFiles: args.envFiles,
      profiles: args.profiles,
      env: io.env,
      cwd: io.cwd,
    };
    if (args.command === 'config') {
      collectOutsideSecrets(masker, io.env, projectEnvFiles(load));
      const project = await loadProject(load);
      collectServiceEnvFileSecrets(masker, project);
      // Masked string by string: masking finished JSON text could break the document.
      const config = toComposeConfigJson(project);
      const json = args.showSecrets
        ? jsonText(config)
        : maskedJsonText(config, (t) => masker.mask(t));
      emit(args, io, json + '\n');
      return 0;
    }

    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const report = await runCheck({
      load,
      failOn: args.failOn,
      probes: args.probes,
      timeoutSeconds: args.timeoutSeconds,
      pull: args.pull,
      ...(args.composeCommand ? { composeCommand: args.composeCommand } : {}),
      ...(redisPassword ? { redisPassword } : {}),
      passwordHint:
        args.passwordVariable === PASSWORD_VARIABLE
          ? `set ${PASSWORD_VARIABLE} for redis-readiness`
          : `set ${args.passwordVariable}, which --redis-password-env names`,
      ...(args.configFile !== undefined ? { configFile: args.configFile } : {}),
      ...(args.strictness ? { strictness: args.strictness } : {}),
      masker,
      saveProbeState: (state) => {
        probeState = state;
      },
      // Log lines may carry compose's or a container's output: defused line by line.
      log: (line) => io.stderr.write(defuseText(masker.mask(line)) + '\n'),
      warn: (line) => io.stderr.write(`${TOOL_NAME}: warning: ${defuseText(masker.mask(line))}\n`),
    });
    const options: WriteOptions = { baseDir: io.cwd, mask: (t) => masker.mask(t) };
    let rendered = await render(report, args, options, io);
    // Inside a GitHub Actions step, the text report (which quotes the input)
    // is echoed between stop-commands markers, as the action does.
    if (args.format === 'text' && !args.output && io.env.GITHUB_ACTIONS === 'true')
      rendered = untrustedBlock(rendered.trimEnd()).join('\n') + '\n';
    emit(args, io, rendered);
    const nothingChecked = noRedisServiceNotice(report, io.cwd);
    if (nothingChecked) io.stderr.write(`${TOOL_NAME}: ${defuseText(nothingChecked)}\n`);
    if (args.output)
      io.stderr.write(
        `${report.result}: ${args.format} report written to ${defuseText(args.output)}\n`,
      );
    return report.result === 'pass' ? 0 : 1;
  } catch (error) {
    const failure = describeFailure(error, io.cwd);
    io.stderr.write(`${TOOL_NAME}: ${defuseText(masker.mask(failure.message))}\n`);
    if (failure.internal && io.env.REDIS_READINESS_DEBUG && error instanceof Error) {
      io.stderr.write(defuseText(masker.mask(error.stack ?? '')) + '\n');
    }
    return failure.exitCode;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function render(
  report: CheckReport,
  args: CliArgs,
  options: WriteOptions,
  io: CliIo,
): Promise<string> {
  switch (args.format) {
    case 'json':
      return formatJson(report, options);
    case 'sarif':
      // Loaded on demand: it needs node:crypto, which the other formats would load for nothing.
      return (await import('./report/sarif.js')).formatSarif(report, options);
    case 'github':
      return annotationCommands(report, options).join('\n') + (report.findings.length ? '\n' : '');
    case 'text':
      return formatText(report, { ...options, color: useColor(args, io) });
  }
}

function useColor(args: CliArgs, io: CliIo): boolean {
  if (args.color !== undefined) return args.color;
  if (args.output) return false;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

function emit(args: CliArgs, io: CliIo, text: string): void {
  if (args.output) writeReportFile(path.resolve(io.cwd, args.output), text, args.output);
  else io.stdout.write(text);
}

function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Entry: bin/redis-readiness.js calls this; so does `node dist/cli/index.js`. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  keepYoungGenerationSmall();
  const code = await runCli(argv);
  // Let stdout drain (a pipe may be slow) before the process exits.
  process.exitCode = code;
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return fs.realpathSync(entry) === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) await main();
