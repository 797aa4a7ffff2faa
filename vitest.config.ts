import { defineConfig } from 'vitest/config';

// Two cores and ~600 MB per PGlite: two workers at most. No timing assertions anywhere (DEVELOPERS.md).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    globalSetup: ['src/test/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    fileParallelism: true,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    environment: 'node',
  },
});
