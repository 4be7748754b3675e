/**
 * Issue 13 §5: a service's `env_file:` that git does not track comes from
 * outside the repository, so its passwords are secrets. The loader folds env
 * files into `environment`; they are found among the files it read.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/compose/index.js';
import { collectServiceEnvFileSecrets, SecretMasker } from '../../src/secrets.js';

const dir = mkdtempSync(join(tmpdir(), 'rr-service-env-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a service's untracked env_file", () => {
  it('registers its passwords, and nothing of the compose file', async () => {
    writeFileSync(join(dir, 'redis.env'), 'REDIS_PASSWORD=Untracked-Secret-99x\n');
    writeFileSync(
      join(dir, 'compose.yaml'),
      ['services:', '  redis:', '    image: redis:7.2', '    env_file: ./redis.env', ''].join('\n'),
    );
    const project = await loadProject({ files: [join(dir, 'compose.yaml')], cwd: dir, env: {} });
    const masker = new SecretMasker();
    collectServiceEnvFileSecrets(masker, project);
    expect(masker.mask('auth Untracked-Secret-99x for redis')).toBe('auth *** for redis');
  });
});
