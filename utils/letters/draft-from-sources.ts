/**
 * The letter page's drafter: the letter the user asked for, from the sources the background sent (the checked
 * pages of one patient) and, for an appeal, the denial as the user typed or pasted it. It runs in the letter page,
 * so the templates, the denial readers and the code descriptions load only there. Throws an Error whose message
 * the page shows as it is (no denial, an unreadable denial, a denial of several claims).
 */
import type { Icd10CmDescriptions } from '../../rules/codes/icd10cm-descriptions';
import type { Denial } from '../../rules/denials/denial';
import { chosenDenial, sourceClaimIds, tieToSources } from '../../rules/letters/denial-for-sources';
import { diagnosisLookupIn } from '../../rules/letters/diagnosis-lookup';
import type { LetterDraft } from '../../rules/letters/draft';
import { draftAppeal } from '../../rules/letters/draft-appeal';
import { draftLmn } from '../../rules/letters/draft-lmn';
import type { CheckedSource } from '../../rules/letters/letter-sources';
import type { LetterTemplate } from '../../rules/letters/template-schema';
import { readDenials } from '../denials/read-denial';

export interface LetterRequest {
  letter: 'lmn' | 'appeal';
  sources: readonly CheckedSource[];
  /** Templates in choosing order: a practice's own first, then the bundled ones. */
  templates: readonly LetterTemplate[];
  /** The denial as entered or pasted (an appeal needs one). */
  denial?: string;
  /**
   * Official ICD-10-CM descriptions for these codes (only their chunks are read); undefined when they cannot be
   * read — the letter then writes each diagnosis as its source wrote it.
   */
  loadDescriptions?: (codes: readonly string[]) => Promise<Icd10CmDescriptions | undefined>;
  /** The popup's payer / service choice for the tab. */
  payer?: string;
  service?: string;
  /** The sources' titles, for messages that say which page disagrees with the denial. */
  sourceNames?: readonly string[];
}

/** The draft, and what the user should check before sending it (a denial nothing ties to these pages). */
export interface DraftWithNotices {
  draft: LetterDraft;
  notices: string[];
}

const DENIAL_NAME = 'The denial';

export async function draftFromSources(request: LetterRequest): Promise<DraftWithNotices> {
  const { sources } = request;
  const chosen = request.letter === 'appeal' ? chooseDenial(request) : undefined;
  // The codes and the date of service first, so only the chunks they need load, and drafting stays synchronous.
  const lookup = diagnosisLookupIn(sources, chosen?.denial);
  const loaded = request.loadDescriptions && lookup.codes.length > 0 ? await request.loadDescriptions(lookup.codes) : undefined;
  const descriptions = loaded?.onDate(lookup.dateOfService);
  if (!chosen) {
    const draft = draftLmn({
      sources,
      templates: request.templates,
      ...(descriptions && { descriptions }),
      ...(request.payer && { payer: request.payer }),
      ...(request.service && { service: request.service }),
    });
    return { draft, notices: [] };
  }
  return { draft: draftAppeal({ denial: chosen.denial, sources, ...(descriptions && { descriptions }) }), notices: chosen.notices };
}

/**
 * The one denial of what was pasted that these pages are about (the claim a page shows picks one of several), and
 * refused when it is another patient's (the same checks as the command line: rules/letters/denial-for-sources).
 */
function chooseDenial({ denial: text, sources, sourceNames = [] }: LetterRequest): { denial: Denial; notices: string[] } {
  if (text === undefined || text.trim() === '') throw new Error('An appeal needs the denial: enter its claim number, date and reasons, or paste the EOB or 835.');
  const denials = readDenials(text, DENIAL_NAME);
  if (denials.length === 0) throw new Error('No denied claim was found in what was pasted.');
  const claimIds = sourceClaimIds(sources);
  const denial = chosenDenial(denials, claimIds, DENIAL_NAME);
  const notice = tieToSources(denial, sources, claimIds, { denial: DENIAL_NAME, sources: sourceNames });
  return { denial, notices: notice ? [`${notice[0]!.toUpperCase()}${notice.slice(1)}.`] : [] };
}
