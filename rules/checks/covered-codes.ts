import * as z from 'zod/mini';
import { lineName, lineOutcome, noServiceLines, readServiceLineCodes, renderedLines, requestedOnly } from '../reading/service-line-codes';
import { defineCheck } from './types';

/**
 * Only the listed procedure codes are covered for this payer and service (Medicare chiropractic: manipulation of
 * the spine, 98940-98942). Another code fails unless it carries one of the `billedForDenial` modifiers (GY: a
 * service excluded by statute, billed only to get the denial a secondary payer needs).
 */
export const coveredCodes = defineCheck({
  options: z.object({
    codes: z.array(z.string().check(z.regex(/^[A-Z0-9]{5}$/))).check(z.minLength(1)),
    /** What the codes are, for messages: "manual manipulation of the spine (98940-98942)". */
    label: z.string().check(z.minLength(1)),
    billedForDenial: z.optional(z.array(z.string().check(z.regex(/^[A-Z0-9]{2}$/)))),
  }),
  run(context, { codes, label, billedForDenial = [] }) {
    const { rendered: entries, requested } = renderedLines(readServiceLineCodes(context.fields));
    if (entries.length === 0) return [requested ? requestedOnly(requested) : noServiceLines(context)];
    const covered = new Set(codes);
    const others = entries.filter((entry) => entry.code !== null && !covered.has(entry.code));
    if (others.length === 0) {
      const first = entries.find((entry) => entry.code !== null) ?? entries[0]!;
      return [lineOutcome(first, 'pass', `Every billed code is ${label}`)];
    }
    return others.map((entry) => {
      const denial = entry.modifiers.find((modifier) => billedForDenial.includes(modifier));
      if (denial) return lineOutcome(entry, 'pass', `${lineName(entry)} is not covered and is billed for denial with ${denial}`);
      const marker = billedForDenial.length > 0 ? ` (add ${billedForDenial.join(' or ')} only to bill it for a denial)` : '';
      return lineOutcome(entry, 'fail', `${lineName(entry)} is not covered here: only ${label} is${marker}`);
    });
  },
});
