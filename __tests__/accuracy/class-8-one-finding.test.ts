/**
 * Issue 14, class 8: one fact, one finding, one fix. No rule reports twice at
 * one place; an empty --requirepass is one finding; every health rule offers
 * the same fix for one healthcheck.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/compose/index.js';
import type { Finding } from '../../src/findings.js';
import { buildRedisModel } from '../../src/redis/index.js';
import { RULES, type RuleContext } from '../../src/rules/index.js';
import { checkProject, yaml } from '../rules/load.js';

const REPO = resolve(import.meta.dirname, '../..');

/**
 * What the rules themselves return (runRules also drops repeats: this checks
 * that no rule relies on that).
 */
function ruleOutputs(ctx: RuleContext): Pick<Finding, 'rule' | 'service' | 'pos'>[] {
  return RULES.flatMap((r) => r.check(ctx).map((f) => ({ ...f, rule: r.id })));
}

function duplicates(findings: Pick<Finding, 'rule' | 'service' | 'pos'>[]): string[] {
  const seen = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.rule} ${f.service ?? '-'} ${f.pos.file}:${f.pos.line}:${f.pos.column}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([k, n]) => `${k} x${n}`);
}

describe('class 8: one finding per fact', () => {
  it.each([
    ['string command', '    command: redis-server --requirepass ${REDIS_AUTH:-secret}'],
    ['list command', '    command: ["redis-server", "--requirepass", "${REDIS_AUTH:-secret}"]'],
    ['one list item', '    command: ["redis-server", "--requirepass ${REDIS_AUTH:-secret}"]'],
    ['sh -c', '    command: sh -c "exec redis-server --requirepass ${REDIS_AUTH:-secret}"'],
  ])('a committed default password is reported once per rule (%s)', async (_, command) => {
    const c = await checkProject({
      'compose.yaml': yaml('services:', '  redis:', '    image: redis:7.4.2', command),
    });
    expect(c.of('auth-literal')).toHaveLength(1);
    expect(c.of('auth-weak')).toHaveLength(1);
    expect(c.of('auth-in-argv')).toHaveLength(1);
    expect(duplicates(ruleOutputs(c))).toEqual([]);
  });

  it.each([
    ['at the end', 'redis-server --appendonly yes --requirepass ${REDIS_PW}'],
    ['before another option', 'redis-server --requirepass ${REDIS_PW} --appendonly yes'],
  ])('an empty --requirepass %s is one finding, not config-invalid too', async (_, command) => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  redis:',
        '    image: redis:7.4.2',
        `    command: ${command}`,
      ),
    });
    expect(c.of('auth-unset-variable')).toHaveLength(1);
    expect(c.of('auth-unset-variable')[0]!.message).toMatch(/refuses to start/);
    expect(c.of('config-invalid')).toEqual([]);
    expect(c.findings.some((f) => /value\(s\), not 2/.test(f.message))).toBe(false);
    // The password is unknown (the deploy sets it), not "--appendonly".
    expect(c.of('auth-missing')).toEqual([]);
  });

  it('a real wrong number of values is still config-invalid', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  redis:',
        '    image: redis:7.4.2',
        '    command: ["redis-server", "--appendonly", "yes", "no"]',
      ),
    });
    expect(c.of('config-invalid')).toHaveLength(1);
  });

  it('health rules offer one fix that resolves them all (no kept incr)', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  redis:',
        '    image: redis:7.4.2',
        '    healthcheck:',
        '      test: ["CMD", "redis-cli", "--raw", "incr", "ping"]',
      ),
    });
    const fixes = ['health-lenient', 'health-writes'].map((r) => c.of(r)[0]?.fix?.replacement);
    expect(fixes).toEqual([
      '["CMD", "redis-cli", "-e", "--raw", "ping"]',
      '["CMD", "redis-cli", "-e", "--raw", "ping"]',
    ]);
  });

  it('with a password to send, every health rule offers the same authenticated ping', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  redis:',
        '    image: redis:7.4.2',
        '    command: ["sh", "-c", "exec redis-server --requirepass \\"$$PW\\""]',
        '    environment:',
        '      PW: ${PW:?set it}',
        '    healthcheck:',
        '      test: ["CMD", "redis-cli", "incr", "ping"]',
      ),
    });
    const rules = ['health-unauthenticated', 'health-lenient', 'health-writes'];
    const fixes = new Set(rules.map((r) => c.of(r)[0]?.fix?.replacement));
    expect(fixes).toEqual(
      new Set(['["CMD-SHELL", "REDISCLI_AUTH=\\"$$PW\\" redis-cli -e ping | grep -q PONG"]']),
    );
  });

  /** Every compose project the repository holds: examples, fixtures, the corpus when present. */
  function projects(): string[] {
    const roots = ['examples', '__tests__/fixtures/compose', '__tests__/fixtures/probes'];
    const out: string[] = [];
    for (const root of roots.map((r) => join(REPO, r))) {
      if (!existsSync(root)) continue;
      for (const name of readdirSync(root)) {
        const dir = join(root, name);
        if (statSync(dir).isDirectory()) out.push(dir);
      }
    }
    return out;
  }

  it.each(projects().map((p) => [p.slice(REPO.length + 1)]))(
    'guard: no two findings with the same rule, service and position in %s',
    async (dir) => {
      let findings: Pick<Finding, 'rule' | 'service' | 'pos'>[];
      try {
        const project = await loadProject({ files: [], cwd: join(REPO, dir), env: {} });
        findings = ruleOutputs({ project, redis: buildRedisModel(project) });
      } catch {
        return; // a project that needs files or variables from its test is checked there
      }
      expect(duplicates(findings)).toEqual([]);
    },
  );
});

describe('class 8: the rest of a line whose password vanished is read as written', () => {
  it('--appendonly yes after an empty --requirepass still counts for persistence', async () => {
    const c = await checkProject({
      'compose.yaml': yaml(
        'services:',
        '  redis:',
        '    image: redis:7.4.2',
        '    command: redis-server --requirepass ${REDIS_PW} --appendonly yes',
      ),
    });
    expect(c.of('auth-unset-variable')).toHaveLength(1);
    expect(c.of('persist-rdb-only')).toEqual([]);
    expect(c.of('config-invalid')).toEqual([]);
  });
});
