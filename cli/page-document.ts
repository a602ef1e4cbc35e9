/**
 * A saved page as the CLI checks it: exactly what the browser checks for the same page (utils/fields/read-page.ts
 * readPage: the page's fields, then the fields of the documents it shows, a letter in an editor or a rendered
 * note, read by utils/page-documents.ts), with the bundled ICD-10-CM table and what --as says.
 */
import type { DocumentWord } from '../rules/document/types';
import type { Snapshot } from '../rules/schema';
import { readPage } from '../utils/fields/read-page';
import { adapterOverridesFor } from '../utils/fields/site-adapters';
import { documentReadOptions, type DocumentRead } from './read-document';

export interface PageReading {
  snapshot: Snapshot;
  /** The document the page shows (the first, when it shows several), as the reader read it. */
  document: DocumentRead | null;
}

export interface PageReadOptions {
  as?: DocumentWord;
  asOf?: string;
}

/** The page's form fields and its documents' components, as one snapshot. */
export async function readSavedPage(document: Document, options: PageReadOptions = {}): Promise<PageReading> {
  const { today, ...read } = await documentReadOptions(options);
  const page = readPage(document, { adapterOverrides: adapterOverridesFor(document.URL), documents: read, ...(options.asOf && { today }) });
  return { snapshot: page.snapshot, document: page.documents[0] ?? null };
}
