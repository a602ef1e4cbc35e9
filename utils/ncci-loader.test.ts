import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const packaged = readFileSync(new URL('../public/data/ncci.json', import.meta.url), 'utf8');

/** A fresh copy of the module, so each test starts without a cached load. */
async function freshLoader() {
  vi.resetModules();
  return (await import('./ncci-loader')).loadNcci;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('loadNcci (extension)', () => {
  it("fetches the extension's own packaged file once and shares the lookup", async () => {
    const fetchFile = vi.fn(async () => new Response(packaged));
    vi.stubGlobal('fetch', fetchFile);
    const loadNcci = await freshLoader();
    const [first, second] = await Promise.all([loadNcci(), loadNcci()]);
    expect(first).toBeDefined();
    expect(second).toBe(first);
    expect(await loadNcci()).toBe(first);
    expect(fetchFile).toHaveBeenCalledTimes(1);
    expect(fetchFile).toHaveBeenCalledWith('chrome-extension://test-extension-id/data/ncci.json');
    expect(first?.pairOn('98941', '97140', '2025-05-01')).toMatchObject({ kind: 'edit', edit: { modifierIndicator: 1 } });
  });

  it('gives undefined when the file is missing or corrupt, and tries again next time', async () => {
    const fetchFile = vi.fn()
      .mockResolvedValueOnce(new Response('not found', { status: 404 }))
      .mockResolvedValueOnce(new Response('{"format":"something else"}'))
      .mockResolvedValueOnce(new Response(packaged));
    vi.stubGlobal('fetch', fetchFile);
    const loadNcci = await freshLoader();
    expect(await loadNcci()).toBeUndefined();
    expect(await loadNcci()).toBeUndefined();
    expect(console.warn).toHaveBeenLastCalledWith(expect.stringMatching(/NCCI edits could not be loaded: .*not in the expected shape/));
    expect(await loadNcci()).toBeDefined();
  });

  it("refuses a URL that is not the extension's own, without fetching it", async () => {
    const fetchFile = vi.fn(async () => new Response(packaged));
    vi.stubGlobal('fetch', fetchFile);
    const ownUrl = fakeBrowser.runtime.getURL.bind(fakeBrowser.runtime);
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) =>
      (path === '/' ? ownUrl('/') : `https://cdn.example/${path}`) as never);
    const loadNcci = await freshLoader();
    expect(await loadNcci()).toBeUndefined();
    expect(fetchFile).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/refusing https:\/\/cdn\.example/));
  });
});
