/**
 * A document's text cut into blocks: headings, paragraphs, list items and the short lines of a letterhead,
 * address or signature block. Each block keeps the heading it sits under. Linear in the text: one pass over
 * its lines, with anchored regexes per line.
 */
import { namesAField } from './labels';
import { SALUTATION, SIGNATURE_LINE } from './letter-parts';
import { sectionConcept } from './sections';
import { trimEndOf } from './text-spans';
import type { DocumentBlock, TextSpan } from './types';

interface Line extends TextSpan {
  text: string;
}

const MARKDOWN_HEADING = /^#{1,6}\s+\S/;
const LIST_ITEM = /^(?:[-*•·▪◦–]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+\S/;
// "Goals: walk 1000 ft by week 6": a section name, a colon, then the section's text on the same line.
// A printed form's dot leader stands for the colon: "Frequency ........ 2x per week".
const INLINE_LABEL = /^(?:[*_]{1,3})?([A-Za-z][A-Za-z0-9 /&'()-]{0,48}?)(?:[*_]{1,3})?(?:\s*:|\s*(?:\.{3,}|…+)\s*:?)(?:[*_]{1,3})?\s*(?=\S)/;
// Wrapped prose has lines at least this long; a group of shorter lines is an address or a signature block.
const WRAPPED_LINE = 55;
const LABEL_LINE = /^[A-Za-z][A-Za-z0-9 .#/&'()-]{0,30}:\s*\S|^[A-Za-z][A-Za-z0-9 #/&'()-]{0,30}?\s*(?:\.{3,}|…+)\s*:?\s*[^\s.…]/;
const DATE_LABEL = /\b(?:date|DOS|DOB)\b/i;
const PAGE_NUMBER = /^\s*[-–—]?\s*page\s+\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?\s*[-–—]?\s*$/i;

/** The blocks of a document, in text order. `headingSpans` are spans the page marked as headings. */
export function splitBlocks(text: string, headingSpans: readonly TextSpan[] = []): DocumentBlock[] {
  const blocks: RawBlock[] = [];
  let group: Line[] = [];
  let inlineOpen = false;
  let inlineHasValue = false;
  // "Goals:" over its list: 'colon' after such a heading, 'items' once its list began, 'ended' at a blank line after it.
  let list: 'none' | 'colon' | 'items' | 'ended' = 'none';
  const flush = () => {
    blocks.push(...groupBlocks(text, group));
    group = [];
  };
  for (const line of linesOf(text)) {
    // A printed page's number between two pages ("Page 2 of 3") belongs to no section and breaks no paragraph.
    if (PAGE_NUMBER.test(line.text)) continue;
    if (line.text.trim() === '') {
      if (list === 'items') list = 'ended';
      flush();
      // "Goals: walk 1000 ft" heads only its own paragraph; after a blank line the outer heading holds again.
      if (inlineOpen) blocks.push({ kind: 'end-inline' });
      inlineOpen = false;
      continue;
    }
    const marked = markedHeading(line, headingSpans);
    if (marked === 'whole' || (marked === null && looksLikeHeading(line.text))) {
      flush();
      if (inlineOpen) blocks.push({ kind: 'end-inline' });
      inlineOpen = false;
      blocks.push({ kind: 'heading', ...trimmed(text, line.start, line.end) });
      list = /:\s*$/.test(line.text) ? 'colon' : 'none';
      continue;
    }
    // A bold "DOB:" before its value is a label, not a heading: only a section's name heads what follows it.
    const markedSection = typeof marked === 'number' && sectionConcept(text.slice(line.start, marked)) !== null ? marked : null;
    const inline = markedSection ?? inlineHeadingEnd(line);
    if (inline !== null) {
      flush();
      if (inlineOpen) blocks.push({ kind: 'end-inline' });
      inlineOpen = true;
      blocks.push({ kind: 'heading', inline: true, ...trimmed(text, line.start, inline) });
      // "STG: … by 10/28. LTG: reach overhead …", "Frequency: 2x/wk      Duration: 10 weeks": a second section's
      // label after a sentence's end or a column gap heads its own part of the line.
      let from = inline;
      for (let next = nextSectionLabel(text, from, line.end); next !== null; next = nextSectionLabel(text, from, line.end)) {
        const part = trimmed(text, from, next.start);
        if (part.end > part.start) group.push({ ...part });
        flush();
        blocks.push({ kind: 'end-inline' }, { kind: 'heading', inline: true, ...trimmed(text, next.start, next.end) });
        from = next.end;
      }
      const rest = trimmed(text, from, line.end);
      inlineHasValue = rest.end > rest.start;
      if (inlineHasValue) group.push({ ...rest });
      continue;
    }
    // "Prognosis: Good rehab potential." holds its value on its line: a next "Therapist: …" line is not part of it
    // (a bare "Goals:" line, by contrast, heads the labelled lines under it).
    if (inlineOpen && inlineHasValue && LABEL_LINE.test(line.text.trim())) {
      flush();
      blocks.push({ kind: 'end-inline' });
      inlineOpen = false;
    }
    if (LIST_ITEM.test(line.text.trimStart())) {
      flush();
      blocks.push({ kind: 'item', ...trimmed(text, line.start, line.end) });
      if (list === 'colon' || list === 'ended') list = 'items';
      continue;
    }
    // The list a "Goals:" line introduced ended at a blank line: "Home care: heat, stretches" or the signer's name
    // after it belongs to no section.
    if (list === 'ended' && !inlineOpen) blocks.push({ kind: 'end-section' });
    if (list !== 'items') list = 'none';
    group.push(line);
  }
  flush();
  let outer: string | null = null;
  let heading: string | null = null;
  const result: DocumentBlock[] = [];
  for (const block of blocks) {
    if (block.kind === 'end-inline') {
      heading = outer;
      continue;
    }
    if (block.kind === 'end-section') {
      heading = null;
      outer = null;
      continue;
    }
    const { inline, ...rest } = block;
    if (rest.kind === 'heading') {
      heading = headingWords(rest.text);
      if (!inline) outer = heading;
      result.push({ ...rest, heading: null });
    } else {
      result.push({ ...rest, heading });
    }
  }
  return result;
}

type RawBlock = (Omit<DocumentBlock, 'heading'> & { inline?: boolean }) | { kind: 'end-inline' } | { kind: 'end-section' };

/** A heading's words without Markdown marks and the closing colon. */
export function headingWords(text: string): string {
  return trimEndOf(text.replace(/^#{1,6}\s+/, '').replace(/[*_]{1,3}/g, '').trim(), ':').trim();
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const match of text.matchAll(/\r\n|\r|\n|\u2028|\u2029/g)) {
    lines.push({ start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

function trimmed(text: string, from: number, to: number): TextSpan & { text: string } {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return { start, end, text: text.slice(start, end) };
}

// "whole" when a marked span covers the line's words, the end of the span when it covers only its start (a bold
// "Goals:" with text after it), else null.
function markedHeading(line: Line, spans: readonly TextSpan[]): 'whole' | number | null {
  const words = trimmed(line.text, 0, line.text.length);
  const from = line.start + words.start;
  const to = line.start + words.end;
  for (const span of spans) {
    if (span.start > from || span.end <= from) continue;
    if (span.end >= to) return 'whole';
    return span.end;
  }
  return null;
}

const TRAILING_DATE = /[\s:,–—-]*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*$/;

function looksLikeHeading(raw: string): boolean {
  const line = raw.trim();
  if (MARKDOWN_HEADING.test(line)) return true;
  if (line.length > 80 || SALUTATION.test(line)) return false;
  // "Goals:" alone on its line; "Sincerely," is a closing, not a heading.
  if (/^[^:]{2,60}:$/.test(line) && !/[.!?]\s/.test(line)) return true;
  // ALL CAPS: at least two letters and no lower case; a lone code or ID ("M54.50", "ABC123") is not a heading. A
  // date after the words is the document's ("SOAP NOTE - 12/01/2026"), not part of an address or an ID.
  const words = line.replace(TRAILING_DATE, '');
  // A letter typed in capitals has sentences and labelled lines in capitals too: "GOOD WITH COMPLIANCE." ends as a
  // sentence does, and "SIGNED: BRANDT HOLLOWAY, DC" is a label and its value, not a section's name.
  if (/[.!?]["”’)]?$/.test(words) || /:\s*\S/.test(words)) return false;
  const letters = words.replace(/[^A-Za-z]/g, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && /[A-Z]{3,}/.test(words) && !/\d{3,}/.test(words)
    && !/^[A-Z]{2}\s+\d{5}/.test(words) && (words.match(/\s+/g)?.length ?? 0) <= 8;
}

// The end of "Goals:" in "Goals: walk 1000 ft", when the label names a section ClaimLint knows.
function inlineHeadingEnd(line: Line): number | null {
  const lead = line.text.length - line.text.trimStart().length;
  const match = INLINE_LABEL.exec(line.text.slice(lead));
  // "Plan date: 11/16/2026" names a date, not the plan section.
  // "Health plan: Regence", "Insurance plan …… Aetna" label a field, whatever word of a section name they hold.
  if (!match || DATE_LABEL.test(match[1]!) || sectionConcept(match[1]!) === null || namesAField(match[1]!)) return null;
  return line.start + lead + match[0].trimEnd().length;
}

// A section's label later in a line, after a sentence's end or a gap of columns: where it starts and its colon ends.
const LATER_LABEL = /(?:[.;]\s+|\s{3,}|\t)([A-Z][A-Za-z0-9 /&'()-]{0,30}?)\s*:(?=\s*\S)/g;
function nextSectionLabel(text: string, from: number, to: number): TextSpan | null {
  const words = text.slice(from, to);
  for (const match of words.matchAll(LATER_LABEL)) {
    const label = match[1]!;
    if (DATE_LABEL.test(label) || sectionConcept(label) === null || namesAField(label)) continue;
    return { start: from + match.index + match[0].indexOf(label), end: from + match.index + match[0].length };
  }
  return null;
}

// A run of lines without a blank line between. Hard-wrapped prose joins into one paragraph: a line that fills the
// width and does not end a sentence continues on the next. Anything else stands alone: an address or signature
// line, a "Label: value" line, or a paragraph an editor put on one line of its own.
function groupBlocks(text: string, group: Line[]): RawBlock[] {
  const longest = Math.max(0, ...group.map((line) => line.text.trim().length));
  const blocks: RawBlock[] = [];
  let run: Line[] = [];
  const flushRun = () => {
    if (run.length === 0) return;
    const span = trimmed(text, run[0]!.start, run.at(-1)!.end);
    blocks.push({ kind: run.length > 1 || isSentence(span.text) ? 'paragraph' : 'line', ...span });
    run = [];
  };
  group.forEach((line, i) => {
    const words = line.text.trim();
    const next = group[i + 1]?.text.trim();
    // "Assessment: palpable trigger points …," wrapped onto "cervical rotation limited …": a labelled line that fills
    // the width mid-clause and goes on in lower case is the start of a paragraph, not a "Label: value" line.
    const labelWraps = words.length >= WRAPPED_LINE && !/[.!?:;]["”’)]?$/.test(words) && next !== undefined && /^\p{Ll}/u.test(next);
    if (LABEL_LINE.test(words) && !labelWraps) {
      flushRun();
      blocks.push({ kind: 'line', ...trimmed(text, line.start, line.end) });
      return;
    }
    run.push(line);
    const wraps = words.length >= Math.max(WRAPPED_LINE - 15, 0.7 * longest) && longest >= WRAPPED_LINE
      && next !== undefined && !LABEL_LINE.test(next) && !SIGNATURE_LINE.test(next) && (!/[.!?:]["”’)]?$/.test(words) || /^[a-z]/.test(next));
    if (!wraps) flushRun();
  });
  flushRun();
  return blocks;
}

// A sentence of prose rather than an address or a name: long with the small words of prose, or ending in a stop
// after a few words. "Joanna Pike, LMT · Washington License MA60231847 · NPI 1253647584" is long but a letterhead.
function isSentence(words: string): boolean {
  const proseWords = words.match(/(?<![\p{L}\d])\p{Ll}{2,}(?![\p{L}\d])/gu)?.length ?? 0;
  return (words.length >= WRAPPED_LINE && proseWords >= 3) || (/[.!?]["”’)]?$/.test(words) && words.split(/\s+/).length >= 4);
}

