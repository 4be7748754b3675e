import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    setupFiles: ['__tests__/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Probe tests share one Docker engine; files run in parallel but each
    // uses its own compose project name.
    pool: 'forks',
  },
});
