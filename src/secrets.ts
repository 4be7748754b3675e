import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ComposeProject, LoadOptions } from './compose/types.js';
import type { RedisProjectModel } from './redis/types.js';
import { quoteText } from './report/escape.js';

/**
 * Every secret the run learns, and the safety net that removes them from
 * free text. Secrets are values from outside the repository (environment,
 * inputs, untracked env files, probe passwords); a literal committed to the
 * repository is public and never added. Findings do not embed secrets in the
 * first place; the masker catches what free text from outside (container
 * logs, compose output) may carry, in any letter case.
 */
export class SecretMasker {
  private readonly secrets = new Set<string>();
  /** Values already added: a project repeats its passwords in every service. */
  private readonly added = new Set<string>();
  private pattern: RegExp | undefined;
  private readonly listeners: ((secret: string) => void)[] = [];
  /** Every form told to listeners so far (a late listener hears them all). */
  private readonly announced = new Set<string>();

  /** Called for every new secret (the action passes them to core.setSecret). */
  onSecret(listener: (secret: string) => void): void {
    this.listeners.push(listener);
    for (const s of this.announced) listener(s);
  }

  add(value: string | undefined | null): void {
    if (value === undefined || value === null || this.added.has(value)) return;
    this.added.add(value);
    for (const variant of variantsOf(value)) {
      // Masking a one- or two-character value would shred every message
      // while protecting nothing: such a password is guessed at once anyway.
      if (variant.length < MIN_SECRET_LENGTH || this.secrets.has(variant)) continue;
      this.secrets.add(variant);
      this.pattern = undefined;
      // The runner masks case-sensitively: a message that lower-cases a
      // value (a directive name) would show it. Our own masker ignores case.
      for (const form of [variant, variant.toLowerCase(), variant.toUpperCase()]) {
        if (this.announced.has(form)) continue;
        this.announced.add(form);
        for (const listener of this.listeners) listener(form);
      }
    }
  }

  get size(): number {
    return this.secrets.size;
  }

  mask(text: string): string {
    if (this.secrets.size === 0) return text;
    this.pattern ??= new RegExp(
      [...this.secrets]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|'),
      'gi',
    );
    return text.replace(this.pattern, MASK);
  }
}

export const MASK = '***';
const MIN_SECRET_LENGTH = 3;

/** The value as written plus the forms it takes inside URLs and JSON strings. */
function variantsOf(value: string): string[] {
  const variants = new Set([value, value.trim()]);
  variants.add(encodeURIComponent(value));
  try {
    variants.add(decodeURIComponent(value));
  } catch {
    // Not percent-encoded text: only the other forms apply.
  }
  variants.add(JSON.stringify(value).slice(1, -1));
  // As the reports quote it (control characters as escapes).
  variants.add(quoteText(value));
  return [...variants].filter((v) => v.length > 0);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Words of variable names whose values are secrets by convention. Matched per
 * word (REDIS_PASSWORD, REDISCLI_AUTH, dbPass), not as substrings: PASSENV,
 * AUTHOR or TOKENIZER_PATH name no secret, and masking their values would
 * blank unrelated text everywhere the runner prints it.
 */
const SECRET_WORD = /^([a-z]*pass(word|wd)?|pwd|secrets?|[a-z]*token|auth|credentials?)$/i;
const SECRET_PAIR = /(^|[_.-])(private|api|secret|access)[_.-]?key($|[_.-])/i;

export function looksSecret(name: string): boolean {
  let known = looksSecretCache.get(name);
  if (known === undefined) {
    const words = name.split(/[_.-]+|(?<=[a-z])(?=[A-Z])/).filter(Boolean);
    known = words.some((w) => SECRET_WORD.test(w)) || SECRET_PAIR.test(name);
    looksSecretCache.set(name, known);
  }
  return known;
}

/** Variable names repeat across a project's services (and each project is scanned twice). */
const looksSecretCache = new Map<string, boolean>();

/** Passwords embedded in a URL (`redis://user:pw@host`). */
export function urlPassword(text: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^@/?#]*)@/i.exec(text.trim());
  if (!m) return undefined;
  const userinfo = m[1]!;
  const colon = userinfo.indexOf(':');
  return colon >= 0 ? userinfo.slice(colon + 1) : undefined;
}

/**
 * Names that hold a location or a switch about a secret, not the secret
 * (REDIS_PASSWORD_FILE, ALLOW_EMPTY_PASSWORD), and the shell's working
 * directories (PWD, OLDPWD: "pwd" is a password word only after a prefix,
 * as in REDIS_PWD). Masking PWD hid the workspace path in every message.
 */
const NOT_A_SECRET_NAME =
  /(_FILE|_PATH|_DIR|_SOCK|_SOCKET|_URL)$|^ALLOW_EMPTY_PASSWORD$|^(OLD)?PWD$/i;
/**
 * Values that cannot be a password worth hiding but would, once masked (and
 * passed to the runner's masking), hide every `yes` or `true` in the logs.
 */
const SWITCH_VALUE = /^(yes|no|true|false|on|off|null|none|nil|undefined|enabled?|disabled?)$/i;

/** Values of secret-looking variables in an environment (process env, .env, a service's environment). */
export function secretsInEnvironment(env: Record<string, string | null | undefined>): string[] {
  const found: string[] = [];
  // for-in, not Object.entries: no [name, value] pair per variable of every service.
  for (const name in env) {
    const value = env[name];
    if (typeof value !== 'string' || value === '') continue;
    if (looksSecret(name) && !NOT_A_SECRET_NAME.test(name) && !SWITCH_VALUE.test(value.trim())) {
      found.push(value);
    }
    const inUrl = urlPassword(value);
    if (inUrl) found.push(inUrl);
  }
  return found;
}

/**
 * Whether git tracks the file: a committed file is public, so what it holds
 * is no secret. Anything else (untracked, ignored, outside a repository, no
 * git at all) counts as coming from outside, and its passwords are secrets.
 */
export function isCommitted(file: string): boolean {
  let known = committedCache.get(file);
  if (known === undefined) {
    try {
      execFileSync('git', ['ls-files', '--error-unmatch', '--', path.basename(file)], {
        cwd: path.dirname(file),
        stdio: 'ignore',
        timeout: 10_000,
      });
      known = true;
    } catch {
      known = false;
    }
    committedCache.set(file, known);
  }
  return known;
}
const committedCache = new Map<string, boolean>();

/**
 * The values a dotenv text sets, read line by line without the parser, so
 * that they are registered before the parser can fail on the file (and its
 * error be printed). Only secret-looking names and URL passwords count.
 */
export function secretsInEnvText(text: string): { names: string[]; secrets: string[] } {
  const env: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([\p{L}\p{N}_.]+)\s*[=:]\s*(.*)$/u.exec(line);
    if (!m) continue;
    let value = m[2]!;
    const q = value[0];
    if (q === '"' || q === "'") {
      const end = value.indexOf(q, 1);
      value = end > 0 ? value.slice(1, end) : value.slice(1);
    } else {
      const hash = value.indexOf(' #');
      value = (hash < 0 ? value : value.slice(0, hash)).trim();
    }
    env[m[1]!] = value;
  }
  return { names: Object.keys(env), secrets: secretsInEnvironment(env) };
}

