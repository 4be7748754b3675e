import fs from 'node:fs';
import path from 'node:path';
import type { Node } from 'yaml';
import { isMap, isScalar, isSeq, loadYaml, yamlModule } from './yaml-module.js';
import { UnreadableInputError, type Position } from './compose/types.js';
import type { Severity } from './findings.js';
import type { RedisRole } from './redis/types.js';
import type { StrictnessProfile } from './report/types.js';

/** File names looked for in the project directory, in this order. */
const CONFIG_FILE_NAMES = ['.redis-readiness.yml', '.redis-readiness.yaml'];

export type RuleSetting = Severity | 'off';

export interface IgnoreEntry {
  /** Only findings about this service. */
  service?: string;
  /** Only findings in this file (absolute). */
  file?: string;
  /** Only these rules; undefined = every rule. */
  rules?: string[];
  pos: Position;
}

/** `.redis-readiness.yml`, validated. */
export interface CheckConfig {
  /** Absolute path of the file it came from. */
  file: string;
  strictness?: StrictnessProfile;
  rules: Record<string, RuleSetting>;
  ignore: IgnoreEntry[];
  /** Roles the checker cannot infer, per Redis service. */
  roles: Record<string, RedisRole>;
}

/** A config file that cannot be used as written: exit code 2, like unreadable input. */
export class ConfigError extends UnreadableInputError {
  constructor(message: string, pos?: Position) {
    super(message, pos);
    this.name = 'ConfigError';
  }
}

const SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'notice', 'off'];
const PROFILES: readonly StrictnessProfile[] = ['production', 'development'];
const ROLES: readonly RedisRole[] = ['broker', 'result-backend', 'cache', 'unknown'];

/**
 * Severity caps of the `development` profile: a developer's laptop compose
 * file publishes ports and skips passwords on purpose, so those become
 * notices there. docs/configuration.md shows this table; a test keeps the
 * two equal.
 */
export const DEVELOPMENT_PROFILE: Readonly<Record<string, Severity>> = {
  'port-public': 'notice',
  'auth-missing': 'notice',
  'auth-literal': 'notice',
  'auth-weak': 'notice',
  'auth-unset-variable': 'warning',
  'consumer-no-password': 'notice',
  'image-unpinned': 'notice',
  'image-unmaintained': 'notice',
  'persist-no-volume': 'notice',
  'persist-disabled': 'notice',
  'persist-rdb-only': 'notice',
  'health-missing': 'notice',
  'memory-unbounded': 'notice',
  'consumer-unhealthy-dependency': 'notice',
};

/** The strictness caps of a profile (production has none). */
export function profileCaps(profile: StrictnessProfile): Readonly<Record<string, Severity>> {
  return profile === 'development' ? DEVELOPMENT_PROFILE : {};
}

export function isStrictnessProfile(value: string): value is StrictnessProfile {
  return (PROFILES as readonly string[]).includes(value);
}

/**
 * Finds and reads the config file: `explicit` when given (it must exist),
 * else `.redis-readiness.yml` in the project directory, else none.
 */
export async function loadCheckConfig(options: {
  explicit?: string;
  projectDirectory: string;
  cwd: string;
  knownRules: readonly string[];
}): Promise<CheckConfig | undefined> {
  let file: string | undefined;
  if (options.explicit) {
    file = path.resolve(options.cwd, options.explicit);
    if (!fs.existsSync(file)) {
      throw new ConfigError(
        `${options.explicit}: config file not found. Check the path given with --config / the 'config' input.`,
      );
    }
    if (fs.statSync(file).isDirectory()) {
      throw new ConfigError(
        `${options.explicit}: is a directory, not a config file. Give the file itself (${path.join(options.explicit, CONFIG_FILE_NAMES[0]!)}).`,
      );
    }
  } else {
    file = CONFIG_FILE_NAMES.map((n) => path.join(options.projectDirectory, n)).find((f) =>
      fs.existsSync(f),
    );
    if (!file) return undefined;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`${file}: cannot read the config file (${(e as Error).message}).`);
  }
  await loadYaml();
  return parseCheckConfig(text, file, options.knownRules);
}

