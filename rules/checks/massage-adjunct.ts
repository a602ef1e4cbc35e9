import * as z from 'zod/mini';
import { readServiceLineCodes, lineName, lineOutcome, noServiceLines, sameDay } from '../reading/service-line-codes';
import { defineCheck } from './types';

/**
 * Aetna CPB 0325 covers massage (97124) only as an adjunct to another therapeutic procedure on the same day:
 * a massage line needs one of `therapeuticCodes` billed for that date. Other codes that day (a modality, a
 * chiropractic manipulation) do not count unless the checklist lists them, and the message names them.
 */
export const massageAdjunct = defineCheck({
  options: z.object({
    massageCodes: z.array(z.string().check(z.regex(/^\d{5}$/))).check(z.minLength(1)),
    /** Codes that count as "another therapeutic procedure" (CPT or HCPCS). */
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
      const sameDayOthers = lines.filter((other) => other !== line && other.code !== null && !massageCodes.includes(other.code) && sameDay(line, other));
      const partner = sameDayOthers.find((other) => therapeuticCodes.includes(other.code!));
      if (partner) return lineOutcome(line, 'pass', `${lineName(line)} is billed with ${partner.code} on the same day`);
      // A modality or a manipulation billed that day is named, so the user sees why it did not count.
      const uncounted = [...new Set(sameDayOthers.map((other) => other.code!))];
      const also = uncounted.length > 0 ? ` (${uncounted.join(', ')} billed that day ${uncounted.length === 1 ? 'is not one' : 'are not'})` : '';
      return lineOutcome(line, 'fail', `${lineName(line)} is massage billed without another therapeutic procedure on the same day${also}`);
    });
  },
});
