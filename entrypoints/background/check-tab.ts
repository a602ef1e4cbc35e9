import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from './content-registration';

/**
 * "Check this page": ask the content script to scan again, or inject it when it is not there (the click on the
 * toolbar button grants activeTab for this tab). Resolves once the scan is asked for; its result reaches
 * storage.session, where the popup watches for it. Rejects with one line when the page cannot be scripted.
 */
export async function checkTab(tabId: number): Promise<void> {
  if (await askFramesToRescan(tabId)) return;
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
  } catch (error) {
    throw new Error(`ClaimLint can't read this page: ${describe(error)}`);
  }
}

/** Asks every frame of the tab to scan again and send its whole snapshot; false when no content script answers. */
export function askFramesToRescan(tabId: number): Promise<boolean> {
  return Promise.resolve()
    .then(() => browser.tabs.sendMessage(tabId, { type: 'claimlint/rescan' }))
    .then(() => true, () => false);
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return /cannot be scripted|cannot access|chrome:\/\/|extensions gallery|missing host permission/i.test(text)
    ? 'browser pages, the web store and pages you have not granted are off limits.'
    : text;
}
