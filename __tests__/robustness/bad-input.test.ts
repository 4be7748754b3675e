/**
 * Issue 6, "Bad input": the CLI (from source, in process) on each kind of bad
 * input exits 2 with one message naming file and line, or 0/1 with findings
 * when the input is readable; never a stack trace. The cases that could blow
 * up in time or memory run the built CLI in a child with a 256 MB heap and a
 * timeout (bad-input-spawned.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInProcess, expectOneMessage, noise, project, STACK_TRACE } from './harness.js';

const CHECK = ['check', '-f', 'compose.yaml'];

describe('malformed YAML: exit 2, file:line:column, one line', () => {
  it.each([
    [
      'tabs in indentation',
      'services:\n  redis:\n\timage: redis:7.2\n',
      /^redis-readiness: compose\.yaml:3:1: is not valid YAML: Tabs are not allowed as indentation\. Fix the syntax at this line\.$/,
    ],
    [
      'an unclosed quote',
      'services:\n  redis:\n    image: "redis:7.2\n    command: redis-server\n',
      // At the opening quote, not at the end of the file where yaml notices it.
      /^redis-readiness: compose\.yaml:3:12: is not valid YAML: Missing closing "quote \(the value quoted here never ends\)\. Fix the syntax at this line\.$/,
    ],
    [
      'a duplicate key',
      'services:\n  redis:\n    image: redis:7.2\n    image: redis:7.4\n',
      /^redis-readiness: compose\.yaml:4:5: a key is defined twice in the same mapping \('image'\); Compose refuses this\. Keep one of them\.$/,
    ],
    [
      'a duplicate service (quoted keys count too)',
      'services:\n  redis:\n    image: redis:7.2\n  "redis":\n    image: redis:7.4\n',
      /^redis-readiness: compose\.yaml:4:3: a key is defined twice in the same mapping \('redis'\); Compose refuses this\. Keep one of them\.$/,
    ],
    [
      "an unclosed single quote with '' inside",
      "services:\n  redis:\n    image: redis:7.2\n    command: 'it''s\n    restart: always\n",
      /^redis-readiness: compose\.yaml:4:14: is not valid YAML: Missing closing 'quote \(the value quoted here never ends\)/,
    ],
    [
      'a flow sequence left open',
      'services:\n  redis:\n    image: redis:7.2\n    command: [redis-server, --appendonly, yes\n  app:\n    image: app:1\n',
      /^redis-readiness: compose\.yaml:\d+:\d+: is not valid YAML: .*end with a \]\. Fix the syntax at this line\.$/,
    ],
  ])('%s', async (_name, body, message) => {
    const r = await checkInProcess(project({ 'compose.yaml': body }), CHECK);
    expect(expectOneMessage(r)).toMatch(message);
  });
});

describe('files that are no compose text: exit 2 naming the file (and line)', () => {
  it('random bytes: binary data at the line of the first NUL', async () => {
    const bytes = noise(4096);
    const line = bytes.subarray(0, bytes.indexOf(0)).filter((b) => b === 0x0a).length + 1;
    const r = await checkInProcess(project({ 'compose.yaml': bytes }), CHECK);
    expect(expectOneMessage(r)).toBe(
      `redis-readiness: compose.yaml:${line}: compose file holds binary data (a NUL byte); it must be UTF-8 text. Check that this is the right file.`,
    );
  });

  it('Latin-1 text: not UTF-8, at the line of the first invalid byte', async () => {
    const latin1 = Buffer.from(
      'services:\n  redis:\n    image: redis:7.2\n    labels:\n      owner: José\n',
      'latin1',
    );
    const r = await checkInProcess(project({ 'compose.yaml': latin1 }), CHECK);
    expect(expectOneMessage(r)).toBe(
      'redis-readiness: compose.yaml:5: compose file is not valid UTF-8 text. Save it as UTF-8.',
    );
  });

  it('a UTF-8 BOM loads (compose accepts it): findings at the right lines', async () => {
    const r = await checkInProcess(
      project({ 'compose.yaml': '\uFEFFservices:\n  redis:\n    image: redis:7.2\n' }),
      [...CHECK, '--format', 'json'],
    );
    expect(r.code, r.stderr).toBe(1);
    const findings = JSON.parse(r.stdout).findings as { rule: string; line: number }[];
    expect(findings.find((f) => f.rule === 'auth-missing')?.line).toBe(3);
  });

  it('a directory given as the file', async () => {
    const dir = project({});
    fs.mkdirSync(path.join(dir, 'compose.yaml'));
    const r = await checkInProcess(dir, CHECK);
    expect(expectOneMessage(r)).toBe(
      'redis-readiness: compose.yaml: is a directory, not a compose file. Give the path of the file itself.',
    );
  });

  it('a directory given as the env file', async () => {
    const dir = project({ 'compose.yaml': 'services:\n  redis:\n    image: redis:7.2\n' });
    fs.mkdirSync(path.join(dir, 'env'));
    const r = await checkInProcess(dir, [...CHECK, '--env-file', 'env']);
    expect(expectOneMessage(r)).toBe(
      'redis-readiness: env: is a directory, not an env file. Give the path of the file itself.',
    );
  });

  it('a symlink loop', async () => {
    const dir = project({});
    fs.symlinkSync('b.yaml', path.join(dir, 'a.yaml'));
    fs.symlinkSync('a.yaml', path.join(dir, 'b.yaml'));
    fs.symlinkSync('a.yaml', path.join(dir, 'compose.yaml'));
    const r = await checkInProcess(dir, CHECK);
    expect(expectOneMessage(r)).toBe(
      'redis-readiness: compose.yaml: cannot read compose file (ELOOP: a symbolic link loop). Check the path and its permissions.',
    );
  });

  it('a missing file', async () => {
    const r = await checkInProcess(project({}), ['check', '-f', 'nowhere/compose.yaml']);
    expect(expectOneMessage(r)).toBe(
      'redis-readiness: nowhere/compose.yaml: cannot read compose file (no such file). Check the path and its permissions.',
    );
  });

  it('a file whose read fails (EIO from /proc/self/mem): the system error, not a crash', async () => {
    // The tests run as root, whom chmod 000 does not stop (see the next test):
    // /proc/self/mem stats as a regular file and fails every read from offset 0.
    const r = await checkInProcess(project({}), ['check', '-f', '/proc/self/mem']);
    expect(expectOneMessage(r)).toMatch(
      /^redis-readiness: \/proc\/self\/mem: cannot read compose file \(EIO: i\/o error, read\)\.$/,
    );
  });

  it('a file with mode 000: permission denied, or read as root reads it', async () => {
    const dir = project({ 'compose.yaml': 'services:\n  redis:\n    image: redis:7.2\n' });
    fs.chmodSync(path.join(dir, 'compose.yaml'), 0);
    const r = await checkInProcess(dir, CHECK);
    if (process.getuid?.() === 0) {
      // Root bypasses file modes, as `docker compose` run by root does: the file is checked.
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toContain('auth-missing');
    } else {
      expect(expectOneMessage(r)).toBe(
        'redis-readiness: compose.yaml: cannot read compose file (permission denied). Check the path and its permissions.',
      );
    }
  });

  it('a FIFO: refused at once, not waited on', async () => {
    const dir = project({});
    const fifo = path.join(dir, 'compose.yaml');
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [fifo]);
    const r = await checkInProcess(dir, CHECK);
    expect(expectOneMessage(r)).toBe(
      'redis-readiness: compose.yaml: cannot read compose file (not a regular file but a FIFO or socket). Check the path and its permissions.',
    );
  });

  it('/dev/null as an env file still reads as empty', async () => {
    const dir = project({ 'compose.yaml': 'services:\n  redis:\n    image: redis:7.2\n' });
    const r = await checkInProcess(dir, [...CHECK, '--env-file', '/dev/null']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toBe('');
  });
});

interface JsonFinding {
  rule: string;
  severity: string;
  service?: string;
  file: string;
  line: number;
  message: string;
}

async function findingsOf(files: Record<string, string | Buffer>): Promise<JsonFinding[]> {
  const r = await checkInProcess(project(files), [...CHECK, '--format', 'json']);
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr).not.toMatch(STACK_TRACE);
  return JSON.parse(r.stdout).findings as JsonFinding[];
}

describe('readable but wrong compose: exit 1 with findings, the check goes on', () => {
  it('an unknown top-level key is compose-invalid at its line; Redis is still checked', async () => {
    const findings = await findingsOf({
      'compose.yaml': 'services:\n  redis:\n    image: redis:7.2\nfoo: bar\n',
    });
    const invalid = findings.filter((f) => f.rule === 'compose-invalid');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toMatchObject({ severity: 'error', file: 'compose.yaml', line: 4 });
    expect(invalid[0]!.message).toContain('additional property "foo" is not allowed');
    expect(findings.some((f) => f.rule === 'auth-missing' && f.service === 'redis')).toBe(true);
  });

  it('a service with neither image nor build is compose-invalid at the service', async () => {
    const findings = await findingsOf({
      'compose.yaml':
        'services:\n  redis:\n    command: redis-server\n  cache:\n    restart: always\n',
    });
    const invalid = findings.filter((f) => f.rule === 'compose-invalid');
    expect(invalid.map((f) => [f.service, f.line])).toEqual([
      ['redis', 2],
      ['cache', 4],
    ]);
    for (const f of invalid)
      expect(f.message).toMatch(/has neither an image nor a build context specified/);
  });
});

describe('a redis.conf that does not parse: config-invalid findings, never a crash', () => {
  const service = (name: string, source: string) =>
    [
      `  ${name}:`,
      '    image: redis:7.2',
      '    command: ["redis-server", "/etc/redis/redis.conf"]',
      `    volumes: ["${source}:/etc/redis/redis.conf:ro"]`,
    ].join('\n');

  it('unbalanced quotes, a directory mounted as the conf, a binary conf', async () => {
    const dir = project({
      'compose.yaml': [
        'services:',
        service('quotes', './conf/quotes.conf'),
        service('dirconf', './conf/dir'),
        service('binconf', './conf/binary.conf'),
        '',
      ].join('\n'),
      'conf/quotes.conf': 'save 60 1\nrequirepass "unterminated\n',
      'conf/binary.conf': Buffer.concat([Buffer.from('port 6379\n'), noise(3000)]),
    });
    fs.mkdirSync(path.join(dir, 'conf/dir'));
    const r = await checkInProcess(dir, [...CHECK, '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const invalid = (JSON.parse(r.stdout).findings as JsonFinding[]).filter(
      (f) => f.rule === 'config-invalid',
    );
    const of = (s: string) => invalid.filter((f) => f.service === s);
    expect(of('quotes')).toMatchObject([{ file: 'conf/quotes.conf', line: 2, severity: 'error' }]);
    expect(of('quotes')[0]!.message).toContain('Unbalanced quotes');
    expect(of('dirconf')).toHaveLength(1);
    expect(of('dirconf')[0]!.message).toContain(
      '/etc/redis/redis.conf: is a directory on the host',
    );
    expect(of('dirconf')[0]!.file).toBe('compose.yaml');
    // One finding for the file, not one per line of garbage, and no raw bytes echoed.
    expect(of('binconf')).toHaveLength(1);
    expect(of('binconf')[0]).toMatchObject({ file: 'conf/binary.conf' });
    expect(of('binconf')[0]!.message).toContain('holds binary data (a NUL byte)');
  });
});

describe('how many Redis services', () => {
  it('none: exit 0, and a notice on stderr that nothing was checked (naming the compose files, not the env file)', async () => {
    const r = await checkInProcess(
      project({ 'compose.yaml': 'services:\n  app:\n    image: nginx:1.27\n', '.env': 'TAG=1\n' }),
      CHECK,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/: pass\n$/);
    expect(r.stderr).toBe(
      'redis-readiness: no Redis service found in compose.yaml: nothing was checked. A service counts as Redis by its image (redis, valkey, bitnami/redis, keydb, dragonfly, ...) or its command (redis-server); give the compose file that defines it (-f / compose-file).\n',
    );
  });

  it('twenty: every one checked, findings per service', async () => {
    const services = Array.from({ length: 20 }, (_, i) =>
      [
        `  redis${i}:`,
        `    image: ${i % 2 ? 'valkey/valkey:8.1' : 'redis:7.2'}`,
        `    ports: ["${7000 + i}:6379"]`,
      ].join('\n'),
    );
    const findings = await findingsOf({
      'compose.yaml': ['services:', ...services, ''].join('\n'),
    });
    const names = Array.from({ length: 20 }, (_, i) => `redis${i}`);
    for (const rule of ['auth-missing', 'port-public']) {
      const of = findings.filter((f) => f.rule === rule);
      expect(of.map((f) => f.service).sort(), rule).toEqual([...names].sort());
      // Each at its own service's lines.
      expect(new Set(of.map((f) => f.line)).size, rule).toBe(20);
    }
  });
});
