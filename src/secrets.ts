import type { ComposeProject } from './compose/types.js';
import type { RedisProjectModel } from './redis/types.js';

/**
 * Every secret the run learns, and the one function that removes them from
 * text. Every writer (JSON, SARIF, summary, text, annotations, logs) passes
 * its final text through `mask`, so a secret that reaches a message by any
 * route is still hidden.
 */
export class SecretMasker {
  private readonly secrets = new Set<string>();
  /** Values already added: a project repeats its passwords in every service. */
  private readonly added = new Set<string>();
  private pattern: RegExp | undefined;
  private readonly listeners: ((secret: string) => void)[] = [];

  /** Called for every new secret (the action passes them to core.setSecret). */
  onSecret(listener: (secret: string) => void): void {
    this.listeners.push(listener);
    for (const s of this.secrets) listener(s);
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
      for (const listener of this.listeners) listener(variant);
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
      'g',
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

/** Every password the compose project reveals (its environment and its services'). */
export function collectProjectSecrets(masker: SecretMasker, project: ComposeProject): void {
  for (const s of secretsInEnvironment(project.environment)) masker.add(s);
  const services = { ...project.inactiveServices, ...project.model.services };
  for (const service of Object.values(services)) {
    if (service.environment)
      for (const s of secretsInEnvironment(service.environment)) masker.add(s);
  }
}

/** The passwords only the Redis model reveals (redis.conf, ACL files, consumers' URLs). */
export function collectRedisSecrets(masker: SecretMasker, redis: RedisProjectModel): void {
  for (const r of redis.services) {
    masker.add(r.password?.value);
    for (const d of r.directives) {
      if (d.name === 'requirepass' || d.name === 'masterauth') d.args.forEach((a) => masker.add(a));
      if (d.name === 'user') {
        // ACL rules: `>password` adds a password; `#hash` is not a secret.
        for (const a of d.args) if (a.startsWith('>')) masker.add(a.slice(1));
      }
    }
    for (const user of r.aclUsers ?? []) user.passwords.forEach((p) => masker.add(p));
    for (const c of r.consumers) {
      masker.add(c.password);
      if (c.url) masker.add(urlPassword(c.url));
    }
  }
}
