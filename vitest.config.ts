import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    // The store builds (vitest.store.config.ts) and the browser suite (vitest.e2e.config.ts) run on their own.
    exclude: ['node_modules/**', '.output/**', 'test/e2e/**', 'test/store/**'],
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine. Most of a file's time is
    // loading modules, which two workers overlap (93 s → 62 s for the suite here); no unit test asserts timing.
    maxWorkers: 2,
    setupFiles: ['test/support/packaged-data.ts'],
  },
});
