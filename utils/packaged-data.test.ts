/**
 * The background's packaged data files (utils/packaged-data.ts), each through its own loader: read from the
 * extension's own package once, shared, retried after a failure, and never from another URL.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

interface LoaderCase {
  name: string;
  file: string;
  /** A fresh copy of the loader's module, so each test starts without a cached load. */
  freshLoader: () => Promise<() => Promise<unknown>>;
  /** Something the loaded lookup must answer, proving it is the real table. */
  answers: (lookup: unknown) => void;
  /** What the warning says when the file is not in the expected shape. */
  corruptWarning: RegExp;
}

const CASES: LoaderCase[] = [
  {
    name: 'loadIcd10Cm',
    file: 'icd10cm.json',
    freshLoader: async () => (await import('./icd10cm-loader')).loadIcd10Cm,
    answers: (lookup) => expect((lookup as { statusOn(code: string, date: string): string }).statusOn('M54.5', '2026-03-01')).toBe('header'),
    corruptWarning: /ICD-10-CM table could not be loaded: .*not valid/,
  },
  {
    name: 'loadNcci',
    file: 'ncci.json',
    freshLoader: async () => (await import('./ncci-loader')).loadNcci,
    answers: (lookup) => expect((lookup as { pairOn(a: string, b: string, date: string): unknown }).pairOn('98941', '97140', '2025-05-01'))
      .toMatchObject({ kind: 'edit', edit: { modifierIndicator: 1 } }),
    corruptWarning: /NCCI edits could not be loaded: .*not in the expected shape/,
  },
];

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe.each(CASES)('$name (extension)', ({ file, freshLoader, answers, corruptWarning }) => {
  const packaged = readFileSync(new URL(`../public/data/${file}`, import.meta.url), 'utf8');

  it("fetches the extension's own packaged file once and shares the lookup", async () => {
    const fetchFile = vi.fn(async () => new Response(packaged));
    vi.stubGlobal('fetch', fetchFile);
    const load = await freshLoader();
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toBeDefined();
    expect(second).toBe(first);
    expect(await load()).toBe(first);
    expect(fetchFile).toHaveBeenCalledTimes(1);
    expect(fetchFile).toHaveBeenCalledWith(`chrome-extension://test-extension-id/data/${file}`);
    answers(first);
  });

  it('gives undefined when the file is missing or corrupt, and tries again next time', async () => {
    const fetchFile = vi.fn()
      .mockResolvedValueOnce(new Response('not found', { status: 404 }))
      .mockResolvedValueOnce(new Response('{"format":"something else"}'))
      .mockResolvedValueOnce(new Response(packaged));
    vi.stubGlobal('fetch', fetchFile);
    const load = await freshLoader();
    expect(await load()).toBeUndefined();
    expect(await load()).toBeUndefined();
    expect(console.warn).toHaveBeenLastCalledWith(expect.stringMatching(corruptWarning));
    expect(await load()).toBeDefined();
  });

  it("refuses a URL that is not the extension's own, without fetching it", async () => {
    const fetchFile = vi.fn(async () => new Response(packaged));
    vi.stubGlobal('fetch', fetchFile);
    const ownUrl = fakeBrowser.runtime.getURL.bind(fakeBrowser.runtime);
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) =>
      (path === '/' ? ownUrl('/') : `https://cdn.example/${path}`) as never);
    const load = await freshLoader();
    expect(await load()).toBeUndefined();
    expect(fetchFile).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/refusing https:\/\/cdn\.example/));
  });
});
