/**
 * The letter page's drafter: the letter the user asked for, from the sources the background sent (the checked
 * pages of one patient) and, for an appeal, the denial as the user typed or pasted it. It runs in the letter page,
 * so the templates, the denial readers and the code descriptions load only there. Throws an Error whose message
 * the page shows as it is (no denial, an unreadable denial, a denial of several claims).
 */
import type { Icd10CmDescriptions } from '../../rules/codes/icd10cm-descriptions';
import type { Denial } from '../../rules/denials/denial';
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
}

export async function draftFromSources(request: LetterRequest): Promise<LetterDraft> {
  const { sources } = request;
  const denial = request.letter === 'appeal' ? readOneDenial(request.denial) : undefined;
  // The codes and the date of service first, so only the chunks they need load, and drafting stays synchronous.
  const lookup = diagnosisLookupIn(sources, denial);
  const loaded = request.loadDescriptions && lookup.codes.length > 0 ? await request.loadDescriptions(lookup.codes) : undefined;
  const descriptions = loaded?.onDate(lookup.dateOfService);
  if (!denial) {
    return draftLmn({
      sources,
      templates: request.templates,
      ...(descriptions && { descriptions }),
      ...(request.payer && { payer: request.payer }),
      ...(request.service && { service: request.service }),
    });
  }
  return draftAppeal({ denial, sources, ...(descriptions && { descriptions }) });
}

function readOneDenial(text: string | undefined): Denial {
  if (text === undefined || text.trim() === '') throw new Error('An appeal needs the denial: enter its claim number, date and reasons, or paste the EOB or 835.');
  const denials = readDenials(text, 'The denial');
  if (denials.length === 0) throw new Error('No denied claim was found in what was pasted.');
  if (denials.length > 1) throw new Error(`What was pasted holds ${denials.length} claims; an appeal is for one claim: paste that claim's part only, or enter it by hand.`);
  return denials[0]!;
}
