import { posix } from 'node:path';
import { isOutsideDir } from '../compose/project-dir.js';
import type { ComposeProject } from '../compose/types.js';
import { loadAclFile } from './config-files.js';
import { directiveArity } from './directives.js';
import type { EffectiveConfig, ServiceContext } from './effective-context.js';
import { parseAclUser } from './redis-conf.js';
import { UNKNOWN_MARK } from './shell.js';
import type { ConfigDirective } from './types.js';

/**
 * Derives what the rules ask about from the directives in apply order: ACL
 * users, password, data dir and port, and the directives that would stop
 * the server from starting.
 */
export function deriveSettings(ctx: ServiceContext, out: EffectiveConfig): EffectiveConfig {
  const { project, detected, defaults } = ctx;
  const last = (n: string): ConfigDirective | undefined =>
    out.directives.findLast((d) => d.name === n);
  for (const d of out.directives) {
    if (d.name === 'user') {
      const user = parseAclUser(d.args);
      if (user) out.aclUsers.push({ ...user, pos: d.pos });
    }
  }
  // A `user` line or aclfile applies after requirepass only in file order; keep it simple:
  // the default user's ACL line wins when present.
  const aclfile = last('aclfile');
  if (aclfile?.args[0]) loadAclFile(project, detected, aclfile.args[0], aclfile.pos, out);
  derivePassword(last('requirepass'), out);
  const dir = last('dir');
  // Redis resolves a relative `dir` against its working directory: compose's
  // working_dir, else the image's WORKDIR (the family's data dir).
  const workdir = detected.service.working_dir;
  if (dir?.args[0]) {
    out.dataDir = posix.resolve(
      typeof workdir === 'string' && workdir.startsWith('/') ? workdir : defaults.dataDir,
      dir.args[0],
    );
  }
  const port = last('port');
  if (port?.args[0] && /^\d+$/.test(port.args[0])) out.port = Number(port.args[0]);
  if (!defaults.flagStyle) addRefusedDirectives(project, out);
  return out;
}

/** The password from the last `requirepass`, overridden by the default ACL user's. */
function derivePassword(requirepass: ConfigDirective | undefined, out: EffectiveConfig): void {
  if (requirepass) {
    const value = requirepass.args[0];
    // An empty value that came from an unset variable is unknown, not "no password":
    // the deploy environment normally sets it (auth-unset-variable reports the risk).
    const fromUnset =
      ((value ?? '') === '' && (requirepass.variables ?? []).some((v) => !v.isSet)) ||
      passwordVanished(requirepass);
    const via = requirepass.origin === 'image-env' ? 'image-env' : 'requirepass';
    if (requirepass.unknown || fromUnset) {
      out.password = { via, pos: requirepass.pos, directive: requirepass };
    } else if (value !== undefined && value !== '') {
      out.password = { via, value, pos: requirepass.pos, directive: requirepass };
    }
  }
  const defaultUser = out.aclUsers.findLast((u) => u.name === 'default');
  if (defaultUser) {
    if (defaultUser.passwords.length > 0 || defaultUser.hasPasswordHash) {
      out.password = {
        via: 'acl-default-user',
        value: defaultUser.passwords[0],
        pos: defaultUser.pos,
      };
    } else if (defaultUser.nopass && defaultUser.enabled) {
      out.password = undefined;
    } else if (!defaultUser.enabled) {
      // default user off: every client must authenticate as a named user
      out.password = { via: 'acl-default-user', pos: defaultUser.pos };
    }
  }
}

/**
 * Problems for the written directives the server refuses at start-up: an
 * invalid `save`, a wrong number of values, a name it does not know.
 */
function addRefusedDirectives(project: ComposeProject, out: EffectiveConfig): void {
  for (const d of out.directives) {
    if (d.origin === 'default' || d.origin === 'image-env') continue;
    const arity = directiveArity(d.name);
    // A password whose variable came out empty is one fact, reported once by
    // auth-unset-variable (with what the empty word does to the server).
    if (d.name === 'requirepass' && passwordVanished(d)) continue;
    if (d.name === 'save' && !d.unknown && invalidSave(d.args)) {
      out.problems.push({
        kind: 'invalid-save',
        directive: d.name,
        pos: d.pos,
        message: `'save' takes "" or pairs of <seconds> <changes>, not these ${d.args.length} value(s) (a '#' comment after the values is read as values too): the server refuses to start ("Invalid save parameters")`,
      });
      continue;
    }
    if (arity && (d.args.length < arity[0] || d.args.length > arity[1])) {
      const emptied = d.args.length < arity[0] && d.origin === 'command';
      out.problems.push({
        kind: 'arity',
        directive: d.name,
        pos: d.pos,
        message: emptied
          ? `'${d.name}' has no value, so the server refuses to start ("wrong number of arguments")`
          : `'${d.name}' takes ${arity[0] === arity[1] ? arity[0] : `${arity[0]} to ${arity[1]}`} value(s), not ${d.args.length}: the server refuses to start`,
      });
    } else if (!arity && d.name !== '' && !d.name.startsWith('#')) {
      // A name built from a variable, or read from a file outside the project,
      // may be a password: it is never quoted back (redact at the source).
      const hidden = unknownNameHidden(d, project);
      out.problems.push({
        kind: 'unknown-directive',
        directive: d.name,
        pos: d.pos,
        message: hidden
          ? `${hidden} is not a directive the server knows ("Bad directive or wrong number of arguments")`
          : d.name.includes('=')
            ? `'${d.name.slice(0, d.name.indexOf('='))}=...' is not a directive: redis-server takes \`--name value\`, not \`--name=value\` ("Bad directive or wrong number of arguments")`
            : `'${d.name}' is not a directive the server knows ("Bad directive or wrong number of arguments")`,
      });
    }
  }
}

/** `save` needs "" or pairs of integers (one value holding the pairs is split, as Redis does). */
function invalidSave(args: readonly string[]): boolean {
  if (args.length === 1 && args[0] === '') return false;
  if (args.some((a) => a.includes(UNKNOWN_MARK))) return false;
  const words = args.length === 1 ? args[0]!.trim().split(/\s+/) : args;
  return words.length % 2 === 1 || words.some((w) => !/^\d+$/.test(w));
}

/**
 * The value of `--requirepass ${VAR}` vanished: the variable came out empty
 * and, in a string command, Compose dropped the word, so the directive has
 * no value or took the next `--option` word(s) as its value.
 */
function passwordVanished(d: ConfigDirective): boolean {
  if (d.origin !== 'command') return false;
  const emptied = (d.variables ?? []).some((v) => v.resolvedEmpty);
  if (!emptied) return false;
  return d.args.length === 0 || d.args[0] === '' || d.args[0]!.startsWith('--');
}

/**
 * How to name an unknown directive whose name must not be shown: one built
 * by interpolation (`--${REDIS_PASSWORD}`) by its variables, one from a file
 * outside the project directory by its place only.
 */
function unknownNameHidden(d: ConfigDirective, project: ComposeProject): string | undefined {
  if (d.variables?.length)
    return `the directive built from ${d.variables.map((v) => `\${${v.name}}`).join(', ')}`;
  if (d.origin === 'config-file' && isOutsideDir(d.pos.file, project.workingDir))
    return `a directive of a file outside the project`;
  return undefined;
}
