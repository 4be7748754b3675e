/**
 * Issue 13 §1: a hostile compose file cannot inject workflow commands,
 * Markdown or HTML. The real bundled action and the real CLI run on
 * __tests__/fixtures/security/injection, whose values carry forged commands
 * (`::error`, `::stop-commands`, `##[add-mask]`, a CR, a tab- or
 * em-space-indented `::`), Markdown links and images, and inline HTML.
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { knownRuleIds } from '../../src/check.js';
import { ensureBundle, runAction, runCli } from '../action/harness.js';
import { commandLookingLines, forgedCommandLines, runnerCommands } from './runner-commands.js';

const FIXTURE = '__tests__/fixtures/security/injection/docker-compose.yml';
const FORGED = /forged|pwned/i;
const ruleIds = new Set(knownRuleIds());

beforeAll(() => ensureBundle(), 600_000);

function expectNoForgedCommand(output: string, where: string): void {
  expect(forgedCommandLines(output, { ruleIds, forged: FORGED }), where).toEqual([]);
  // What the runner would act on: no forged annotation, mask, state or stop.
  for (const c of runnerCommands(output)) {
    expect(c.name, `${where}: ${c.line}`).not.toMatch(/save-state|set-output|set-env|add-path/);
    if (c.name === 'add-mask') expect(c.data, where).not.toBe('redis');
    if (!c.properties.title || !ruleIds.has(c.properties.title))
      expect(c.data, `${where}: ${c.line}`).not.toMatch(FORGED);
  }
}

describe('the action on a compose file full of forged workflow commands', () => {
  let run: ReturnType<typeof runAction>;
  beforeAll(() => {
    run = runAction({ 'compose-file': FIXTURE, probes: 'none', 'fail-on': 'never' });
  });

  it('still reports (the hostile values are data, not a crash)', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/memory-eviction/);
  });

  it('prints no line the runner would read as a command it did not write', () => {
    expectNoForgedCommand(run.stdout, 'stdout');
    expectNoForgedCommand(run.stderr, 'stderr');
  });

  it('shows the hostile value quoted on one line: \\n as an escape', () => {
    expect(run.stdout).toContain('allkeys-lru\\n::error::forged-directive');
  });

  it('echoes the text report between ::stop-commands::<random token> and ::<token>::', () => {
    const lines = run.stdout.split('\n');
    const start = lines.findIndex((l) => /^::stop-commands::[0-9a-f]{32}$/.test(l));
    expect(start, run.stdout).toBeGreaterThanOrEqual(0);
    const token = lines[start]!.slice('::stop-commands::'.length);
    const end = lines.indexOf(`::${token}::`);
    expect(end).toBeGreaterThan(start);
    expect(lines.slice(start, end).join('\n')).toContain('memory-eviction');
  });

  it('writes a job summary where no link, image or HTML from the input renders', () => {
    const s = run.summary;
    expect(s).toContain('memory-eviction');
    expect(s).not.toMatch(/(?<!\\)<img/i);
    expect(s).not.toMatch(/(?<!\\)!(?<!\\)\[/);
    expect(s).not.toMatch(/(?<!\\)\]\((?!https:\/\/github\.com\/redis-readiness)/);
    expect(s).not.toMatch(/https?:\/\/evil/);
    expect(s).not.toMatch(/(?<!\\)www\.evil/);
    expect(s).not.toMatch(/^\s*::/m);
  });

  it('writes JSON and SARIF that hold the values as they are, and no command marker', () => {
    for (const file of [run.outputs['report-json']!, run.outputs.sarif!]) {
      const text = fs.readFileSync(file, 'utf8');
      expect(commandLookingLines(text), file).toEqual([]);
      expect(() => JSON.parse(text)).not.toThrow();
    }
    const json = JSON.parse(fs.readFileSync(run.outputs['report-json']!, 'utf8'));
    const eviction = json.findings.find((f: { rule: string }) => f.rule === 'memory-eviction');
    expect(eviction.message).toContain('allkeys-lru\n::error::forged-directive');
  });
});

describe('the CLI on the same file', () => {
  for (const format of ['text', 'github', 'json', 'sarif']) {
    it(`--format ${format}: no forged command on stdout or stderr`, () => {
      const r = runCli(['check', '-f', FIXTURE, '--format', format, '--fail-on', 'never']);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/memory-eviction/);
      expectNoForgedCommand(r.stdout, `stdout (${format})`);
      expectNoForgedCommand(r.stderr, `stderr (${format})`);
      if (format === 'json' || format === 'sarif') expect(() => JSON.parse(r.stdout)).not.toThrow();
    });
  }

  it('running inside GitHub Actions, wraps the text report in stop-commands', () => {
    const r = runCli(['check', '-f', FIXTURE, '--fail-on', 'never'], {
      env: { GITHUB_ACTIONS: 'true' },
    });
    expect(r.stdout).toMatch(/^::stop-commands::[0-9a-f]{32}$/m);
    expectNoForgedCommand(r.stdout, 'stdout');
  });
});
