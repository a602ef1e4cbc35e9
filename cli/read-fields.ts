/**
 * What `claimlint fields` and `claimlint check` read: a saved page (cli/page-document.ts, the browser's path) is
 * matched against the bundled site adapters by its file URL (a saved OpenEMR prior_auth.html gets the OpenEMR
 * adapter), exactly as the extension matches a live page by its URL.
 */
import { extname } from 'node:path';
import type { DocumentWord } from '../rules/document/types';
import type { Snapshot } from '../rules/schema';
import { looksLikeX12 } from '../utils/claim-files/x12-837p';
import { isPagePath, readClaimFile, type ClaimFile } from './load-claim-file';
import { InputError, loadHtmlFile } from './load-html';
import { readSavedPage } from './page-document';
import { documentSnapshot, isDocumentPath, readDocumentText, readHead, readTextDocument, type DocumentRead } from './read-document';

export interface FieldsResult {
  /** The path as the user gave it. */
  source: string;
  snapshot: Snapshot;
  /** The letter or note read, when the file is one or the page shows one: its components and their evidence. */
  document?: DocumentRead | null;
}

export interface ReadFieldsOptions {
  render?: boolean;
  /** The file is a letter, note or plan (--as), whatever its extension. */
  as?: DocumentWord;
  asOf?: string;
}

/** Reads one HTML file's fields and its document's components. InputError when it is missing, unreadable or not HTML. */
export async function readHtmlFields(path: string, options: ReadFieldsOptions = {}): Promise<FieldsResult> {
  const page = await loadHtmlFile(path);
  try {
    const { snapshot, document } = await readSavedPage(page.document, options);
    return { source: path, snapshot, document };
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

/**
 * What was read from a saved page or a letter (one result) or a claim file (one per claim the reader checks, in
 * file order; the reader's notices about the whole file beside them).
 */
export async function readFields(path: string, options: ReadFieldsOptions = {}): Promise<{ results: FieldsResult[]; notices: string[] }> {
  if (options.render) return { results: [{ source: path, snapshot: await renderedPage(path) }], notices: [] };
  if (isPagePath(path)) return { results: [await readHtmlFields(path, options)], notices: [] };
  const read = await readDocumentOrClaim(path, options);
  if (read.document) return { results: [{ source: path, snapshot: read.document.snapshot, document: read.document.read }], notices: [] };
  const results: FieldsResult[] = [];
  for await (const claim of read.claims.claims) if (!claim.notChecked) results.push({ source: path, snapshot: claim.snapshot });
  return { results, notices: read.claims.notices };
}

/**
 * A letter or note (.txt, .md, or any file with --as), or a claim file. A .txt holding an X12 837 is a claim:
 * billers save 837 files as .txt.
 */
export async function readDocumentOrClaim(path: string, options: ReadFieldsOptions = {}): Promise<
  { document: { snapshot: Snapshot; read: DocumentRead }; claims?: undefined } | { document?: undefined; claims: ClaimFile }
> {
  if (!options.as && !isDocumentPath(path)) return { claims: await readClaimFile(path) };
  // Before the letter-size cap: an 837 batch saved as .txt may run to many megabytes.
  if (!options.as && extname(path).toLowerCase() !== '.md' && looksLikeX12(await readHead(path))) return { claims: await readClaimFile(path) };
  const plain = await readDocumentText(path);
  const read = await readTextDocument(plain, options);
  return { document: { snapshot: documentSnapshot(path, read), read } };
}
