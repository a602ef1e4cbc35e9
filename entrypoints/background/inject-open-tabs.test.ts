import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectIntoOpenTabs } from './inject-open-tabs';

const fakeScripting = fakeBrowser as unknown as { scripting: unknown };
const originalScripting = fakeScripting.scripting;
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(() => {
  fakeScripting.scripting = originalScripting;
});

describe('injectIntoOpenTabs', () => {
  it('gives the open tabs of granted sites the new content script, in every frame', async () => {
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: ['https://portal.example/*', 'chrome://favicon/*'], permissions: [] } as never);
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3 }, { id: 4, discarded: true }, { id: 5 }] as never);
    const execute = vi.fn().mockResolvedValueOnce([]).mockRejectedValueOnce(new Error('Frame with ID 0 is showing error page'));
    fakeScripting.scripting = { executeScript: execute };

    await expect(injectIntoOpenTabs()).resolves.toBe(1);
    expect(query).toHaveBeenCalledWith({ url: ['https://portal.example/*'] });
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 3, allFrames: true }, files: ['/content-scripts/claim.js'] });
    expect(execute).toHaveBeenCalledTimes(2);
  });

  it('touches no tab when no site is granted', async () => {
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [], permissions: [] } as never);
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    await expect(injectIntoOpenTabs()).resolves.toBe(0);
    expect(query).not.toHaveBeenCalled();
  });
});
