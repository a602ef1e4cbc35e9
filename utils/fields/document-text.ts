/**
 * Text of read-only document content (a note section, a value cell) for 'document' fields: block boundaries
 * become line breaks, runs of spaces collapse, scripts and hidden parts are skipped, and the walk gives up on
 * content that holds a form control, because then the text is a form's label, not a document.
 */

import { attributeOf, domProperty, hasAttributeOf } from './dom-builtins';

/** A section's text is capped: checks read the words, and 20k characters is already pages of notes. */
export const MAX_DOCUMENT_TEXT = 20_000;

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'svg', 'canvas', 'iframe', 'object']);
const BLOCKS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'tr', 'table', 'thead', 'tbody', 'br', 'hr', 'dt', 'dd', 'dl', 'section', 'article',
  'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'header', 'footer', 'aside', 'main', 'fieldset',
]);
const CELLS = new Set(['td', 'th']);
const INERT_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'image', 'reset']);

/** True for an element a user types into or picks from. */
export function isFormControl(element: Element): boolean {
  switch (element.localName) {
    case 'textarea':
    case 'select':
      return true;
    case 'input':
      return !INERT_INPUT_TYPES.has((element.getAttribute('type') ?? 'text').trim().toLowerCase());
    default: {
      const editable = attributeOf(element, 'contenteditable');
      return editable !== null && ['', 'true', 'plaintext-only'].includes(editable.trim().toLowerCase());
    }
  }
}

/** Whether an element is left out of document text: not shown, not content, or ClaimLint's own. */
export function isSkippedForText(element: Element): boolean {
  return (
    SKIPPED.has(element.localName) ||
    hasAttributeOf(element, 'hidden') ||
    attributeOf(element, 'aria-hidden') === 'true' ||
    hasAttributeOf(element, 'data-claimlint-ui')
  );
}

/**
 * Collects text from `start` onward in document order, not beyond `container`, until `stop` says so. Returns
 * null when a form control comes first.
 */
export function textFrom(start: Node | null, container: Node, stop: (element: Element) => boolean): string | null {
  const out = new TextCollector();
  let node = start;
  while (node && !out.full()) {
    if (node.nodeType === 1) {
      const element = node as Element;
      if (stop(element)) break;
      if (isFormControl(element)) return null;
      if (isSkippedForText(element)) {
        node = nextOutside(element, container);
        continue;
      }
      out.boundary(element.localName);
    } else if (node.nodeType === 3) {
      out.add(node.textContent ?? '');
    }
    node = nextInside(node, container);
  }
  return out.result();
}

/** The text of one element's content, or null when it holds a form control. */
export function textOf(element: Element): string | null {
  return textFrom(element.firstChild, element, () => false);
}

/** The next node in document order, staying inside `container`. */
export function nextInside(node: Node, container: Node): Node | null {
  return domProperty(node, 'firstChild') ?? nextOutside(node, container);
}

/** The next node after `node`'s subtree in document order, staying inside `container`. */
export function nextOutside(node: Node, container: Node): Node | null {
  // Through the DOM's own getters: the walk may pass a form, whose controls can shadow them (see dom-builtins.ts).
  for (let current: Node | null = node; current && current !== container; current = domProperty(current, 'parentNode')) {
    const next = domProperty(current, 'nextSibling');
    if (next) return next;
  }
  return null;
}

class TextCollector {
  private text = '';

  add(raw: string): void {
    this.text += raw.replace(/\s+/g, ' ');
  }

  boundary(tag: string): void {
    if (BLOCKS.has(tag)) this.text += '\n';
    else if (CELLS.has(tag)) this.text += ' ';
  }

  full(): boolean {
    return this.text.length > MAX_DOCUMENT_TEXT * 2;
  }

  result(): string {
    const lines = this.text.split('\n').map((line) => line.replace(/ {2,}/g, ' ').trim()).filter(Boolean);
    const text = lines.join('\n');
    return text.length > MAX_DOCUMENT_TEXT ? text.slice(0, MAX_DOCUMENT_TEXT) : text;
  }
}
