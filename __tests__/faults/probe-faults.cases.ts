import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runProbes } from '../../src/probes/index.js';
import type { ProbeState } from '../../src/probes/types.js';
import { FIXTURE_PASSWORD, leftovers, loadFixture, maskWith } from '../probes/helpers.js';
import { probeFixture, result } from '../probes/run-helpers.js';

/** Fault fixtures live beside the probe fixtures; the probe helpers resolve names from there. */
const FAULTS = '../faults';
const LONG = 120_000;

const docker = (...args: string[]) => execFileSync('docker', args, { encoding: 'utf8' }).trim();

/** faults during probes (registered inside the one concurrent suite of faults.test.ts). */
export function registerProbeFaults(): void {
  it(
    'engine stops answering after up: each probe that needs it fails saying so, the sweep removes everything',
    async () => {
      // Stopping the shared dockerd would break every other test running in
      // parallel, and a second dockerd costs seconds to start and needs
      // root-only setup; a compose command that starts answering like a
      // stopped engine after `version` and `up` is quick and deterministic.
      // The docker CLI itself (inspect, the teardown sweep) keeps working,
      // as it does once the engine is back.
      const dir = mkdtempSync(join(tmpdir(), 'rr-fault-engine-'));
      const counter = join(dir, 'calls');
      const wrapper = join(dir, 'compose');
      writeFileSync(counter, '0');
      writeFileSync(
        wrapper,
        [
          '#!/bin/sh',
          `n=$(( $(cat '${counter}') + 1 )); echo "$n" > '${counter}'`,
          'if [ "$n" -gt 2 ]; then',
          '  echo "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?" >&2',
          '  exit 1',
          'fi',
          'exec docker compose "$@"',
          '',
        ].join('\n'),
      );
      chmodSync(wrapper, 0o755);
      try {
        const { project, redis } = await loadFixture('ready');
        const states: ProbeState[] = [];
        const started = Date.now();
        const run = await runProbes({
          project,
          redis,
          probes: ['health', 'ping', 'persistence'],
          timeoutSeconds: 5,
          pull: 'never',
          composeCommand: [wrapper],
          mask: maskWith([FIXTURE_PASSWORD]),
          saveState: (s) => states.push(s),
        });
        expect(Number(readFileSync(counter, 'utf8'))).toBeGreaterThan(2);
        expect(Date.now() - started).toBeLessThan(60_000);
        const byProbe = new Map(run.results.map((r) => [r.probe, r]));
        expect(byProbe.get('health')?.status).toBe('pass'); // decided by `up` and inspect
        // ping talks to Redis itself, from the runner: it needs no compose.
        expect(byProbe.get('ping')?.status).toBe('pass');
        // persistence re-creates the container through compose, which fails.
        const p = byProbe.get('persistence')!;
        expect(p.status, JSON.stringify(p)).toBe('fail');
        expect(p.summary).toMatch(/^up -d --no-deps --force-recreate .* failed: exit 1: /);
        expect(p.summary).toMatch(/Cannot connect to the Docker daemon/);
        expect(JSON.stringify(run)).not.toContain(FIXTURE_PASSWORD);
        expect(leftovers(states[0]!.projectName)).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    LONG,
  );

  it(
    'Redis container killed mid-probe: persistence fails naming the stopped container',
    async () => {
      const { project, redis } = await loadFixture('ready');
      const states: ProbeState[] = [];
      let killed = '';
      const run = await runProbes({
        project,
        redis,
        probes: ['persistence'],
        timeoutSeconds: 5,
        pull: 'never',
        mask: maskWith([FIXTURE_PASSWORD]),
        saveState: (s) => states.push(s),
        log: (line) => {
          // Right after the probe's restart step: the next read finds the container gone.
          if (line.startsWith('restart ') && !killed) {
            killed = docker(
              'ps',
              '-q',
              '--filter',
              `label=com.docker.compose.project=${states[0]!.projectName}`,
            );
            docker('kill', killed);
          }
        },
      });
      expect(killed).not.toBe('');
      const p = run.results.find((r) => r.probe === 'persistence')!;
      expect(p.status).toBe('fail');
      expect(p.summary).toMatch(
        /^Redis did not answer after the restart: the container is exited \(exit code 137\): Redis is not running; its last log line: .* \(was the container stopped or killed meanwhile\?\)$/,
      );
      expect(p.evidence.join('\n')).toMatch(/configuration: AOF on/);
      expect(run.logs.redis?.join('\n')).toMatch(/Ready to accept connections/);
      expect(JSON.stringify(run)).not.toContain(FIXTURE_PASSWORD);
      expect(leftovers(states[0]!.projectName)).toEqual([]);
    },
    LONG,
  );

  it(
    'image missing with pull never: one clear failure naming the image and the fix',
    async () => {
      const run = await probeFixture(`${FAULTS}/image-missing`, ['health', 'ping'], {
        timeoutSeconds: 5,
      });
      const health = result(run, 'health');
      expect(health.status).toBe('fail');
      expect(health.summary).toBe(
        'the image redis:0.0.0-redis-readiness-missing is not on this machine and was not pulled: ' +
          'pull or build it before the probes (docker pull redis:0.0.0-redis-readiness-missing), or run them with pull: missing',
      );
      expect(health.evidence.join('\n')).toMatch(
        /No such image: redis:0\.0\.0-redis-readiness-missing/,
      );
      // One failure, not the same one from every probe.
      expect(result(run, 'ping')).toMatchObject({
        status: 'skip',
        summary: 'not run: the container was never created (see the health probe)',
      });
    },
    LONG,
  );

  it(
    'compose timing out: a service never healthy fails within the timeout, torn down',
    async () => {
      const started = Date.now();
      const run = await probeFixture('never-healthy', ['health', 'ping'], { timeoutSeconds: 5 });
      expect(Date.now() - started).toBeLessThan(45_000);
      const health = result(run, 'health');
      expect(health.status).toBe('fail');
      expect(health.summary).toBe(
        'not healthy (status: unhealthy): its check failed 2 times in a row once Redis answered (retries: 2); last check printed: Could not connect to Redis at 127.0.0.1:6390: Connection refused',
      );
      // The container log tail is plain text: no terminal control sequences from compose.
      expect(run.run.logs.redis?.join('\n')).toMatch(/Ready to accept connections/);
      expect(run.run.logs.redis?.join('\n')).not.toContain('\u001b');
    },
    LONG,
  );

  it(
    'disk full on the data volume: persistence reports that Redis cannot write',
    async () => {
      const run = await probeFixture(`${FAULTS}/disk-full`, ['health', 'persistence'], {
        timeoutSeconds: 5,
      });
      const p = result(run, 'persistence');
      expect(p.status).toBe('fail');
      expect(p.summary).toBe(
        'Redis cannot persist writes: MISCONF Errors writing to the AOF file: No space left on device (the data volume is full: give it more space)',
      );
      expect(result(run, 'health').status).toBe('pass');
    },
    LONG,
  );
}
