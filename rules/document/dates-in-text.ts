/**
 * Dates in a letter or note and what each dates: the letter's own date (a date alone on a line of the header),
 * and dates in prose whose words say what they date ("injured on 01/05/2026", "began therapy on 02/01/2026").
 * A date whose words say nothing is left alone rather than guessed.
 */
import type { ConceptKey } from '../concepts';
import { parseDate } from '../reading/dates';
import { FULL_DATE, componentAt, matchesIn, sentenceAt, trimSpan } from './text-spans';
import type { DocumentBlock, DocumentComponent } from './types';

const DATE_LINE = new RegExp(String.raw`^(?:[A-Z][A-Za-z .'-]{1,40},\s*(?:[A-Z]{2}\s*,?\s*)?)?(${FULL_DATE})\s*$`, 'i');
const DATE_IN_PROSE = new RegExp(FULL_DATE, 'gi');

// What the words just before a date say it dates; the first that matches wins ("began therapy on" is the start
// of care before "began on" is an onset).
const DATED_BY: { concept: ConceptKey; before: RegExp }[] = [
  { concept: 'patient.dob', before: /\b(?:born(?: on)?|date of birth|DOB)\W{0,3}$/i },
  { concept: 'provider.signatureDate', before: /\b(?:signed|signature)\b[^.;\n]{0,30}$/i },
  { concept: 'cert.startDate', before: /\b(?:start of care|SOC|initial (?:evaluation|eval|assessment|visit|intake)|evaluated|began (?:therapy|treatment|care|services|sessions)|started (?:therapy|treatment|care|services|sessions))\b[^.;\n]{0,30}$/i },
  { concept: 'claim.onsetDate', before: /\b(?:injur\w*|accident|collision|fell|fall|onset|began|started|first noticed|developed|occurred|surgery)\b[^.;\n]{0,50}\b(?:on|since|in)\s*$/i },
  { concept: 'order.date', before: /\b(?:referr\w*|prescri\w*|ordered|order dated|physician order)\b[^.;\n]{0,30}\b(?:on|dated)\s*$/i },
  { concept: 'visit.date', before: /\b(?:seen|visit|session|today[’']s (?:visit|session)|date of service)\b[^.;\n]{0,20}\b(?:on|of)\s*$/i },
];

const UPCOMING = /\b(?:next|follow[- ]?up|upcoming|scheduled|return|future|will)\b[^.;\n]{0,30}$/i;

/**
 * The document's date: the first line of the header that holds only a date ("March 3, 2026", "Portland, OR,
 * 3/3/2026"). A letter's (one with a salutation or a closing) is the letter date; a plan's, note's or report's is the
 * document date, which the kind of document later says what it dates (documentFields).
 */
export function findLetterDate(text: string, header: readonly DocumentBlock[], isLetter = true): DocumentComponent | null {
  for (const block of header) {
    // "**June 10, 2025**": Markdown emphasis may wrap the date line.
    const date = DATE_LINE.exec(block.text.trim().replace(/^[*_]{1,3}|[*_]{1,3}$/g, ''))?.[1];
    if (date && parseDate(date)) return componentAt(text, isLetter ? 'lmn.date' : 'doc.date', date, trimSpan(text, block.start, block.end), 0.85);
  }
  return null;
}

/** Dates in prose and titles with what they date, at most one per concept (the first). */
export function findDatesInProse(text: string, blocks: readonly DocumentBlock[]): DocumentComponent[] {
  const found = new Map<ConceptKey, DocumentComponent>();
  // Headings too: a note's title may date it ("PT POC - INITIAL EVAL 11/12/26"); its words must still say what.
  for (const block of blocks) {
    for (const { span, match } of matchesIn(text, DATE_IN_PROSE, block)) {
      if (!parseDate(match[0].replace(/\./g, '/'))) continue;
      const sentence = sentenceAt(text, block, span.start);
      const before = text.slice(Math.max(sentence.start, span.start - 60), span.start);
      const concept = DATED_BY.find((dated) => dated.before.test(before))?.concept;
      // "At the next visit on 12/15/2026" dates a visit to come, not the one the note documents.
      if (concept === 'visit.date' && UPCOMING.test(before)) continue;
      if (concept && !found.has(concept)) found.set(concept, componentAt(text, concept, match[0], sentence, 0.6));
    }
  }
  return [...found.values()];
}
