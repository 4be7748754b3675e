import { defineConfig } from 'vitest/config';
import { filesToLeaveOut, HOW_TO_ENABLE } from './__tests__/outside-parts.js';

const leftOut = filesToLeaveOut(import.meta.dirname);
if (leftOut.files.length > 0) {
  console.warn(
    `redis-readiness: ${leftOut.files.length} test files skipped: no ${leftOut.missing.join(', ')} answers here; to run them: ${HOW_TO_ENABLE}`,
  );
}

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...leftOut.files],
    setupFiles: ['__tests__/setup.ts'],
    globalSetup: ['__tests__/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Probe tests share one Docker engine; files run in parallel but each
    // uses its own compose project name.
    pool: 'forks',
  },
});
