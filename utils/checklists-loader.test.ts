import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_CHECKLIST_DATA } from '../rules/checklists/bundled-data';
import { BUNDLED_CHECKLISTS } from '../rules/checklists';

// The setup file stands the checklists in for every other test; this one loads them as the background does.
vi.unmock('./checklists-loader');

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** What the build writes to data/checklists.json (wxt.config.ts). */
const packagedText = JSON.stringify(BUNDLED_CHECKLIST_DATA);

describe('the bundled checklists loaded from the packaged file', () => {
  it('are the checklists the command line checks with, compiled, loaded once', async () => {
    const fetch = vi.fn(async (_url: string) => new Response(packagedText));
    vi.stubGlobal('fetch', fetch);
    const { loadBundledChecklists } = await import('./checklists-loader');
    const [first, again] = await Promise.all([loadBundledChecklists(), loadBundledChecklists()]);
    expect(JSON.parse(JSON.stringify(first))).toEqual(JSON.parse(JSON.stringify(BUNDLED_CHECKLISTS)));
    expect(first[0]!.rules[0]!.run).toBeTypeOf('function');
    expect(again).toBe(first);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0]![0])).toMatch(/^chrome-extension:\/\/[^/]+\/data\/checklists\.json$/);
  });

  it('rejects when the file cannot be read, so no page is checked against no checklist', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('missing', { status: 404, statusText: 'Not Found' })));
    const { loadBundledChecklists } = await import('./checklists-loader');
    await expect(loadBundledChecklists()).rejects.toThrow('could not load its checklists');
  });
});
