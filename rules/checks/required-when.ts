import * as z from 'zod/mini';
import { conceptKeyOption, conceptTitle, fieldName, notFound, outcomeFor } from '../outcome/check-support';
import { hasValue } from '../reading/snapshot-fields';
import { defineCheck } from './types';

/**
 * Information that is required only in some cases: box 10b "auto accident: yes" needs the state, the claim
 * number and the accident date; massage as the only service needs a prescription with the number of visits.
 * `when` names fields and a case-insensitive pattern their values must match (any field, or every filled one).
 */
export const requiredWhen = defineCheck({
  options: z.object({
    when: z.object({
      concepts: z.array(conceptKeyOption).check(z.minLength(1)),
      pattern: z.string().check(
        z.minLength(1),
        z.refine((source) => {
          try {
            new RegExp(source, 'i');
            return true;
          } catch {
            return false;
          }
        }, 'must be a valid regular expression'),
      ),
      match: z.optional(z.enum(['any', 'all'])),
      /** Says in the message why the field is required, e.g. "the auto accident box is answered yes". */
      because: z.string().check(z.minLength(1)),
    }),
    require: z.array(conceptKeyOption).check(z.minLength(1)),
    label: z.string().check(z.minLength(1)),
  }),
  run(context, { when, require, label }) {
    const { fields } = context;
    const pattern = new RegExp(when.pattern, 'i');
    const deciding = when.concepts.flatMap((concept) => fields.all(concept)).filter(hasValue);
    if (deciding.length === 0) {
      const present = when.concepts.some((concept) => fields.has(concept));
      // The deciding field is on the page but unanswered: nothing is required yet.
      if (present) {
        return [{ status: 'notApplicable', concept: require[0]!, index: null, fieldKey: null, message: `${label} is not required: ${conceptTitle(when.concepts[0]!)} is empty` }];
      }
      return [notFound(context, when.concepts[0]!, conceptTitle(when.concepts[0]!))];
    }
    const matches = (when.match ?? 'any') === 'all'
      ? deciding.every((field) => pattern.test(field.value.trim()))
      : deciding.some((field) => pattern.test(field.value.trim()));
    if (!matches) {
      return [{ status: 'notApplicable', concept: require[0]!, index: null, fieldKey: null, message: `${label} is not required here` }];
    }
    const found = require.flatMap((concept) => fields.all(concept));
    const filled = found.find(hasValue);
    if (filled) return [outcomeFor(filled, 'pass', `${label} is filled in (${fieldName(filled)}), as needed because ${when.because}`)];
    const first = found[0];
    if (first) return [outcomeFor(first, 'fail', `${label} is empty, and it is needed because ${when.because}`)];
    return [{ ...notFound(context, require[0]!, label), message: `${label} is needed because ${when.because}, but ClaimLint could not find its field ${context.where.inIt}` }];
  },
});