/** Validates the text of a config file; every error names the file, line and column. Needs loadYaml() done. */
export function parseCheckConfig(
  text: string,
  file: string,
  knownRules: readonly string[],
): CheckConfig {
  const { LineCounter, parseDocument } = yamlModule();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (node: Node | null | undefined): Position => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const fail = (node: Node | null | undefined, message: string): never => {
    const pos = at(node);
    throw new ConfigError(`${file}:${pos.line}:${pos.column}: ${message}`, pos);
  };
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const { line, col } = lineCounter.linePos(err.pos[0]);
    const pos = { file, line, column: col };
    throw new ConfigError(
      `${file}:${line}:${col}: not valid YAML: ${err.message.split('\n')[0]}`,
      pos,
    );
  }
  const config: CheckConfig = { file, rules: {}, ignore: [], roles: {} };
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return config;
  if (!isMap(root))
    return fail(root, 'the config file must be a mapping (strictness, rules, ignore, services).');

  const checkRule = (node: Node, id: string) => {
    if (!knownRules.includes(id)) {
      fail(
        node,
        `unknown rule id '${id}'.${suggest(id, knownRules)} The rule ids are listed in docs/rules/.`,
      );
    }
  };
  const scalarString = (node: Node | null | undefined, what: string): string => {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value === '') {
      return fail(node, `${what} must be a string.`);
    }
    return node.value;
  };

  for (const pair of root.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const value = pair.value as Node | null;
    switch (key) {
      // `profile` is the first release's spelling, kept so that its config files still load.
      case 'strictness':
      case 'profile': {
        if (config.strictness !== undefined)
          fail(
            keyNode,
            `give the strictness once: 'strictness' and 'profile' name the same setting.`,
          );
        const v = scalarString(value, key);
        if (!isStrictnessProfile(v))
          fail(value, `${key} must be one of ${PROFILES.join(', ')}; got '${v}'.`);
        config.strictness = v as StrictnessProfile;
        break;
      }
      case 'rules': {
        if (!isMap(value))
          return fail(
            value ?? keyNode,
            'rules must map rule ids to error, warning, notice or off.',
          );
        for (const item of value.items) {
          const idNode = item.key as Node;
          const id = scalarString(idNode, 'a rule id');
          checkRule(idNode, id);
          const settingNode = item.value as Node | null;
          // YAML 1.1 readers turn a bare `off` into false; accept it as meant.
          const raw =
            isScalar(settingNode) && settingNode.value === false
              ? 'off'
              : scalarString(settingNode, `rules.${id}`);
          if (!(SETTINGS as readonly string[]).includes(raw)) {
            fail(settingNode, `rules.${id} must be one of ${SETTINGS.join(', ')}; got '${raw}'.`);
          }
          config.rules[id] = raw as RuleSetting;
        }
        break;
      }
      case 'ignore': {
        if (!isSeq(value))
          return fail(value ?? keyNode, 'ignore must be a list of {service, file, rules} entries.');
        for (const entryNode of value.items as Node[]) {
          if (!isMap(entryNode))
            return fail(
              entryNode,
              'each ignore entry must be a mapping with service, file and/or rules.',
            );
          const entry: IgnoreEntry = { pos: at(entryNode) };
          for (const item of entryNode.items) {
            const k = isScalar(item.key) ? String(item.key.value) : '';
            const v = item.value as Node | null;
            if (k === 'service') entry.service = scalarString(v, 'ignore.service');
            else if (k === 'file')
              entry.file = path.resolve(path.dirname(file), scalarString(v, 'ignore.file'));
            else if (k === 'rules') {
              const list = isSeq(v) ? (v.items as Node[]) : v ? [v] : [];
              if (list.length === 0)
                fail(v ?? (item.key as Node), 'ignore.rules must name at least one rule id.');
              entry.rules = list.map((n) => {
                const id = scalarString(n, 'a rule id');
                checkRule(n, id);
                return id;
              });
            } else if (k === 'reason') scalarString(v, 'ignore.reason');
            else
              fail(
                item.key as Node,
                `unknown key '${k}' in an ignore entry (allowed: service, file, rules, reason).`,
              );
          }
          if (!entry.service && !entry.file)
            fail(entryNode, 'an ignore entry needs a service or a file.');
          config.ignore.push(entry);
        }
        break;
      }
      case 'services': {
        if (!isMap(value))
          return fail(value ?? keyNode, 'services must map service names to settings (role).');
        for (const item of value.items) {
          const name = scalarString(item.key as Node, 'a service name');
          const settings = item.value as Node | null;
          if (!isMap(settings))
            return fail(
              settings ?? (item.key as Node),
              `services.${name} must be a mapping (role).`,
            );
          for (const s of settings.items) {
            const k = isScalar(s.key) ? String(s.key.value) : '';
            if (k !== 'role')
              fail(s.key as Node, `unknown key '${k}' under services.${name} (allowed: role).`);
            const role = scalarString(s.value as Node, `services.${name}.role`);
            if (!(ROLES as readonly string[]).includes(role)) {
              fail(
                s.value as Node,
                `services.${name}.role must be one of ${ROLES.join(', ')}; got '${role}'.`,
              );
            }
            config.roles[name] = role as RedisRole;
          }
        }
        break;
      }
      default:
        fail(keyNode, `unknown key '${key}' (allowed: strictness, rules, ignore, services).`);
    }
  }
  return config;
}

function suggest(id: string, known: readonly string[]): string {
  const close = known.filter((k) => k.includes(id) || id.includes(k) || levenshtein(k, id) <= 3);
  return close.length > 0 ? ` Did you mean '${close[0]}'?` : '';
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

/** Whether an ignore entry silences a finding. */
export function ignoreMatches(
  entry: IgnoreEntry,
  finding: { rule: string; service?: string; pos: Position },
): boolean {
  if (entry.service !== undefined && finding.service !== entry.service) return false;
  if (entry.file !== undefined && path.resolve(finding.pos.file) !== entry.file) return false;
  return entry.rules === undefined || entry.rules.includes(finding.rule);
}
