/**
 * The whole documents a page holds (a letter in an editor, a rendered letter, note or plan), read by the document
 * reader into fields: the one way a page's documents become fields. The background runs it for the content
 * script, which does not carry the reader; the command line and tests run it for a page they read themselves
 * (utils/fields/read-page.ts); the command line also for a .txt or .md letter (cli/read-document.ts).
 */
import type { Icd10CmLookup } from '../rules/codes/icd10cm-lookup';
import { documentFields, type DocumentFields } from '../rules/document/document-fields';
import { COMPONENTS_SOUGHT, readDocument, soughtAgain } from '../rules/document/read-document';
import type { DocumentReading, DocumentWord, TextSpan } from '../rules/document/types';
import { MAX_HEADINGS, MAX_LEAD_LINES, type Field, type Snapshot } from '../rules/schema';
import { detectPageContext } from '../rules/select/page-context';
import type { PageDocument } from './messages';

/**
 * Fewer components than this and the text is no clinical document (a long comment, an email draft in the same
 * portal): it gives no fields, rather than a document with every component reported missing.
 */
const MIN_COMPONENTS = 3;
/**
 * A rendered page (no editor or textarea: someone's print view, or a portal's help page in headed prose) is a
 * letter or note only when it holds at least this many different components.
 */
const MIN_RENDERED_CONCEPTS = 4;

/** The kinds of document (rules/select/kinds.json) and what each is called as a whole. */
const WORD_OF_KIND: Record<string, DocumentWord> = {
  'letter-of-medical-necessity': 'letter',
  'prior-auth-request': 'letter',
  'appeal-letter': 'letter',
  'plan-of-care': 'plan',
  'psychotherapy-treatment-plan': 'plan',
  'progress-report': 'note',
  'daily-note': 'note',
  'psychotherapy-note': 'note',
};

export interface ReadDocumentsOptions {
  /**
   * Whether a code of ICD-10-CM's shape is in the code set (see diagnosisCodeTest); absent or answering
   * undefined: the code's shape and the words around it decide.
   */
  isDiagnosisCode?: (code: string) => boolean | undefined;
  /** What the user says the document is (the command line's --as): wins over its label and its content. */
  as?: DocumentWord;
}

/** One document as read: what it was read as, the reader's components, and the fields made of them. */
export interface DocumentRead {
  page: PageDocument;
  /** What it was read as: the components a whole one of it should hold. */
  word: DocumentWord;
  reading: DocumentReading;
  read: DocumentFields;
}

export interface PageDocumentFields {
  fields: Field[];
  /** By field key: the evidence's span in its document's text, or an empty span where a missing component belongs. */
  spans: Record<string, TextSpan>;
  /** The documents' own headings: they name the kind of document and the payer (Snapshot.headings). */
  headings: string[];
  /** The documents' opening sentences and lines (Snapshot.lead): the kind of document from its content. */
  lead: string[];
  /** Each document that gave fields, as read (the command line shows its components with their evidence). */
  documents: DocumentRead[];
}

/** Every document's fields (each read whole: what it lacks is missing), keyed by its prefix. */
export function readPageDocuments(documents: readonly PageDocument[], today: string, options: ReadDocumentsOptions = {}): PageDocumentFields {
  const out: PageDocumentFields = { fields: [], spans: Object.create(null) as Record<string, TextSpan>, headings: [], lead: [], documents: [] };
  for (const page of documents) {
    const read = readWholeDocument(page, today, options);
    if (read.reading.components.length < MIN_COMPONENTS) continue;
    if (page.rendered && new Set(read.reading.components.map((component) => component.concept)).size < MIN_RENDERED_CONCEPTS) continue;
    out.fields.push(...read.read.fields);
    Object.assign(out.spans, read.read.spans);
    out.headings.push(...read.read.headings);
    out.lead.push(...read.read.lead);
    out.documents.push(read);
  }
  return out;
}

