import { describe, expect, it } from 'vitest';
import { ADAPTER_SITES, adapterIdsFor } from './adapter-sites';
import { adapterOverridesFor, BUNDLED_ADAPTERS } from './site-adapters';

describe('the adapter sites the content script knows without the adapters', () => {
  it('are every bundled adapter with its own URL patterns, in order', () => {
    expect(ADAPTER_SITES).toEqual(BUNDLED_ADAPTERS.map(({ id, urlPatterns }) => ({ id, urlPatterns })));
  });

  it('name an adapter exactly where its mappings apply', () => {
    for (const url of ['https://emr.example/interface/forms/prior_auth/new.php', 'file:///home/me/ptcareplan.html', 'https://portal.example/claim']) {
      expect(adapterIdsFor(url).length > 0).toBe(adapterOverridesFor(url).length > 0);
    }
  });
});
