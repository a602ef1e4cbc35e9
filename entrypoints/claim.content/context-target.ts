import type { ContentScriptContext } from 'wxt/utils/content-script-context';

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

function fieldFor(element: Element): Element | null {
  const label = element.closest('label');
  if (label instanceof HTMLLabelElement && label.control) return label.control;
  return element.closest(FIELD_LIKE);
}
