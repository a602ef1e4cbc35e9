/**
 * The background's packaged data files (utils/packaged-data.ts), each through its own loader: read from the
 * extension's own package once, shared, retried after a failure, and never from another URL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
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

describe('the packaged ICD-10-CM descriptions (data/icd10cm-descriptions/)', () => {
  const folder = new URL('../public/data/icd10cm-descriptions/', import.meta.url);
  const index = JSON.parse(readFileSync(new URL('index.json', folder), 'utf8')) as { chunks: { prefix: string; file: string }[] };
  const chunks = index.chunks.map(({ file }) => {
    const gzipped = readFileSync(new URL(file, folder));
    return { file, gzipped: gzipped.byteLength, json: JSON.parse(gunzipSync(gzipped).toString('utf8')) as unknown };
  });

  it('holds exactly the chunks its index lists, each small enough to fetch for one letter', () => {
    expect(readdirSync(folder).sort()).toEqual(['index.json', ...index.chunks.map(({ file }) => file)].sort());
    for (const { file, gzipped } of chunks) expect(gzipped, file).toBeLessThan(64 * 1024);
  });

  it('describes every code of the packaged code table, in both fiscal years, and nothing else', async () => {
    const { createIcd10CmDescriptions } = await import('../rules/codes/icd10cm-descriptions');
    const { createIcd10CmLookup } = await import('../rules/codes/icd10cm-table');
    const { expandGroups } = await import('../rules/codes/icd10cm-data');
    const table = JSON.parse(readFileSync(new URL('../public/data/icd10cm.json', import.meta.url), 'utf8'));
    const lookup = createIcd10CmLookup(table);
    const descriptions = createIcd10CmDescriptions(chunks.map(({ json }) => json));
    const codes = [...expandGroups(table.base.billable), ...expandGroups(table.base.header), ...table.changes.flatMap((change: Record<string, string[]>) => [...change.addedBillable!, ...change.addedHeader!])];
    for (const date of ['2026-03-01', '2027-03-01']) {
      const undescribed = codes.filter((code) => (lookup.statusOn(code, date) === 'unknown') !== (descriptions.describe(code, date) === null));
      expect(undescribed, `codes on ${date} whose table status and description disagree`).toEqual([]);
    }
  });
});

describe('ownExtensionUrl', () => {
  it("gives the extension's own URL of a packaged file, and refuses any other", async () => {
    const { ownExtensionUrl } = await import('./packaged-data');
    expect(ownExtensionUrl('/data/icd10cm-descriptions/M.json.gz')).toBe('chrome-extension://test-extension-id/data/icd10cm-descriptions/M.json.gz');
    const ownUrl = fakeBrowser.runtime.getURL.bind(fakeBrowser.runtime);
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => (path === '/' ? ownUrl('/') : `https://cdn.example${path}`) as never);
    expect(() => ownExtensionUrl('/data/icd10cm-descriptions/M.json.gz')).toThrow(/refusing https:\/\/cdn\.example/);
  });
});
