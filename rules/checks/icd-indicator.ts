import * as z from 'zod/mini';
import { notFound, outcomeFor, quoteValue } from '../outcome/check-support';
import { hasValue } from '../reading/snapshot-fields';
import { defineCheck } from './types';

/**
 * Box 21's ICD indicator must say ICD-10 ("0"). Selects often show "0 - ICD-10", so the leading digit (or the
 * words ICD-10 / ICD-9) decides.
 */
export const icdIndicator = defineCheck({
  options: z.object({}),
  run(context) {
    const { fields } = context;
    const field = fields.best('claim.icdIndicator');
    if (!field) return [notFound(context, 'claim.icdIndicator', 'box 21 ICD indicator')];
    if (!hasValue(field)) {
      return [outcomeFor(field, 'fail', 'The box 21 ICD indicator is empty; it must be 0 for ICD-10 codes')];
    }
    const version = indicatorVersion(field.value);
    if (version === '0') return [outcomeFor(field, 'pass', 'The ICD indicator is 0 (ICD-10)')];
    if (version === '9') {
      return [outcomeFor(field, 'fail',
        'The ICD indicator is 9 (ICD-9); ICD-9 codes are not accepted for dates of service from 2015-10-01 on, so it must be 0 (ICD-10)')];
    }
    return [outcomeFor(field, 'fail', `The ICD indicator ${quoteValue(field.value)} is not 0 (ICD-10)`)];
  },
});

function indicatorVersion(value: string): string | null {
  // Pickers write "0 - ICD-10", "(0) ICD-10-CM", "ICD-10-CM (0)" or "ICD-10 – 0": the digit first, else the code set.
  const text = value.trim().toUpperCase().replace(/^[([]\s*/, '');
  const digit = /^(\d)\b/.exec(text);
  if (digit) return digit[1]!;
  if (/^ICD[- ]?10\b/.test(text)) return '0';
  if (/^ICD[- ]?9\b/.test(text)) return '9';
  return null;
}
