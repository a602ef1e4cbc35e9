/**
 * How many visits a letter asks for or an order prescribes: "requesting authorization for 12 visits" is
 * auth.visits, "prescribed 8 sessions" is order.visits. A count whose words say neither is left alone.
 * Which visit a note documents ("Visit 7 of 12", "visit #11", "treatment day 10") is visit.number, and
 * "8 visits since the last progress report" is visit.sinceProgressReport: the progress-report and
 * visits-authorized rules count with them.
 */
import { componentAt, sentenceAt } from './text-spans';
import type { DocumentBlock, DocumentComponent } from './types';

const COUNT = /\b(\d{1,3})\s+(?:additional\s+|more\s+|total\s+)?(?:visits|sessions|treatments|appointments)\b(?!\s*(?:per|a|an|each|every|\/)\s*(?:week|wk|month|mo|day)\b)/gi;
const AUTH_WORDS = /\b(?:authori[sz]\w*|approv\w*|request\w*|certif\w*)\b/i;
const ORDER_WORDS = /\b(?:prescri\w*|order\w*|referr\w*|refer)\b/i;

// "Visit 11/28/2026" is a date, "session 2x/week" a frequency, "1 hour session" a length: none is a visit number.
const VISIT_NUMBER = /\b(?:visit|session|treatment\s+(?:day|visit|session)|tx\s+day)\s*(?:#|no\.|number)?\s*:?\s*#?\s*(\d{1,3})(?:\s+(?:of|out\s+of)\s+(\d{1,3}))?(?!\d|[/:.-]\d|\s*(?:x\b|times\b|hours?\b|hrs?\b|min|per\b|a\s+week|(?:weeks?|wks?|days?|months?|years?)\b))/gi;
// "Progress report due at visit 10", "next session 5": a visit to come, not the one documented.
const NOT_THIS_VISIT = /\b(?:due|next|every|until|before|by|after|through|thru|scheduled|planned|remaining)\s*(?:at|on|by|in)?\s*$/i;
const SINCE_REPORT = [
  /\b(\d{1,3})\s+(?:visits?|treatment\s+days?|sessions?)\s+since\s+(?:the\s+)?(?:last|prior|previous|most\s+recent)\s+(?:progress\s+)?(?:report|note|PR)\b/i,
  /\b(?:visits?|treatment\s+days?|sessions?)\s+since\s+(?:the\s+)?(?:last|prior|previous|most\s+recent)\s+progress\s+(?:report|note)\s*[:=-]?\s*(\d{1,3})\b/i,
];

export function findVisitCounts(text: string, blocks: readonly DocumentBlock[]): DocumentComponent[] {
  const found: DocumentComponent[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') continue;
    for (const match of block.text.matchAll(COUNT)) {
      const sentence = sentenceAt(text, block, block.start + match.index!);
      const words = text.slice(sentence.start, sentence.end);
      const concept = AUTH_WORDS.test(words) ? 'auth.visits' : ORDER_WORDS.test(words) ? 'order.visits' : null;
      if (concept && !found.some((component) => component.concept === concept)) {
        found.push(componentAt(text, concept, match[1]!, sentence, 0.7));
      }
    }
  }
  return found;
}

/** Which visit the note documents, and the visits since the last progress report, anywhere in it (headers too). */
export function findVisitNumbers(text: string, blocks: readonly DocumentBlock[]): DocumentComponent[] {
  return [...findVisitNumber(text, blocks), ...findSinceReport(text, blocks)];
}

function findVisitNumber(text: string, blocks: readonly DocumentBlock[]): DocumentComponent[] {
  for (const block of blocks) {
    for (const match of block.text.matchAll(VISIT_NUMBER)) {
      if (NOT_THIS_VISIT.test(block.text.slice(Math.max(0, match.index! - 24), match.index!))) continue;
      const start = block.start + match.index!;
      const value = match[2] === undefined ? match[1]! : `${match[1]} of ${match[2]}`;
      return [componentAt(text, 'visit.number', value, { start, end: start + match[0].length }, 0.7)];
    }
  }
  return [];
}

function findSinceReport(text: string, blocks: readonly DocumentBlock[]): DocumentComponent[] {
  for (const block of blocks) {
    for (const pattern of SINCE_REPORT) {
      const match = pattern.exec(block.text);
      if (!match) continue;
      const start = block.start + match.index;
      return [componentAt(text, 'visit.sinceProgressReport', match[1]!, { start, end: start + match[0].length }, 0.7)];
    }
  }
  return [];
}
