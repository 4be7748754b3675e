// needs: redis-server
/**
 * A `rediss://` consumer's view: the probe sends the consumer's host name as
 * SNI and judges the server's certificate as the consumer's client would. The
 * certificates are made here with openssl (test-only, thrown away).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer, type TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { close, command, connect } from '../../src/probes/client.js';
import { judgeTls, tlsExpectation, tlsFacts, type TlsFacts } from '../../src/probes/tls.js';

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('what a rediss:// URL asks of the certificate', () => {
  it('reads ssl_cert_reqs, ssl_check_hostname and a CA of its own, as redis-py and kombu do', () => {
    expect(tlsExpectation('redis', {})).toEqual({ host: 'redis', verify: true, ownCa: false });
    expect(tlsExpectation('redis', { ssl_cert_reqs: 'CERT_NONE' }).verify).toBe(false);
    expect(tlsExpectation('redis', { ssl_cert_reqs: 'none' }).verify).toBe(false);
    expect(tlsExpectation('redis', { ssl_cert_reqs: 'required' }).verify).toBe(true);
    expect(tlsExpectation('redis', { ssl_check_hostname: 'true' }).checkHostname).toBe(true);
    expect(tlsExpectation('redis', { ssl_check_hostname: 'False' }).checkHostname).toBe(false);
    expect(tlsExpectation('redis', { ssl_ca_certs: '/certs/ca.pem' }).ownCa).toBe(true);
  });

  const facts = (over: Partial<TlsFacts> = {}): TlsFacts => ({
    protocol: 'TLSv1.3',
    subject: 'CN=redis',
    issuer: 'CN=redis',
    names: ['redis'],
    validFrom: 'Jan  1 00:00:00 2026 GMT',
    validTo: 'Jan  1 00:00:00 2027 GMT',
    publiclyTrusted: false,
    verifyError: 'DEPTH_ZERO_SELF_SIGNED_CERT',
    ...over,
  });
  const now = new Date('2026-06-01T00:00:00Z');

  it('fails an expired certificate for a client that verifies, whatever CA it trusts', () => {
    const expired = facts({ validTo: 'Jan  2 00:00:00 2026 GMT', verifyError: 'CERT_HAS_EXPIRED' });
    expect(judgeTls(expired, tlsExpectation('redis', {}), now).problem).toMatch(
      /not valid now \(valid Jan {2}1 00:00:00 2026 GMT to Jan {2}2 00:00:00 2026 GMT\)/,
    );
    // ssl_cert_reqs=none: the application takes it as it is.
    const off = judgeTls(expired, tlsExpectation('redis', { ssl_cert_reqs: 'none' }), now);
    expect(off.problem).toBeUndefined();
    expect(off.note).toMatch(/not verified: the URL says ssl_cert_reqs=none/);
  });

  it('notes, without failing, a chain no public CA signs: the application may trust its own CA', () => {
    const judged = judgeTls(facts(), tlsExpectation('redis', {}), now);
    expect(judged.problem).toBeUndefined();
    expect(judged.note).toMatch(
      /not signed by a public CA \(DEPTH_ZERO_SELF_SIGNED_CERT\): the application must trust its CA/,
    );
  });
});

describe('the certificate a TLS Redis shows a rediss:// consumer', () => {
  let dir: string;
  let server: ChildProcess;
  let port: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rr-tls-test-'));
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
          '-days',
          '2',
          '-subj',
          '/CN=redis',
          '-addext',
          'subjectAltName=DNS:redis',
        ],
        { stdio: 'pipe' },
      );
    } catch (error) {
      throw new Error(
        `this test makes its certificates with openssl (apt-get install openssl): ${error}`,
      );
    }
    port = await freePort();
    server = spawn(
      'redis-server',
      [
        '--port',
        '0',
        '--tls-port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--tls-cert-file',
        join(dir, 'cert.pem'),
        '--tls-key-file',
        join(dir, 'key.pem'),
        '--tls-auth-clients',
        'no',
        '--save',
        '',
        '--appendonly',
        'no',
      ],
      { stdio: 'ignore' },
    );
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        close(await connect({ host: '127.0.0.1', port, tls: true }, {}));
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  });

  afterAll(() => {
    server?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers PONG over TLS and shows a self-signed certificate for redis', async () => {
    const client = await connect({ host: '127.0.0.1', port, tls: { servername: 'redis' } }, {});
    try {
      expect(await command(client, ['PING'])).toBe('PONG');
      const facts = tlsFacts(client.stream as TLSSocket)!;
      expect(facts.names).toEqual(['redis']);
      expect(facts.publiclyTrusted).toBe(false);
      expect(facts.verifyError).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
      const asRedis = judgeTls(facts, tlsExpectation('redis', {}));
      expect(asRedis.problem).toBeUndefined();
      expect(asRedis.note).toMatch(/^TLS: TLSv1\.[23], SNI redis; certificate CN=redis for redis/);
      expect(asRedis.note).toMatch(/names the host redis$/);
      // A consumer that reaches it as "cache" and checks host names is refused.
      const asCache = judgeTls(facts, tlsExpectation('cache', { ssl_check_hostname: 'true' }));
      expect(asCache.problem).toBe(
        'the certificate is not for cache (it names redis) and the URL asks for ssl_check_hostname',
      );
      // Without that parameter, whether it is refused depends on the client's version: a note.
      expect(judgeTls(facts, tlsExpectation('cache', {})).problem).toBeUndefined();
    } finally {
      close(client);
    }
  });

  it("sends the consumer's host name as SNI, as its client does", async () => {
    const sni = await new Promise<string | false | null>((resolve, reject) => {
      const tlsServer = createTlsServer(
        {
          key: readFileSync(join(dir, 'key.pem')),
          cert: readFileSync(join(dir, 'cert.pem')),
        },
        (socket) => {
          resolve(socket.servername);
          socket.end('+PONG\r\n');
          tlsServer.close();
        },
      );
      tlsServer.listen(0, '127.0.0.1', () => {
        const { port: tlsPort } = tlsServer.address() as { port: number };
        connect({ host: '127.0.0.1', port: tlsPort, tls: { servername: 'redis' } }, {}).then(
          close,
          reject,
        );
      });
    });
    expect(sni).toBe('redis');
  });
});
