// needs: engine compose
/**
 * Issue 13 §2 and §5 on the real engine, through the CLI as a user runs it:
 * - a compose config or secret whose `file:` lies outside the project
 *   directory (an absolute path elsewhere, `../`, a symlink that points out)
 *   is host content: the service is refused for probing (probe-isolation),
 *   nothing is started and nothing is left behind;
 * - a password in a config file that git does not track (one the workflow
 *   generates) is a secret: when the server fails on that file and the
 *   probes print its log tail, the password is masked there in any letter
 *   case, in the text and the JSON report.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle, runCli } from '../action/harness.js';
import { engineChanges, engineSnapshot, requireEngine } from '../probes/helpers.js';

const PASSWORD = 'Log-Tail-Secret-7qZ3';
const LONG = 240_000;
const temps: string[] = [];

beforeAll(() => {
  requireEngine();
  ensureBundle();
}, 600_000);
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** A temp dir (outside any git repository, so its files are untracked) with `app/` as the project. */
function workspace(): { root: string; app: string } {
  const root = mkdtempSync(join(tmpdir(), 'rr-config-refs-engine-'));
  temps.push(root);
  mkdirSync(join(root, 'app'));
  return { root, app: join(root, 'app') };
}

const projectName = (stdout: string) =>
  /as compose project (redis-readiness-[a-z0-9]+)/.exec(stdout)?.[1];

function expectNoPassword(text: string, where: string): void {
  for (const form of [PASSWORD, PASSWORD.toLowerCase(), PASSWORD.toUpperCase()])
    expect(text.includes(form), `${where} shows ${form}`).toBe(false);
}

describe('compose configs and secrets on the real engine', () => {
  it(
    'refuses a config or secret file outside the project (absolute, ../, symlink out) and starts nothing',
    async () => {
      const { root, app } = workspace();
      writeFileSync(join(root, 'host.conf'), 'port 6379\n');
      symlinkSync(join(root, 'host.conf'), join(app, 'linked.conf'));
      writeFileSync(
        join(app, 'compose.yaml'),
        [
          'services:',
          '  redis:',
          '    image: redis:7-alpine',
          '    configs: [absolute, parent, {source: linked, target: /etc/linked.conf}]',
          '    secrets: [parent_secret]',
          'configs:',
          `  absolute: {file: ${join(root, 'host.conf')}}`,
          '  parent: {file: ../host.conf}',
          '  linked: {file: ./linked.conf}',
          'secrets:',
          '  parent_secret: {file: ../host.conf}',
          '',
        ].join('\n'),
      );
      const before = engineSnapshot();
      const r = runCli(
        [
          'check',
          '--probes',
          'health,ping',
          '--pull',
          'never',
          '--timeout',
          '30',
          '--fail-on',
          'never',
        ],
        { cwd: app },
      );
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/probe-isolation/);
      for (const name of [
        'configs absolute',
        'configs parent',
        'configs linked',
        'secrets parent_secret',
      ])
        expect(r.stdout).toContain(`${name} reads the host file`);
      expect(r.stdout).not.toMatch(/probes: starting/);
      expect(await engineChanges(before)).toEqual([]);
    },
    LONG,
  );

  it(
    'masks a password from an untracked config file in the container log tail, text and JSON',
    async () => {
      const { app } = workspace();
      // `requirepass` with a surplus word: the server refuses to start and
      // logs the offending line, password included.
      writeFileSync(join(app, 'redis.conf'), `port 6379\nrequirepass ${PASSWORD} Surplus\n`);
      writeFileSync(
        join(app, 'compose.yaml'),
        [
          'services:',
          '  redis:',
          '    image: redis:7-alpine',
          '    command: redis-server /usr/local/etc/redis/redis.conf',
          '    configs: [{source: rc, target: /usr/local/etc/redis/redis.conf}]',
          'configs:',
          '  rc: {file: ./redis.conf}',
          '',
        ].join('\n'),
      );
      for (const format of ['text', 'json']) {
        const before = engineSnapshot();
        const r = runCli(
          [
            'check',
            '--probes',
            'health',
            '--pull',
            'never',
            '--timeout',
            '30',
            '--fail-on',
            'never',
            '--format',
            format,
          ],
          { cwd: app },
        );
        expect(r.status, r.stderr).toBe(0);
        expectNoPassword(r.stdout + r.stderr, format);
        if (format === 'json') {
          const logs = JSON.parse(r.stdout).probeLogs.redis as string[];
          // The tail was printed, and it held the line with the password, masked.
          expect(logs.join('\n')).toMatch(/requirepass.*\*\*\*/i);
        }
        expect(await engineChanges(before, projectName(r.stdout + r.stderr))).toEqual([]);
      }
    },
    LONG,
  );
});
