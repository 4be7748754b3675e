import path from 'node:path';
import * as core from '@actions/core';
import type { CheckContext } from './check.js';
import {
  parseActionProbes,
  parseComposeCommand,
  parseFailOn,
  parsePull,
  parseStrictness,
  parseTimeout,
} from './options.js';
import type { SecretMasker } from './secrets.js';

export * from './options.js';

function list(name: string): string[] {
  return core
    .getMultilineInput(name)
    .flatMap((line) => line.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The action's inputs as one CheckContext. Relative paths are resolved from
 * `working-directory` (default: the workspace).
 */
export function readActionInputs(
  masker: SecretMasker,
  env: NodeJS.ProcessEnv = process.env,
): CheckContext {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const cwd = path.resolve(workspace, core.getInput('working-directory') || '.');
  const redisPassword = core.getInput('redis-password');
  // Before anything else can print it.
  masker.add(redisPassword);
  const projectDirectory = core.getInput('project-directory');
  const configFile = core.getInput('config');
  const strictness = parseStrictness(core.getInput('strictness'), "input 'strictness'");
  const composeCommand = parseComposeCommand(core.getInput('compose-command'));
  return {
    load: {
      // Only newlines separate files: a path may hold a comma.
      files: core.getMultilineInput('compose-file'),
      ...(projectDirectory ? { projectDirectory } : {}),
      envFiles: core.getMultilineInput('env-file'),
      profiles: list('compose-profiles'),
      env,
      cwd,
    },
    failOn: parseFailOn(core.getInput('fail-on'), "input 'fail-on'"),
    probes: parseActionProbes(core.getInput('probes')),
    timeoutSeconds: parseTimeout(core.getInput('timeout'), "input 'timeout'"),
    pull: parsePull(core.getInput('pull'), "input 'pull'"),
    ...(composeCommand ? { composeCommand } : {}),
    ...(redisPassword ? { redisPassword } : {}),
    ...(configFile ? { configFile } : {}),
    ...(strictness ? { strictness } : {}),
    masker,
  };
}

export { PROBE_STATE_KEY } from './probe-state.js';
