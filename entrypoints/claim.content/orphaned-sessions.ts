import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** A DOM event every new session sends to the ones already in the page (DOM events reach every script world). */
const SESSION_STARTED = 'claimlint:session-started';

/**
 * After ClaimLint is updated or reloaded, the old content script stays in the page with no extension behind it,
 * its marks still drawn and its listeners still attached. (WXT's own "a newer script started" notice carries its
 * data in the event's detail, which does not cross from the new script's world to the old one.) A new session
 * announces itself; an old session that hears it asks whether its extension is still there, and ctx.isValid
 * invalidates it when not, which removes its marks, listeners and observers at once.
 */
export function retireOrphanedSessions(ctx: ContentScriptContext): void {
  document.dispatchEvent(new Event(SESSION_STARTED));
  ctx.addEventListener(document, SESSION_STARTED, () => void ctx.isValid);
}
