import { defineConfig } from 'vitest/config';

// `pnpm test` runs every project: the server and cross-package tests (on PGlite and on a
// real PostgreSQL), and the widget's own tests.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server',
          include: ['shared/src/**/*.test.ts', 'migrations/src/**/*.test.ts', 'server/src/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      'widget/vitest.config.ts',
      {
        test: {
          name: 'e2e',
          include: ['tests/**/*.test.ts'],
          // The formation test runs alone: pnpm test:failover (vitest.failover.config.ts).
          exclude: ['tests/failover/**', '**/node_modules/**'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
