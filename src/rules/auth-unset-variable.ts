import type { VariableRef } from '../compose/types.js';
import type { ConfigDirective } from '../redis/types.js';
import type { Rule, RuleFinding } from './types.js';

/** The forms that let a variable be unset or empty without Compose stopping. */
function mayBeEmpty(ref: VariableRef): boolean {
  if (ref.operator === '') return true;
  if (ref.operator === '?') return true; // set-but-empty passes `${VAR?}`
  if ((ref.operator === ':-' || ref.operator === '-') && !ref.argument) return true;
  return false;
}

/** Length of the `${...}` / `$VAR` text at ref.pos, read from the raw value. */
function refText(raw: string | undefined, ref: VariableRef): string | undefined {
  if (raw === undefined) return undefined;
  const braced = new RegExp(`(?<!\\$)(\\$\\$)*\\$\\{${ref.name}(\\}|[:?+-][^}]*\\})`);
  const m = braced.exec(raw);
  if (m) return m[0].replace(/^(\$\$)*/, '');
  const bare = new RegExp(`(?<!\\$)(\\$\\$)*\\$${ref.name}(?![A-Za-z0-9_])`).exec(raw);
  return bare ? bare[0].replace(/^(\$\$)*/, '') : undefined;
}

function consequence(directive: ConfigDirective, fromString: boolean): string {
  if (directive.origin === 'image-env')
    return 'the image then starts without a password (or refuses to start)';
  if (fromString && directive.origin === 'command' && directive.containerVariables === undefined) {
    return 'in a string `command:` Compose drops the empty word, so --requirepass loses its value and Redis refuses to start ("wrong number of arguments")';
  }
  return 'Redis then gets an empty password, which means no password at all';
}

/**
 * A password from `${VAR}` / `$VAR` / `${VAR:-}` is empty whenever the
 * variable is missing from the deploy environment, and Compose only warns.
 * `${VAR:?message}` makes Compose refuse to start instead.
 */
export const authUnsetVariable: Rule = {
  id: 'auth-unset-variable',
  defaultSeverity: 'error',
  summary: 'The password comes from a variable that may be unset or empty (no :? guard)',
  check({ redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      const directive =
        server.password?.directive ??
        [...server.directives].reverse().find((d) => d.name === 'requirepass');
      if (!directive || directive.origin === 'default') continue;
      const seen = new Set<string>();
      for (const ref of directive.variables ?? []) {
        if (!mayBeEmpty(ref) || seen.has(ref.name)) continue;
        seen.add(ref.name);
        const text = refText(directive.raw, ref);
        const replacement = `\${${ref.name}:?set ${ref.name}}`;
        const finding: RuleFinding = {
          service: server.name,
          pos: ref.pos,
          message:
            `the Redis password comes from \${${ref.name}}, which may be unset or empty: ` +
            `${consequence(directive, server.invocation?.fromString === true)}. ` +
            `Write \${${ref.name}:?set ${ref.name}} so Compose refuses to start without it.`,
        };
        if (text) {
          finding.fix = {
            description: `require ${ref.name} with :?`,
            pos: { ...ref.pos, endLine: ref.pos.line, endColumn: ref.pos.column + text.length },
            replacement,
          };
        }
        findings.push(finding);
      }
    }
    return findings;
  },
};
