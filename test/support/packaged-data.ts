/**
 * Unit tests run without the built extension, so the background's packaged data files that the build writes
 * (data/checklists.json, data/site-adapters.json) are not there to fetch: every test gets the same data from its
 * source instead. The loaders themselves are tested against what the build writes (utils/*-loader.test.ts).
 */
import { vi } from 'vitest';

vi.mock('../../utils/checklists-loader', async () => {
  const { BUNDLED_CHECKLISTS } = await import('../../rules/checklists');
  return { loadBundledChecklists: async () => BUNDLED_CHECKLISTS };
});

vi.mock('../../utils/site-adapters-loader', async () => {
  const { BUNDLED_ADAPTERS } = await import('../../utils/fields/site-adapters');
  return { loadSiteAdapters: async () => BUNDLED_ADAPTERS };
});
