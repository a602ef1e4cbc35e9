import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { closestOf, hasAttributeOf } from '../../utils/fields/dom-builtins';

const EDIT_DEBOUNCE_MS = 350;
const MUTATION_DEBOUNCE_MS = 700;
/** A busy page still gets its re-check: the idle callback runs after this long at the latest. */
const IDLE_TIMEOUT_MS = 1000;

interface PageWatchers {
  /** The user typed, chose or the page changed its fields: check again. */
  onEdit(): void;
  /** Scroll or resize: marks must follow their fields. */
  onLayout(): void;
}

/**
 * Listens for what should trigger a re-check. Edits are debounced so typing is not slowed; DOM changes that
 * ClaimLint itself made (its mark layer) are ignored, or every mark would trigger another scan.
 *
 * One debounce timer and one idle callback, reused for every edit, with one invalidation hook for both. (WXT's
 * ctx.setTimeout / ctx.requestIdleCallback add an invalidation listener per call that stays until the script
 * is invalidated: one listener per keystroke, for as long as the tab is open.)
 */
export function watchPage(ctx: ContentScriptContext, watchers: PageWatchers): void {
  let editTimer: ReturnType<typeof setTimeout> | undefined;
  let idleCallback: number | undefined;
  const cancelPending = () => {
    if (editTimer !== undefined) clearTimeout(editTimer);
    if (idleCallback !== undefined) cancelIdleCallback(idleCallback);
    editTimer = idleCallback = undefined;
  };
  const scheduleEdit = (delay: number) => {
    cancelPending();
    editTimer = setTimeout(() => {
      editTimer = undefined;
      idleCallback = requestIdleCallback(() => {
        idleCallback = undefined;
        if (ctx.isValid) watchers.onEdit();
      }, { timeout: IDLE_TIMEOUT_MS });
    }, delay);
  };
  ctx.onInvalidated(cancelPending);

  // ctx.addEventListener passes ctx.signal: each listener goes with the script, none is added per event.
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
