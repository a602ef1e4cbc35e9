/**
 * The page as the field detector reads it, for `claimlint fields` and `claimlint check`: a saved page is
 * matched against the bundled site adapters by its file URL (a saved OpenEMR prior_auth.html gets the OpenEMR
 * adapter), exactly as the extension matches a live page by its URL.
 */
import type { Snapshot } from '../rules/schema';
import { takeSnapshot } from '../utils/fields/read-page';
import { adapterOverridesFor } from '../utils/fields/site-adapters';
import { claimsNotice, isPagePath, readClaimFile } from './load-claim-file';
import { InputError, loadHtmlFile } from './load-html';

export interface FieldsResult {
  /** The path as the user gave it. */
  source: string;
  snapshot: Snapshot;
}

/** A snapshot of a loaded page, with the adapters its URL (the file's file: URL) calls for. */
export function snapshotOfPage(document: Document): Snapshot {
  return takeSnapshot(document, { adapterOverrides: adapterOverridesFor(document.URL) });
}

/** Reads one HTML file's fields. Throws InputError when the file is missing, unreadable or not HTML. */
export async function readHtmlFields(path: string): Promise<FieldsResult> {
  const page = await loadHtmlFile(path);
  try {
    return { source: path, snapshot: snapshotOfPage(page.document) };
  } finally {
    await page.close();
  }
}

/** A saved page or web address read in headless Chromium after its scripts ran; claim files are not pages. */
export async function renderedPage(source: string): Promise<Snapshot> {
  const { isWebAddress, snapshotOfRenderedPage } = await import('./render-page');
  if (!isWebAddress(source) && !isPagePath(source)) {
    throw new InputError(`${source}: --render reads pages (.html, .htm or a web address), not claim files`);
  }
  return snapshotOfRenderedPage(source);
}

/** What was read from a saved page (one result) or a claim file (one per claim, and a notice if read in part). */
export async function readFields(path: string, options: { render?: boolean } = {}): Promise<{ results: FieldsResult[]; notice: string | null }> {
  if (options.render) return { results: [{ source: path, snapshot: await renderedPage(path) }], notice: null };
  if (isPagePath(path)) return { results: [await readHtmlFields(path)], notice: null };
  const file = await readClaimFile(path);
  return { results: file.snapshots.map((snapshot) => ({ source: path, snapshot })), notice: claimsNotice(file) };
}
