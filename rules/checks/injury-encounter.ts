import * as z from 'zod/mini';
import { outcomeFor } from '../outcome/check-support';
import { ICD10_SHAPE, readIcd10Format } from '../codes/icd10-format';
import { readCodeInText } from '../codes/code-in-text';
import { hasValue } from '../reading/snapshot-fields';
import type { Field } from '../schema';
import { defineCheck, type CheckOutcome } from './types';

/** Initial-encounter 7th characters of chapter 19 (A; B and C for open fractures). */
const INITIAL = new Set(['A', 'B', 'C']);

/**
 * Injury codes (ICD-10-CM chapter 19, S00-T88) end in a 7th character for the episode of care: A while the
 * injury is actively treated (surgery, the emergency visit), D (a fracture's D, G, K or P) for routine care in
 * the healing or recovery phase, S for a sequela (Official Guidelines I.C.19.a). Rehabilitation therapy after the
 * injury is that routine care, so an initial-encounter character on a therapy claim or note is most likely wrong.
 * One outcome per injury code; codes of other chapters are not judged here.
 */
export const injuryEncounter = defineCheck({
  options: z.object({}),
  run(context) {
    const injuries = context.fields.all('claim.diagnosis').filter(hasValue).flatMap((field) => {
      const code = injuryCode(field);
      return code ? [{ field, code }] : [];
    });
    if (injuries.length === 0) {
      return [{ status: 'notApplicable', concept: 'claim.diagnosis', index: null, fieldKey: null,
        message: 'No injury code (S00-T88 with a 7th character) is listed, so the encounter character does not apply' }];
    }
    return injuries.map(({ field, code }) => judge(field, code));
  },
});

function injuryCode(field: Field): string | null {
  const inText = readCodeInText(field.value, ICD10_SHAPE);
  const read = readIcd10Format(inText.ok ? inText.code : field.value);
  if (!read.ok || read.compact.length !== 7 || !/^[ST]/.test(read.compact)) return null;
  return read.code;
}

function judge(field: Field, code: string): CheckOutcome {
  const seventh = code.at(-1)!;
  const name = field.index === null ? code : `Diagnosis ${field.index} (${code})`;
  if (INITIAL.has(seventh)) {
    return outcomeFor(field, 'fail', `${name} ends in ${seventh}, the initial encounter, which is for active treatment of the injury (surgery, the `
      + 'emergency visit); rehabilitation therapy is care in the healing or recovery phase, coded with the subsequent-encounter character '
      + `D (a fracture's D, G, K or P, by how it heals), or S for a sequela: ${code.slice(0, -1)}D, unless this therapy is itself the active treatment`);
  }
  const meaning = seventh === 'S' ? 'sequela' : 'subsequent encounter';
  return outcomeFor(field, 'pass', `${name} ends in ${seventh} (${meaning}), as care in the healing or recovery phase is coded`);
}
