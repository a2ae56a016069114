import { defineConfig } from 'vitest/config';

// The widget's own tests: pure logic in Node (delivery against a real local HTTP server,
// the outbox, language choice) and the bundle's size. Browser tests live in tests/.
export default defineConfig({
  test: {
    name: 'widget',
    include: ['src/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
  },
});
