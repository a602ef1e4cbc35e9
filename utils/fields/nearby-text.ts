/**
 * Text written next to a field when the page has no <label>: "Patient DOB: [____]", a label cell left of an
 * input cell, "Additional notes:<br>[textarea]". The weakest signal, because neighbours leak labels: the walk
 * stops at the first other form control, takes only the closest piece of text, and ignores paragraphs.
 */
import { cleanText, isElementNode, isTextNode, textWithoutControls } from './text';

export const CONTROL_SELECTOR = 'input:not([type=hidden]), select, textarea, button, [contenteditable]';
const MAX_LABEL_LENGTH = 150;
const MAX_CLIMB = 4;
const LINE_BREAKS = new Set(['br', 'hr', 'wbr']);
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);
/** Climbing out of these would reach the next form or section. */
const STOP_AT = new Set(['body', 'html', 'form', 'fieldset', 'table', 'tbody', 'thead', 'ul', 'ol', 'dl', 'section', 'main']);

/**
 * The closest text before `element` on its line or in the cell before it, or null. `own` holds the elements
 * that make up the field (the radios of a group), which do not stop the walk.
 */
export function precedingText(element: Element, own: ReadonlySet<Element> = new Set([element])): string | null {
  let node: Element = element;
  for (let level = 0; level < MAX_CLIMB; level++) {
    const found = scanSiblings(node, own, 'previous');
    if (found !== undefined) return found;
    const parent = node.parentElement;
    if (!parent || STOP_AT.has(parent.localName) || holdsOtherControls(parent, own)) return null;
    node = parent;
  }
  return null;
}

/** The text right after a checkbox or radio ("[x] Signature on file"), on the same line only. */
export function followingText(element: Element): string | null {
  const found = scanSiblings(element, new Set([element]), 'next');
  return found ?? null;
}

/** undefined: nothing at this level, keep climbing; null: stop, no label; string: the label. */
function scanSiblings(node: Element, own: ReadonlySet<Element>, direction: 'previous' | 'next'): string | null | undefined {
  for (let sibling = step(node, direction); sibling; sibling = step(sibling, direction)) {
    if (isTextNode(sibling)) {
      const text = usableText(sibling.textContent ?? '');
      if (text === null) return null;
      if (text) return text;
      continue;
    }
    if (!isElementNode(sibling)) continue;
    if (LINE_BREAKS.has(sibling.localName)) {
      if (direction === 'next') return null;
      continue;
    }
    if (NOT_TEXT.has(sibling.localName) || isOurs(sibling) || sibling.hasAttribute('hidden')) continue;
    if (isOtherControl(sibling, own)) return null;
    const text = usableText(textWithoutControls(sibling), sibling.textContent ?? '');
    if (text === null) return null;
    if (text) return text;
  }
  return undefined;
}

function step(node: Node, direction: 'previous' | 'next'): Node | null {
  return direction === 'previous' ? node.previousSibling : node.nextSibling;
}

/**
 * '' = nothing useful here, keep looking; null = a paragraph, not a label: stop. A trailing colon is kept: it
 * marks the text as a label ("Frequency & Duration:"), which the signal reader trusts more.
 */
function usableText(raw: string, written = raw): string | null {
  const text = cleanText(raw);
  if (!/[\p{L}\p{N}$#]/u.test(text)) return '';
  if (text.length > MAX_LABEL_LENGTH) return null;
  return written.trim().endsWith(':') ? `${text}:` : text;
}

function isOtherControl(element: Element, own: ReadonlySet<Element>): boolean {
  if (own.has(element)) return false;
  if (element.matches(CONTROL_SELECTOR)) return true;
  return Array.from(element.querySelectorAll(CONTROL_SELECTOR)).some((control) => !own.has(control));
}

function holdsOtherControls(container: Element, own: ReadonlySet<Element>): boolean {
  return Array.from(container.querySelectorAll(CONTROL_SELECTOR)).some((control) => !own.has(control));
}

function isOurs(element: Element): boolean {
  return element.hasAttribute('data-claimlint-ui');
}
