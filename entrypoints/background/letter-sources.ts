import { checkForLetter } from '../../rules/letters/check-for-letter';
import { letterCheckResult, type CheckedSource } from '../../rules/letters/letter-sources';
import { isSamePatient } from '../../rules/letters/patient-match';
import type { LetterSourcesMessage } from '../../utils/messages';
import { askFramesToRescan } from './check-tab';
import { heldTabIds } from './held-tabs';
import { tabSnapshotForLetter } from './tab-results';

/** Said when the worker holds nothing of the tab: the user can act on it. */
export const NO_PAGE_HELD = 'ClaimLint holds nothing of that page right now (it was not checked yet, or the browser restarted ClaimLint). It was asked to scan again: press Draft again in a moment.';

/** What a letter is drafted from: the checked pages (the asked-for tab first), their titles, and the popup's choice. */
export interface TabLetterSources {
  sources: CheckedSource[];
  titles: string[];
  /** The tab of each source (the asked-for tab first): the letter page lets the user leave the others out. */
  tabIds: number[];
  payer?: string;
  service?: string;
}

/**
 * The tab's page as the background holds it in memory, checked the way the popup's result was (its payer / service
 * choice) plus the general LMN checklist, and every other open tab positively about the same patient (member ID,
 * or name and date of birth: rules/letters/patient-match) — a claim page and a plan of care open side by side make
 * one letter. Drafting itself runs in the letter page (it keeps templates, denial readers and code descriptions
 * out of the worker). Nothing is stored: the sources go back in the reply. Throws NO_PAGE_HELD when there is no page.
 */
export async function letterSourcesForTab({ tabId }: LetterSourcesMessage): Promise<TabLetterSources> {
  const held = await tabSnapshotForLetter(tabId);
  if (!held) {
    void askFramesToRescan(tabId);
    throw new Error(NO_PAGE_HELD);
  }
  const { snapshot, options } = held;
  const sources: CheckedSource[] = [{ snapshot, result: letterCheckResult(checkForLetter(snapshot, options)) }];
  const tabIds = [tabId];
  for (const otherId of heldTabIds()) {
    if (otherId === tabId) continue;
    const other = await tabSnapshotForLetter(otherId);
    if (!other || !isSamePatient(snapshot, other.snapshot)) continue;
    sources.push({ snapshot: other.snapshot, result: letterCheckResult(checkForLetter(other.snapshot, other.options)) });
    tabIds.push(otherId);
  }
  return {
    sources,
    tabIds,
    titles: sources.map(({ snapshot: source }) => source.title || source.url),
    ...(options.choice.payer && { payer: options.choice.payer }),
    ...(options.choice.service && { service: options.choice.service }),
  };
}
