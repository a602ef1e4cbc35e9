/**
 * A document reading as the engine's fields: one field per component, keyed `<prefix><concept>` (with `[A]` or
 * `[1]` for a diagnosis or service line), each marked with the kind of document it came from, and beside them
 * the span of its evidence so a page can mark the words. Read as a whole document, each component not found
 * becomes an empty field (as a claim file's empty box does), so checks say it is missing instead of "can't tell".
 */
import { CONCEPTS, type ConceptKey } from '../concepts';
import type { Field } from '../schema';
import { MAX_HEADING_LENGTH, MAX_HEADINGS, MAX_LEAD_LENGTH, MAX_LEAD_LINES } from '../schema';
import { headingWords } from './blocks';
import { sentencesOf } from './text-spans';
import type { DocumentReading, DocumentWord, TextSpan } from './types';

export interface DocumentFieldsOptions {
  /** Prepended to every key, so two documents on one page (or a document beside a form) do not collide. */
  keyPrefix: string;
  word: DocumentWord;
  /**
   * True when the reading is the whole document, so what it lacks is missing rather than unseen. What it lacks is
   * the reading's `absent`: read it with `seek: COMPONENTS_SOUGHT[word]` so the list fits the kind of document.
   */
  whole: boolean;
  /** The document's own label (the heading or label before an editor); a field's label is its section heading when it has one. */
  label?: string;
}

export interface DocumentFields {
  fields: Field[];
  /** By field key: the evidence's span, or for an absent component an empty span at its anchor. */
  spans: Record<string, TextSpan>;
  /**
   * The document's headings, for Snapshot.headings (they name the kind of document and the payer): its heading
   * blocks, its subject ("RE:") lines, and a title line that opens it ("Letter of Medical Necessity").
   */
  headings: string[];
  /** The document's opening sentences and lines, for Snapshot.lead (the kind guess from content). */
  lead: string[];
}

const MAX_LABEL = 500;
const MAX_VALUE = 100_000;

/** The fields, evidence spans and headings of a document reading. */
export function documentFields(reading: DocumentReading, options: DocumentFieldsOptions): DocumentFields {
  const { keyPrefix, word, whole } = options;
  const fields: Field[] = [];
  const spans: Record<string, TextSpan> = {};
  const hasVisitDate = reading.components.some((component) => component.concept === 'visit.date');
  for (const found of reading.components) {
    const component = { ...found, concept: dateOfDocument(found.concept, word, hasVisitDate) };
    const key = keyOf(keyPrefix, component.concept, component.index);
    const heading = reading.blocks.find((block) => block.start <= component.span.start && component.span.start < Math.max(block.end, block.start + 1))?.heading;
    fields.push({
      key,
      concept: component.concept,
      index: component.index,
      value: component.value.slice(0, MAX_VALUE),
      label: (heading ?? options.label ?? '').slice(0, MAX_LABEL),
      confidence: component.confidence,
      document: word,
    });
    spans[key] = component.span;
  }
  if (whole) {
    for (const missing of reading.absent) {
      const absent = { ...missing, concept: dateOfDocument(missing.concept, word, hasVisitDate) };
      const repeat = CONCEPTS[absent.concept].repeat;
      const index = repeat === 'letter' ? 'A' : repeat === 'number' ? 1 : null;
      const key = keyOf(keyPrefix, absent.concept, index);
      if (spans[key]) continue;
      fields.push({ key, concept: absent.concept, index, value: '', label: (options.label ?? '').slice(0, MAX_LABEL), confidence: 0.9, document: word });
      spans[key] = { start: absent.anchor, end: absent.anchor };
    }
  }
  return { fields, spans, headings: headingsOf(reading), lead: leadOf(reading) };
}

/**
 * The reader calls the date at the head of a document (a dated line, "Date:") the letter date, and a date its label
 * gives the document ("Report date:", "Date of plan:") or that heads a document with no salutation or closing the
 * document date; what either dates depends on the document: a letter's date, a note's visit (unless the note names
 * its visit date apart), a plan's own date. A letter date on a plan would have the letter checklists judge it.
 */
