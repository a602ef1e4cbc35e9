import * as z from 'zod/mini';
import { conceptKeyOption, conceptTitle, notFound, outcomeFor } from '../outcome/check-support';
import { hasValue } from '../reading/snapshot-fields';
import { fieldWithEvidence, showEvidence } from '../text/evidence';
import { detectMaintenanceLanguage } from '../text/maintenance-language';
import { defineCheck } from './types';

/**
 * Maintenance language is payer-dependent. 'exclude' (Premera 8.03.502, eviCore): maintenance is not covered, so
 * finding it fails. 'informational' (Medicare after Jimmo v. Sebelius): skilled maintenance can be covered, so it
 * passes with a note that the notes must show why a therapist's skill is needed.
 */
export const maintenanceLanguage = defineCheck({
  options: z.object({
    concepts: z.array(conceptKeyOption).check(z.minLength(1)),
    policy: z.enum(['exclude', 'informational']),
  }),
  run(context, { concepts, policy }) {
    const { fields } = context;
    const found = concepts.flatMap((concept) => fields.all(concept));
    const first = found[0];
    const what = conceptTitle(concepts[0]!);
    if (!first) return [notFound(context, concepts[0]!, what)];
    const filled = found.filter(hasValue);
    if (filled.length === 0) return [outcomeFor(first, 'notApplicable', `Nothing written in ${what} to check for maintenance language`)];
    const detection = detectMaintenanceLanguage(filled.map((field) => field.value).join('\n'));
    const source = fieldWithEvidence(filled, detection.evidence)!;
    if (!detection.found) return [outcomeFor(source, 'pass', 'No maintenance language')];
    const words = showEvidence(detection.evidence, 3);
    return [policy === 'exclude'
      ? outcomeFor(source, 'fail', `Reads as maintenance or general-wellness care: ${words}; this checklist covers only treatment of a condition that is expected to improve`)
      : outcomeFor(source, 'pass', `Maintenance language seen: ${words}; skilled maintenance is covered only when the notes show why a therapist's skill is needed`)];
  },
});
