import { defineConfig } from 'vitest/config';

// `pnpm test:failover`: the pg_auto_failover formation test alone (tests/failover), run by
// .ci/run as its own step. It starts its own PostgreSQL servers, so no global setup.
export default defineConfig({
  test: {
    name: 'failover',
    include: ['tests/failover/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
