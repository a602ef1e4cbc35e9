/**
 * A saved page as the CLI checks it: the form fields the page reader finds, plus the components of the
 * document the page shows (a letter in an editor, a rendered note) for every concept no form control holds.
 * A page that is only a document is checked as one (source document: what it lacks is missing); a form with a
 * letter in it stays a page, and only the letter's own components are judged whole.
 */
import { MAX_HEADINGS, type Field, type FieldPlace, type Snapshot } from '../rules/schema';
import { runSteps } from '../utils/fields/steps';
import { scanPageSteps } from '../utils/fields/collect-fields';
import { adapterOverridesFor } from '../utils/fields/site-adapters';
import type { DocumentWord } from '../rules/document/types';
import { pageDocument } from './html-document-text';
import { readWholeDocument, type DocumentRead } from './read-document';

/** A page's own text is read as a document only when it holds at least this many different components. */
const MIN_COMPONENTS = 4;

export interface PageReading {
  snapshot: Snapshot;
  /** The document the page shows, when it shows one. */
  document: DocumentRead | null;
}

export interface PageReadOptions {
  as?: DocumentWord;
  asOf?: string;
}

/** The page's form fields and its document's components, as one snapshot. */
export async function readSavedPage(document: Document, options: PageReadOptions = {}): Promise<PageReading> {
  const { snapshot: page, elements } = runSteps(scanPageSteps(document, { adapterOverrides: adapterOverridesFor(document.URL) }));
  const shown = pageDocument(document);
  if (!shown || shown.text.trim() === '') return { snapshot: page, document: null };
  const region = shown.region;
  const read = await readWholeDocument(shown, { ...options, keyPrefix: 'document:' });
  // Text that yields fewer than a few components (a portal's help text, a dashboard) is not a letter or note.
  if (region === null && new Set(read.reading.components.map((component) => component.concept)).size < MIN_COMPONENTS) {
    return { snapshot: page, document: null };
  }
  // The document reader reads the editor holding the whole letter, and the page's read-only text, more finely
  // than the page reader's sections do; the page keeps its form controls outside that editor.
  const formFields = page.fields.filter((field) => {
    if (page.places?.[field.key]?.kind === 'document') return false;
    const element = elements.get(field.key);
    return !(region && element && (element === region || region.contains(element)));
  });
  // A form control for a concept holds it, filled or not: an empty Member ID box is the form's gap, which the
  // letter's words must not hide.
  const held = new Set(formFields.map(conceptIndex));
  const documentFields = read.read.fields.filter((field) => !held.has(conceptIndex(field)));
  const places: Record<string, FieldPlace> = {};
  for (const field of formFields) if (page.places?.[field.key]) places[field.key] = page.places[field.key]!;
  for (const field of documentFields) places[field.key] = { kind: 'document' };
  const headings = [...(page.headings ?? []), ...read.read.headings].slice(0, MAX_HEADINGS);
  const snapshot: Snapshot = {
    ...page,
    source: formFields.length === 0 ? { kind: 'document' } : { kind: 'page' },
    fields: [...formFields, ...documentFields],
    places,
    ...(headings.length > 0 && { headings }),
    // The letter's opening words name its kind when no heading does; a form's own text is not a letter's opening.
    ...(formFields.length === 0 && read.read.lead.length > 0 && { lead: read.read.lead }),
  };
  return { snapshot, document: read };
}

function conceptIndex(field: Field): string {
  return `${field.concept}#${field.index ?? ''}`;
}
