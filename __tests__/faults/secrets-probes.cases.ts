import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { REPO } from '../action/harness.js';
import { leftovers, ours, runnerFiles, startAction } from './helpers.js';

/**
 * The static outputs of the two examples are covered by
 * __tests__/cli/secrets.test.ts; this file adds what only a probe run shows
 * (probe evidence, the container log tail in the summary and the JSON
 * report, the probes output) and the probe fixtures that carry a password.
 * The CLI's progress log is the same masked lines as the action's log.
 */
const PASSWORD = 'Kx7-faults-distinctive-Pw-93';
const ENCODED = encodeURIComponent(`${PASSWORD}/`).slice(0, -3);
const LONG = 180_000;

function expectNoSecret(text: string, where: string): void {
  expect(text.includes(PASSWORD), `${where} shows the password`).toBe(false);
  expect(text.includes(ENCODED), `${where} shows the encoded password`).toBe(false);
}

/**
 * The CLI in this process (its `io` captured): the same code as the binary,
 * without a node start-up per run, so every fixture gets every format.
 */
async function cli(args: string[]): Promise<string> {
  let out = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      out += String(chunk);
      done();
    },
  });
  const code = await runCli(args, {
    stdout: sink,
    stderr: sink,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, REDIS_PASSWORD: PASSWORD },
    cwd: REPO,
  });
  expect(code, out).not.toBe(2);
  return out;
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
  expect(files.state()['probe-state'], ours(log)).toBeDefined();
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

/** no output of a probe run shows a password (registered inside the one concurrent suite of faults.test.ts). */
export function registerProbeSecrets(): void {
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

  for (const example of ['examples/seed-stack', 'examples/production-ready']) {
    it(
      `${example}: annotations, summary, outputs, JSON and SARIF of a probe run`,
      async () => {
        // seed-stack fails health (its check ignores auth): the log tail is shown too.
        const probes = example.endsWith('seed-stack') ? 'health' : 'health,ping,auth';
        const r = await actionWithProbes(`${example}/docker-compose.yml`, probes);
        expect(JSON.parse(r.outputs.probes!)).toHaveLength(probes.split(',').length);
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
}
