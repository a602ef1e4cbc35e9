import * as z from 'zod/mini';
import { conceptKeyOption, emptyFieldMessage, notFound, outcomeFor, quoteValue } from '../outcome/check-support';
import { daysBetween, parseDate } from '../reading/dates';
import { hasValue } from '../reading/snapshot-fields';
import { defineCheck } from './types';

/**
 * A date (signature, letter, order) must be readable, not in the future, and at most maxAgeDays before the
 * day the page was checked, e.g. an LMN is valid one year from signature.
 */
export const dateWithin = defineCheck({
  options: z.object({
    concepts: z.array(conceptKeyOption).check(z.minLength(1)),
    maxAgeDays: z.number().check(z.int(), z.gte(0)),
    label: z.string().check(z.minLength(1)),
  }),
  run(context, { concepts, maxAgeDays, label }) {
    const { fields, today } = context;
    const found = concepts.flatMap((concept) => fields.all(concept));
    const field = found.find(hasValue);
    if (!field) {
      return found[0] ? [outcomeFor(found[0], 'fail', emptyFieldMessage(found[0], label))]
        : [notFound(context, concepts[0]!, label)];
    }
    const date = parseDate(field.value);
    if (!date) return [outcomeFor(field, 'fail', `ClaimLint can't read the date ${quoteValue(field.value)} in ${label}`)];
    const age = daysBetween(date, today);
    // A date written another way ("March 3, 2024") is quoted as written, so the user finds it in the letter.
    const shown = field.value.trim() === date ? date : `${quoteValue(field.value)} (${date})`;
    if (age < 0) return [outcomeFor(field, 'fail', `${label} ${shown} is in the future`)];
    if (age > maxAgeDays) {
      return [outcomeFor(field, 'fail', `${label} ${shown} is ${age} days old; it must be within ${maxAgeDays} days`)];
    }
    return [outcomeFor(field, 'pass', `${label} ${shown} is within ${maxAgeDays} days (${age} days old)`)];
  },
});
