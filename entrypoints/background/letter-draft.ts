import { checkForLetter } from '../../rules/letters/check-for-letter';
import type { LetterDraft } from '../../rules/letters/draft';
import { draftAppeal } from '../../rules/letters/draft-appeal';
import { draftLmn } from '../../rules/letters/draft-lmn';
import type { CheckedSource } from '../../rules/letters/letter-sources';
import { isSamePatient } from '../../rules/letters/patient-match';
import { BUNDLED_TEMPLATES } from '../../rules/letters/templates/index';
import { readDenials } from '../../utils/denials/read-denial';
import type { DraftLetterMessage } from '../../utils/messages';
import { askFramesToRescan } from './check-tab';
import { heldTabIds } from './held-tabs';
import { tabSnapshotForLetter } from './tab-results';

/** Said when the worker holds nothing of the tab: the user can act on it. */
export const NO_PAGE_HELD = 'ClaimLint holds nothing of that page right now (it was not checked yet, or the browser restarted ClaimLint). It was asked to scan again: press Draft again in a moment.';

/** The draft and the pages it was drafted from (the asked-for tab first), by title, for the letter page to name. */
export interface TabDraft {
  draft: LetterDraft;
  sources: string[];
}

/**
 * The letter the letter page asked for, drafted from the tab's page as the background holds it in memory, checked
 * the way the popup's result was (its payer / service choice) plus the general LMN checklist, and from every other
 * open tab positively about the same patient (member ID, or name and date of birth: rules/letters/patient-match):
 * a claim page and a plan of care open side by side make one letter. Nothing is stored: the draft goes back in
 * the reply. Throws a one-line Error the page shows (no page held, an unreadable denial).
 */
export async function draftLetterForTab({ tabId, letter, denial }: DraftLetterMessage): Promise<TabDraft> {
  const held = await tabSnapshotForLetter(tabId);
  if (!held) {
    void askFramesToRescan(tabId);
    throw new Error(NO_PAGE_HELD);
  }
  const { snapshot, options } = held;
  const sources: CheckedSource[] = [{ snapshot, result: checkForLetter(snapshot, options) }];
  for (const otherId of heldTabIds()) {
    if (otherId === tabId) continue;
    const other = await tabSnapshotForLetter(otherId);
    if (other && isSamePatient(snapshot, other.snapshot)) sources.push({ snapshot: other.snapshot, result: checkForLetter(other.snapshot, other.options) });
  }
  const titles = sources.map(({ snapshot: source }) => source.title || source.url);
  if (letter === 'lmn') {
    const draft = draftLmn({
      sources,
      templates: BUNDLED_TEMPLATES,
      ...(options.choice.payer && { payer: options.choice.payer }),
      ...(options.choice.service && { service: options.choice.service }),
    });
    return { draft, sources: titles };
  }
  if (denial === undefined || denial.trim() === '') throw new Error('An appeal needs the denial: enter its claim number, date and reasons, or paste the EOB or 835.');
  const denials = readDenials(denial, 'The denial');
  if (denials.length === 0) throw new Error('No denied claim was found in what was pasted.');
  if (denials.length > 1) throw new Error(`What was pasted holds ${denials.length} claims; an appeal is for one claim: paste that claim's part only, or enter it by hand.`);
  return { draft: draftAppeal({ denial: denials[0]!, sources }), sources: titles };
}
