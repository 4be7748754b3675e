// needs: redis-server
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  close,
  command,
  connect,
  ConnectFailure,
  pubSubRoundTrip,
  queueRoundTrip,
  replyText,
} from '../../src/probes/client.js';

// Test-only credentials of a throwaway server (never real secrets).
const PASSWORD = 'client-test-pw-7d2e';
const WORKER_PASSWORD = 'client-test-worker-3a9b';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function failure(promise: Promise<unknown>): Promise<ConnectFailure> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ConnectFailure);
    return error as ConnectFailure;
  }
  throw new Error('expected the connection to fail');
}

describe('the probes client against a real redis-server: fails as the application would', () => {
  let server: ChildProcess;
  let port: number;
  const at = () => ({ host: '127.0.0.1', port });

  beforeAll(async () => {
    port = await freePort();
    server = spawn('redis-server', ['-'], { stdio: ['pipe', 'ignore', 'inherit'] });
    // An ACL user like a Celery worker whose role forgot channels (resetchannels).
    server.stdin!.end(
      [
        `port ${port}`,
        'bind 127.0.0.1',
        'save ""',
        'appendonly no',
        'databases 4',
        `requirepass ${PASSWORD}`,
        `user worker on >${WORKER_PASSWORD} ~* resetchannels +@all`,
        '',
      ].join('\n'),
    );
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        close(await connect(at(), { password: PASSWORD }));
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  });

  afterAll(() => {
    server?.kill('SIGKILL');
  });

  it('logs in with the right password and answers PONG', async () => {
    const client = await connect(at(), { password: PASSWORD });
    try {
      expect(await command(client, ['PING'])).toBe('PONG');
    } finally {
      close(client);
    }
  });

  it('without credentials: the connection opens, and PING gets NOAUTH', async () => {
    const client = await connect(at(), {});
    try {
      expect(await command(client, ['PING'])).toMatch(/^NOAUTH/);
    } finally {
      close(client);
    }
  });

  it('refuses a wrong password and a wrong user at login', async () => {
    const wrong = await failure(connect(at(), { password: 'not-it' }));
    expect(wrong.kind).toBe('refused-auth');
    expect(wrong.message).toMatch(/WRONGPASS/);
    const user = await failure(connect(at(), { username: 'nobody', password: PASSWORD }));
    expect(user.kind).toBe('refused-auth');
    expect(user.message).toMatch(/WRONGPASS/);
  });

  it('refuses a db index the server does not have, as SELECT does for the application', async () => {
    const db = await failure(connect(at(), { password: PASSWORD, db: 9 }));
    expect(db.kind).toBe('db');
    expect(db.message).toMatch(/^SELECT 9: ERR DB index is out of range/);
    close(await connect(at(), { password: PASSWORD, db: 3 }));
  });

  it('fails a rediss:// connection to a server that does not speak TLS', async () => {
    const tls = await failure(connect({ ...at(), tls: true }, { password: PASSWORD }));
    expect(tls.message).toMatch(/^Could not connect to 127\.0\.0\.1:\d+: /);
  });

  it('says "Connection refused" where nothing listens', async () => {
    const closed = await freePort();
    const refused = await failure(connect({ host: '127.0.0.1', port: closed }, {}));
    expect(refused.kind).toBe('refused');
    expect(refused.message).toBe(`Could not connect to 127.0.0.1:${closed}: Connection refused`);
  });

  it('leaves no timer behind after a refused connection or a closed one (the CLI exits when done)', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timers();
    const closed = await freePort();
    for (let i = 0; i < 3; i++) await failure(connect({ host: '127.0.0.1', port: closed }, {}));
    await failure(connect(at(), { password: 'wrong' }));
    const client = await connect(at(), { password: PASSWORD });
    await command(client, ['PING']);
    close(client);
    await new Promise((r) => setTimeout(r, 50));
    expect(timers()).toBe(before);
  });

  it('moves a task through a list (LPUSH, BRPOP with a timeout)', async () => {
    const client = await connect(at(), { password: PASSWORD });
    try {
      const trip = await queueRoundTrip(client, 'client-test:queue');
      expect(trip).toMatchObject({ ok: true });
      expect(trip.evidence).toBe('LPUSH -> 1, BRPOP 1 -> the task');
    } finally {
      close(client);
    }
  });

  it('delivers a Pub/Sub message for the default user, and not for a user without channels', async () => {
    const allowed = await pubSubRoundTrip(at(), { password: PASSWORD }, 'client-test:ch');
    expect(allowed).toMatchObject({ ok: true });
    const denied = await pubSubRoundTrip(
      at(),
      { username: 'worker', password: WORKER_PASSWORD },
      'client-test:ch',
    );
    expect(denied.ok).toBe(false);
    expect(denied.evidence).toMatch(/NOPERM/);
  });

  it('prints replies as redis-cli does without a terminal', () => {
    expect(replyText(null)).toBe('');
    expect(replyText(['maxmemory', '0'])).toBe('maxmemory\n0');
    expect(replyText(Buffer.from('x'))).toBe('x');
    expect(replyText(3)).toBe('3');
  });
});
