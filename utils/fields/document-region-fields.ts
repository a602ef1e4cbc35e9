/**
 * A document region read by the document reader: its components become fields (keys unique per region), each
 * with the place in the text it came from or belongs, so marks land on the sentence, not on the whole editor.
 */
import { documentFields } from '../../rules/document/document-fields';
import { COMPONENTS_SOUGHT, readDocument } from '../../rules/document/read-document';
import type { DocumentWord } from '../../rules/document/types';
import type { Field, FieldPlace } from '../../rules/schema';
import { attributeOf } from './dom-builtins';
import type { DocumentRegion, TextPlace } from './document-regions';
import { locatorSelectorFor } from './selector';

/**
 * Fewer components than this and the text is not a clinical document at all (a long comment, an email draft in
 * the same portal): it stays a plain field rather than a document with every component reported missing.
 */
const MIN_COMPONENTS = 3;

export interface RegionFields {
  element: Element;
  fields: Field[];
  places: Record<string, FieldPlace>;
  textPlaces: Map<string, TextPlace>;
  /** The document's own headings: they name the kind of document and the payer (Snapshot.headings). */
  headings: string[];
}

/** The region's fields (key prefix `r<position>-`), or null when the reader finds too little to call it a document. */
export function readRegionFields(region: DocumentRegion, position: number, today: string): RegionFields | null {
  const word = documentWord(region);
  const reading = readDocument(region.text, { headings: region.headings, today, seek: COMPONENTS_SOUGHT[word] });
  if (reading.components.length < MIN_COMPONENTS) return null;
  const read = documentFields(reading, { keyPrefix: `r${position}-`, word, whole: true, label: region.label });
  const selector = locatorSelectorFor(region.element).slice(0, 2000);
  const places: Record<string, FieldPlace> = Object.create(null) as Record<string, FieldPlace>;
  const textPlaces = new Map<string, TextPlace>();
  for (const field of read.fields) {
    const found = read.spans[field.key];
    // An absent component's span is empty, at the place it belongs.
    const span = found && found.end > found.start ? found : null;
    const anchor = found && !span ? found.start : null;
    const evidence = span ? region.text.slice(span.start, span.end).slice(0, 500) : '';
    places[field.key] = {
      kind: region.mapped ? 'contenteditable' : 'textarea',
      selector,
      name: attributeOf(region.element, 'name'),
      id: attributeOf(region.element, 'id'),
      evidence: evidence ? [{ signal: 'document-text', text: evidence, weight: field.confidence }] : [],
    };
    textPlaces.set(field.key, { region, span, anchor });
  }
  return { element: region.element, fields: read.fields, places, textPlaces, headings: read.headings };
}

const WORDS: Array<[RegExp, DocumentWord]> = [
  [/\b(letter|appeal|request for (prior )?authori[sz]ation)\b/i, 'letter'],
  [/\b(plan of care|treatment plan|care plan)\b/i, 'plan'],
  [/\b(note|soap|progress report|daily note|visit)\b/i, 'note'],
  [/^(dear\b|to whom it may concern\b)/im, 'letter'],
];

/** What the document is called in messages: from its label, else from its first lines. */
function documentWord(region: DocumentRegion): DocumentWord {
  const opening = `${region.label}\n${region.text.slice(0, 600)}`;
  return WORDS.find(([pattern]) => pattern.test(opening))?.[1] ?? 'document';
}
