/**
 * The letter page's ICD-10-CM descriptions: the packaged gzip chunks (the real bytes in public/data), fetched from
 * the extension's own package and decompressed with DecompressionStream, only the chunks asked for.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const OWN = 'chrome-extension://test-extension-id/data/icd10cm-descriptions/';
const packaged = (file: string) => readFileSync(new URL(`../public/data/icd10cm-descriptions/${file}`, import.meta.url));
const servePackage = () => vi.fn(async (url: string) => new Response(packaged(url.slice(OWN.length))));
const freshLoader = async () => (await import('./icd10cm-descriptions-loader')).loadDescriptionsFor;

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('loadDescriptionsFor (extension)', () => {
  it("fetches the index and the asked codes' chunks from the extension's own package, once each", async () => {
    const fetchFile = servePackage();
    vi.stubGlobal('fetch', fetchFile);
    const loadDescriptionsFor = await freshLoader();
    const descriptions = await loadDescriptionsFor(['M54.2', 'L02.232']);
    expect(descriptions?.describe('M54.2')).toBe('Cervicalgia');
    expect(descriptions?.describe('L02.232', '2026-05-01')).toBe('Carbuncle of back [any part, except buttock]');
    expect(descriptions?.onDate('2026-11-02').describe('L02.232')).toBe('Carbuncle of back [any part, except buttock and flank]');
    await loadDescriptionsFor(['M54.50']);
    expect(fetchFile.mock.calls.map(([url]) => url)).toEqual([`${OWN}index.json`, `${OWN}M.json.gz`, `${OWN}L.json.gz`]);
  });

  it('gives undefined, with a warning, when a chunk is corrupt, and tries again next time', async () => {
    let swapped = false;
    const fetchFile = vi.fn(async (url: string) => {
      // The first M chunk served is another chunk's file, as a botched package would hold.
      const file = url.endsWith('M.json.gz') && !swapped ? 'E.json.gz' : url.slice(OWN.length);
      swapped ||= file === 'E.json.gz';
      return new Response(packaged(file));
    });
    vi.stubGlobal('fetch', fetchFile);
    const loadDescriptionsFor = await freshLoader();
    expect(await loadDescriptionsFor(['M54.2'])).toBeUndefined();
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/descriptions could not be loaded: .*M\.json\.gz holds chunk E, not M/));
    expect((await loadDescriptionsFor(['M54.2']))?.describe('M54.2')).toBe('Cervicalgia');
  });

  it('gives undefined when a file is missing or not gzip', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('not found', { status: 404 })));
    expect(await (await freshLoader())(['M54.2'])).toBeUndefined();
    vi.resetModules();
    vi.stubGlobal('fetch', vi.fn(async (url: string) => new Response(url.endsWith('.gz') ? '{"prefix":"M"}' : packaged('index.json'))));
    expect(await (await freshLoader())(['M54.2'])).toBeUndefined();
    expect(console.warn).toHaveBeenCalledTimes(2);
  });

  it("refuses a URL that is not the extension's own, without fetching it", async () => {
    const fetchFile = servePackage();
    vi.stubGlobal('fetch', fetchFile);
    const ownUrl = fakeBrowser.runtime.getURL.bind(fakeBrowser.runtime);
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) =>
      (path === '/' ? ownUrl('/') : `https://cdn.example${path}`) as never);
    expect(await (await freshLoader())(['M54.2'])).toBeUndefined();
    expect(fetchFile).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/refusing https:\/\/cdn\.example/));
  });
});
