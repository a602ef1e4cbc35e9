import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from './content-registration';
import { tabResultStorageKey, type TabResult } from '../../utils/messages';
import { readTabResult } from './tab-results';

const FRESH_RESULT_TIMEOUT_MS = 4000;

/**
 * "Check this page": ask the content script to scan again, or inject it when it is not there (the click on the
 * toolbar button grants activeTab for this tab). Resolves with the fresh result, or the last one if the page
 * does not answer in time.
 */
export async function checkTab(tabId: number): Promise<TabResult | null> {
  const fresh = waitForNextResult(tabId, FRESH_RESULT_TIMEOUT_MS);
  const rescanned = await browser.tabs
    .sendMessage(tabId, { type: 'claimlint/rescan' })
    .then(() => true, () => false);
  if (!rescanned) {
    try {
      await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
    } catch (error) {
      fresh.cancel();
      throw new Error(`ClaimLint can't read this page: ${describe(error)}`);
    }
  }
  return (await fresh.promise) ?? readTabResult(tabId);
}

function waitForNextResult(tabId: number, timeoutMs: number) {
  let cancel = () => {};
  const promise = new Promise<TabResult | null>((resolve) => {
    const key = tabResultStorageKey(tabId);
    const listener = (changes: Record<string, { newValue?: unknown }>) => {
      if (changes[key]?.newValue) finish(changes[key].newValue as TabResult);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    function finish(result: TabResult | null) {
      clearTimeout(timer);
      browser.storage.session.onChanged.removeListener(listener);
      resolve(result);
    }
    cancel = () => finish(null);
    browser.storage.session.onChanged.addListener(listener);
  });
  return { promise, cancel: () => cancel() };
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return /cannot be scripted|cannot access|chrome:\/\/|extensions gallery|missing host permission/i.test(text)
    ? 'browser pages, the web store and pages you have not granted are off limits.'
    : text;
}
