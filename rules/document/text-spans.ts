/**
 * Small helpers on spans of the document's text: the sentence around an offset, a component built from a span,
 * and the date shapes letters use. Linear: every regex here is anchored or bounded.
 */
import type { ConceptKey } from '../concepts';
import type { FieldIndex } from '../schema';
import type { DocumentBlock, DocumentComponent, TextSpan } from './types';

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** A full calendar date as letters write it: 03/02/2026, 3-2-26, 2026-03-02, March 2, 2026, 2 March 2026. */
export const FULL_DATE = String.raw`(?:(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?!\d)|(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)|\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4}\b)`;

// "Dr. Wu", "e.g. ice" and "approx. 6" do not end a sentence.
const NOT_AN_END = /\b(?:dr|mr|mrs|ms|st|vs|approx|incl|e\.g|i\.e|etc|no|jr|sr|dept|ste|apt|fig|cf|pt|wk|wks|mo|mos|yr|yrs|min|hr|hrs)$/i;

const MAX_REACH = 400;

/** The sentence of a block that holds `offset`: cut at ". ", "! ", "? " (not after "Dr.") and at line ends. */
export function sentenceAt(text: string, block: TextSpan, offset: number): TextSpan {
  // A "sentence" longer than this each way (a paragraph with no stops) is cut, so each call stays bounded.
  const from = Math.max(block.start, offset - MAX_REACH);
  const to = Math.min(block.end, offset + MAX_REACH);
  let start = from;
  for (let i = Math.min(offset, block.end) - 1; i >= from; i -= 1) {
    if (endsSentence(text, i, block.end)) {
      start = i + 1;
      break;
    }
  }
  let end = to;
  for (let i = Math.max(offset, start); i < to; i += 1) {
    if (endsSentence(text, i, block.end)) {
      end = i + 1;
      break;
    }
  }
  return trimSpan(text, start, end);
}

/** The sentences of a block, in order. */
export function sentencesOf(text: string, block: TextSpan): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = block.start;
  for (let i = block.start; i < block.end; i += 1) {
    if (endsSentence(text, i, block.end)) {
      const span = trimSpan(text, start, i + 1);
      if (span.end > span.start) spans.push(span);
      start = i + 1;
    }
  }
  const last = trimSpan(text, start, block.end);
  if (last.end > last.start) spans.push(last);
  return spans;
}

function endsSentence(text: string, i: number, limit: number): boolean {
  const char = text[i]!;
  if (char === '\n' || char === '\r') return !wrapsOn(text, i, limit);
  if (char !== '.' && char !== '!' && char !== '?') return false;
  const next = text[i + 1];
  if (i + 1 < limit && next !== undefined && !/\s/.test(next)) return false;
  if (char === '.' && NOT_AN_END.test(text.slice(Math.max(0, i - 6), i))) return false;
  // "03.02" or a code's dot is not an end; neither is a lone initial ("J. Doe").
  if (char === '.' && /(?:^|\s)[A-Z]$/.test(text.slice(Math.max(0, i - 2), i))) return false;
  return true;
}

// A line that fills the width and stops mid-clause, then a line that opens in lower case, is one sentence wrapped
// by the editor or by a PDF's text export: "…is needed to restore strength\nand neuromuscular control." A short
// line ("walk 100 ft\nclimb stairs") or one ending in a stop, colon or semicolon ends where it ends.
const WRAPPED_WIDTH = 40;
function wrapsOn(text: string, i: number, limit: number): boolean {
  let after = i + 1;
  while (after < limit && (text[after] === ' ' || text[after] === '\t' || text[after] === '\r')) after += 1;
  if (after >= limit || !/\p{Ll}/u.test(text[after]!)) return false;
  let end = i;
  while (end > 0 && /[ \t\r]/.test(text[end - 1]!)) end -= 1;
  if (end === 0 || /[.!?:;\n]/.test(text[end - 1]!)) return false;
  // The line's length, looked for no further back than it must be to count.
  let start = end;
  while (start > 0 && end - start < WRAPPED_WIDTH && text[start - 1] !== '\n') start -= 1;
  return end - start >= WRAPPED_WIDTH;
}

export function trimSpan(text: string, from: number, to: number): TextSpan {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return { start, end };
}

/** A component whose evidence is the text of `span`. */
export function componentAt(
  text: string,
  concept: ConceptKey,
  value: string,
  span: TextSpan,
  confidence: number,
  index: FieldIndex = null,
): DocumentComponent {
  return { concept, index, value: value.trim(), evidence: text.slice(span.start, span.end), span: { start: span.start, end: span.end }, confidence };
}

/** The block that holds an offset (the last one starting at or before it). */
export function blockAt(blocks: readonly DocumentBlock[], offset: number): DocumentBlock | undefined {
  let found: DocumentBlock | undefined;
  for (const block of blocks) {
    if (block.start > offset) break;
    found = block;
  }
  return found;
}

/** Every match of a global regex within a span, as spans of the whole text. */
export function matchesIn(text: string, regex: RegExp, within: TextSpan): { span: TextSpan; match: RegExpMatchArray }[] {
  const slice = text.slice(within.start, within.end);
  return [...slice.matchAll(regex)].map((match) => ({
    span: { start: within.start + match.index!, end: within.start + match.index! + match[0].length },
    match,
  }));
}

/**
 * `text` without the characters of `chars` at its end. A loop, not `replace(/[…]+$/)`: that pattern retries at
 * every position of a long run of those characters, which is quadratic on hostile text.
 */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end -= 1;
  return text.slice(0, end);
}

/** The white space JavaScript's `\s` matches at the end of a line of text (what trimEndOf needs most). */
export const SPACES = ' \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
