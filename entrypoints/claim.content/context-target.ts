import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { closestOf } from '../../utils/fields/dom-builtins';

const FIELD_LIKE = 'input, select, textarea, [contenteditable=""], [contenteditable="true"], h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * Remembers the element the user last right-clicked, so the "ClaimLint: this field is…" menu can name it.
 * composedPath() reaches into open shadow roots; a click on a label means the control it labels.
 */
export function trackContextTarget(ctx: ContentScriptContext): () => Element | null {
  let target: Element | null = null;
  ctx.addEventListener(
    document,
    'contextmenu',
    (event) => {
      const origin = event.composedPath()[0];
      target = origin instanceof Element ? fieldFor(origin) : null;
    },
    { capture: true, passive: true },
  );
  return () => (target?.isConnected ? target : null);
}

/** `element` may be a form, whose controls can shadow closest() (see dom-builtins.ts). */
function fieldFor(element: Element): Element | null {
  const label = closestOf(element, 'label');
  if (label instanceof HTMLLabelElement && label.control) return label.control;
  return closestOf(element, FIELD_LIKE);
}
