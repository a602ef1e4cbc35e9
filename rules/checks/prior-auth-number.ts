import * as z from 'zod/mini';
import { notFound, outcomeFor, quoteValue } from '../outcome/check-support';
import { hasValue } from '../reading/snapshot-fields';
import { defineCheck } from './types';

// Words people type when they have no number yet; a payer reads them as a (wrong) authorization number.
const PLACEHOLDERS = /^(n\/?a|none|pending|tbd|unknown|not required|na|0+)$/i;

/**
 * Box 23 carries one prior authorization number, written without spaces or hyphens. Whether it is required
 * depends on the payer and service, so the checklist says: true (an empty box fails), false (an empty box is
 * fine), or "ask" (ClaimLint does not know whether this payer needs one: an empty box is "can't tell", never a
 * pass and never a fail). A filled box is judged the same way in all three.
 */
export const priorAuthNumber = defineCheck({
  options: z.object({ required: z.union([z.boolean(), z.literal('ask')]) }),
  run(context, { required }) {
    const { fields } = context;
    const field = fields.best('claim.priorAuthNumber');
    if (!field) return [notFound(context, 'claim.priorAuthNumber', 'prior authorization number (box 23)')];
    if (!hasValue(field)) {
      if (required === 'ask') {
        return [outcomeFor(field, 'cantTell',
          "Box 23 is empty, and ClaimLint can't tell whether this payer needs prior authorization for this service: check whether it does")];
      }
      return [required
        ? outcomeFor(field, 'fail', 'The prior authorization number (box 23) is empty')
        : outcomeFor(field, 'notApplicable', 'No prior authorization number, which this checklist allows')];
    }
    const value = field.value.trim();
    if (PLACEHOLDERS.test(value)) {
      return [outcomeFor(field, 'fail', `Box 23 holds ${quoteValue(value)}, which is not an authorization number`)];
    }
    if (!/[A-Za-z0-9]/.test(value)) {
      return [outcomeFor(field, 'fail', `Box 23 holds ${quoteValue(value)}, which has no letters or digits`)];
    }
    if (/[\s-]/.test(value)) {
      return [outcomeFor(field, 'fail',
        `The prior authorization number ${quoteValue(value)} contains spaces or hyphens; box 23 takes the number without spaces or hyphens`)];
    }
    if (/[^A-Za-z0-9]/.test(value)) {
      return [outcomeFor(field, 'fail',
        `The prior authorization number ${quoteValue(value)} contains punctuation; enter only its letters and digits`)];
    }
    return [outcomeFor(field, 'pass', `Prior authorization number ${value} is filled in`)];
  },
});
