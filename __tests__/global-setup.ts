/**
 * The engine tests build the offline stand-in images they need, once per
 * run, when the engine answers (the script only checks when they are there
 * already). Without an engine the engine test files are left out (see
 * outside-parts.ts), so nothing is built.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { answers } from './outside-parts.js';

export default function setup(): void {
  if (!answers('engine')) return;
  execFileSync('bash', [join(import.meta.dirname, '../.ci/rig/build-redis-image.sh')], {
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 300_000,
  });
}
