import { describe, expect, it } from 'vitest';
import { CliArgs } from '../../src/cli.js';
import { UsageError } from '../../src/inputs.js';

function usageError(argv: string[]): string {
  try {
    new CliArgs(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error(`expected a UsageError for ${argv.join(' ')}`);
}

describe('CliArgs', () => {
  it('parses check with repeated files, env files and profiles', () => {
    const a = new CliArgs([
      'check',
      '-f',
      'a.yml',
      '--file',
      'b.yml',
      '--project-directory',
      'deploy',
      '--env-file',
      '.env',
      '--env-file',
      '.env.ci',
      '--profile',
      'web,worker',
      '--profile',
      'ops',
      '--format',
      'sarif',
      '--fail-on',
      'warning',
      '--config',
      'rr.yml',
      '--probes',
      'ping,auth',
      '-o',
      'out.sarif',
      '--strictness',
      'development',
    ]);
    expect(a).toMatchObject({
      command: 'check',
      files: ['a.yml', 'b.yml'],
      projectDirectory: 'deploy',
      envFiles: ['.env', '.env.ci'],
      profiles: ['web', 'worker', 'ops'],
      format: 'sarif',
      failOn: 'warning',
      configFile: 'rr.yml',
      probes: ['ping', 'auth'],
      output: 'out.sarif',
      strictness: 'development',
    });
  });

  it('has defaults: text, fail on error, no probes, discover files', () => {
    const a = new CliArgs(['check']);
    expect(a).toMatchObject({
      command: 'check',
      files: [],
      format: 'text',
      failOn: 'error',
      probes: [],
      pull: 'missing',
      timeoutSeconds: 120,
    });
    expect(a.projectDirectory).toBeUndefined();
    expect(a.color).toBeUndefined();
  });

  it('accepts all/none for probes and orders the list canonically', () => {
    expect(new CliArgs(['check', '--probes', 'all']).probes).toEqual([
      'health',
      'ping',
      'auth',
      'network',
      'persistence',
      'config',
    ]);
    expect(new CliArgs(['check', '--probes', 'persistence, health']).probes).toEqual([
      'health',
      'persistence',
    ]);
    expect(new CliArgs(['check', '--probes', 'none']).probes).toEqual([]);
  });

  it('knows help, version and config', () => {
    expect(new CliArgs(['--help']).command).toBe('help');
    expect(new CliArgs(['-V']).command).toBe('version');
    expect(new CliArgs(['config', '-f', 'x.yml']).format).toBe('json');
  });

  it('rejects bad usage with one clear message', () => {
    expect(usageError([])).toMatch(/missing command/);
    expect(usageError(['lint'])).toBe("unknown command 'lint': use check or config (see --help).");
    expect(usageError(['check', '--fail-on', 'fatal'])).toBe(
      "--fail-on must be one of error, warning, never; got 'fatal'.",
    );
    expect(usageError(['check', '--format', 'xml'])).toBe(
      "--format must be one of text, json, github, sarif; got 'xml'.",
    );
    expect(usageError(['check', '--probes', 'ping,pong'])).toMatch(
      /--probes: unknown probe 'pong'/,
    );
    expect(usageError(['check', '--bogus'])).toMatch(/Unknown option '--bogus'.*--help/);
    expect(usageError(['check', 'compose.yml'])).toMatch(
      /unexpected argument 'compose.yml': give compose files with -f/,
    );
    expect(usageError(['config', '--format', 'text'])).toMatch(
      /config supports only --format json/,
    );
    expect(usageError(['check', '--timeout', 'soon'])).toMatch(
      /--timeout must be a whole number of seconds from 1 to 3600/,
    );
    expect(usageError(['check', '--color', '--no-color'])).toMatch(/contradict/);
  });
});

describe('CliArgs: the password for the probes', () => {
  it('is read from REDIS_READINESS_PASSWORD unless --redis-password-env names another variable', () => {
    expect(new CliArgs(['check']).passwordVariable).toBe('REDIS_READINESS_PASSWORD');
    expect(new CliArgs(['check', '--redis-password-env', 'CI_REDIS_SECRET']).passwordVariable).toBe(
      'CI_REDIS_SECRET',
    );
  });

  it('takes only a variable name, never the password itself', () => {
    const message = usageError(['check', '--redis-password-env', 's3cr3t!pw']);
    expect(message).toMatch(/--redis-password-env takes the name of an environment variable/);
    expect(message).not.toContain('s3cr3t');
  });
});
