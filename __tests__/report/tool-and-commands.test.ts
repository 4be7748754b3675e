import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { annotationCommand, annotationsFor, emitAnnotations } from '../../src/report/github.js';
import { TOOL_VERSION } from '../../src/report/tool.js';
import { BASE, finding, identity, sampleReport } from './fixtures.js';

describe('tool identity', () => {
  it('has the version of package.json', () => {
    const pkg = JSON.parse(
      fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'),
    );
    expect(TOOL_VERSION).toBe(pkg.version);
  });
});

describe('annotation workflow commands (CLI --format github)', () => {
  it('are exactly what @actions/core prints for the same annotation', () => {
    const report = sampleReport({
      findings: [
        finding({ rule: 'auth-weak', severity: 'warning', message: 'a, b: 50% weak\nsecond line' }),
        ...sampleReport().findings,
      ],
    });
    const annotations = annotationsFor(report, { baseDir: BASE, mask: identity });
    const printed: string[] = [];
    const spy = vi
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => {
        printed.push(String(chunk));
        return true;
      });
    try {
      emitAnnotations(annotations);
    } finally {
      spy.mockRestore();
    }
    const fromCore = printed.join('').trimEnd().split(/\r?\n/);
    expect(annotations.map(annotationCommand)).toEqual(fromCore);
    expect(fromCore[0]).toContain(
      '::warning title=auth-weak,file=deploy/docker-compose.yml,line=10,col=5::redis: a, b: 50%25 weak\\nsecond line',
      // A line break in a message is quoted (issue 13): it never reaches the runner as one.
    );
  });
});
