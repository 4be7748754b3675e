import type { ComposeIssue, Position, VariableRef } from '../compose/types.js';
import type { Rule, RuleFinding, RuleContext } from './types.js';

/** Where each Redis-related variable reference was written (`name@file:line:column`), and a label for it. */
function redisVariables(ctx: RuleContext): { names: Set<string>; at: Map<string, string> } {
  const names = new Set<string>();
  const at = new Map<string, string>();
  const add = (refs: readonly VariableRef[] | undefined, where: string): void => {
    for (const r of refs ?? []) {
      names.add(r.name);
      at.set(refKey(r.name, r.pos), where);
    }
  };
  const addEnv = (service: string, variable: string): void =>
    add(
      ctx.project.sources.get(['services', service, 'environment', variable])?.variables,
      `${variable} of service '${service}'`,
    );
  for (const server of ctx.redis.services) {
    for (const [path, source] of ctx.project.sources.under(['services', server.name])) {
      add(
        source.variables,
        `service '${server.name}' ${path
          .slice(2)
          .filter((p) => typeof p === 'string')
          .join('.')}`,
      );
    }
    for (const c of server.consumers) {
      addEnv(c.service, c.variable);
      if (c.passwordVariable) addEnv(c.service, c.passwordVariable);
    }
  }
  for (const c of ctx.redis.unresolvedConsumers ?? []) addEnv(c.service, c.variable);
  return { names, at };
}

function refKey(name: string, pos: Position): string {
  return `${name}@${pos.file}:${pos.line}:${pos.column}`;
}

/** Variables written as `${VAR:?msg}` / `${VAR?msg}` anywhere. */
function requiredVariables(ctx: RuleContext): Set<string> {
  const names = new Set<string>();
  const tops = ['services', 'volumes', 'networks', 'secrets', 'configs', 'name'];
  for (const r of ctx.project.sources.variablesUnder(...tops.map((top) => [top])))
    if (r.operator === ':?' || r.operator === '?') names.add(r.name);
  return names;
}

/** Unset variables make values unknown: the rules that need them say so instead of guessing. */
export const variableUnset: Rule = {
  id: 'variable-unset',
  defaultSeverity: 'notice',
  summary: 'A variable the Redis service or its consumers use is not set here',
  check(ctx) {
    const unset = ctx.project.issues.filter((i) => i.kind === 'variable-unset' && i.variable);
    // Both walks below cover every value of the project: skip them when nothing is unset.
    if (unset.length === 0) return [];
    const used = redisVariables(ctx);
    const required = requiredVariables(ctx);
    const serverNames = new Set(ctx.redis.services.map((s) => s.name));
    // One notice per variable (at its use in a Redis service when there is one), listing where it is used.
    const byVariable = new Map<string, { issues: ComposeIssue[]; places: Set<string> }>();
    for (const issue of unset) {
      if (!issue.variable) continue;
      // With probes, an unset required variable is a compose-invalid error instead.
      if (ctx.probing && issue.required) continue;
      if (!used.names.has(issue.variable) && !required.has(issue.variable)) continue;
      const entry = byVariable.get(issue.variable) ?? { issues: [], places: new Set<string>() };
      const where = used.at.get(refKey(issue.variable, issue.pos)) ?? whereFromIssue(issue);
      entry.issues.push(issue);
      entry.places.add(where);
      byVariable.set(issue.variable, entry);
    }
    const findings: RuleFinding[] = [];
    for (const [variable, { issues, places: placeSet }] of byVariable) {
      const places = [...placeSet];
      const anchor =
        issues.find((i) => i.service !== undefined && serverNames.has(i.service)) ?? issues[0]!;
      const shown = places.slice(0, 3).join(', ');
      const more = places.length > 3 ? ` and ${places.length - 3} more` : '';
      findings.push({
        service: anchor.service,
        pos: anchor.pos,
        message: `\${${variable}} is not set here (used by ${shown}${more}); values that depend on it are unknown to this check: set it in .env or the environment of the run${required.has(variable) ? ' (Compose refuses to start without it)' : ''}.`,
      });
    }
    return findings;
  },
};

function whereFromIssue(issue: ComposeIssue): string {
  return issue.service ? `service '${issue.service}'` : 'the project';
}
