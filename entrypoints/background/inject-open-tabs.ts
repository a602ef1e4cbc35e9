import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from './content-registration';

/**
 * After ClaimLint is installed, updated or reloaded, the tabs already open on sites the user granted have no
 * working content script (the old one lost its extension; registered scripts only run on the next page load).
 * Inject the new one into them, in every frame, so edits are checked and the submit guard holds without the user
 * reloading. The new script runs in the same isolated world as the old one (same extension id), where WXT's
 * "a newer script started" notice invalidates the old one at once: its marks, listeners and observers go
 * (test/e2e/worker-restart.e2e.test.ts). Returns how many tabs it reached.
 */
export async function injectIntoOpenTabs(): Promise<number> {
  const { origins = [] } = await browser.permissions.getAll();
  const granted = origins.filter((origin) => /^(https?|file):\/\//.test(origin));
  if (granted.length === 0) return 0;
  const tabs = await browser.tabs.query({ url: granted });
  const injected = await Promise.all(tabs.map(async (tab) => {
    if (tab.id === undefined || tab.discarded) return false;
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
      return true;
    } catch {
      // A tab that is loading, crashed or showing an error page: its next load gets the registered script.
      return false;
    }
  }));
  return injected.filter(Boolean).length;
}
