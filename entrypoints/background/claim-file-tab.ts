import { browser } from 'wxt/browser';
import { tabResultStorageKey, type ClaimFileMessage, type TabResult } from '../../utils/messages';
import { withheldView } from '../../utils/withheld-view';
import { holdClaimFileSnapshot } from './held-tabs';
import { claimFileKey, inTabQueue, tabChecker, tabChoice } from './tab-results';

/** What storage.session keeps of the claim file a tab shows: its address and the claim selected in the popup. Never its text. */
interface ClaimFileState {
  url: string;
  selected: number;
}

/**
 * Checks the claim file a tab shows and keeps the result in session memory like a page's: the selected claim's
 * findings, and every claim's counts for the popup's claim selector. The readers are imported on first use.
 */
export function acceptClaimFile(tabId: number, file: ClaimFileMessage): Promise<TabResult> {
  return inTabQueue(tabId, async () => {
    const { checkClaimFile } = await import('./claim-file-check');
    const state = await claimFileState(tabId);
    const wanted = state?.url === file.url ? state.selected : 1;
    const check = await tabChecker(file.url, await tabChoice(tabId));
    const { view, selected } = await checkClaimFile(file, wanted, check);
    // The selected claim stays in worker memory only, for a letter drafted from it (never the file's text).
    holdClaimFileSnapshot(tabId, selected?.snapshot);
    const result: TabResult = {
      tabId,
      url: file.url,
      title: file.title || fileName(file.url),
      checkedAt: file.takenAt,
      fieldCount: selected?.snapshot.fields.length ?? 0,
      checklists: selected?.check.checklists ?? [],
      findings: selected?.check.findings ?? [],
      ...(selected && { context: selected.check.context }),
      claimFile: view,
    };
    result.withheld = withheldView(result, selected?.snapshot.fields ?? []);
    const kept: ClaimFileState = { url: file.url, selected: view.selected };
    await browser.storage.session.set({ [tabResultStorageKey(tabId)]: result, [claimFileKey(tabId)]: kept });
    return result;
  });
}

/**
 * Selects another claim of the tab's claim file. The text is not kept here: the caller asks the page to send
 * it again (checkTab), and the selected claim's findings arrive in storage.session.
 */
export function selectClaim(tabId: number, position: number): Promise<void> {
  return inTabQueue(tabId, async () => {
    const state = await claimFileState(tabId);
    if (!state) throw new Error('This tab shows no claim file. Press Check again.');
    await browser.storage.session.set({ [claimFileKey(tabId)]: { ...state, selected: position } });
  });
}

/** True when the tab's latest check was of a claim file. */
export async function showsClaimFile(tabId: number): Promise<boolean> {
  return (await claimFileState(tabId)) !== undefined;
}

async function claimFileState(tabId: number): Promise<ClaimFileState | undefined> {
  return (await browser.storage.session.get(claimFileKey(tabId)))[claimFileKey(tabId)] as ClaimFileState | undefined;
}

/** "two-claims.json" for a file shown with no title of its own (the browser's text and JSON viewers set none). */
function fileName(url: string): string {
  try {
    const path = new URL(url).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || url;
  } catch {
    return url;
  }
}
