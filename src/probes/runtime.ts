import { randomBytes } from 'node:crypto';
import { runCommand, type CommandResult, type CommandRunner } from './process.js';

/** Every project we start is named with this prefix, so tests (and people) can find leftovers. */
export const PROJECT_PREFIX = 'redis-readiness-';

/** Compose's project label: on our containers, networks and volumes, and on our helper containers, so the teardown finds them all. */
export const PROJECT_LABEL = 'com.docker.compose.project';

export class ComposeUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ComposeUnavailableError';
  }
}

export interface ComposeVersion {
  /** As printed by `version --short`, e.g. '2.26.1-4', 'v5.0.0'. */
  raw: string;
  major: number;
  minor: number;
}

export interface DetectedCompose {
  command: string[];
  version: ComposeVersion;
}

/** Parses `version --short` output; undefined when it names no version. */
export function parseComposeVersion(output: string): ComposeVersion | undefined {
  const raw = output.trim().split(/\s+/)[0] ?? '';
  const match = /^v?(\d+)\.(\d+)/.exec(raw);
  if (!match) return undefined;
  return { raw, major: Number(match[1]), minor: Number(match[2]) };
}

const INSTALL_HINT =
  'Install Docker Engine with the Compose v2 plugin (https://docs.docker.com/compose/install/linux/), ' +
  'or run with probes: none for the static checks only.';

/**
 * Finds a usable Compose CLI: the given command, else `docker compose`, else a
 * standalone `docker-compose`. Decides by major version (v2 and later, v5
 * included), never by a `^2.` match; v1 is refused with what to install.
 */
export async function detectCompose(
  override?: string[],
  run: CommandRunner = runCommand,
): Promise<DetectedCompose> {
  const candidates = override?.length ? [override] : [['docker', 'compose'], ['docker-compose']];
  const problems: string[] = [];
  for (const command of candidates) {
    // The engine check runs alongside: both are quick, and both are needed.
    const env = composeEnvironment(process.env);
    const [result, engine] = await Promise.all([
      run([...command, 'version', '--short'], { env, timeoutMs: 20_000 }),
      run([...dockerCliFor(command), 'version', '--format', '{{.Server.Version}}'], {
        env,
        timeoutMs: 20_000,
      }),
    ]);
    const label = command.join(' ');
    if (result.spawnError) {
      problems.push(`${label}: not found`);
      continue;
    }
    const version = result.code === 0 ? parseComposeVersion(result.stdout) : undefined;
    if (!version) {
      problems.push(`${label}: not available (${firstLine(result.stderr || result.stdout)})`);
      continue;
    }
    if (version.major < 2) {
      problems.push(`${label}: Compose ${version.raw} (v1) is not supported`);
      continue;
    }
    if (engine.code !== 0 && !engine.spawnError) {
      throw new ComposeUnavailableError(
        `Found ${label} ${version.raw}, but the Docker engine does not answer ` +
          `(${firstLine(engine.stderr)}). Start dockerd, or run with probes: none.`,
      );
    }
    return { command, version };
  }
  throw new ComposeUnavailableError(
    `No usable Docker Compose: ${problems.join('; ')}. ${INSTALL_HINT}`,
  );
}

export function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.slice(0, 200) || 'no output';
}

/** The docker CLI that goes with a compose command (`/x/docker compose` -> `/x/docker`). */
export function dockerCliFor(composeCommand: string[]): string[] {
  const [first, second] = composeCommand;
  if (first && second === 'compose') return [first];
  return ['docker'];
}

