/**
 * A data file packaged with the extension (public/data/*.json -> /data/*.json) for the background, loaded once, on
 * the first check that needs it: the ICD-10-CM table, the NCCI edits. One loader so the guard that keeps these
 * reads inside the installed extension is written once.
 */
import { browser } from 'wxt/browser';

/**
 * A function that loads `path` and turns its JSON into a lookup with `create`; it gives undefined when the file
 * cannot be read (the checks then say "can't tell"). Concurrent and later calls share one load; after a failure the
 * next call tries again.
 */
export function packagedDataLoader<T>(path: `/data/${string}.json`, what: string, create: (json: unknown) => T): () => Promise<T | undefined> {
  let loading: Promise<T | undefined> | undefined;
  return () => {
    loading ??= loadPackaged(path, create).catch((error: unknown) => {
      console.warn(`ClaimLint: ${what} could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
      loading = undefined;
      return undefined;
    });
    return loading;
  };
}

async function loadPackaged<T>(path: `/data/${string}.json`, create: (json: unknown) => T): Promise<T> {
  const url = ownExtensionUrl(path);
  const response = await fetch(url); // packaged-file: only this extension's own /data/*.json, checked above
  if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
  return create(await response.json());
}

/**
 * The URL of a file packaged with the extension. Reads from it are files inside the installed extension
 * (chrome-extension:// or moz-extension://), not the network; any other URL is refused (throws), so a packaged
 * read can never become a request that leaves the browser.
 */
export function ownExtensionUrl(path: `/${string}`): string {
  const url = browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]);
  if (!isOwnExtensionUrl(url)) throw new Error(`refusing ${url}: not a file of this extension`);
  return url;
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