function dateOfDocument(concept: ConceptKey, word: DocumentWord, hasVisitDate: boolean): ConceptKey {
  if (concept !== 'lmn.date' && concept !== 'doc.date') return concept;
  if (word === 'note') return hasVisitDate ? 'doc.date' : 'visit.date';
  if (word === 'letter') return 'lmn.date';
  return word === 'plan' ? 'doc.date' : concept;
}

const SUBJECT = /^(?:re|regarding|subject)\s*:\s*/i;
// A title opens the document: short, no sentence or label punctuation, not a date or an address; it may join a
// practice's name and what the document is with a dash ("Riverbend Physical Therapy — Daily Treatment Note"). (Lines further
// down are an address: "Prior Authorization Department" names where the letter goes, not what it is.)
const TITLE = /^[A-Za-z][A-Za-z &/'’–—,.-]{5,78}[A-Za-z]$/;
// What a title line may carry after a dash or bar: the visit it is, its date ("PT DAILY NOTE — Visit 6 of 12").
const TITLE_TAIL = /\s+[—–|-]\s+[^—–|]*\d[^—–|]*$/;

// A header line that names what the letter is, before its first paragraph: "Request for Prior Authorization:
// Outpatient Physical Therapy", "Letter of Medical Necessity for …", "Appeal of claim 2026-448". Not a department of
// the inside address ("Appeals and Grievances Department", "Prior Authorization Unit").
const NAMES_THE_LETTER = /^(?:request(?:ing)? for|letter of|statement of|appeal(?: of| for|:|\s*[-–—])|notice of|(?:prior|pre-?)\s*authori[sz]ation request|pre-?certification request)\b/i;
const ADDRESS_LINE = /\b(?:department|dept\.?|unit|division|team|office|center|centre|services|grievances|review|management)\s*$/i;

function headingsOf(reading: DocumentReading): string[] {
  const firstParagraph = reading.blocks.findIndex((block) => block.kind === 'paragraph');
  const headerEnd = firstParagraph === -1 ? reading.blocks.length : firstParagraph;
  const headings = reading.blocks.filter((block, i) => block.kind === 'heading' || SUBJECT.test(block.text)
    || (i === 0 && block.kind === 'line' && TITLE.test(block.text.trim().replace(TITLE_TAIL, '')))
    || (i < headerEnd && block.kind === 'line' && NAMES_THE_LETTER.test(block.text.trim()) && !ADDRESS_LINE.test(block.text.trim())))
    .map((block) => headingWords(block.text).replace(SUBJECT, '').slice(0, MAX_HEADING_LENGTH));
  return headings.slice(0, MAX_HEADINGS);
}

// The opening of each block first, as far as the lead's lines go; lines left over take the later sentences of a
// long paragraph, so a letter of one paragraph with no headings ("… I am asking that therapy continue …" as its
// fourth sentence) is read past its first 200 characters.
function leadOf(reading: DocumentReading): string[] {
  const blocks = reading.blocks.filter((block) => block.kind !== 'heading').slice(0, MAX_LEAD_LINES);
  const lead = blocks.map((block) => oneLine(block.text).slice(0, MAX_LEAD_LENGTH));
  for (const block of blocks) {
    if (lead.length >= MAX_LEAD_LINES) break;
    const words = oneLine(block.text);
    if (words.length <= MAX_LEAD_LENGTH) continue;
    const later = sentencesOf(words, { start: 0, end: words.length }).filter((span) => span.end > MAX_LEAD_LENGTH);
    lead.push(...later.slice(0, MAX_LEAD_LINES - lead.length).map((span) => words.slice(span.start, span.end).slice(0, MAX_LEAD_LENGTH)));
  }
  return lead;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function keyOf(prefix: string, concept: string, index: Field['index']): string {
  return `${prefix}${concept}${index === null ? '' : `[${index}]`}`;
}
