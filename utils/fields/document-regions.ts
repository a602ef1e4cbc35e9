/**
 * Where a whole document lives on a page: an editor (contenteditable: Quill, ProseMirror/Tiptap, Lexical,
 * Draft.js, CKEditor 5, an editor iframe's body) or a textarea holding a letter or note, or a rendered letter,
 * note or plan with no form control (a print view). Such a region is read as one document by the document reader
 * (utils/page-documents.ts) instead of as one field or as section fields. A short editor under a section heading ("Goals",
 * "Alternatives tried") stays a field named by that heading: it is a part of a document, not one.
 */
import type { DocumentWord, TextSpan } from '../../rules/document/types';
import type { PageDocument } from '../messages';
import type { CandidateField } from './candidates';
import { attributeOf, closestOf, domProperty, hasAttributeOf, holdsMatchOf, queryAllOf } from './dom-builtins';
import { CANDIDATE_CONTROLS } from './candidates';
import type { FieldClues } from './label-text';
import { MAX_REGION_TEXT, readRegionTextSteps, type RegionText } from './region-text';
import type { Steps } from './steps';
import { cleanText } from './text';

export interface DocumentRegion {
  /** The editor root or textarea: what marks fall back to and what the region is located by. */
  element: Element;
  /** The heading or label before the region ("Letter of medical necessity"), '' when none. */
  label: string;
  text: string;
  headings: TextSpan[];
  /** The map back to DOM text for an editor; null for a textarea, whose text is a value with no nodes to mark. */
  mapped: RegionText | null;
  /** A read-only rendered document (a print view), not an editor or textarea someone writes in. */
  rendered: boolean;
}

/** Fewer words than this is a part of a document (a section's box), however it is laid out. */
const MIN_WORDS = 80;
const MIN_LINES = 4;
/** Headings that make an editor's text a note with sections (Subjective / Objective / Assessment / Plan). */
const MIN_HEADINGS = 3;
/** A short line that ends in a colon, or a line in capitals: how typed notes name their sections. */
const TEXT_HEADING = /^(?:[^\n:]{2,60}:|[A-Z][A-Z0-9 &/,()-]{2,60})$/;
const LETTER_MARKS = [
  /^(dear\b|to whom it may concern\b)/im,
  /^(re|subject|regarding)\s*:/im,
  /^(sincerely|respectfully|regards|best regards|kind regards|yours truly|thank you for your)\b/im,
  /\b(electronically signed|signature\s*:|signed\s*:)/i,
];
/** An editor's own accessible name ("Rich Text Area. Press ALT-0 for help") is not the document's label. */
const EDITOR_CHROME = /\b(rich text|editor|editing area|press alt|toolbar)\b/i;

/**
 * The candidate read as a whole document, or null when it is a field: an editor or textarea whose text is
 * long, in several lines, and either letter-like (two of salutation, RE line, closing, signature) or, in an
 * editor, a note in headed sections.
 */
export function* documentRegionSteps(candidate: CandidateField, clues: FieldClues): Steps<DocumentRegion | null> {
  const { element, kind } = candidate;
  if (kind !== 'contenteditable' && kind !== 'textarea') return null;
  // An editor keeps its source textarea hidden, holding the letter's markup: the editor is the document, not it.
  if (kind === 'textarea' && isHiddenSource(element)) return null;
  const mapped = kind === 'contenteditable' ? yield* readRegionTextSteps(element) : null;
  const text = mapped ? mapped.text : String(domProperty(element as HTMLTextAreaElement, 'value') ?? '').slice(0, MAX_REGION_TEXT);
  if (!mapped && /<(p|div|br|h[1-6])\b[^>]*>/i.test(text)) return null;
  // The reader finds the headings the text shows itself; it is told only those the markup shows.
  const headings = mapped?.headings ?? [];
  if (!isWholeDocument(text, mergeSpans(headings, textHeadings(text)), Boolean(mapped))) return null;
  return { element, label: regionLabel(candidate, clues), text, headings, mapped, rendered: false };
}

/** A site's navigation: a page that has it shows its document in an article or main, not in the whole body. */
const SITE_CHROME = 'nav, [role=navigation], [role=menubar]';
/**
 * A rendered record whose words sit mostly in tables and definition lists (a C-CDA's problem, medication and
 * vitals grids) is read better cell by cell, as label/value pairs; a note or plan is read whole when more of its
 * words are prose than this share.
 */
const MAX_TABULAR_SHARE = 0.5;

/**
 * A read-only rendered document (a print view, a PDF converted to HTML): the first of [role=document], the body
 * of a page with no site navigation, article, main or the body that holds no form control and reads as a whole letter, or as a note or plan in headed
 * sections written mostly in prose. A page with a form in it is a form, read as one; a rendered record mostly in
 * tables (a C-CDA) keeps its section and label/value fields (document-sections.ts, label-pairs.ts).
 */
