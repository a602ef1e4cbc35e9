/**
 * Text helpers shared by the signal readers. DOM-only and realm-neutral: no `instanceof`, no globals such as
 * `Node` or `CSS`, because the same code runs in Chromium and in a happy-dom window under Node.
 */

import { attributeOf, hasAttributeOf } from './dom-builtins';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const MAX_TEXT = 300;

/** Elements whose text is a value or code, never a label. */
const SKIPPED_IN_LABEL_TEXT = new Set(['input', 'select', 'textarea', 'option', 'script', 'style', 'template', 'button']);

/**
 * A pure text function that answers a text it has seen from memory: a page repeats its labels and names on every
 * row, and the scan reads each many times. Bounded, so a long session's texts do not pile up.
 */
function remembered(compute: (text: string) => string): (text: string) => string {
  const answers = new Map<string, string>();
  return (text) => {
    if (text.length > MAX_REMEMBERED_LENGTH) return compute(text);
    let answer = answers.get(text);
    if (answer === undefined) {
      if (answers.size >= MAX_REMEMBERED) answers.clear();
      answer = compute(text);
      answers.set(text, answer);
    }
    return answer;
  };
}

/** Distinct texts each remembered function keeps, and the longest it keeps (a label, not a document). */
const MAX_REMEMBERED = 5_000;
const MAX_REMEMBERED_LENGTH = 200;

/** Lower-cases and flattens a label for pattern matching; drops required-field marks and trailing colons. */
export function normalizeText(text: string): string {
  return normalizedText(text);
}

const normalizedText = remembered((text) =>
  text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s:*]+$/, '')
    .replace(/^[\s*]+/, '')
    .toLowerCase(),
);

/** Collapses whitespace and caps length, keeping case: the form a label is shown in. */
export function cleanText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim().replace(/[\s:*]+$/, '');
  return flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT - 1)}…` : flat;
}

/**
 * Splits a name or id into words: `physician_face_patient_dob` -> "physician face patient dob",
 * `patientDOB` -> "patient dob", `line2_units` -> "line 2 units", `svc[3][units]` -> "svc 3 units".
 */
export function nameTokens(raw: string): string {
  return tokensOf(raw);
}

const tokensOf = remembered((raw) =>
  raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2')
    .replace(/[^A-Za-z0-9#]+/g, ' ')
    .trim()
    .toLowerCase(),
);

/**
 * The visible-ish text of an element without the text of form controls inside it (a wrapping label's select
 * would otherwise add every option to the label) and without ClaimLint's own marks.
 */
export function textWithoutControls(element: Element): string {
  const parts: string[] = [];
  collectText(element, parts);
  return cleanText(parts.join(' '));
}

function collectText(node: Node, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      parts.push(child.textContent ?? '');
    } else if (child.nodeType === ELEMENT_NODE) {
      const element = child as Element;
      if (SKIPPED_IN_LABEL_TEXT.has(element.localName)) continue;
      if (hasAttributeOf(element, 'data-claimlint-ui') || hasAttributeOf(element, 'hidden')) continue;
      if (attributeOf(element, 'aria-hidden') === 'true') continue;
      collectText(element, parts);
    }
  }
}

export function isTextNode(node: Node): boolean {
  return node.nodeType === TEXT_NODE;
}

export function isElementNode(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}
