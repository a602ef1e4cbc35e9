import * as z from 'zod/mini';
import { outcomeFor, withArticle } from '../outcome/check-support';
import { THERAPY_CODES } from '../codes/therapy-codes';
import { lineName, lineOutcome, lineOutcomeIn, noServiceLines, readServiceLineCodes, type ServiceLineCode } from '../reading/service-line-codes';
import { readTreatingClinicians, type TreatingClinician } from '../reading/therapy-discipline';
import { defineCheck, type CheckContext, type CheckOutcome } from './types';

/** The assistant modifier of each discipline, and the discipline modifier it goes with. */
const ASSISTANT = {
  PT: { modifier: 'CQ', with: 'GP', who: 'physical therapist assistant' },
  OT: { modifier: 'CO', with: 'GO', who: 'occupational therapy assistant' },
} as const;
const PAID = 'Medicare pays such lines at 85% of the fee schedule';

/**
 * Medicare PT and OT lines furnished in whole or in part by a PTA or OTA carry CQ or CO (CMS 100-04 ch. 5 §20.1;
 * SSA §1834(v)). The page can show two things: CQ/CO beside the wrong discipline modifier (CQ goes with GP, CO
 * with GO), and an assistant named as the one treating while the lines of that discipline lack CQ/CO. Whether
 * an assistant took part is not on a claim file, so without a named clinician the rule can't tell.
 */
export const assistantModifiers = defineCheck({
  options: z.object({}),
  run(context) {
    const entries = readServiceLineCodes(context.fields);
    if (entries.length === 0) return [noServiceLines(context)];
    const therapy = entries.filter((entry) => entry.document === undefined && entry.code !== null && THERAPY_CODES.medicareTherapy.has(entry.code));
    if (therapy.length === 0) {
      return [{ status: 'notApplicable', concept: 'line.procedureCode', index: null, fieldKey: null, message: 'No Medicare therapy codes (PT, OT, speech) are billed here' }];
    }
    const mismatched = therapy.flatMap((entry) => pairing(context, entry));
    if (mismatched.length > 0) return mismatched;
    return [byClinician(context, therapy, readTreatingClinicians(context.fields))];
  },
});

function pairing({ fields }: CheckContext, entry: ServiceLineCode): CheckOutcome[] {
  for (const { modifier, with: partner } of Object.values(ASSISTANT)) {
    if (entry.modifiers.includes(modifier) && !entry.modifiers.includes(partner)) {
      return [lineOutcomeIn(fields, entry, 'line.modifier', 'empty', 'fail', `${lineName(entry)} carries ${modifier} without ${partner}; ${modifier} marks a service furnished by an assistant `
        + `of the discipline ${partner} names, so the two go together (CQ with GP, CO with GO)`)];
    }
  }
  return [];
}

function byClinician(context: CheckContext, therapy: ServiceLineCode[], clinicians: TreatingClinician[]): CheckOutcome {
  const flagged = therapy.filter((entry) => entry.modifiers.includes('CQ') || entry.modifiers.includes('CO'));
  const assistants = clinicians.filter((clinician) => clinician.assistant);
  if (assistants.length === 0) {
    if (flagged.length > 0) return lineOutcome(flagged[0]!, 'pass', `${lineName(flagged[0]!)} carries ${flagged[0]!.modifiers.includes('CQ') ? 'CQ' : 'CO'}: an assistant furnished it in whole or in part; ${PAID}`);
    if (clinicians.length === 0) {
      return { status: 'cantTell', concept: 'provider.credentials', index: null, fieldKey: null,
        message: `ClaimLint could not find who furnished the therapy ${context.where.inIt}: lines a PTA or OTA furnished in whole or in part need CQ or CO (${PAID})` };
    }
    const named = clinicians[0]!;
    return outcomeFor(named.field, 'pass', `The treating clinician is named as ${named.credential}, and no assistant is named, so CQ and CO are not expected`);
  }
  const assistant = assistants[0]!;
  const { modifier, with: partner, who } = ASSISTANT[assistant.discipline as 'PT' | 'OT'] ?? ASSISTANT.PT;
  const lines = therapy.filter((entry) => entry.modifiers.includes(partner));
  const without = lines.filter((entry) => !entry.modifiers.includes(modifier));
  if (lines.length === 0 || without.length === 0) {
    return outcomeFor(assistant.field, 'pass', `${capitalize(withArticle(who))} (${assistant.credential}) is named, and every ${partner} line carries ${modifier}; ${PAID}`);
  }
  const therapist = clinicians.some((clinician) => !clinician.assistant && clinician.discipline === assistant.discipline);
  // "service line 1, line 2": each line named as the form numbers it.
  const list = `service ${without.map((entry) => `line ${entry.line}`).join(', ')}`;
  if (therapist) {
    return lineOutcome(without[0]!, 'cantTell', `Both ${withArticle(who)} and a therapist are named; ${list} ${without.length === 1 ? 'lacks' : 'lack'} ${modifier}, which each line the assistant `
      + `furnished in whole or in part (more than 10% of its minutes) needs; ${PAID}`);
  }
  return { ...lineOutcomeIn(context.fields, without[0]!, 'line.modifier', 'empty', 'fail', `The treating clinician is named as ${assistant.credential}, ${withArticle(who)}, but ${list} (${partner}) ${without.length === 1 ? 'lacks' : 'lack'} ${modifier}; `
    + `a line an assistant furnished in whole or in part needs ${modifier}, and ${PAID}`), problem: 'inconsistent' };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
