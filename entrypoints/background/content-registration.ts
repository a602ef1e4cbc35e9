import { browser } from 'wxt/browser';

const AUTO_RUN_SCRIPT_ID = 'claimlint-auto-run';
export const CONTENT_SCRIPT_FILE = '/content-scripts/claim.js';

/**
 * ClaimLint runs by itself only on the sites the user granted (optional host permissions; a development build
 * also has 127.0.0.1 and localhost). Everywhere else it runs when the user clicks the toolbar button.
 * Called at start-up and whenever a permission is added or removed, so the registration follows the grants.
 */
export async function syncAutoRunSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = origins.filter((origin) => /^(https?|file):\/\//.test(origin));
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_RUN_SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [AUTO_RUN_SCRIPT_ID] });
  if (matches.length === 0) return [];
  await browser.scripting.registerContentScripts([
    {
      id: AUTO_RUN_SCRIPT_ID,
      js: [CONTENT_SCRIPT_FILE.slice(1)],
      matches,
      allFrames: true,
      // Editors such as TinyMCE keep the letter in an about:blank or srcdoc iframe, whose URL no pattern matches:
      // the frame is checked by its parent's origin instead (a data: or blob: frame by its creator's).
      matchOriginAsFallback: true,
      runAt: 'document_idle',
    },
  ]);
  return matches;
}
