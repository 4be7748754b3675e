/**
 * Issue 13 §2: an `env_file` from outside the project directory (a host file
 * such as ../secrets/redis.env or /etc/...) would hand host contents to the
 * probe container. The plan refuses the service, naming the file; an env file
 * inside the project is kept. A variable the project environment takes from
 * an `--env-file` outside the project (the workflow's own file, e.g. one
 * generated under the runner's temp dir) is no env_file of the service: a
 * bare `- NAME` that passes it through is kept, not refused (a false refusal
 * would fail the gate). Through the real loader, no engine needed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/compose/index.js';
import { planIsolation } from '../../src/probes/isolation.js';
import { buildRedisModel } from '../../src/redis/index.js';

const root = mkdtempSync(join(tmpdir(), 'rr-env-file-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function plan(envFile: string, environment?: string[], envFiles?: string[]) {
  const dir = join(root, `p${Math.random().toString(36).slice(2, 8)}`);
  mkdirSync(join(dir, 'app'), { recursive: true });
  writeFileSync(join(dir, 'host.env'), 'HOST_ONLY=from-the-host\n');
  writeFileSync(join(dir, 'app', 'redis.env'), 'INSIDE=from-the-project\n');
  writeFileSync(
    join(dir, 'app', 'compose.yaml'),
    [
      'services:',
      '  redis:',
      '    image: redis:7.2',
      ...(envFile ? [`    env_file: ${envFile}`] : []),
      ...(environment ? ['    environment:', ...environment.map((e) => `      - ${e}`)] : []),
      '',
    ].join('\n'),
  );
  const project = await loadProject({
    files: [],
    projectDirectory: join(dir, 'app'),
    cwd: join(dir, 'app'),
    envFiles: envFiles?.map((f) => join(dir, f)),
    env: {},
  });
  const redis = buildRedisModel(project);
  return planIsolation(project, redis.services, {});
}

describe('probe isolation: env files', () => {
  it('refuses a service whose env_file lies outside the project directory', async () => {
    const p = await plan('../host.env');
    expect(p.services.map((s) => s.name)).toEqual([]);
    const issues = p.refused.get('redis') ?? [];
    expect(issues.map((i) => i.field)).toContain('environment.HOST_ONLY');
    expect(issues.map((i) => i.reason).join('\n')).toMatch(/outside the project directory/);
  });

  it('keeps an env_file inside the project', async () => {
    const p = await plan('./redis.env');
    expect(p.services.map((s) => s.name)).toEqual(['redis']);
    expect(p.refused.size).toBe(0);
  });

  it('keeps a variable passed through from an --env-file outside the project', async () => {
    const p = await plan('', ['HOST_ONLY', 'COPIED=${HOST_ONLY}'], ['host.env']);
    expect(p.issues).toEqual([]);
    expect(p.services.map((s) => s.name)).toEqual(['redis']);
    expect(p.services[0]!.config.environment).toEqual({
      HOST_ONLY: 'from-the-host',
      COPIED: 'from-the-host',
    });
  });

  it('still refuses that file when the service also names it as its env_file', async () => {
    const p = await plan('../host.env', undefined, ['app/redis.env']);
    expect(p.refused.get('redis')?.map((i) => i.field)).toContain('environment.HOST_ONLY');
  });
});
