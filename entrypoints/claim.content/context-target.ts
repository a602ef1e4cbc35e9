import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { closestOf, domProperty } from '../../utils/fields/dom-builtins';

const FIELD_LIKE = 'input, select, textarea, [contenteditable=""], [contenteditable="true"], h1, h2, h3, h4, h5, h6, [role="heading"]';
/** Longer text than this is a paragraph or a whole section, not one value a biller would point at. */
const MAX_VALUE_TEXT = 300;
const NOT_A_VALUE = new Set(['html', 'body', 'main', 'form', 'table', 'tbody', 'thead', 'tr', 'ul', 'ol', 'script', 'style']);

/**
 * Remembers the element the user last right-clicked, so the "ClaimLint: this field is…" menu can name it.
 * composedPath() reaches into open shadow roots; a click on a label means the control it labels; a click on a
 * chip, a read-only value, a table cell or selected text means the element holding that text.
 */
export function trackContextTarget(ctx: ContentScriptContext): () => Element | null {
  let target: Element | null = null;
  ctx.addEventListener(
    document,
    'contextmenu',
    (event) => {
      const origin = event.composedPath()[0];
      target = origin instanceof Element ? fieldFor(origin) ?? selectedText(origin) : null;
    },
    { capture: true, passive: true },
  );
  return () => (target?.isConnected ? target : null);
}

/** `element` may be a form, whose controls can shadow closest() (see dom-builtins.ts). */
function fieldFor(element: Element): Element | null {
  if (closestOf(element, '[data-claimlint-ui]')) return null;
  const label = closestOf(element, 'label');
  if (label instanceof HTMLLabelElement && label.control) return label.control;
  return closestOf(element, FIELD_LIKE) ?? valueHolder(element);
}

/** The right-clicked element itself when it holds a short text of its own: a chip, a cell, a read-only value. */
function valueHolder(element: Element): Element | null {
  if (NOT_A_VALUE.has(domProperty(element, 'localName'))) return null;
  const text = (domProperty(element, 'textContent') ?? '').trim();
  return text.length > 0 && text.length <= MAX_VALUE_TEXT ? element : null;
}

/** With text selected, the element holding the selection when the click landed on it (the selection's own words). */
function selectedText(clicked: Element): Element | null {
  const selection = clicked.ownerDocument.getSelection();
  const node = selection && !selection.isCollapsed ? selection.getRangeAt(0).commonAncestorContainer : null;
  const holder = node instanceof Element ? node : node?.parentElement ?? null;
  return holder ? valueHolder(holder) : null;
}
