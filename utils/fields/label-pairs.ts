/**
 * Label/value pairs of read-only documents: a document header's "Patient | Eve Example", "Date of Birth: May 1,
 * 1975" or <dt>Member ID</dt><dd>…</dd>. Only where neither side holds a form control: a label next to an
 * input is that input's label, and the form field already says so.
 */
import type { DocumentPart } from './document-sections';
import { isFormControl, isSkippedForText, textFrom, textOf } from './document-text';
import { attributeOf, closestOf, domProperty } from './dom-builtins';
import { elementsIn } from './roots';
import { WALK_STEP, type Steps } from './steps';
import { cleanText } from './text';

/** A label is a few words; longer text next to a value is a sentence. */
const MAX_LABEL = 80;
const INLINE_LABEL_TAGS = new Set(['span', 'b', 'strong', 'label', 'em', 'i', 'font', 'div', 'p']);
/** The value of an inline pair ends with its line: a break or the next block. */
const BLOCK_TAGS = new Set(['p', 'div', 'ul', 'ol', 'li', 'table', 'dl', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'blockquote', 'pre']);

/** Every read-only label/value pair of the document (and its open shadow roots, up to `end`), in document order. */
export function* findLabelPairsSteps(doc: Document, end: Element | null = null): Steps<DocumentPart[]> {
  const pairs: DocumentPart[] = [];
  let visited = 0;
  for (const element of elementsIn(doc, end)) {
    if (++visited % WALK_STEP === 0) yield;
    if (isSkippedForText(element) || element.closest('[data-claimlint-ui]')) continue;
    const pair = element.localName === 'dt' ? definitionPair(element) : isCell(element) ? cellPair(element) : inlinePair(element) ?? classedPair(element);
    if (pair) pairs.push(pair);
    else pairs.push(...factsInBanner(element));
  }
  return pairs;
}

function definitionPair(dt: Element): DocumentPart | null {
  const values: string[] = [];
  for (let sibling = dt.nextElementSibling; sibling && sibling.localName === 'dd'; sibling = sibling.nextElementSibling) {
    const text = textOf(sibling);
    if (text === null) return null;
    if (text) values.push(text);
  }
  return pairOf(dt, values.join('\n'));
}

/** A th, or a td marked or written as a label, followed in its row by the value cell. */
function cellPair(cell: Element): DocumentPart | null {
  if (!looksLikeLabelCell(cell)) return null;
  const value = cell.nextElementSibling;
  if (!value || !isCell(value) || looksLikeLabelCell(value)) return null;
  // A value cell may hold further labelled values ("Eve Example <span>Date of Birth:</span> May 1, 1975"): this
  // pair's value ends before them (inlinePair reads each of them on its own).
  const text = textFrom(value.firstChild, value, isInlineLabel) || textOf(value);
  return text ? pairOf(cell, text) : null;
}

/** A short element ending in a colon, "Date of Birth:": the label of the value after it. */
function isInlineLabel(element: Element): boolean {
  if (!INLINE_LABEL_TAGS.has(element.localName) || element.children.length > 1) return false;
  const raw = (element.textContent ?? '').trim();
  return raw.endsWith(':') && raw.length <= MAX_LABEL + 1;
}

function looksLikeLabelCell(cell: Element): boolean {
  if (cell.localName === 'th') return cell.getAttribute('scope') !== 'col' && !cell.closest('thead');
  if (/label|caption|heading|title|key|name-cell/i.test(cell.getAttribute('class') ?? '')) return true;
  const raw = (cell.textContent ?? '').trim();
  if (raw.endsWith(':')) return true;
  // A cell whose whole text is bold is how table layouts mark labels.
  const only = cell.children.length === 1 ? cell.children[0]! : null;
  return only !== null && ['b', 'strong'].includes(only.localName) && cleanText(only.textContent ?? '') === cleanText(raw);
}

/**
 * "Date of Birth: May 1, 1975" written as a short element ending in a colon, then the value: the text after
 * it up to the next such label or the end of the line.
 */
function inlinePair(element: Element): DocumentPart | null {
  if (!isInlineLabel(element)) return null;
  const parts: string[] = [];
  for (let node = element.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const sibling = node as Element;
    if (sibling.localName === 'br' || BLOCK_TAGS.has(sibling.localName) || isSkippedForText(sibling)) break;
    if (isFormControl(sibling) || sibling.querySelector('input, select, textarea, [contenteditable]')) return null;
    if ((sibling.textContent ?? '').trim().endsWith(':') && sibling.children.length <= 1) break;
    parts.push(sibling.textContent ?? '');
  }
  const value = cleanText(parts.join(' '));
  return value ? pairOf(element, value) : null;
}

