/**
 * Sections of read-only documents (a rendered C-CDA, a signed note, a printed plan of care): a heading (h1–h6,
 * role=heading, a table caption, or a bold line such as "Goals:") and the text after it, up to the next heading
 * of the same or higher level and not beyond the block that holds the heading alone. A section that holds a
 * form control is a form's part, not a document's, and is left to the form fields.
 */
import { domProperty } from './dom-builtins';
import { elementsIn } from './roots';
import { WALK_STEP, type Steps } from './steps';
import { isSkippedForText, nextOutside, textFrom } from './document-text';
import { cleanText } from './text';

/** A piece of document text and the words that name it. */
export interface DocumentPart {
  /** The heading, caption or label element: what the field is located by. */
  element: Element;
  /** The heading or label text as shown. */
  label: string;
  /** The section's or value's text. */
  text: string;
  source: 'section' | 'pair';
  /** A "Label: value" fact stated inside a heading or banner line: it stands even where its element heads a section. */
  fact?: boolean;
}

/** A bold line longer than this is emphasis, not a heading. */
const MAX_PSEUDO_HEADING = 60;
/** Headings below h6: bold lines end at any heading. */
const PSEUDO_LEVEL = 7;
const BOLD_TAGS = new Set(['b', 'strong']);
const LINE_CONTAINERS = new Set(['p', 'div', 'li', 'td', 'th', 'dd', 'section', 'article', 'body', 'blockquote']);

/** Every headed section of the document (and its open shadow roots, up to `end`) whose content holds no form control. */
export function* findDocumentSectionsSteps(doc: Document, end: Element | null = null): Steps<DocumentPart[]> {
  const levels = new Map<Element, number>();
  const captions: Element[] = [];
  let visited = 0;
  for (const element of elementsIn(doc, end)) {
    if (element.localName === 'caption') captions.push(element);
    const level = headingLevel(element);
    if (level !== null && !isSkippedForText(element) && !element.closest('[data-claimlint-ui]')) levels.set(element, level);
    if (++visited % WALK_STEP === 0) yield;
  }
  const title = cleanText(doc.title ?? '').toLowerCase();
  const headsBelow = countHeadsBelow(levels);
  const parts: DocumentPart[] = [];
  for (const [heading, level] of levels) {
    if (++visited % WALK_STEP === 0) yield;
    const label = cleanText(heading.textContent ?? '');
    // The page's own title heading names the whole document, not a section of it.
    if (!label || (title && label.toLowerCase() === title)) continue;
    const text = sectionText(heading, level, levels, headsBelow);
    if (text) parts.push({ element: heading, label, text, source: 'section' });
  }
  for (const caption of captions) {
    const table = caption.parentElement;
    const label = cleanText(caption.textContent ?? '');
    if (!table || table.localName !== 'table' || !label) continue;
    const text = textFrom(nextOutside(caption, table), table, () => false);
    if (text && !table.querySelector('input, select, textarea, [contenteditable]')) parts.push({ element: caption, label, text, source: 'section' });
  }
  return parts;
}

/** 1–6 for h1–h6, aria-level (default 2) for role=heading, 7 for a bold line; null for anything else. */
function headingLevel(element: Element): number | null {
  const tag = element.localName;
  if (/^h[1-6]$/.test(tag)) return Number(tag[1]);
  if (element.getAttribute('role') === 'heading') {
    const level = Number.parseInt(element.getAttribute('aria-level') ?? '2', 10);
    return Number.isInteger(level) && level >= 1 && level <= 9 ? Math.min(level, 6) : 2;
  }
  return isBoldLine(element) ? PSEUDO_LEVEL : null;
}

/**
 * A bold element that starts a line and either ends with a colon ("Goals:") or is its line's whole text: how
 * notes without heading markup name their sections.
 */
function isBoldLine(element: Element): boolean {
  const bold = BOLD_TAGS.has(element.localName) || /(^|\s)bold(\s|$)/i.test(element.getAttribute('class') ?? '');
  if (!bold || element.closest('h1, h2, h3, h4, h5, h6, [role=heading], label, button, a')) return false;
  if (element.parentElement?.closest('b, strong')) return false;
  const text = cleanText(element.textContent ?? '');
  if (text.length < 2 || text.length > MAX_PSEUDO_HEADING || !/\p{L}/u.test(text)) return false;
  if (!startsLine(element)) return false;
  const raw = (element.textContent ?? '').trim();
  return raw.endsWith(':') || isWholeLine(element);
}

/** No text before the element on its line: nothing before it in its block, or a line break right before it. */
function startsLine(element: Element): boolean {
  // Through the DOM's own getter: the climb passes forms, whose controls can shadow it (see dom-builtins.ts).
  for (let node: Node = element; domProperty(node, 'parentNode'); node = domProperty(node, 'parentNode')!) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (sibling.nodeType === 3 && (sibling.textContent ?? '').trim()) return false;
      if (sibling.nodeType !== 1) continue;
      const tag = (sibling as Element).localName;
      if (tag === 'br' || LINE_CONTAINERS.has(tag) || /^h[1-6]$/.test(tag) || tag === 'table') return true;
      if ((sibling.textContent ?? '').trim()) return false;
    }
    const parent = domProperty(node, 'parentNode') as Element;
    if (parent.nodeType !== 1 || LINE_CONTAINERS.has(parent.localName)) return true;
  }
  return true;
}

function isWholeLine(element: Element): boolean {
  const block = element.parentElement;
  if (!block || !LINE_CONTAINERS.has(block.localName)) return false;
  return cleanText(block.textContent ?? '') === cleanText(element.textContent ?? '');
}

/**
 * The section's text. First within the outermost ancestor that holds this heading and no other heading of its
 * level or higher (the section's own wrapper, so a last section does not run on into the page footer); when
 * that holds nothing after the heading, the headings sit side by side, so the walk goes on through the
 * following siblings up to the next such heading.
 */
function sectionText(heading: Element, level: number, levels: Map<Element, number>, headsBelow: Map<Element, number[]>): string | null {
  const isBoundary = (element: Element) => element !== heading && (levels.get(element) ?? Infinity) <= level;
  let container: Element = heading;
  for (let parent = heading.parentElement; parent; parent = domProperty(parent, 'parentElement')) {
    const counts = headsBelow.get(parent)!;
    if (counts.slice(1, level + 1).reduce((sum, count) => sum + count, 0) > 1) break;
    container = parent;
  }
  if (container !== heading) {
    const own = textFrom(nextOutside(heading, container), container, isBoundary);
    if (own !== '') return own;
  }
  const outer = container.parentNode;
  return outer ? textFrom(nextOutside(heading, outer), outer, isBoundary) : null;
}

/** For every ancestor of a heading: how many headings of each level (index 1–7) it holds. */
function countHeadsBelow(levels: Map<Element, number>): Map<Element, number[]> {
  const counts = new Map<Element, number[]>();
  for (const [heading, level] of levels) {
    for (let parent = heading.parentElement; parent; parent = domProperty(parent, 'parentElement')) {
      let row = counts.get(parent);
      if (!row) counts.set(parent, (row = new Array<number>(PSEUDO_LEVEL + 1).fill(0)));
      row[level]! += 1;
    }
  }
  return counts;
}

