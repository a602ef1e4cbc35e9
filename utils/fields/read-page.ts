/**
 * The field detector's whole-page entry points for the command line and tests: collectFields and takeSnapshot
 * read the page (collect-fields.ts) and then its whole documents with the document reader. The content script
 * does not import this module: it sends the documents' text to the background, which reads them, so the
 * reader stays out of the content script's bundle.
 */
import { MAX_HEADINGS, MAX_LEAD_LINES, type Field, type Snapshot } from '../../rules/schema';
import { readPageDocuments } from '../page-documents';
import { collectFieldsSteps, scanPageSteps, type CollectOptions, type CollectResult } from './collect-fields';
import { attributeOf } from './dom-builtins';
import { locatorSelectorFor } from './selector';
import { runSteps } from './steps';

/**
 * Every field of `doc` that maps to a concept: form fields in document order, then elements only a mapping
 * names, then document sections and label/value pairs, then the fields of its whole documents (keys "r0-…").
 */
export function collectFields(doc: Document, options: CollectOptions = {}): CollectResult {
  const result = runSteps(collectFieldsSteps(doc, options));
  const read = readPageDocuments(result.documents.map((found) => found.page), new Date().toISOString());
  addDocumentFields(result, read.fields, read.spans);
  return result;
}

/** A full snapshot of `doc`: its URL and title, the time, and the fields collectFields finds. */
export function takeSnapshot(doc: Document, options: CollectOptions = {}): Snapshot {
  const { snapshot, documents } = runSteps(scanPageSteps(doc, options));
  const read = readPageDocuments(documents.map((found) => found.page), snapshot.takenAt);
  const places = snapshot.places ?? {};
  addDocumentFields({ fields: snapshot.fields, places, elements: new Map(), documents }, read.fields, read.spans);
  const headings = [...new Set([...read.headings, ...(snapshot.headings ?? [])])].slice(0, MAX_HEADINGS);
  const lead = read.lead.slice(0, MAX_LEAD_LINES);
  return { ...snapshot, places, ...(headings.length > 0 && { headings }), ...(lead.length > 0 && { lead }) };
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
      kind: found.region.mapped ? 'contenteditable' : 'textarea',
      selector: locatorSelectorFor(found.region.element).slice(0, 2000),
      name: attributeOf(found.region.element, 'name'),
      id: attributeOf(found.region.element, 'id'),
      evidence: words ? [{ signal: 'document-text', text: words, weight: field.confidence }] : [],
    };
  }
}

