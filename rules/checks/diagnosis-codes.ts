import * as z from 'zod/mini';
import { DIAGNOSIS_LETTERS } from '../concepts';
import { notOnPage, outcomeFor, quoteValue } from '../check-support';
import { readIcd10Format } from '../codes/icd10-format';
import type { Field } from '../schema';
import { hasValue } from '../snapshot-fields';
import { defineCheck } from './types';

/**
 * Box 21 needs at least one diagnosis, and every filled one must be shaped like an ICD-10-CM code.
 * One outcome per filled diagnosis letter, so each bad code is marked on its own field.
 */
export const diagnosisCodes = defineCheck({
  options: z.object({}),
  run({ fields }) {
    const all = [...fields.all('claim.diagnosis')].sort(byLetter);
    if (all.length === 0) return [notOnPage('claim.diagnosis', 'box 21 diagnosis')];
    const filled = all.filter(hasValue);
    if (filled.length === 0) {
      return [outcomeFor(all[0]!, 'fail', 'Box 21 has no diagnosis code; a claim needs at least one (A)')];
    }
    return filled.map((field) => {
      const name = field.index === null ? 'Diagnosis' : `Diagnosis ${field.index}`;
      const read = readIcd10Format(field.value);
      return read.ok
        ? outcomeFor(field, 'pass', `${name} ${read.code} is shaped like an ICD-10-CM code`)
        : outcomeFor(field, 'fail', `${name} ${quoteValue(field.value)} is not an ICD-10-CM code: ${read.reason}`);
    });
  },
});

function letterRank(field: Field): number {
  const rank = DIAGNOSIS_LETTERS.indexOf(field.index as (typeof DIAGNOSIS_LETTERS)[number]);
  return rank === -1 ? DIAGNOSIS_LETTERS.length : rank;
}

function byLetter(a: Field, b: Field): number {
  return letterRank(a) - letterRank(b);
}
