import * as z from 'zod/mini';
import { conceptKeyOption, conceptTitle, emptyFieldMessage, fieldName, notFound, outcomeFor } from '../outcome/check-support';
import { hasValue } from '../reading/snapshot-fields';
import { defineCheck } from './types';

/**
 * A piece of information must be filled in; any of several concepts may carry it (an LMN may state frequency
 * and duration in one field or two). Absent from the page is "can't tell", found but empty is "fail".
 */
export const requiredField = defineCheck({
  options: z.object({
    concepts: z.array(conceptKeyOption).check(z.minLength(1)),
    label: z.optional(z.string().check(z.minLength(1))),
  }),
  run(context, { concepts, label }) {
    const { fields } = context;
    const what = label ?? conceptTitle(concepts[0]!);
    const found = concepts.flatMap((concept) => fields.all(concept));
    const filled = found.find(hasValue);
    if (filled) return [outcomeFor(filled, 'pass', `${what} is filled in (${fieldName(filled)})`)];
    const first = found[0];
    if (first) return [outcomeFor(first, 'fail', emptyFieldMessage(first, what))];
    return [notFound(context, concepts[0]!, what)];
  },
});
