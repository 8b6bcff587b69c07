import { defineConfig } from 'vitest/config';

// One runner for the whole suite. CI has 2 cores: two workers, generous timeouts for
// tests that start LibreOffice, PostgreSQL or Chromium.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    globalSetup: ['test/helpers/global-setup.ts'],
  },
});
