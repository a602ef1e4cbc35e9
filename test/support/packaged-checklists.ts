/**
 * Unit tests run without the built extension, so the background's packaged data/checklists.json (written by the
 * build) is not there to fetch: every test gets the same checklists from rules/checklists instead. The loader
 * itself is tested against the file the build writes (utils/checklists-loader.test.ts).
 */
import { vi } from 'vitest';

vi.mock('../../utils/checklists-loader', async () => {
  const { BUNDLED_CHECKLISTS } = await import('../../rules/checklists');
  return { loadBundledChecklists: async () => BUNDLED_CHECKLISTS };
});
