/**
 * The NCCI edits for the extension's background: the file packaged with the extension (public/data/ncci.json ->
 * /data/ncci.json), loaded once, on the first check that needs it.
 */
import { browser } from 'wxt/browser';
import type { NcciLookup } from '../rules/codes/ncci-lookup';
import { createNcciLookup } from '../rules/codes/ncci-table';

const PACKAGED_PATH = '/data/ncci.json';

let loading: Promise<NcciLookup | undefined> | undefined;

/** The packaged NCCI lookup, or undefined when it cannot be read (the checks then say "can't tell"); one shared load. */
export function loadNcci(): Promise<NcciLookup | undefined> {
  loading ??= loadPackaged().catch((error: unknown) => {
    console.warn(`ClaimLint: the NCCI edits could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    loading = undefined;
    return undefined;
  });
  return loading;
}

async function loadPackaged(): Promise<NcciLookup> {
  const url = browser.runtime.getURL(PACKAGED_PATH);
  // A file inside the installed extension, never the network (same guard as the ICD-10-CM loader).
  const base = new URL(browser.runtime.getURL('/'));
  const parsed = new URL(url);
  if (!/^(?:chrome|moz|safari-web)-extension:$/.test(parsed.protocol) || parsed.origin !== base.origin) {
    throw new Error(`refusing ${url}: not a file of this extension`);
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${PACKAGED_PATH}: ${response.status} ${response.statusText}`);
  return createNcciLookup(await response.json());
}
