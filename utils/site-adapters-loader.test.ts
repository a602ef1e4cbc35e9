import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_ADAPTER_DATA, BUNDLED_ADAPTERS } from './fields/site-adapters';

// The setup file stands the adapters in for every other test; this one loads them as the background does.
vi.unmock('./site-adapters-loader');

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the site adapters loaded from the packaged file', () => {
  it('are the bundled adapters, validated', async () => {
    // What the build writes to data/site-adapters.json (wxt.config.ts).
    vi.stubGlobal('fetch', vi.fn(async (_url: string) => new Response(JSON.stringify(BUNDLED_ADAPTER_DATA))));
    const { loadSiteAdapters } = await import('./site-adapters-loader');
    await expect(loadSiteAdapters()).resolves.toEqual(BUNDLED_ADAPTERS);
  });

  it('are none when the file does not hold valid adapters', async () => {
    vi.stubGlobal('fetch', vi.fn(async (_url: string) => new Response(JSON.stringify([{ id: 'x' }]))));
    const { loadSiteAdapters } = await import('./site-adapters-loader');
    await expect(loadSiteAdapters()).resolves.toBeUndefined();
  });
});
