import { defineConfig } from 'vitest/config';

// The store builds: `wxt build` for Chrome and for Firefox in production mode, the Firefox one linted as AMO lints
// it. Two production builds do not belong in the quick unit run (`npm run test:unit`); `npm test` runs them after it.
export default defineConfig({
  test: {
    include: ['test/store/**/*.test.ts'],
  },
});
