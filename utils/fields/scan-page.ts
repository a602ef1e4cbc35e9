/**
 * A page as the content script reads it, as plain data: its snapshot (form fields, sections, headings) and the
 * text of each whole document on it with the place of its region. What the background then reads with the
 * document reader (utils/page-documents.ts), the command line reads the same way (read-page.ts); `--render`
 * carries this out of headless Chromium (cli/page-collector.ts). No reader here, so no reader in those bundles.
 */
import type { FieldPlace, Snapshot } from '../../rules/schema';
import type { PageDocument } from '../messages';
import { scanPageSteps, type CollectOptions, type FoundDocument } from './collect-fields';
import { attributeOf } from './dom-builtins';
import { locatorSelectorFor } from './selector';
import { runSteps } from './steps';

/** A whole document as sent to the reader, and where its region is (its fields are placed there). */
export interface ScannedDocument {
  page: PageDocument;
  place: FieldPlace;
}

export interface ScannedPage {
  snapshot: Snapshot;
  documents: ScannedDocument[];
}

/** The page's snapshot and its whole documents, each with the place of its region. */
export function scanPage(doc: Document, options: CollectOptions = {}): ScannedPage & { found: FoundDocument[] } {
  const { snapshot, documents } = runSteps(scanPageSteps(doc, options));
  return { snapshot, documents: documents.map((found) => ({ page: found.page, place: regionPlace(found) })), found: documents };
}

/**
 * Where a document's fields are: its region's kind (an editor's, a textarea's, or a rendered document's: no control
 * at all), selector, name and id (evidence: each field's own words).
 */
export function regionPlace({ region }: FoundDocument): FieldPlace {
  return {
    kind: region.rendered ? 'document' : region.mapped ? 'contenteditable' : 'textarea',
    selector: locatorSelectorFor(region.element).slice(0, 2000),
    name: attributeOf(region.element, 'name'),
    id: attributeOf(region.element, 'id'),
    evidence: [],
  };
}
