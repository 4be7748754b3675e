import { replaceScalar, replaceTestList } from './fix.js';
import { servicePosition } from './helpers.js';
import type { Rule, RuleFinding } from './types.js';

/**
 * redis-cli exits 0 on error replies (NOAUTH, LOADING, MISCONF) unless run
 * with -e, so `redis-cli ping` (even `|| exit 1`) reports healthy while Redis
 * refuses every command.
 */
export const healthLenient: Rule = {
  id: 'health-lenient',
  defaultSeverity: 'warning',
  summary: 'The healthcheck passes on error replies (redis-cli without -e or an output check)',
  check({ project, redis }) {
    const findings: RuleFinding[] = [];
    for (const server of redis.services) {
      const health = server.health;
      if (health.state !== 'present' || health.outputChecked) continue;
      const call = health.calls.find((c) => !c.errorExit);
      if (!call) continue;
      const test = server.service.healthcheck?.test ?? [];
      const finding: RuleFinding = {
        service: server.name,
        pos: servicePosition(project, server.name, 'healthcheck', 'test'),
        message: `${call.program} exits 0 on error replies (NOAUTH, LOADING, MISCONF), so this healthcheck passes while Redis refuses commands: use ${call.program} -e, or check the output (| grep -q PONG).`,
      };
      // Mechanical for the shell form: add -e to the CLI call in the script.
      if (health.shell && test[0] === 'CMD-SHELL' && test.length === 2) {
        const cli = new RegExp(`\\b${call.program}\\b(?! -e)`);
        const fix = replaceScalar(
          project.sources.get(['services', server.name, 'healthcheck', 'test', 1]),
          test[1]!,
          (text) => (cli.test(text) ? text.replace(cli, `${call.program} -e`) : undefined),
          `run ${call.program} with -e`,
        );
        if (fix) finding.fix = fix;
      } else if (!health.shell && test[0] === 'CMD') {
        const at = test.findIndex((w, i) => i > 0 && w.endsWith(call.program));
        if (at > 0) {
          const fix = replaceTestList(
            project.sources,
            ['services', server.name, 'healthcheck', 'test'],
            test.length,
            [...test.slice(0, at + 1), '-e', ...test.slice(at + 1)],
            `run ${call.program} with -e`,
          );
          if (fix) finding.fix = fix;
        }
      }
      findings.push(finding);
    }
    return findings;
  },
};