export function* renderedDocumentSteps(doc: Document): Steps<DocumentRegion | null> {
  // Through the DOM's own getter: <img name="body"> would clobber document.body.
  const body = domProperty(doc, 'body');
  if (!body || domProperty(body, 'localName') !== 'body') return null;
  // A print view's letterhead often sits outside its <main>: a page with no site navigation is its document.
  const bare = !holdsMatchOf(body, SITE_CHROME);
  for (const root of [...queryAllOf(body, '[role=document]'), ...(bare ? [body] : []), ...queryAllOf(body, 'article, main'), body]) {
    if (holdsMatchOf(root, CANDIDATE_CONTROLS)) continue;
    const mapped = yield* readRegionTextSteps(root);
    const headings = mergeSpans(mapped.headings, textHeadings(mapped.text));
    if (!isWholeDocument(mapped.text, headings, !isMostlyTables(root, mapped.text))) continue;
    return { element: root, label: cleanText(doc.title ?? '').slice(0, 500), text: mapped.text, headings: mapped.headings, mapped, rendered: true };
  }
  return null;
}

/** More of the root's words in tables and definition lists than MAX_TABULAR_SHARE. */
function isMostlyTables(root: Element, text: string): boolean {
  const tables = Array.from(queryAllOf(root, 'table, dl')).filter((table) => !closestOf(domProperty(table, 'parentElement') ?? root, 'table, dl'));
  const tabular = tables.reduce((sum, table) => sum + wordsIn(domProperty(table, 'textContent') ?? ''), 0);
  return tabular > wordsIn(text) * MAX_TABULAR_SHARE;
}

function wordsIn(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function isHiddenSource(element: Element): boolean {
  const style = (attributeOf(element, 'style') ?? '').replace(/\s+/g, '').toLowerCase();
  return hasAttributeOf(element, 'hidden') || attributeOf(element, 'aria-hidden') === 'true' || /display:none|visibility:hidden/.test(style);
}

/**
 * Long, in several lines, and shaped like a letter or, where `sections` allows it (an editor, a rendered page
 * mostly in prose), a note in headed sections.
 */
export function isWholeDocument(text: string, headings: readonly TextSpan[], sections: boolean): boolean {
  const words = wordsIn(text);
  const lines = text.split('\n').filter((line) => line.trim()).length;
  if (words < MIN_WORDS || lines < MIN_LINES) return false;
  const letterMarks = LETTER_MARKS.filter((pattern) => pattern.test(text)).length;
  return letterMarks >= 2 || (sections && headings.length >= MIN_HEADINGS);
}

/** Lines the text itself shows as headings ("Treatment history:", "ASSESSMENT"), for telling a note from a field. */
function textHeadings(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (TEXT_HEADING.test(trimmed) && /\p{L}{2}/u.test(trimmed)) {
      const offset = start + line.indexOf(trimmed);
      spans.push({ start: offset, end: offset + trimmed.length });
    }
    start += line.length + 1;
  }
  return spans;
}

function mergeSpans(markup: readonly TextSpan[], typed: readonly TextSpan[]): TextSpan[] {
  const all = [...markup];
  for (const span of typed) if (!markup.some((other) => other.start < span.end && span.start < other.end)) all.push(span);
  return all.sort((a, b) => a.start - b.start);
}

/**
 * The words that name the region: its label, aria-labelledby or aria-label, else the heading before it. Never
 * nearby text (an editor's toolbar sits right before it) nor the editor's own accessible name.
 */
function regionLabel(candidate: CandidateField, clues: FieldClues): string {
  const named = clues.signals.find((signal) =>
    (signal.kind === 'label' || signal.kind === 'aria-labelledby' || signal.kind === 'aria-label' || signal.kind === 'legend')
    && !EDITOR_CHROME.test(signal.text));
  return cleanText(named?.text ?? candidate.heading).slice(0, 500);
}

/** A region as the background reads it: its text, headings, what it is called, and its fields' key prefix. */
export function pageDocumentOf(region: DocumentRegion, position: number): PageDocument {
  const headings = region.headings.slice(0, MAX_HEADING_SPANS);
  return { keyPrefix: `r${position}-`, text: region.text, headings, word: documentWord(region), label: region.label, ...(region.rendered && { rendered: true }) };
}

/** As many heading spans as a page document may carry (utils/messages.ts). */
const MAX_HEADING_SPANS = 1000;

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

/** Where in a document region a field's text is (its evidence span) or belongs (a missing component's anchor). */
export interface TextPlace {
  region: DocumentRegion;
  span: TextSpan | null;
  anchor: number | null;
}
