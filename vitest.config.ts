import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    // The store builds (vitest.store.config.ts) and the browser suite (vitest.e2e.config.ts) run on their own.
    exclude: ['node_modules/**', '.output/**', 'test/e2e/**', 'test/store/**'],
  },
});
