/**
 * Issue 13 §5: `extends: file: ./${SECRET}.yml` must not put the variable's
 * value in the error message, whatever the variable's name: a value from the
 * environment may be a secret whose name does not look like one. The message
 * names the file as written, at the `extends` entry.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/compose/index.js';
import { UnreadableInputError } from '../../src/compose/types.js';

const dir = mkdtempSync(join(tmpdir(), 'rr-extends-path-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failure(lines: string[], env: Record<string, string>) {
  writeFileSync(join(dir, 'compose.yaml'), [...lines, ''].join('\n'));
  return loadProject({ files: [join(dir, 'compose.yaml')], cwd: dir, env });
}

describe('an interpolated path in a message', () => {
  it('include: names the file as written', async () => {
    const error = await failure(
      ['include:', '  - ./${INFRA_TOKENX}.yml', 'services:', '  redis:', '    image: redis:7.2'],
      { INFRA_TOKENX: 'Qv7-value-from-outside' },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableInputError);
    expect((error as Error).message).not.toContain('Qv7-value-from-outside');
    expect((error as Error).message).toContain('${INFRA_TOKENX}.yml');
  });

  it('env_file: names the file as written', async () => {
    const project = await failure(
      ['services:', '  redis:', '    image: redis:7.2', '    env_file: ./${ENV_NAMEX}.env'],
      { ENV_NAMEX: 'Kp3-value-from-outside' },
    );
    const text = project.issues.map((i) => i.message).join('\n');
    expect(text).toContain('${ENV_NAMEX}.env');
    expect(text).not.toContain('Kp3-value-from-outside');
  });

  it('extends: names the file as written, never the value', async () => {
    writeFileSync(
      join(dir, 'compose.yaml'),
      [
        'services:',
        '  redis:',
        '    image: redis:7.2',
        '    extends:',
        '      file: ./${DEPLOY_KEYX}.yml',
        '      service: base',
        '',
      ].join('\n'),
    );
    const error = await loadProject({
      files: [join(dir, 'compose.yaml')],
      cwd: dir,
      env: { DEPLOY_KEYX: 'Zx9-value-from-outside' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableInputError);
    const e = error as UnreadableInputError;
    expect(e.message).not.toContain('Zx9-value-from-outside');
    expect(e.message).toContain('${DEPLOY_KEYX}.yml');
    expect(e.pos?.line).toBe(6); // the extends entry (its service line), in compose.yaml
  });
});
