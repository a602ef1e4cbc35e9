/**
 * `--render`: pages that build their form with JavaScript (single-page apps, portals that fetch the claim after
 * load) are empty to a static HTML parser. This opens the page in headless Chromium (found as the demo finds it),
 * waits until its DOM has been quiet for a moment, and runs the content script's own scan inside it; its documents
 * are then read here as the background reads them, so the snapshot is what the extension would check. Nothing is sent anywhere but the browser this process starts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { fieldPlaceSchema, snapshotSchema, type Snapshot } from '../rules/schema';
import { pageDocumentSchema } from '../utils/messages';
import { readScannedPage } from '../utils/fields/read-page';
import { InputError } from './load-html';
import { packageRoot } from './package-root';
import { documentReadOptions } from './read-document';

/** What the page's scan hands back: the content script's snapshot and its documents' text (utils/fields/scan-page.ts). */
const scannedPageSchema = z.object({
  snapshot: snapshotSchema,
  documents: z.array(z.object({ page: pageDocumentSchema, place: fieldPlaceSchema })),
});

/** The DOM counts as rendered after this long without a change… */
const QUIET_MS = 500;
/** …or after this long in all, for a page that never stops changing (a clock, a spinner). */
const MAX_WAIT_MS = 10_000;
const NAVIGATION_TIMEOUT_MS = 30_000;

/** True for what --render reads from the network: a page on a web server (a local one, typically). */
export function isWebAddress(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** Renders a saved page or a web address and reads its fields as the extension would. InputError on bad input. */
export async function snapshotOfRenderedPage(source: string): Promise<Snapshot> {
  const url = isWebAddress(source) ? source : fileUrlOf(source);
  const collector = await collectorScript();
  const { chromium } = await import('playwright-core');
  const { findChromium } = await import('../scripts/support/launch-chromium');
  let executablePath: string;
  try {
    executablePath = findChromium();
  } catch (error) {
    throw new InputError(`--render needs a browser: ${error instanceof Error ? error.message : String(error)}`);
  }
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(url, { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS });
    } catch {
      // The browser's own error names the address and may quote the page; say what failed in ClaimLint's words.
      throw new InputError(`${source}: the page did not load in headless Chromium`);
    }
    await page.evaluate(WAIT_FOR_QUIET_DOM);
    await page.evaluate(collector);
    const read: unknown = await page.evaluate('globalThis.claimlintCollect()');
    const parsed = scannedPageSchema.safeParse(read);
    if (!parsed.success) throw new InputError(`${source}: the rendered page's fields could not be read`);
    // Its documents are read here, as the background reads what the content script sends.
    return readScannedPage(parsed.data, { documents: await documentReadOptions({}) }).snapshot;
  } finally {
    await browser.close();
  }
}

function fileUrlOf(path: string): string {
  if (!existsSync(path)) throw new InputError(`${path}: no such file`);
  return pathToFileURL(path).href;
}

/**
 * Runs in the page: resolves once no node or attribute changed for QUIET_MS, or after MAX_WAIT_MS. A string, so no
 * bundler helper (such as esbuild's keepNames wrapper) is carried into a page that does not define it.
 */
const WAIT_FOR_QUIET_DOM = `new Promise((resolve) => {
  let quiet;
  let limit;
  const observer = new MutationObserver(() => { clearTimeout(quiet); quiet = setTimeout(done, ${QUIET_MS}); });
  function done() { observer.disconnect(); clearTimeout(quiet); clearTimeout(limit); resolve(); }
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  quiet = setTimeout(done, ${QUIET_MS});
  limit = setTimeout(done, ${MAX_WAIT_MS});
})`;

let collectorSource: Promise<string> | undefined;

/** The field collection as one browser script, built from the sources with esbuild the first time it is needed. */
function collectorScript(): Promise<string> {
  collectorSource ??= (async () => {
    const { build } = await import('esbuild');
    const result = await build({
      absWorkingDir: packageRoot(),
      entryPoints: [join(packageRoot(), 'cli/page-collector.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      tsconfigRaw: {},
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  })();
  return collectorSource;
}
