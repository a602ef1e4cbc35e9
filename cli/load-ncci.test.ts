import { describe, expect, it } from 'vitest';
import { loadNcci } from './load-ncci';

describe('loadNcci (command line)', () => {
  it('reads public/data/ncci.json from the package root, once', async () => {
    const ncci = await loadNcci();
    expect(ncci?.versionLabel).toBe('v302r0 (2024-07-01)');
    expect(ncci?.pairOn('98941', '97140', '2025-05-01')).toMatchObject({ kind: 'edit', edit: { column2: '97140', modifierIndicator: 1 } });
    expect(await loadNcci()).toBe(ncci);
  });
});
