import * as z from 'zod/mini';
import { conceptKeyOption, fieldName, notFound, outcomeFor, quoteValue } from '../outcome/check-support';
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
      return found[0] ? [outcomeFor(found[0], 'fail', `${label} is empty (${fieldName(found[0])})`)]
        : [notFound(context, concepts[0]!, label)];
    }
    const date = parseDate(field.value);
    if (!date) return [outcomeFor(field, 'fail', `ClaimLint can't read the date ${quoteValue(field.value)} in ${label}`)];
    const age = daysBetween(date, today);
    if (age < 0) return [outcomeFor(field, 'fail', `${label} ${date} is in the future`)];
    if (age > maxAgeDays) {
      return [outcomeFor(field, 'fail', `${label} ${date} is ${age} days old; it must be within ${maxAgeDays} days`)];
    }
    return [outcomeFor(field, 'pass', `${label} ${date} is within ${maxAgeDays} days (${age} days old)`)];
  },
});
