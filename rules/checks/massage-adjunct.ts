import * as z from 'zod/mini';
import { readServiceLineCodes, lineName, lineOutcome, noServiceLines, sameDay } from '../reading/service-line-codes';
import { defineCheck } from './types';

/**
 * Aetna CPB 0325 covers massage (97124) only as an adjunct to another therapeutic procedure on the same day:
 * a massage line needs another physical medicine code billed for that date.
 */
export const massageAdjunct = defineCheck({
  options: z.object({
    massageCodes: z.array(z.string().check(z.regex(/^\d{5}$/))).check(z.minLength(1)),
    /** Codes that count as "another therapeutic procedure" (numbers only). */
    therapeuticCodes: z.array(z.string().check(z.regex(/^[0-9A-Z]\d{4}$/))).check(z.minLength(1)),
  }),
  run(context, { massageCodes, therapeuticCodes }) {
    const { fields } = context;
    const lines = readServiceLineCodes(fields);
    if (lines.length === 0) return [noServiceLines(context)];
    const massage = lines.filter((line) => line.code !== null && massageCodes.includes(line.code));
    if (massage.length === 0) {
      return [{ status: 'notApplicable', concept: 'line.procedureCode', index: null, fieldKey: null, message: 'No massage is billed on this claim' }];
    }
    return massage.map((line) => {
      const partner = lines.find((other) => other !== line && other.code !== null && therapeuticCodes.includes(other.code) && sameDay(line, other));
      return partner
        ? lineOutcome(line, 'pass', `${lineName(line)} is billed with ${partner.code} on the same day`)
        : lineOutcome(line, 'fail', `${lineName(line)} is massage billed without another therapeutic procedure on the same day`);
    });
  },
});
