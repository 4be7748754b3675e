import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle, runAction, runCli } from '../action/harness.js';

/** A password no output could contain by chance. */
const PASSWORD = 'Zq8-distinctive-Pw-41';
const ENCODED = encodeURIComponent(PASSWORD);
const EXAMPLES = [
  'examples/seed-stack/docker-compose.yml',
  'examples/production-ready/docker-compose.yml',
];

beforeAll(() => ensureBundle(), 600_000);

function expectNoSecret(text: string, where: string): void {
  expect(text.includes(PASSWORD), `${where} shows the password`).toBe(false);
  expect(text.includes(ENCODED), `${where} shows the encoded password`).toBe(false);
}

describe('no output shows a password', () => {
  for (const file of EXAMPLES) {
    it(`CLI, every format and config, on ${file}`, () => {
      for (const format of ['text', 'json', 'github', 'sarif']) {
        const r = runCli(['check', '-f', file, '--format', format], {
          env: { REDIS_PASSWORD: PASSWORD },
        });
        expect(r.status, r.stderr).not.toBe(2);
        expect(r.stdout.length).toBeGreaterThan(0);
        expectNoSecret(r.stdout + r.stderr, `check --format ${format}`);
      }
      const config = runCli(['config', '-f', file], { env: { REDIS_PASSWORD: PASSWORD } });
      expect(config.status).toBe(0);
      expectNoSecret(config.stdout + config.stderr, 'config');
      // The password did reach the project: --show-secrets prints it, so the masking above was real.
      const shown = runCli(['config', '-f', file, '--show-secrets'], {
        env: { REDIS_PASSWORD: PASSWORD },
      });
      expect(shown.stdout).toContain(PASSWORD);
    });

    it(`action: log, annotations, summary, outputs, JSON and SARIF on ${file}`, () => {
      const r = runAction(
        { 'compose-file': file, probes: 'none' },
        { env: { REDIS_PASSWORD: PASSWORD } },
      );
      expect(r.status).not.toBe(2);
      // The runner hides what follows ::add-mask:: itself; every other line is ours.
      const masks = r.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
      expect(masks).toContain(`::add-mask::${PASSWORD}`);
      const ours = r.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
      expectNoSecret(ours + r.stderr, 'action log');
      expectNoSecret(r.summary, 'job summary');
      expectNoSecret(JSON.stringify(r.outputs), 'outputs');
      expectNoSecret(fs.readFileSync(r.outputs['report-json']!, 'utf8'), 'JSON report');
      expectNoSecret(fs.readFileSync(r.outputs.sarif!, 'utf8'), 'SARIF');
    });
  }
});
