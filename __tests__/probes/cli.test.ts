// needs: redis-server
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliScript, isErrorReply, parseCliOutput, shellQuote } from '../../src/probes/cli.js';

const PASSWORD = 'pw with \'quotes\' $HOME `x` "y"';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function runScript(script: string, env: Record<string, string>): string {
  // REDISCLI_AUTH set here must not leak into the "no credentials" step.
  return execFileSync('sh', ['-c', script], {
    env: { ...process.env, REDISCLI_AUTH: PASSWORD, ...env },
    encoding: 'utf8',
  });
}

describe('redis-cli scripts against a real redis-server', () => {
  let server: ChildProcess;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    // The password goes through a config on stdin so it is not in this test's argv either.
    server = spawn('redis-server', ['-'], { stdio: ['pipe', 'ignore', 'inherit'] });
    server.stdin!.end(
      `port ${port}\nbind 127.0.0.1\nsave ""\nappendonly no\nrequirepass "${PASSWORD.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"\n`,
    );
    const deadline = Date.now() + 10_000;
    for (;;) {
      const out = runScript(cliScript([{ id: 'p', args: ['PING'], passwordEnv: 'PW' }], { port }), {
        PW: PASSWORD,
      });
      if (parseCliOutput(out).get('p')?.output === 'PONG') break;
      if (Date.now() > deadline)
        throw new Error(
          'redis-server did not start (is redis-server installed? run .ci/rig/install-engine.sh)',
        );
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  afterAll(() => {
    server?.kill('SIGKILL');
  });

  it('sends no credentials, a wrong and the right password from env vars only', () => {
    const script = cliScript(
      [
        { id: 'none', args: ['PING'] },
        { id: 'wrong', args: ['PING'], passwordEnv: 'WRONG' },
        { id: 'right', args: ['PING'], passwordEnv: 'PW' },
        { id: 'value', args: ['SET', 'k', 'it\'s "odd" $x'], passwordEnv: 'PW' },
        { id: 'get', args: ['GET', 'k'], passwordEnv: 'PW' },
      ],
      { port },
    );
    expect(script).not.toContain(PASSWORD);
    const replies = parseCliOutput(runScript(script, { PW: PASSWORD, WRONG: 'nope' }));
    expect(replies.get('none')?.output).toMatch(/^NOAUTH/);
    expect(replies.get('wrong')?.output).toMatch(/WRONGPASS|AUTH failed/);
    expect(replies.get('right')?.output).toBe('PONG');
    expect(replies.get('get')?.output).toBe('it\'s "odd" $x');
    expect(isErrorReply(replies.get('none')!.output)).toBe(true);
    expect(isErrorReply(replies.get('right')!.output)).toBe(false);
  });

  it('says so when no server answers', () => {
    const closed = port + 1 === 65536 ? port - 1 : port + 1;
    const out = runScript(cliScript([{ id: 'p', args: ['PING'] }], { port: closed }), {});
    expect(parseCliOutput(out).get('p')?.output).toMatch(/Could not connect|Connection refused/);
  });

  it('times out a blocking command', () => {
    const out = runScript(
      cliScript([{ id: 's', args: ['SUBSCRIBE', 'ch'], passwordEnv: 'PW', timeoutSeconds: 1 }], {
        port,
      }),
      { PW: PASSWORD },
    );
    const reply = parseCliOutput(out).get('s');
    expect(reply?.output).toMatch(/subscribe/);
    expect(reply?.exitCode).not.toBe(0);
  });
});

describe('shellQuote', () => {
  it('round-trips any text through sh', () => {
    for (const text of ["a'b", '$(id)', '`x`', 'a b\nc', '', '\\']) {
      expect(
        execFileSync('sh', ['-c', `printf %s ${shellQuote(text)}`], { encoding: 'utf8' }),
      ).toBe(text);
    }
  });
});
