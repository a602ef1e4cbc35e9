/**
 * The whole documents a page sent (a letter in an editor, a rendered letter), read by the document reader into
 * fields: run by the background for the content script, which does not carry the reader, and by the command
 * line and tests for a page they read themselves (utils/fields/take-snapshot.ts).
 */
import { documentFields } from '../rules/document/document-fields';
import { COMPONENTS_SOUGHT, readDocument } from '../rules/document/read-document';
import type { TextSpan } from '../rules/document/types';
import type { Field } from '../rules/schema';
import type { PageDocument } from './messages';

/**
 * Fewer components than this and the text is no clinical document (a long comment, an email draft in the same
 * portal): it gives no fields, rather than a document with every component reported missing.
 */
const MIN_COMPONENTS = 3;

export interface PageDocumentFields {
  fields: Field[];
  /** By field key: the evidence's span in its document's text, or an empty span where a missing component belongs. */
  spans: Record<string, TextSpan>;
  /** The documents' own headings: they name the kind of document and the payer (Snapshot.headings). */
  headings: string[];
  /** The documents' opening sentences and lines (Snapshot.lead): the kind of document from its content. */
  lead: string[];
}

/** Every document's fields (each read whole: what it lacks is missing), keyed by its prefix. */
export function readPageDocuments(documents: readonly PageDocument[], today: string): PageDocumentFields {
  const out: PageDocumentFields = { fields: [], spans: Object.create(null) as Record<string, TextSpan>, headings: [], lead: [] };
  for (const page of documents) {
    const reading = readDocument(page.text, { headings: page.headings, today, seek: COMPONENTS_SOUGHT[page.word] });
    if (reading.components.length < MIN_COMPONENTS) continue;
    const read = documentFields(reading, { keyPrefix: page.keyPrefix, word: page.word, whole: true, label: page.label });
    out.fields.push(...read.fields);
    Object.assign(out.spans, read.spans);
    out.headings.push(...read.headings);
    out.lead.push(...read.lead);
  }
  return out;
}