/**
 * One document read whole: as what --as says, else as what its label or opening names (page.word), else as the
 * kind its headings and components show (a first reading gives them), so it is sought for what that kind holds.
 */
export function readWholeDocument(page: PageDocument, today: string, options: ReadDocumentsOptions = {}): DocumentRead {
  const named = options.as ?? page.word;
  const reading = readDocument(page.text, { headings: page.headings, today, seek: COMPONENTS_SOUGHT[named], ...(options.isDiagnosisCode && { isDiagnosisCode: options.isDiagnosisCode }) });
  const asWord = (word: DocumentWord, sought: DocumentReading): DocumentRead =>
    ({ page, word, reading: sought, read: documentFields(sought, { keyPrefix: page.keyPrefix, word, whole: true, label: page.label }) });
  const first = asWord(named, reading);
  if (named !== 'document') return first;
  // The components found do not depend on what is sought: the kind they show only redraws the absent list.
  const word = wordOfContent(first.read, today);
  return word === 'document' ? first : asWord(word, soughtAgain(reading, COMPONENTS_SOUGHT[word]));
}

/** The word for the kind of document the found components and headings show; 'document' when they show none. */
function wordOfContent(read: DocumentFields, today: string): DocumentWord {
  // Only what the text holds tells the kind: the empty fields of components not found say nothing about it.
  const found = read.fields.filter((field) => field.value !== '');
  const kind = detectPageContext({ source: { kind: 'document' }, url: '', title: '', takenAt: today, fields: found, headings: read.headings, lead: read.lead }).kind;
  return kind ? (WORD_OF_KIND[kind.id] ?? 'document') : 'document';
}

/**
 * ICD-10-CM's answer for a code on `today`, for isDiagnosisCode: true or false from the table, undefined when
 * the table is not loaded (yet) or does not know the day.
 */
export function diagnosisCodeTest(lookup: Icd10CmLookup | undefined, today: string): ReadDocumentsOptions['isDiagnosisCode'] {
  if (!lookup) return undefined;
  const day = today.slice(0, 10);
  return (code) => {
    const status = lookup.statusOn(code.replace('.', '').toUpperCase(), day);
    return status === null ? undefined : status !== 'unknown';
  };
}

/**
 * The documents' fields a page adds to its own: those for a concept (and row) no field of the page holds. A form
 * control for a concept holds it, filled or not: an empty Member ID box is the form's gap, which the letter's
 * words must not hide, and a letter beside a form adds no second patient name.
 */
export function documentFieldsBeside<F extends Pick<Field, 'concept' | 'index'>>(pageFields: readonly F[], documentFields: readonly Field[]): Field[] {
  const held = new Set(pageFields.map(conceptAndIndex));
  return documentFields.filter((field) => !held.has(conceptAndIndex(field)));
}

function conceptAndIndex(field: Pick<Field, 'concept' | 'index'>): string {
  return `${field.concept}#${field.index ?? ''}`;
}

/**
 * A page's snapshot with its documents' fields after its own (documentFieldsBeside), their headings first (a
 * letter's RE line names the payer better than the portal's banner) and their opening lines as its lead. A page
 * that is nothing but its documents is a document: its messages say "in this document".
 */
export function withDocumentFields<S extends Snapshot>(snapshot: S, read: PageDocumentFields): S {
  if (read.fields.length === 0) return snapshot;
  const headings = [...new Set([...read.headings, ...(snapshot.headings ?? [])])].slice(0, MAX_HEADINGS);
  const lead = [...read.lead, ...(snapshot.lead ?? [])].slice(0, MAX_LEAD_LINES);
  // The spread keeps every property S has; only fields, headings, lead and source change, each to its own type.
  return {
    ...snapshot,
    ...(snapshot.fields.length === 0 && snapshot.source.kind === 'page' && { source: { kind: 'document' } }),
    fields: [...snapshot.fields, ...documentFieldsBeside(snapshot.fields, read.fields)],
    ...(headings.length > 0 && { headings }),
    ...(lead.length > 0 && { lead }),
  } as S;
}
