/**
 * The field detector's whole-page entry points for the command line and tests: collectFields and takeSnapshot
 * read the page (collect-fields.ts) and then its whole documents with the document reader. The content script
 * does not import this module: it sends the documents' text to the background, which reads them, so the
 * reader stays out of the content script's bundle.
 */
import type { Field, FieldKind, Snapshot } from '../../rules/schema';
import { documentFieldsBeside, readPageDocuments, withDocumentFields, type DocumentRead, type ReadDocumentsOptions } from '../page-documents';
import { collectFieldsSteps, scanPageSteps, type CollectOptions, type CollectResult, type FoundDocument } from './collect-fields';
import { attributeOf } from './dom-builtins';
import { locatorSelectorFor } from './selector';
import { runSteps } from './steps';

export interface ReadPageOptions extends CollectOptions {
  /** How its documents are read: ICD-10-CM's answer for a code, what the user says they are (--as). */
  documents?: ReadDocumentsOptions;
  /** "Today" for the documents' dates (ISO); default now. */
  today?: string;
}

/**
 * Every field of `doc` that maps to a concept: form fields in document order, then elements only a mapping
 * names, then document sections and label/value pairs, then the fields of its whole documents (keys "r0-…").
 */
export function collectFields(doc: Document, options: ReadPageOptions = {}): CollectResult {
  const result = runSteps(collectFieldsSteps(doc, options));
  const read = readPageDocuments(result.documents.map((found) => found.page), options.today ?? new Date().toISOString(), options.documents);
  addDocumentFields(result, documentFieldsBeside(result.fields, read.fields), read.spans);
  return result;
}

/** A full snapshot of `doc`: its URL and title, the time, and the fields collectFields finds. */
export function takeSnapshot(doc: Document, options: ReadPageOptions = {}): Snapshot {
  return readPage(doc, options).snapshot;
}

/**
 * The snapshot the browser would check for `doc` (the page's fields, then its documents' fields, as the
 * background adds them), and each document as the reader read it.
 */
export function readPage(doc: Document, options: ReadPageOptions = {}): { snapshot: Snapshot; documents: DocumentRead[] } {
  const { snapshot, documents } = runSteps(scanPageSteps(doc, options));
  const read = readPageDocuments(documents.map((found) => found.page), options.today ?? snapshot.takenAt, options.documents);
  const places = snapshot.places ?? {};
  // Placed like the content script's: the background's fields would be located at their region.
  addDocumentFields({ fields: [], places, elements: new Map(), documents }, documentFieldsBeside(snapshot.fields, read.fields), read.spans);
  return { snapshot: withDocumentFields({ ...snapshot, places }, read), documents: read.documents };
}

/**
 * The reader's fields for the page's documents, placed at their region (its selector, and the words of their
 * evidence). The content script gets them from the background instead (see utils/page-documents.ts).
 */
function addDocumentFields(
  result: Pick<CollectResult, 'fields' | 'places' | 'elements' | 'documents'>,
  fields: readonly Field[],
  spans: Readonly<Record<string, { start: number; end: number }>>,
): void {
  for (const field of fields) {
    const found = result.documents.find(({ page }) => field.key.startsWith(page.keyPrefix));
    if (!found) continue;
    const span = spans[field.key];
    const words = span && span.end > span.start ? found.page.text.slice(span.start, span.end).slice(0, 500) : '';
    result.fields.push(field);
    result.elements.set(field.key, found.region.element);
    result.places[field.key] = {
      kind: regionKind(found),
      selector: locatorSelectorFor(found.region.element).slice(0, 2000),
      name: attributeOf(found.region.element, 'name'),
      id: attributeOf(found.region.element, 'id'),
      evidence: words ? [{ signal: 'document-text', text: words, weight: field.confidence }] : [],
    };
  }
}

/** A textarea's letter, an editor's, or a rendered document's (a print view: no control at all). */
function regionKind({ region }: FoundDocument): FieldKind {
  if (!region.mapped) return 'textarea';
  // The rendered root is a body, main or article (document-regions.ts); an editor root is contenteditable.
  const editable = attributeOf(region.element, 'contenteditable');
  return editable !== null && editable.trim().toLowerCase() !== 'false' ? 'contenteditable' : 'document';
}
