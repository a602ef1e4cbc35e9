import * as z from 'zod/mini';
import { conceptKeyOption, conceptTitle, notFound, outcomeFor } from '../outcome/check-support';
import { hasValue } from '../reading/snapshot-fields';
import { fieldWithEvidence, showEvidence } from '../text/evidence';
import { detectGeneralHealthPurpose } from '../text/general-health-purpose';
import { defineCheck } from './types';

/**
 * A medical expense treats, mitigates or prevents a specific condition (IRC §213(d)); care for general health,
 * relaxation or well-being is not one (IRS Publication 502). Fails only on wording that gives such a purpose;
 * maintenance or prevention of a named condition passes.
 */
export const generalHealthPurpose = defineCheck({
  options: z.object({
    concepts: z.array(conceptKeyOption).check(z.minLength(1)),
  }),
  run(context, { concepts }) {
    const found = concepts.flatMap((concept) => context.fields.all(concept));
    const what = conceptTitle(concepts[0]!);
    if (!found[0]) return [notFound(context, concepts[0]!, what)];
    const filled = found.filter(hasValue);
    if (filled.length === 0) return [outcomeFor(found[0], 'notApplicable', `Nothing written in ${what} to check for a general-health purpose`)];
    const detection = detectGeneralHealthPurpose(filled.map((field) => field.value).join('\n'));
    const source = fieldWithEvidence(filled, detection.evidence)!;
    if (!detection.found) return [outcomeFor(source, 'pass', 'No wording gives general health, relaxation or well-being as the purpose')];
    return [outcomeFor(source, 'fail', `Gives general health or relaxation as a purpose: ${showEvidence(detection.evidence, 3)}; an HSA/FSA pays for care that treats, mitigates or prevents a specific condition`)];
  },
});
