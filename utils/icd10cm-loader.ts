/**
 * The ICD-10-CM table for the extension's background: the file packaged with the extension
 * (public/data/icd10cm.json -> /data/icd10cm.json), loaded once, on the first check that needs it.
 */
import { browser } from 'wxt/browser';
import type { Icd10CmLookup } from '../rules/codes/icd10cm-lookup';
import { createIcd10CmLookup } from '../rules/codes/icd10cm-table';

const PACKAGED_PATH = '/data/icd10cm.json';

let loading: Promise<Icd10CmLookup | undefined> | undefined;

/**
 * The packaged ICD-10-CM lookup, or undefined when it cannot be read (the checks then say "can't tell").
 * Concurrent and later calls share one load; after a failure the next call tries again.
 */
export function loadIcd10Cm(): Promise<Icd10CmLookup | undefined> {
  loading ??= loadPackaged().catch((error: unknown) => {
    console.warn(`ClaimLint: the ICD-10-CM table could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    loading = undefined;
    return undefined;
  });
  return loading;
}

async function loadPackaged(): Promise<Icd10CmLookup> {
  const url = browser.runtime.getURL(PACKAGED_PATH);
  // This fetch reads a file inside the installed extension (chrome-extension:// or moz-extension://), not the
  // network. Anything else is refused, so this can never become a request that leaves the browser.
  if (!isOwnExtensionUrl(url)) throw new Error(`refusing ${url}: not a file of this extension`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${PACKAGED_PATH}: ${response.status} ${response.statusText}`);
  return createIcd10CmLookup(await response.json());
}

function isOwnExtensionUrl(url: string): boolean {
  const base = browser.runtime.getURL('/');
  try {
    const parsed = new URL(url);
    return /^(?:chrome|moz|safari-web)-extension:$/.test(parsed.protocol) && parsed.origin === new URL(base).origin;
  } catch {
    return false;
  }
}