/** A class naming its element a label: slds-form-element__label, ant-descriptions-item-label, field-label, label. */
const LABEL_CLASS = /(^|[-_])label$/i;

/**
 * A read-only record's label marked by its class rather than a colon, and the value in the element after it:
 * SLDS "<span class=slds-form-element__label>Member ID</span><div class=slds-form-element__control><div
 * class=slds-form-element__static>KPW55…</div></div>", or a details list's label/content pair. The value holds
 * no form control (a label beside an input is that input's label) and no label of its own.
 */
function classedPair(element: Element): DocumentPart | null {
  if (element.children.length > 1 || !Array.from(element.classList).some((token) => LABEL_CLASS.test(token))) return null;
  const value = domProperty(element, 'nextElementSibling');
  if (!value || isSkippedForText(value) || Array.from(value.classList).some((token) => LABEL_CLASS.test(token))) return null;
  if (value.querySelector('label, legend, [class*=label], [class*=Label]')) return null;
  const text = textOf(value);
  return text ? pairOf(element, text) : null;
}

function pairOf(labelElement: Element, value: string): DocumentPart | null {
  if (labelElement.querySelector('input, select, textarea, [contenteditable]')) return null;
  if (labelElement.localName === 'label' && labelElement.hasAttribute('for')) return null;
  const label = cleanText(labelElement.textContent ?? '');
  if (!label || label.length > MAX_LABEL || !/\p{L}/u.test(label)) return null;
  return { element: labelElement, label, text: value, source: 'pair' };
}

function isCell(element: Element): boolean {
  return element.localName === 'td' || element.localName === 'th';
}

/**
 * Where apps state facts in one line of text: a patient banner, an alert, a card or page header, a heading, a
 * badge or tag ("Primary: Medicare Part B", "Date of service: 12/03/2026", "DOB: 01/02/1970 · MRN: 55012").
 */
const FACT_HOLDER = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', '[role=heading]', 'header', '[role=banner]', '[role=alert]', '[role=status]',
  '.alert', '.badge', '.card-header', '.card-title', '.card-subtitle', '.panel-heading', '.MuiAlert-root', '.MuiCardHeader-root',
  '.MuiChip-root', '.ant-alert', '.ant-card-head', '.ant-tag', '.ant-page-header', '.mantine-Alert-root', '.mantine-Badge-root',
  '.v-alert', '.v-chip', '.p-tag', '.p-message', '[class*=banner]', '[class*=Banner]',
].join(', ');
/** Separators between facts on one line: a middle dot, a bullet, a bar, a spaced dash. */
const FACT_SEPARATOR = /\s[\u00b7\u2022|\u2014\u2013]\s|\s-\s|\s{3,}|\u00b7|\u2022|\|/;
/** "Label: value": a label of a few words, then a short value. */
const FACT = /^([^:]{2,40}?)\s*:\s*(\S.{0,79})$/;
const MAX_FACT_LABEL_WORDS = 5;
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role=heading]';

/** The "Label: value" facts an element's own text states, when it holds nothing but text and sits in a fact holder. */
function factsInBanner(element: Element): DocumentPart[] {
  if (domProperty(element, 'childElementCount') !== 0) return [];
  // Its own text first: few leaves hold a colon, and the ancestor lookups below cost more.
  const raw = domProperty(element, 'textContent') ?? '';
  if (!raw.includes(':') || raw.length > 400 || !closestOf(element, FACT_HOLDER)) return [];
  // A heading's colon more often starts a subtitle ("Request prior authorization: outpatient PT"): there, only a
  // value with digits (a date, an ID) is a fact.
  const inHeading = closestOf(element, HEADINGS) !== null;
  if (closestOf(element, 'label, button, [role=button], option, select, textarea, [contenteditable]')) return [];
  if (attributeOf(element, 'contenteditable') !== null) return [];
  const facts: DocumentPart[] = [];
  for (const segment of raw.split(FACT_SEPARATOR)) {
    const match = FACT.exec(segment.replace(/\s+/g, ' ').trim());
    if (!match) continue;
    const label = cleanText(match[1]!);
    const value = cleanText(match[2]!);
    // A time ("10:30") is no label; a label has letters and a few words; a value that ends in a colon is a label.
    if (!/\p{L}/u.test(label) || /\d$/.test(label) || label.split(' ').length > MAX_FACT_LABEL_WORDS) continue;
    if (!value || segment.trim().endsWith(':') || /^\/\//.test(match[2]!) || (inHeading && !/\d/.test(value))) continue;
    facts.push({ element, label, text: value, source: 'pair', fact: true });
  }
  return facts;
}
