import { defineContentScript } from 'wxt/utils/define-content-script';
import { claimFileText } from './claim-file-text';
import { startClaimFileSession } from './claim-file-session';
import { startClaimLintSession } from './session';

const LOADED = Symbol.for('claimlint.session');

export default defineContentScript({
  // Not in the manifest: the background registers it for sites the user granted and injects it on a toolbar
  // click (activeTab), so ClaimLint asks for no host permission at install.
  registration: 'runtime',
  main(ctx) {
    // A toolbar click on a page where ClaimLint already runs injects the script again; one session is enough.
    const scope = globalThis as typeof globalThis & { [LOADED]?: boolean };
    if (scope[LOADED]) return;
    scope[LOADED] = true;
    ctx.onInvalidated(() => {
      scope[LOADED] = false;
    });
    try {
      // A claim file shown as text (top frame only) is read by the background; any other page by the page reader.
      const claimFile = window === window.top ? claimFileOrNull() : null;
      if (claimFile) startClaimFileSession(ctx, claimFile);
      else startClaimLintSession(ctx);
    } catch (error) {
      console.debug('ClaimLint could not start on this page:', error instanceof Error ? error.message : error);
    }
  },
});

/** The claim file this tab shows, if any. A page the look throws on is still checked as a page. */
function claimFileOrNull(): ReturnType<typeof claimFileText> {
  try {
    return claimFileText(document);
  } catch (error) {
    console.debug('ClaimLint:', error instanceof Error ? error.message : error);
    return null;
  }
}
