/**
 * The field detector's whole-page entry points for the command line and tests: collectFields, takeSnapshot and
 * readPage read the page (scan-page.ts) and then its whole documents with the document reader, the way the
 * background reads what the content script sends (utils/page-documents.ts). The content script does not import
 * this module: it sends the documents' text to the background, so the reader stays out of its bundle.
 */
import type { Field, FieldPlace, Snapshot } from '../../rules/schema';
import { documentFieldsBeside, readPageDocuments, withDocumentFields, type DocumentRead, type ReadDocumentsOptions } from '../page-documents';
import { collectFieldsSteps, type CollectOptions, type CollectResult } from './collect-fields';
import { regionPlace, scanPage, type ScannedDocument, type ScannedPage } from './scan-page';
import { runSteps } from './steps';

export interface DocumentReadOptions {
  /** How its documents are read: ICD-10-CM's answer for a code, what the user says they are (--as). */
  documents?: ReadDocumentsOptions;
  /** "Today" for the documents' dates (ISO); default the snapshot's time. */
  today?: string;
}

export type ReadPageOptions = CollectOptions & DocumentReadOptions;

/**
 * Every field of `doc` that maps to a concept: form fields in document order, then elements only a mapping
 * names, then document sections and label/value pairs, then the fields of its whole documents (keys "r0-…").
 */
export function collectFields(doc: Document, options: ReadPageOptions = {}): CollectResult {
  const result = runSteps(collectFieldsSteps(doc, options));
  const read = readPageDocuments(result.documents.map((found) => found.page), options.today ?? new Date().toISOString(), options.documents);
  const scanned = result.documents.map((found) => ({ page: found.page, place: regionPlace(found) }));
  for (const field of placeDocumentFields(documentFieldsBeside(result.fields, read.fields), read.spans, scanned, result.places)) {
    result.fields.push(field);
    const found = result.documents.find(({ page }) => field.key.startsWith(page.keyPrefix));
    if (found) result.elements.set(field.key, found.region.element);
  }
  return result;
}

/** A full snapshot of `doc`: its URL and title, the time, and the fields collectFields finds. */
export function takeSnapshot(doc: Document, options: ReadPageOptions = {}): Snapshot {
  return readPage(doc, options).snapshot;
}

/** The snapshot the browser would check for `doc`, and each of its documents as the reader read it. */
export function readPage(doc: Document, options: ReadPageOptions = {}): { snapshot: Snapshot; documents: DocumentRead[] } {
  return readScannedPage(scanPage(doc, options), options);
}

/**
 * A scanned page with its documents read, as the background reads what the content script sends: the page's
 * fields, then its documents' fields (withDocumentFields), each placed at its region with its evidence's words.
 */
export function readScannedPage(scan: ScannedPage, options: DocumentReadOptions = {}): { snapshot: Snapshot; documents: DocumentRead[] } {
  const { snapshot } = scan;
  const read = readPageDocuments(scan.documents.map((document) => document.page), options.today ?? snapshot.takenAt, options.documents);
  const places = { ...snapshot.places };
  placeDocumentFields(documentFieldsBeside(snapshot.fields, read.fields), read.spans, scan.documents, places);
  return { snapshot: withDocumentFields({ ...snapshot, places }, read), documents: read.documents };
}

/**
 * Places each document field at its region, with the words of its evidence (the content script gets the spans
 * from the background instead and marks the words themselves). Returns the fields placed.
 */
function placeDocumentFields(
  fields: readonly Field[], spans: Readonly<Record<string, { start: number; end: number }>>, documents: readonly ScannedDocument[],
  places: Record<string, FieldPlace>,
): Field[] {
  const placed: Field[] = [];
  for (const field of fields) {
    const document = documents.find(({ page }) => field.key.startsWith(page.keyPrefix));
    if (!document) continue;
    const span = spans[field.key];
    const words = span && span.end > span.start ? document.page.text.slice(span.start, span.end).slice(0, 500) : '';
    places[field.key] = { ...document.place, evidence: words ? [{ signal: 'document-text', text: words, weight: field.confidence }] : [] };
    placed.push(field);
  }
  return placed;
}
