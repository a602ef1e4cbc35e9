import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { closestOf, hasAttributeOf } from '../../utils/fields/dom-builtins';

const EDIT_DEBOUNCE_MS = 350;
const MUTATION_DEBOUNCE_MS = 700;
/** When no animation frame comes (a hidden tab), an edit is handed on after this long. */
const HIDDEN_TAB_EDIT_MS = 50;
/** A busy page still gets its re-check: the idle callback runs after this long at the latest. */
const IDLE_TIMEOUT_MS = 1000;

interface PageWatchers {
  /** The page changed its fields, or an edit needs a whole scan: check the page again. */
  onEdit(): void;
  /**
   * The user typed or chose in these controls (each event's own target, inside open shadow roots too), all
   * events of one task together: the session reads those controls again.
   */
  onValueEdits(targets: Element[]): void;
  /** The page changed its elements (not only values): anything read of its structure is out of date. */
  onStructureChange(): void;
  /** Scroll or resize: marks must follow their fields. */
  onLayout(): void;
}

/** What the session may ask of the watcher. */
export interface PageWatch {
  /** Check the whole page again after the edit debounce (an edit the session cannot read on its own). */
  scheduleRecheck(): void;
}

/**
 * Listens for what should trigger a re-check. An edit of a control is handed on at the end of its task (the
 * session reads only that control again, a small job); a whole re-check is debounced so typing is not slowed.
 * DOM changes that ClaimLint itself made (its mark layer) are ignored, or every mark would trigger another scan.
 *
 * One debounce timer and one idle callback, reused for every edit, with one invalidation hook for both. (WXT's
 * ctx.setTimeout / ctx.requestIdleCallback add an invalidation listener per call that stays until the script
 * is invalidated: one listener per keystroke, for as long as the tab is open.)
 */
export function watchPage(ctx: ContentScriptContext, watchers: PageWatchers): PageWatch {
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
  // The edits of one task (a paste, a script setting several boxes) are handed on together, after the page's own
  // handlers (which may reformat the value), in the next animation frame: a timer would wait until the page has
  // laid out and painted the keystroke, 10+ ms on a big form. A hidden tab runs no frames, so a timer backs it up.
  const editedTargets = new Set<Element>();
  let valueTimer: ReturnType<typeof setTimeout> | undefined;
  let valueFrame = 0;
  const cancelValueEdits = () => {
    if (valueTimer !== undefined) clearTimeout(valueTimer);
    cancelAnimationFrame(valueFrame);
    valueTimer = undefined;
    valueFrame = 0;
  };
  const handOnValueEdits = () => {
    cancelValueEdits();
    const targets = [...editedTargets];
    editedTargets.clear();
    if (ctx.isValid && targets.length > 0) watchers.onValueEdits(targets);
  };
  const onValueEvent = (event: Event) => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    editedTargets.add(target);
    if (valueTimer !== undefined) return;
    valueTimer = setTimeout(handOnValueEdits, HIDDEN_TAB_EDIT_MS);
    valueFrame = requestAnimationFrame(handOnValueEdits);
  };
  ctx.onInvalidated(() => {
    cancelPending();
    cancelValueEdits();
  });

  // ctx.addEventListener passes ctx.signal: each listener goes with the script, none is added per event.
  const options = { capture: true, passive: true } as const;
  ctx.addEventListener(document, 'input', onValueEvent, options);
  ctx.addEventListener(document, 'change', onValueEvent, options);
  ctx.addEventListener(window, 'scroll', () => watchers.onLayout(), options);
  ctx.addEventListener(window, 'resize', () => watchers.onLayout(), { passive: true });

  const observer = new MutationObserver((mutations) => {
    if (mutations.every(isClaimLintMutation)) return;
    watchers.onStructureChange();
    scheduleEdit(MUTATION_DEBOUNCE_MS);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  return { scheduleRecheck: () => scheduleEdit(EDIT_DEBOUNCE_MS) };
}

function isClaimLintMutation(mutation: MutationRecord): boolean {
  const target = mutation.target;
  // The target may be a form, whose controls can shadow these methods (see dom-builtins.ts).
  if (target instanceof Element && closestOf(target, '[data-claimlint-ui]')) return true;
  const nodes = [...mutation.addedNodes, ...mutation.removedNodes];
  return nodes.length > 0 && nodes.every((node) => node instanceof Element && hasAttributeOf(node, 'data-claimlint-ui'));
}