/** The env files Compose will read for interpolation: the given ones, else `.env` of the project directory. */
export function projectEnvFiles(load: LoadOptions & { cwd: string }): string[] {
  if (load.envFiles && load.envFiles.length > 0)
    return load.envFiles.map((f) => path.resolve(load.cwd, f));
  const dir = load.projectDirectory
    ? path.resolve(load.cwd, load.projectDirectory)
    : load.files.length > 0
      ? path.dirname(path.resolve(load.cwd, load.files[0]!))
      : load.cwd;
  return [path.join(dir, '.env')];
}

/**
 * Registers what comes from outside the repository, before anything is read
 * that could fail and print: the environment's secret-looking values and URL
 * passwords, and those of env files git does not track. Returns the names of
 * the variables set from outside (a password interpolated from one of them is
 * a secret too, whatever its name).
 */
export function collectOutsideSecrets(
  masker: SecretMasker,
  env: Record<string, string | undefined>,
  envFiles: string[],
): Set<string> {
  for (const s of secretsInEnvironment(env)) masker.add(s);
  const names = new Set(Object.keys(env));
  for (const file of envFiles) {
    const text = readIfUntracked(file);
    if (text === undefined) continue;
    const found = secretsInEnvText(text);
    found.secrets.forEach((s) => masker.add(s));
    found.names.forEach((n) => names.add(n));
  }
  return names;
}

function readIfUntracked(file: string): string | undefined {
  try {
    if (!fs.statSync(file).isFile() || isCommitted(file)) return undefined;
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The services' own `env_file:` entries that git does not track: their
 * passwords are secrets. The loader folds env files into `environment`, so
 * it names the files it read; included projects' `.env` files are among its
 * env files, and were unknown before loading.
 */
export function collectServiceEnvFileSecrets(masker: SecretMasker, project: ComposeProject): void {
  for (const file of [...project.serviceEnvFiles, ...project.envFiles]) {
    const text = readIfUntracked(file);
    if (text !== undefined) secretsInEnvText(text).secrets.forEach((s) => masker.add(s));
  }
}

/**
 * The passwords of the Redis model that come from outside: interpolated from
 * a variable set outside the repository, or read from a config or ACL file
 * that git does not track (a bind mount, or a compose config or secret; one
 * given by `environment:` comes from its variable). A literal in a committed
 * file is public (auth-literal reports it) and is not registered.
 */
export function collectRedisSecrets(
  masker: SecretMasker,
  redis: RedisProjectModel,
  outsideNames: Set<string>,
): void {
  type Source = {
    origin?: string;
    pos: { file: string };
    variables?: { name: string; isSet?: boolean }[];
  };
  const fromOutside = (d: Source | undefined) =>
    d !== undefined &&
    ((d.variables ?? []).some((v) => v.isSet !== false && outsideNames.has(v.name)) ||
      (d.origin === 'config-file' && !isCommitted(d.pos.file)));
  for (const r of redis.services) {
    if (fromOutside(r.password?.directive)) masker.add(r.password?.value);
    for (const d of r.directives) {
      if (!fromOutside(d)) continue;
      if (d.name === 'requirepass' || d.name === 'masterauth') d.args.forEach((a) => masker.add(a));
      if (d.name === 'user') {
        // ACL rules: `>password` adds a password; `#hash` is not a secret.
        for (const a of d.args) if (a.startsWith('>')) masker.add(a.slice(1));
      }
    }
    for (const user of r.aclUsers ?? [])
      if (fromOutside({ origin: 'config-file', pos: user.pos, variables: user.variables }))
        user.passwords.forEach((p) => masker.add(p));
  }
}
