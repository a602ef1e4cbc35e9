import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const packaged = readFileSync(new URL('../public/data/icd10cm.json', import.meta.url), 'utf8');

/** A fresh copy of the module, so each test starts without a cached load. */
async function freshLoader() {
  vi.resetModules();
  return (await import('./icd10cm-loader')).loadIcd10Cm;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('loadIcd10Cm (extension)', () => {
  it("fetches the extension's own packaged file once and shares the lookup", async () => {
    const fetchFile = vi.fn(async () => new Response(packaged));
    vi.stubGlobal('fetch', fetchFile);
    const loadIcd10Cm = await freshLoader();
    const [first, second] = await Promise.all([loadIcd10Cm(), loadIcd10Cm()]);
    expect(first).toBeDefined();
    expect(second).toBe(first);
    expect(await loadIcd10Cm()).toBe(first);
    expect(fetchFile).toHaveBeenCalledTimes(1);
    expect(fetchFile).toHaveBeenCalledWith('chrome-extension://test-extension-id/data/icd10cm.json');
    expect(first?.statusOn('M54.5', '2026-03-01')).toBe('header');
  });

  it('gives undefined when the file is missing or corrupt, and tries again next time', async () => {
    const fetchFile = vi.fn()
      .mockResolvedValueOnce(new Response('not found', { status: 404 }))
      .mockResolvedValueOnce(new Response('{"format":"something else"}'))
      .mockResolvedValueOnce(new Response(packaged));
    vi.stubGlobal('fetch', fetchFile);
    const loadIcd10Cm = await freshLoader();
    expect(await loadIcd10Cm()).toBeUndefined();
    expect(await loadIcd10Cm()).toBeUndefined();
    expect(console.warn).toHaveBeenLastCalledWith(expect.stringMatching(/ICD-10-CM table could not be loaded: .*not valid/));
    expect(await loadIcd10Cm()).toBeDefined();
  });

  it("refuses a URL that is not the extension's own, without fetching it", async () => {
    const fetchFile = vi.fn(async () => new Response(packaged));
    vi.stubGlobal('fetch', fetchFile);
    const ownUrl = fakeBrowser.runtime.getURL.bind(fakeBrowser.runtime);
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) =>
      (path === '/' ? ownUrl('/') : `https://cdn.example/${path}`) as never);
    const loadIcd10Cm = await freshLoader();
    expect(await loadIcd10Cm()).toBeUndefined();
    expect(fetchFile).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/refusing https:\/\/cdn\.example/));
  });
});
