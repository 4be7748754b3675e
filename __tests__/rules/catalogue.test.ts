import { describe, expect, it } from 'vitest';
import { RULES, runRules } from '../../src/rules/index.js';
import { checkProject, yaml } from './load.js';

/**
 * The DESIGN.md catalogue is the contract (ids and default severities are
 * named by users' configs and suppressions): the registry must match it.
 */
const CATALOGUE: [string, string][] = [
  ['image-unpinned', 'warning'],
  ['image-unmaintained', 'warning'],
  ['port-public', 'error'],
  ['auth-missing', 'error'],
  ['auth-unset-variable', 'error'],
  ['auth-literal', 'warning'],
  ['auth-weak', 'warning'],
  ['auth-in-argv', 'notice'],
  ['auth-url-unsafe', 'warning'],
  ['acl-channels', 'error'],
  ['persist-no-volume', 'error'],
  ['persist-volume-undeclared', 'error'],
  ['persist-disabled', 'error'],
  ['persist-rdb-only', 'warning'],
  ['persist-stop-grace', 'notice'],
  ['health-missing', 'warning'],
  ['health-unauthenticated', 'error'],
  ['health-lenient', 'warning'],
  ['health-writes', 'notice'],
  ['memory-eviction', 'error'],
  ['memory-unbounded', 'warning'],
  ['config-invalid', 'error'],
  ['config-unloaded', 'warning'],
  ['config-bind-loopback', 'error'],
  ['consumer-host-unknown', 'error'],
  ['consumer-localhost', 'error'],
  ['consumer-no-password', 'error'],
  ['consumer-password-mismatch', 'error'],
  ['consumer-url-invalid', 'error'],
  ['consumer-unhealthy-dependency', 'warning'],
  ['ha-topology', 'notice'],
  ['compose-invalid', 'error'],
  ['variable-unset', 'notice'],
  ['probe-isolation', 'warning'],
];

describe('rule registry', () => {
  it('has exactly the catalogue ids with their default severities', () => {
    expect(RULES.map((r) => [r.id, r.defaultSeverity])).toEqual(CATALOGUE);
  });
  it('gives every rule a one-line summary', () => {
    for (const r of RULES) expect(r.summary, r.id).toMatch(/^\S[^\n]{10,}$/);
  });
});

describe('runRules', () => {
  const project = yaml(
    'services:',
    '  redis:',
    '    image: redis:latest',
    '    ports: ["6379:6379"]',
  );

  it('sorts the most severe first, then by position', async () => {
    const { findings } = await checkProject({ 'compose.yaml': project });
    const ranks = findings.map((f) => ({ error: 3, warning: 2, notice: 1 })[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(findings[0]!.severity).toBe('error');
  });

  it('applies severity overrides and turns rules off', async () => {
    const { project: loaded, redis } = await checkProject({ 'compose.yaml': project });
    const findings = runRules(
      { project: loaded, redis },
      { severities: { 'image-unpinned': 'error', 'port-public': 'off' } },
    );
    expect(findings.find((f) => f.rule === 'image-unpinned')?.severity).toBe('error');
    expect(findings.some((f) => f.rule === 'port-public')).toBe(false);
  });

  it('says when a finding is about a service outside the active profiles', async () => {
    const { findings } = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  redis:',
        '    image: redis:latest',
        '    profiles: [cache]',
      ),
    });
    const f = findings.find((x) => x.rule === 'image-unpinned');
    expect(f?.message).toMatch(/only starts with its profile/);
  });
});
