/**
 * Issue 13 §5: secrets are masked where they are secrets, and never garbled
 * where they are not. The real bundled action and CLI:
 * - register no committed literal (examples/ and a fixture whose committed
 *   passwords are "redis", "plane" and ""): no `::add-mask::` of them, and
 *   service names, images and the tool name stay intact in every output;
 * - mask a password from outside (environment, untracked env file) in any
 *   letter case, also where a message lower-cases it;
 * - never print a secret in an env file's parse error.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle, REPO, runAction, runCli } from '../action/harness.js';

const PASSWORD = 'Zq8-Distinct-PW-41';
const FIXTURE = '__tests__/fixtures/security/secrets/docker-compose.yml';
const EXAMPLES = fs
  .readdirSync(path.join(REPO, 'examples'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `examples/${d.name}`)
  .filter((d) => fs.existsSync(path.join(REPO, d, 'docker-compose.yml')));

beforeAll(() => ensureBundle(), 600_000);

const masks = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l.startsWith('::add-mask::'))
    .map((l) => l.slice('::add-mask::'.length));

function expectNoPassword(text: string, where: string): void {
  for (const form of [PASSWORD, PASSWORD.toLowerCase(), PASSWORD.toUpperCase()])
    expect(text.includes(form), `${where} shows ${form}`).toBe(false);
}

describe('committed literals are never registered as secrets', () => {
  it.each(EXAMPLES)('the action over %s adds no mask (the environment holds no secret)', (dir) => {
    const r = runAction({ 'compose-file': `${dir}/docker-compose.yml`, probes: 'none' });
    expect(r.status, r.stdout).not.toBe(2);
    expect(masks(r.stdout)).toEqual([]);
  });

  it('a fixture of committed passwords ("redis", "plane", ""): no mask, identifiers intact', () => {
    const r = runAction(
      { 'compose-file': FIXTURE, probes: 'none', 'fail-on': 'never' },
      { env: { REDIS_PASSWORD: PASSWORD } },
    );
    expect(r.status, r.stdout).toBe(0);
    const added = masks(r.stdout);
    expect(added).toContain(PASSWORD);
    for (const literal of ['redis', 'plane', '""', 'postgres'])
      expect(added).not.toContain(literal);
    const json = JSON.parse(fs.readFileSync(r.outputs['report-json']!, 'utf8'));
    expect(json.services.map((s: { name: string }) => s.name)).toEqual(['redis']);
    expect(json.services[0].image).toBe('redis:7.2');
    expect(json.tool.name).toBe('redis-readiness');
    const sarif = JSON.parse(fs.readFileSync(r.outputs.sarif!, 'utf8'));
    expect(sarif.runs[0].tool.driver.name).toBe('redis-readiness');
    expect(r.stdout).not.toMatch(/\*\*\*-readiness|\[\*\*\*\]/);
  });
});

describe('a password from outside is masked in any letter case', () => {
  it('the action: log, summary, outputs, JSON and SARIF (a message lower-cases it)', () => {
    const r = runAction(
      { 'compose-file': FIXTURE, probes: 'none', 'fail-on': 'never' },
      { env: { REDIS_PASSWORD: PASSWORD } },
    );
    const ours = r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expectNoPassword(ours + r.stderr, 'log');
    expectNoPassword(r.summary, 'summary');
    expectNoPassword(JSON.stringify(r.outputs), 'outputs');
    expectNoPassword(fs.readFileSync(r.outputs['report-json']!, 'utf8'), 'JSON');
    expectNoPassword(fs.readFileSync(r.outputs.sarif!, 'utf8'), 'SARIF');
    // The runner masks case-sensitively: the forms our messages may take are registered too.
    expect(masks(r.stdout)).toContain(PASSWORD.toLowerCase());
  });

  it('the CLI, every format', () => {
    for (const format of ['text', 'json', 'github', 'sarif']) {
      const r = runCli(['check', '-f', FIXTURE, '--format', format, '--fail-on', 'never'], {
        env: { REDIS_PASSWORD: PASSWORD },
      });
      expect(r.status, r.stderr).toBe(0);
      expectNoPassword(r.stdout + r.stderr, format);
    }
  });
});

describe('env files', () => {
  let dir: string;
  beforeAll(() => {
    // Outside the repository: not tracked by git, as a file a workflow generates.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-sec-env-'));
    fs.copyFileSync(path.join(REPO, FIXTURE), path.join(dir, 'docker-compose.yml'));
  });

  it('an untracked env file: its password is registered', () => {
    fs.writeFileSync(path.join(dir, 'generated.env'), `REDIS_PASSWORD=${PASSWORD}\n`);
    const r = runAction(
      {
        'compose-file': path.join(dir, 'docker-compose.yml'),
        'env-file': path.join(dir, 'generated.env'),
        probes: 'none',
        'fail-on': 'never',
      },
      { workspace: dir },
    );
    expect(r.status, r.stdout).toBe(0);
    expect(masks(r.stdout)).toContain(PASSWORD);
  });

  it('a parse error never prints the value, in the action or the CLI', () => {
    fs.writeFileSync(
      path.join(dir, 'broken.env'),
      `REDIS_HOST=redis\nREDIS_PASSWORD="${PASSWORD}\n`,
    );
    const r = runAction(
      {
        'compose-file': path.join(dir, 'docker-compose.yml'),
        'env-file': path.join(dir, 'broken.env'),
        probes: 'none',
      },
      { workspace: dir },
    );
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/broken\.env:2/);
    const ours = r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expectNoPassword(ours, 'action');
    const c = runCli(['check', '-f', 'docker-compose.yml', '--env-file', 'broken.env'], {
      cwd: dir,
    });
    expect(c.status).toBe(2);
    expectNoPassword(c.stdout + c.stderr, 'CLI');
  });

  it('a committed env file is public: its literal is not registered', () => {
    const env = '__tests__/fixtures/security/secrets/committed.env';
    // Tracked by git (the test would prove nothing otherwise).
    execFileSync('git', ['ls-files', '--error-unmatch', env], { cwd: REPO, stdio: 'pipe' });
    const r = runAction({ 'compose-file': FIXTURE, 'env-file': env, probes: 'none' });
    expect(r.status, r.stdout).not.toBe(2);
    expect(masks(r.stdout)).toEqual([]);
  });
});

describe('identifiers are structured fields no masker touches', () => {
  it('a secret from outside that equals a service name leaves names, images and rule ids intact', () => {
    // An outside secret may be any string; the runner masks it in its log,
    // but the reports the action writes keep their identifiers readable.
    const r = runAction(
      { 'compose-file': FIXTURE, probes: 'none', 'fail-on': 'never' },
      { env: { REDIS_PASSWORD: PASSWORD, API_TOKEN: 'redis' } },
    );
    expect(r.status, r.stdout).toBe(0);
    const json = JSON.parse(fs.readFileSync(r.outputs['report-json']!, 'utf8'));
    expect(json.services[0].name).toBe('redis');
    expect(json.services[0].image).toBe('redis:7.2');
    expect(json.tool.name).toBe('redis-readiness');
    expect(json.findings.filter((f: { service?: string }) => f.service === 'redis').length).toBe(
      json.findings.filter(
        (f: { service?: string }) => f.service !== undefined && f.service !== 'db',
      ).length,
    );
    expect(json.findings.map((f: { docs: string }) => f.docs).join(' ')).not.toContain('***');
    const sarif = JSON.parse(fs.readFileSync(r.outputs.sarif!, 'utf8'));
    expect(sarif.runs[0].tool.driver.name).toBe('redis-readiness');
    expect(
      JSON.stringify(sarif.runs[0].tool.driver.rules.map((x: { id: string }) => x.id)),
    ).not.toContain('***');
    expect(r.summary).toContain('| redis |');
  });
});
