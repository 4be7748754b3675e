import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle, REPO } from '../action/harness.js';
import { requireEngine } from '../probes/helpers.js';
import { leftovers, ours, runnerFiles, startAction } from './helpers.js';

/**
 * The static outputs of the two examples are covered by
 * __tests__/cli/secrets.test.ts; this file adds what only a probe run shows
 * (probe evidence, the container log tail in the summary and the JSON
 * report, the probes output) and the probe fixtures that carry a password.
 */
const PASSWORD = 'Kx7-faults-distinctive-Pw-93';
const ENCODED = encodeURIComponent(`${PASSWORD}/`).slice(0, -3);
const LONG = 180_000;
const run = promisify(execFile);

function expectNoSecret(text: string, where: string): void {
  expect(text.includes(PASSWORD), `${where} shows the password`).toBe(false);
  expect(text.includes(ENCODED), `${where} shows the encoded password`).toBe(false);
}

/** The CLI, asynchronously (the cases run side by side); the exit code does not matter here. */
async function cli(args: string[], cwd = REPO): Promise<string> {
  try {
    const r = await run('node', [path.join(REPO, 'bin/redis-readiness.js'), ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, REDIS_PASSWORD: PASSWORD },
      timeout: 120_000,
    });
    return r.stdout + r.stderr;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; code?: number };
    expect(e.code, e.stderr).not.toBe(2);
    return `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
}

/** Runs the action with probes and checks every output it writes. */
async function actionWithProbes(composeFile: string, probes: string) {
  const files = runnerFiles();
  const main = startAction(
    files,
    { 'compose-file': composeFile, probes, pull: 'never', timeout: '10', 'fail-on': 'never' },
    { REDIS_PASSWORD: PASSWORD },
  );
  const exit = await main.exited;
  const outputs = files.outputs();
  const log = main.stdout() + main.stderr();
  expect(exit.code, log).toBe(0);
  expect(log).toContain(`::add-mask::${PASSWORD}`);
  expectNoSecret(ours(log), `${composeFile}: action log and annotations`);
  expectNoSecret(files.summary(), `${composeFile}: job summary`);
  expectNoSecret(JSON.stringify(outputs), `${composeFile}: outputs`);
  const json = fs.readFileSync(outputs['report-json']!, 'utf8');
  expectNoSecret(json, `${composeFile}: JSON report`);
  expectNoSecret(fs.readFileSync(outputs.sarif!, 'utf8'), `${composeFile}: SARIF`);
  const project = JSON.parse(files.state()['probe-state']!).projectName as string;
  expect(leftovers(project)).toEqual([]);
  return { summary: files.summary(), json: JSON.parse(json), outputs };
}

beforeAll(() => {
  requireEngine();
  ensureBundle();
}, 600_000);

describe.concurrent('no output of a probe run shows a password', () => {
  it(
    'the container log tail of a failed probe, where Redis printed its password',
    async () => {
      const r = await actionWithProbes('__tests__/fixtures/faults/log-leak/compose.yaml', 'health');
      // The log really carried the password: it is shown, masked.
      expect(r.summary).toContain('starting redis with password ***');
      expect(r.json.probeLogs.redis.join('\n')).toContain('starting redis with password ***');
    },
    LONG,
  );

  it(
    'the CLI with probes: JSON report and progress log',
    async () => {
      const out = await cli([
        'check',
        '-f',
        '__tests__/fixtures/faults/log-leak/compose.yaml',
        '--probes',
        'health',
        '--pull',
        'never',
        '--timeout',
        '10',
        '--format',
        'json',
      ]);
      expect(out).toContain('starting redis with password ***');
      expectNoSecret(out, 'CLI JSON with probes');
    },
    LONG,
  );

  for (const example of ['examples/seed-stack', 'examples/production-ready']) {
    it(
      `${example}: annotations, summary, outputs, JSON and SARIF of a probe run`,
      async () => {
        const r = await actionWithProbes(`${example}/docker-compose.yml`, 'health,ping,auth');
        expect(JSON.parse(r.outputs.probes!)).toHaveLength(3);
      },
      LONG,
    );
  }

  it(
    'every probe fixture with a password: each format and config --format json',
    async () => {
      const dirs = fs
        .readdirSync(path.join(REPO, '__tests__/fixtures/probes'))
        .map((d) => `__tests__/fixtures/probes/${d}`)
        .filter((d) =>
          /REDIS_PASSWORD/.test(fs.readFileSync(path.join(REPO, d, 'compose.yaml'), 'utf8')),
        );
      expect(dirs.length).toBeGreaterThanOrEqual(8);
      await Promise.all(
        dirs.map(async (dir) => {
          const file = `${dir}/compose.yaml`;
          // Fixtures whose consumers carry the password in URLs get every format;
          // the others differ only in the server's own settings.
          const urls = /redis:\/\//.test(fs.readFileSync(path.join(REPO, file), 'utf8'));
          const formats = urls ? ['text', 'json', 'github', 'sarif'] : ['json', 'github'];
          const outs = await Promise.all([
            ...formats.map((f) => cli(['check', '-f', file, '--format', f])),
            cli(['config', '-f', file, '--format', 'json']),
          ]);
          outs.forEach((out, i) => {
            expect(out.length).toBeGreaterThan(0);
            expectNoSecret(out, `${file} ${formats[i] ?? 'config'}`);
          });
        }),
      );
    },
    LONG,
  );
});
