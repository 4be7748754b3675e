import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorsOf, validateReport, validateSarif } from '../report/schema-validators.js';
import { ensureBundle, locate, runAction, STACK_TRACE } from './harness.js';

const SEED = 'examples/seed-stack/docker-compose.yml';
const READY = 'examples/production-ready/docker-compose.yml';

beforeAll(() => ensureBundle(), 600_000);

/** Annotation commands printed on stdout, parsed. */
function annotations(stdout: string) {
  return [...stdout.matchAll(/^::(error|warning|notice) ([^:]*)::(.*)$/gm)].map((m) => ({
    kind: m[1]!,
    props: Object.fromEntries(m[2]!.split(',').map((kv) => kv.split('=') as [string, string])),
    message: m[3]!,
  }));
}

describe('the bundled action on examples/seed-stack', () => {
  const run = () => runAction({ 'compose-file': SEED, 'fail-on': 'error', probes: 'none' });
  let result: ReturnType<typeof runAction>;
  beforeAll(() => {
    result = run();
  });

  it('exits 1 and says why, without a stack trace', () => {
    expect(result.status, result.stderr + result.stdout).toBe(1);
    expect(result.stdout).toMatch(
      /^::error::Redis is not production-ready: \d+ errors?, \d+ warnings? \(fail-on: error\)/m,
    );
    expect(result.stdout).not.toMatch(STACK_TRACE);
  });

  it('prints annotations with file, line, column, title and a docs link, most severe first', () => {
    const list = annotations(result.stdout).filter((a) => a.props.title);
    expect(list.length).toBeGreaterThan(3);
    for (const a of list) {
      expect(a.props.file).toBe(SEED);
      expect(Number(a.props.line)).toBeGreaterThan(0);
      expect(Number(a.props.col)).toBeGreaterThan(0);
      expect(a.message).toMatch(/https:\/\/\S+\/docs\/rules\/[a-z-]+\.md$/);
    }
    const rank = { error: 3, warning: 2, notice: 1 } as const;
    const ranks = list.map((a) => rank[a.kind as keyof typeof rank]);
    expect(ranks).toEqual([...ranks].sort((x, y) => y - x));
    const image = locate(SEED, 'redis:alpine');
    expect(list).toContainEqual(
      expect.objectContaining({
        kind: 'warning',
        props: expect.objectContaining({
          title: 'image-unpinned',
          line: String(image.line),
          col: String(image.column),
        }),
      }),
    );
    const byTitle = (t: string) =>
      list.filter((a) => a.props.title === t).map((a) => Number(a.props.line));
    expect(byTitle('port-public')).toContain(locate(SEED, '"6379:6379"').line);
    expect(byTitle('health-writes')).toContain(locate(SEED, '"incr", "ping"').line);
    expect(byTitle('health-lenient')).toContain(locate(SEED, '"incr", "ping"').line);
    expect(byTitle('auth-unset-variable').length).toBeGreaterThan(0);
    expect(byTitle('health-unauthenticated').length).toBeGreaterThan(0);
  });

  it('writes the job summary and the outputs', () => {
    expect(result.summary).toMatch(/^## redis-readiness: ❌ fail/);
    expect(result.summary).toContain('#### redis');
    expect(result.summary).toContain('`image-unpinned`');
    expect(result.summary).toContain('<summary>Rules run</summary>');
    const o = result.outputs;
    expect(o.result).toBe('fail');
    expect(Number(o.errors)).toBeGreaterThan(0);
    expect(Number(o.warnings)).toBeGreaterThan(0);
    expect(o.notices).toMatch(/^\d+$/);
    expect(o.probes).toBe('[]');
    const errorAnnotations = annotations(result.stdout).filter(
      (a) => a.kind === 'error' && a.props.title,
    ).length;
    expect(errorAnnotations).toBe(Number(o.errors));
  });

  it('writes a JSON report valid against docs/report.schema.json, and a valid SARIF file', () => {
    const report = JSON.parse(fs.readFileSync(result.outputs['report-json']!, 'utf8'));
    expect(validateReport(report), errorsOf(validateReport.errors)).toBe(true);
    expect(report.result).toBe('fail');
    expect(report.findings[0].file).toBe(SEED);
    const sarif = JSON.parse(fs.readFileSync(result.outputs.sarif!, 'utf8'));
    expect(validateSarif(sarif), errorsOf(validateSarif.errors)).toBe(true);
    expect(sarif.runs[0].results.length).toBe(report.findings.length);
  });
});

describe('the bundled action on examples/production-ready', () => {
  it('exits 0 with result pass and no error or warning annotations', () => {
    const r = runAction(
      { 'compose-file': READY, 'sarif-file': 'out/results.sarif', probes: 'none' },
      { env: { REDIS_PASSWORD: 'a-long-enough-password-1234' } },
    );
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.result).toBe('pass');
    expect(r.outputs.errors).toBe('0');
    expect(r.outputs.warnings).toBe('0');
    expect(annotations(r.stdout).filter((a) => a.kind !== 'notice')).toEqual([]);
    expect(r.summary).toMatch(/^## redis-readiness: ✅ pass/);
    expect(r.outputs.sarif).toBe(
      path.join(path.resolve(import.meta.dirname, '../..'), 'out/results.sarif'),
    );
    fs.rmSync(path.dirname(r.outputs.sarif!), { recursive: true, force: true });
  });
});

describe('the bundled action in a working directory', () => {
  it('discovers the compose file there; annotations and SARIF stay repo-relative, the JSON report is relative to it', () => {
    const r = runAction({ 'working-directory': 'examples/seed-stack', probes: 'none' });
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(
      /^::warning title=image-unpinned,file=examples\/seed-stack\/docker-compose.yml,/m,
    );
    const report = JSON.parse(fs.readFileSync(r.outputs['report-json']!, 'utf8'));
    expect(report.findings[0].file).toBe('docker-compose.yml');
    const sarif = JSON.parse(fs.readFileSync(r.outputs.sarif!, 'utf8'));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(SEED);
  });
});

describe('the bundled action on bad input', () => {
  it('fails with one clear ::error when there is no compose file', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-empty-'));
    const r = runAction({}, { workspace: empty });
    expect(r.status).toBe(2);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/compose/i);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    expect(r.outputs).toEqual({});
  });

  it('names the file and line of malformed YAML, exit code 2', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-bad-'));
    fs.writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  redis:\n    image: [redis\n');
    const r = runAction({ 'compose-file': 'compose.yaml' }, { workspace: dir });
    expect(r.status).toBe(2);
    const error = r.stdout.split('\n').find((l) => l.startsWith('::error'));
    expect(error).toMatch(
      /^::error title=redis-readiness,file=compose.yaml,line=\d+,col=\d+::compose.yaml:\d+:\d+: /,
    );
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
  });

  it('rejects a bad input value with exit code 2', () => {
    const r = runAction({ 'compose-file': SEED, 'fail-on': 'sometimes' });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(
      "::error title=redis-readiness::input 'fail-on' must be one of error, warning, never; got 'sometimes'.",
    );
  });

  it('reports a config file error at its line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-config-'));
    fs.copyFileSync(
      path.resolve(import.meta.dirname, '../..', SEED),
      path.join(dir, 'docker-compose.yml'),
    );
    fs.writeFileSync(path.join(dir, '.redis-readiness.yml'), 'rules:\n  port-publik: off\n');
    const r = runAction({}, { workspace: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(
      "::error title=redis-readiness,file=.redis-readiness.yml,line=2,col=3::.redis-readiness.yml:2:3: unknown rule id 'port-publik'. Did you mean 'port-public'?",
    );
  });
});

describe('the post step', () => {
  it('does nothing, successfully, when main saved no probe state', () => {
    const r = runAction({}, { entry: 'dist/post/index.js' });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('::error');
    expect(r.stdout).not.toContain('::warning');
  });
});
