import { browser } from 'wxt/browser';

export interface TabTarget {
  tabId: number;
  /**
   * True when the page was opened as popup.html?tabId=N (end-to-end tests, or a pinned window): it must stay
   * open after "Go to field". A real popup closes so the user lands on the field.
   */
  pinned: boolean;
}

/** The tab to check: ?tabId=N when given, else the active tab of the current window. */
export async function resolveTabTarget(search: string): Promise<TabTarget> {
  const requested = new URLSearchParams(search).get('tabId');
  if (requested !== null) {
    if (!/^\d+$/.test(requested)) throw new Error(`"${requested}" is not a tab id.`);
    return { tabId: Number(requested), pinned: true };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('there is no active tab.');
  return { tabId: tab.id, pinned: false };
}