/** A fresh project name: unique per run, so two jobs on one runner never collide. */
export function uniqueProjectName(): string {
  return `${PROJECT_PREFIX}${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
}

export type PullPolicy = 'missing' | 'never' | 'always';

export interface RuntimeConfig {
  command: string[];
  version: ComposeVersion;
  projectName: string;
  projectDirectory: string;
  /** The compose file(s) to load: the probe project we generated. */
  files: string[];
  /** Environment for every child: see composeEnvironment (never the runner's tokens). */
  env: Record<string, string | undefined>;
  run?: CommandRunner;
  /** Aborted on SIGINT/SIGTERM: no command starts after it, running ones are killed. */
  signal?: AbortSignal;
}

/**
 * A thin wrapper over the Compose CLI that builds argv in one place, so the
 * exact commands can be unit-tested, and runs them without a shell.
 */
export class ComposeRuntime {
  private readonly run: CommandRunner;
  readonly docker: string[];

  constructor(readonly config: RuntimeConfig) {
    this.run = config.run ?? runCommand;
    this.docker = dockerCliFor(config.command);
  }

  get projectName(): string {
    return this.config.projectName;
  }

  /** `<compose> -p <ours> --project-directory <dir> -f <file>...`. */
  baseArgs(): string[] {
    const { command, projectName, projectDirectory, files } = this.config;
    const fileArgs = files.flatMap((f) => ['-f', f]);
    return [...command, '-p', projectName, '--project-directory', projectDirectory, ...fileArgs];
  }

  /**
   * No `--wait`: it would wait for the first healthcheck (an `interval` after
   * the start); the probes wait for Redis to answer instead, and the health
   * probe judges the check itself.
   */
  upArgs(services: string[], pull: PullPolicy): string[] {
    return [...this.baseArgs(), 'up', '-d', '--pull', pull, '--', ...services];
  }

  recreateArgs(service: string): string[] {
    return [
      ...this.baseArgs(),
      'up',
      '-d',
      '--no-deps',
      '--force-recreate',
      '--no-build',
      '--pull',
      'never',
      '--',
      service,
    ];
  }

  /** After the container's removal: bring the service back on the volumes that survived. */
  upAgainArgs(service: string): string[] {
    return [
      ...this.baseArgs(),
      'up',
      '-d',
      '--no-deps',
      '--no-build',
      '--pull',
      'never',
      '--',
      service,
    ];
  }

  restartArgs(service: string): string[] {
    return [...this.baseArgs(), 'restart', '--', service];
  }

  stopArgs(service: string): string[] {
    return [...this.baseArgs(), 'stop', '--', service];
  }

  startArgs(service: string): string[] {
    return [...this.baseArgs(), 'start', '--', service];
  }

  killArgs(service: string, signal = 'SIGKILL'): string[] {
    return [...this.baseArgs(), 'kill', '-s', signal, '--', service];
  }

  /**
   * What `down` without `-v` does to one service (persistence step 3): its
   * containers stopped and removed, its volumes (named and anonymous) kept.
   * Not `down` itself: that removes every service of the project, and so
   * the containers of the other Redis services being probed; and compose v2
   * releases differ on `down <service>` (early ones ignore the names, some
   * refuse them), while `rm --stop` takes them in every one.
   */
  removeKeepVolumesArgs(service: string): string[] {
    return [...this.baseArgs(), 'rm', '--stop', '--force', '--', service];
  }

  logsArgs(service: string, tail = 50): string[] {
    return [
      ...this.baseArgs(),
      'logs',
      '--no-color',
      '--no-log-prefix',
      '--tail',
      String(tail),
      '--',
      service,
    ];
  }

  /**
   * The service's containers, by compose's labels, with the docker CLI: the
   * same answer as `compose ps -a -q`, without loading the project again.
   */
  containerIdsArgs(service: string): string[] {
    return [
      ...this.docker,
      'ps',
      '-a',
      '-q',
      '--no-trunc',
      '--filter',
      `label=${PROJECT_LABEL}=${this.config.projectName}`,
      '--filter',
      `label=com.docker.compose.service=${service}`,
      '--filter',
      'label=com.docker.compose.oneoff=False',
    ];
  }

  /**
   * `exec -T -e NAME... <service> sh -c <script>`: secrets are passed by name
   * only, the values travel in the environment of the compose process.
   */
  execArgs(service: string, script: string, envNames: string[] = []): string[] {
    return [
      ...this.baseArgs(),
      'exec',
      '-T',
      ...envNames.flatMap((name) => ['-e', name]),
      '--',
      service,
      'sh',
      '-c',
      script,
    ];
  }

  /**
   * A short-lived helper container on one of our project's networks, labelled
   * as ours so the teardown removes it should `--rm` not happen.
   */
  helperArgs(image: string, network: string, script: string, envNames: string[] = []): string[] {
    return [
      ...this.docker,
      'run',
      '--rm',
      '--name',
      `${this.config.projectName}-probe-${randomBytes(3).toString('hex')}`,
      '--label',
      `${PROJECT_LABEL}=${this.config.projectName}`,
      '--network',
      network,
      '--entrypoint',
      'sh',
      ...envNames.flatMap((name) => ['-e', name]),
      '--',
      image,
      '-c',
      script,
    ];
  }

  inspectArgs(...containerIds: string[]): string[] {
    return [...this.docker, 'inspect', '--', ...containerIds];
  }

  exec(
    argv: string[],
    timeoutMs: number,
    extraEnv: Record<string, string> = {},
  ): Promise<CommandResult> {
    return this.run(argv, {
      cwd: this.config.projectDirectory,
      env: { ...this.config.env, ...extraEnv },
      timeoutMs,
      ...(this.config.signal ? { signal: this.config.signal } : {}),
    });
  }
}

/** `down -v --remove-orphans` by project name alone: needs no compose file, touches nothing else. */
export function teardownArgs(command: string[], projectName: string): string[] {
  return [...command, '-p', projectName, 'down', '-v', '--remove-orphans', '--timeout', '5'];
}

/**
 * Runner variables compose and the docker CLI need to find and talk to the
 * engine. Nothing else of the runner's environment is passed: not its tokens
 * (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_*, GITHUB_TOKEN), and not
 * COMPOSE_FILE, COMPOSE_PROJECT_NAME, COMPOSE_PROFILES or COMPOSE_ENV_FILES,
 * which would redirect compose to other files or another project.
 */
const ENGINE_VARIABLES = [
  'PATH',
  'HOME',
  'TMPDIR',
  'XDG_RUNTIME_DIR',
  'DOCKER_HOST',
  'DOCKER_CONTEXT',
  'DOCKER_CONFIG',
  'DOCKER_CERT_PATH',
  'DOCKER_TLS',
  'DOCKER_TLS_VERIFY',
  'DOCKER_API_VERSION',
  'DOCKER_BUILDKIT',
  'DOCKER_DEFAULT_PLATFORM',
  'BUILDKIT_PROGRESS',
  'COMPOSE_ANSI',
  'COMPOSE_STATUS_STDOUT',
  'COMPOSE_PARALLEL_LIMIT',
];

/**
 * The minimal environment of every compose and docker command of a probe
 * run: the engine variables from the runner's own environment (never from
 * the project's .env, which a pull request controls), plus the project
 * variables compose must read itself (configs and secrets with an
 * `environment:` source), given by name.
 */
export function composeEnvironment(
  runnerEnv: Record<string, string | undefined>,
  projectEnv: Record<string, string | undefined> = {},
  projectNames: string[] = [],
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ENGINE_VARIABLES) {
    const value = runnerEnv[name];
    if (value !== undefined) env[name] = value;
  }
  for (const name of projectNames) {
    const value = projectEnv[name];
    if (value !== undefined && !(name in env)) env[name] = value;
  }
  return env;
}
