import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck, type CheckContext } from '../../src/check.js';
import { SEVERITY_RANK } from '../../src/findings.js';
import { SecretMasker } from '../../src/secrets.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const SEED = fs.readFileSync(path.join(REPO, 'examples/seed-stack/docker-compose.yml'), 'utf8');

function context(dir: string, overrides: Partial<CheckContext> = {}): CheckContext {
  return {
    load: { files: [], env: {}, cwd: dir },
    failOn: 'error',
    probes: [],
    timeoutSeconds: 60,
    pull: 'never',
    masker: new SecretMasker(),
    ...overrides,
  };
}

/** A copy of the seed stack, optionally edited, with an optional config file. */
function project(compose = SEED, config?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-engine-'));
  fs.writeFileSync(path.join(dir, 'docker-compose.yml'), compose);
  if (config !== undefined) fs.writeFileSync(path.join(dir, '.redis-readiness.yml'), config);
  return dir;
}

describe('runCheck on the seed stack', () => {
  it('finds what is wrong, most severe first, with counts that add up and a fail verdict', async () => {
    const report = await runCheck(context(project()));
    expect(report.result).toBe('fail');
    const rules = new Set(report.findings.map((f) => f.rule));
    for (const id of [
      'image-unpinned',
      'auth-unset-variable',
      'health-unauthenticated',
      'health-lenient',
      'health-writes',
      'port-public',
    ]) {
      expect(rules, id).toContain(id);
    }
    const ranks = report.findings.map((f) => SEVERITY_RANK[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(report.counts.error + report.counts.warning + report.counts.notice).toBe(
      report.findings.length,
    );
    expect(report.services.map((s) => s.name)).toEqual(['redis']);
    expect(report.services[0]!.consumers.sort()).toEqual(['backend', 'worker']);
    expect(report.rules.map((r) => r.id)).toContain('suppression-unused');
  });

  it('passes with fail-on never, and fails on warnings with fail-on warning', async () => {
    expect((await runCheck(context(project(), { failOn: 'never' }))).result).toBe('pass');
    const ready = path.join(REPO, 'examples/production-ready');
    const env = { REDIS_PASSWORD: 'a-long-enough-password-1234' };
    expect((await runCheck(context(ready, { load: { files: [], env, cwd: ready } }))).result).toBe(
      'pass',
    );
  });
});

describe('config file', () => {
  it('sets severities, turns rules off and ignores per service', async () => {
    const config = [
      'rules:',
      '  image-unpinned: error',
      '  health-writes: off',
      'ignore:',
      '  - service: redis',
      '    rules: [health-lenient]',
    ].join('\n');
    const report = await runCheck(context(project(SEED, config)));
    const find = (id: string) => report.findings.filter((f) => f.rule === id);
    expect(find('image-unpinned').map((f) => f.severity)).toEqual(['error']);
    expect(find('health-writes')).toEqual([]);
    expect(find('health-lenient')).toEqual([]);
    expect(report.rules.find((r) => r.id === 'health-writes')!.severity).toBe('off');
    expect(report.counts.suppressed).toBeGreaterThan(0);
  });

  it('development profile lowers port-public to a notice; an explicit rule setting still wins', async () => {
    const production = (await runCheck(context(project()))).findings.find(
      (f) => f.rule === 'port-public',
    )!;
    expect(production.severity).not.toBe('notice');
    const dev = await runCheck(context(project(SEED, 'profile: development\n')));
    expect(dev.profile).toBe('development');
    expect(dev.findings.filter((f) => f.rule === 'port-public').map((f) => f.severity)).toEqual([
      'notice',
    ]);
    const pinned = await runCheck(
      context(project(SEED, 'profile: development\nrules:\n  port-public: error\n')),
    );
    expect(pinned.findings.filter((f) => f.rule === 'port-public').map((f) => f.severity)).toEqual([
      'error',
    ]);
    const override = await runCheck(
      context(project(SEED, 'profile: development\n'), { strictness: 'production' }),
    );
    expect(override.findings.find((f) => f.rule === 'port-public')!.severity).toBe(
      production.severity,
    );
  });

  it('a role from the config file replaces the inferred one', async () => {
    const report = await runCheck(context(project(SEED, 'services:\n  redis:\n    role: cache\n')));
    expect(report.services[0]!.roles).toEqual(['cache']);
  });
});

describe('inline suppressions', () => {
  it('silence the finding on the next line and report an unused one as a notice', async () => {
    const baseline = await runCheck(context(project()));
    const port = baseline.findings.find((f) => f.rule === 'port-public')!;
    const lines = SEED.split('\n');
    const indent = /^\s*/.exec(lines[port.pos.line - 1]!)![0];
    // One comment right above the finding's line, one above a line with no finding of its rule.
    lines.splice(
      port.pos.line - 1,
      0,
      `${indent}# redis-readiness-disable-next-line port-public -- local only`,
    );
    lines.splice(0, 0, '# redis-readiness-disable-next-line persist-no-volume');
    const report = await runCheck(context(project(lines.join('\n'))));
    expect(report.findings.filter((f) => f.rule === 'port-public')).toEqual([]);
    expect(report.counts.suppressed).toBe(baseline.counts.suppressed + 1);
    const unused = report.findings.filter((f) => f.rule === 'suppression-unused');
    expect(unused.map((f) => [f.pos.line, f.severity])).toEqual([[1, 'notice']]);
  });
});

describe('secrets', () => {
  it('learns the passwords of the project (env, consumers, redis-password)', async () => {
    const masker = new SecretMasker();
    await runCheck(
      context(project(), {
        masker,
        redisPassword: 'given-by-input-99',
        load: { files: [], env: { REDIS_PASSWORD: 'from-env-password-7' }, cwd: project() },
      }),
    );
    expect(masker.mask('x from-env-password-7 given-by-input-99 y')).toBe('x *** *** y');
  });
});

describe('suppression-unused is configurable', () => {
  it('takes a severity from the config file, or off', async () => {
    const compose = `# redis-readiness-disable-next-line persist-no-volume\n${SEED}`;
    const warn = await runCheck(
      context(project(compose, 'rules:\n  suppression-unused: warning\n')),
    );
    expect(
      warn.findings.filter((f) => f.rule === 'suppression-unused').map((f) => f.severity),
    ).toEqual(['warning']);
    const off = await runCheck(context(project(compose, 'rules:\n  suppression-unused: off\n')));
    expect(off.findings.filter((f) => f.rule === 'suppression-unused')).toEqual([]);
  });
});

describe('probes: auto', () => {
  it('stays static, saying why, when no compose engine answers', async () => {
    const lines: string[] = [];
    const report = await runCheck(
      context(project(), {
        probes: 'auto',
        composeCommand: ['/nonexistent/compose'],
        log: (l) => lines.push(l),
      }),
    );
    expect(report.probes).toEqual([]);
    expect(lines.join('\n')).toMatch(/^probes: skipped \(.+\); static checks only/m);
  });
});

describe('a required variable left unset', () => {
  const ready = path.join(REPO, 'examples/production-ready');

  it('is only a variable-unset notice for a static check', async () => {
    const report = await runCheck(context(ready, { load: { files: [], env: {}, cwd: ready } }));
    const unset = report.findings.filter((f) => f.rule === 'variable-unset');
    expect(unset.map((f) => f.severity)).toEqual(['notice']);
    expect(report.findings.some((f) => f.rule === 'compose-invalid')).toBe(false);
    expect(report.result).toBe('pass');
  });

  it('is a compose-invalid error at its line when probes are to run, and the probes are skipped', async () => {
    const report = await runCheck(
      context(ready, { load: { files: [], env: {}, cwd: ready }, probes: ['ping', 'auth'] }),
    );
    const invalid = report.findings.filter((f) => f.rule === 'compose-invalid');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.severity).toBe('error');
    expect(invalid[0]!.message).toContain('REDIS_PASSWORD');
    expect(path.basename(invalid[0]!.pos.file)).toBe('docker-compose.yml');
    expect(invalid[0]!.pos.line).toBe(14);
    expect(report.findings.some((f) => f.rule === 'variable-unset')).toBe(false);
    expect(report.probes.map((p) => [p.probe, p.status])).toEqual([
      ['ping', 'skip'],
      ['auth', 'skip'],
    ]);
    expect(report.probes[0]!.summary).toContain('required variable REDIS_PASSWORD');
    expect(report.result).toBe('fail');
  });
});
