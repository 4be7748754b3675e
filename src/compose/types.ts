/**
 * The compose model as the rest of the pipeline sees it: the project after
 * loading, interpolation and normalisation, in the shape that
 * `docker compose config --format json` prints, plus a source map that says
 * where every value was written.
 */

/** Where a value was written. `file` is absolute; line and column are 1-based. */
export interface Position {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** A path into the model, e.g. ['services', 'redis', 'ports', 0]. */
export type ModelPath = readonly (string | number)[];

/** The operator of a `${...}` expression; '' for `$VAR` and `${VAR}`. */
export type InterpolationOperator = '' | ':-' | '-' | ':?' | '?' | ':+' | '+';

/** One variable reference met while interpolating a value. */
export interface VariableRef {
  name: string;
  operator: InterpolationOperator;
  /** The default, error message or alternative as written (already interpolated). */
  argument?: string;
  /** The variable exists in the interpolation environment (it may be empty). */
  isSet: boolean;
  /** The whole `${...}` expression produced the empty string. */
  resolvedEmpty: boolean;
  /** Position of the `$` that starts the reference. */
  pos: Position;
}

/** What the source map knows about one value of the model. */
export interface ValueSource {
  pos: Position;
  /** The scalar exactly as written, before interpolation. */
  raw?: string;
  /** Variables the raw text referenced, in order. */
  variables?: VariableRef[];
}

/** A problem found while loading: Compose would refuse it, or a variable is unset. */
export interface ComposeIssue {
  kind: 'compose-invalid' | 'variable-unset';
  message: string;
  pos: Position;
  /** The service the problem belongs to, when it belongs to one. */
  service?: string;
  /** For variable-unset: the variable's name. */
  variable?: string;
  /** For variable-unset: written `${VAR:?msg}` or `${VAR?msg}`, so Compose refuses to start without it. */
  required?: boolean;
}

export interface PortConfig {
  mode?: string;
  host_ip?: string;
  target: number;
  published?: string;
  protocol?: string;
  name?: string;
  app_protocol?: string;
}

export interface ServiceVolumeConfig {
  type: 'volume' | 'bind' | 'tmpfs' | 'npipe' | 'cluster' | 'image';
  source?: string;
  target: string;
  read_only?: boolean;
  volume?: { nocopy?: boolean; subpath?: string };
  bind?: { propagation?: string; create_host_path?: boolean; selinux?: string };
  tmpfs?: { size?: number | string; mode?: number };
}

export interface HealthcheckConfig {
  test?: string[];
  interval?: string;
  timeout?: string;
  retries?: number;
  start_period?: string;
  start_interval?: string;
  disable?: boolean;
}

export interface DependsOnConfig {
  condition: 'service_started' | 'service_healthy' | 'service_completed_successfully' | string;
  required: boolean;
  restart?: boolean;
}

export interface ServiceNetworkConfig {
  aliases?: string[];
  ipv4_address?: string;
  ipv6_address?: string;
  priority?: number;
}

/** One service, normalised as `docker compose config --format json` prints it. */
export interface ServiceConfig {
  image?: string;
  build?: { context?: string; dockerfile?: string; [key: string]: unknown };
  command?: string[] | null;
  entrypoint?: string[] | null;
  environment?: Record<string, string | null>;
  ports?: PortConfig[];
  expose?: string[];
  volumes?: ServiceVolumeConfig[];
  tmpfs?: string[];
  healthcheck?: HealthcheckConfig;
  depends_on?: Record<string, DependsOnConfig>;
  networks?: Record<string, ServiceNetworkConfig | null>;
  network_mode?: string;
  profiles?: string[];
  container_name?: string;
  hostname?: string;
  links?: string[];
  mem_limit?: string;
  deploy?: { resources?: { limits?: { memory?: string; cpus?: string } } } & Record<
    string,
    unknown
  >;
  stop_grace_period?: string;
  user?: string;
  [key: string]: unknown;
}

export interface TopLevelVolumeConfig {
  name?: string;
  external?: boolean;
  driver?: string;
  [key: string]: unknown;
}

export interface TopLevelNetworkConfig {
  name?: string;
  external?: boolean;
  internal?: boolean;
  attachable?: boolean;
  enable_ipv6?: boolean;
  driver?: string;
  [key: string]: unknown;
}

/** The project as `docker compose config --format json` prints it (values, not formatting). */
export interface ComposeModel {
  name: string;
  services: Record<string, ServiceConfig>;
  volumes?: Record<string, TopLevelVolumeConfig>;
  networks?: Record<string, TopLevelNetworkConfig>;
  secrets?: Record<string, unknown>;
  configs?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface LoadOptions {
  /** Compose files as given (-f / input); empty means discover in projectDirectory or cwd. */
  files: string[];
  /** --project-directory; defaults to the directory of the first file. */
  projectDirectory?: string;
  /** --env-file entries; default `.env` in the project directory when present. */
  envFiles?: string[];
  /** Process environment (defaults to process.env). */
  env?: Record<string, string | undefined>;
  /** --profile values. */
  profiles?: string[];
  /** Working directory that relative paths in the options are resolved from. */
  cwd?: string;
}

/** Raised for input that cannot be read at all: exit code 2. */
export class UnreadableInputError extends Error {
  constructor(
    message: string,
    readonly pos?: Position,
  ) {
    super(message);
    this.name = 'UnreadableInputError';
  }
}

/** A loaded project: what the checker saw, where it was written, what was wrong with it. */
export interface ComposeProject {
  /** Project name as Compose derives it (top-level `name:`, COMPOSE_PROJECT_NAME, directory). */
  name: string;
  /** Absolute project directory. */
  workingDir: string;
  /*
   * The files read, by the part each plays (absolute paths). A consumer asks
   * for the role it means instead of guessing it from a file's name; the
   * report lists them all (filesRead).
   */
  /**
   * The project's compose files, in the order Compose merges them: as given
   * (-f / compose-file), else from COMPOSE_FILE, else discovered (with the
   * override file). Never empty: the loader refuses a project without one.
   */
  composeFiles: string[];
  /** Other compose files those pull in through `include:` or `extends: file:`, in the order read. */
  referencedComposeFiles: string[];
  /** Interpolation env files read: `.env` of the project directory or the --env-file list, then included projects' own. */
  envFiles: string[];
  /** Env files read through a service's `env_file:` (their values are folded into `environment`). */
  serviceEnvFiles: string[];
  /** The text of each compose file (composeFiles and referencedComposeFiles) as it was read, by path. */
  composeTexts: ReadonlyMap<string, string>;
  /** The active project, as `docker compose config --format json` prints it. */
  model: ComposeModel;
  /**
   * Services present in the files but outside the active profiles, normalised
   * the same way. Compose would not start them; the checker still reads them
   * and says so.
   */
  inactiveServices: Record<string, ServiceConfig>;
  /** Positions (and raw text) of every value, for model and inactive services alike. */
  sources: import('./source-map.js').SourceMap;
  issues: ComposeIssue[];
  /** The interpolation environment Compose used (.env / --env-file, then process env). */
  environment: Record<string, string>;
}
