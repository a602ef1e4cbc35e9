import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { closestOf, hasAttributeOf } from '../../utils/fields/dom-builtins';

const EDIT_DEBOUNCE_MS = 350;
const MUTATION_DEBOUNCE_MS = 700;

interface PageWatchers {
  /** The user typed, chose or the page changed its fields: check again. */
  onEdit(): void;
  /** Scroll or resize: marks must follow their fields. */
  onLayout(): void;
}

/**
 * Listens for what should trigger a re-check. Edits are debounced so typing is not slowed; DOM changes that
 * ClaimLint itself made (its mark layer) are ignored, or every mark would trigger another scan.
 */
export function watchPage(ctx: ContentScriptContext, watchers: PageWatchers): void {
  let editTimer: number | undefined;
  const scheduleEdit = (delay: number) => {
    if (editTimer !== undefined) clearTimeout(editTimer);
    editTimer = ctx.setTimeout(() => {
      editTimer = undefined;
      ctx.requestIdleCallback(() => watchers.onEdit(), { timeout: 1000 });
    }, delay);
  };

  const options = { capture: true, passive: true } as const;
  ctx.addEventListener(document, 'input', () => scheduleEdit(EDIT_DEBOUNCE_MS), options);
  ctx.addEventListener(document, 'change', () => scheduleEdit(EDIT_DEBOUNCE_MS), options);
  ctx.addEventListener(window, 'scroll', () => watchers.onLayout(), options);
  ctx.addEventListener(window, 'resize', () => watchers.onLayout(), { passive: true });

  const observer = new MutationObserver((mutations) => {
    if (mutations.every(isClaimLintMutation)) return;
    scheduleEdit(MUTATION_DEBOUNCE_MS);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
}

function isClaimLintMutation(mutation: MutationRecord): boolean {
  const target = mutation.target;
  // The target may be a form, whose controls can shadow these methods (see dom-builtins.ts).
  if (target instanceof Element && closestOf(target, '[data-claimlint-ui]')) return true;
  const nodes = [...mutation.addedNodes, ...mutation.removedNodes];
  return nodes.length > 0 && nodes.every((node) => node instanceof Element && hasAttributeOf(node, 'data-claimlint-ui'));
}
