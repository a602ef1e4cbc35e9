import { checkTab } from './check-tab';
import { showResult } from './handle-message';
import { recheckTab, tabsWithResults } from './tab-results';

/**
 * Checks every open tab's result again, after the administrator's policy in force changed (its first read in a
 * browser session answers seconds after the first check): a page's stored fields are checked again and its badge
 * and marks redrawn; a claim file, whose text is not kept, is asked for again. A tab that fails is left as it was.
 */
export async function recheckOpenTabs(): Promise<void> {
  await Promise.all((await tabsWithResults()).map(async (tabId) => {
    try {
      const checked = await recheckTab(tabId);
      if (checked) await showResult(tabId, null, checked);
      else await checkTab(tabId);
    } catch {
      // A tab closed meanwhile, or a page that can no longer be scripted: nothing to redraw.
    }
  }));
}
