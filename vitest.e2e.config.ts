import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium with the test build loaded; one browser at a time on a 2-core machine.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
