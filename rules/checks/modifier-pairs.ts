import * as z from 'zod/mini';
import { THERAPY_CODES } from '../codes/therapy-codes';
import { lineName, lineOutcome, noServiceLines, readServiceLineCodes, sameDay, type ServiceLineCode } from '../reading/service-line-codes';
import { defineCheck, type CheckOutcome } from './types';

const DISTINCT_MODIFIERS = ['59', 'XE', 'XS', 'XP', 'XU'];
const X_MODIFIERS = /^X[ESPU]$/;

/**
 * NCCI procedure-to-procedure pairs (therapy-codes.json): when both codes are billed for the same day, the
 * column-2 code is paid only with 59 or an X modifier on its line, and only when the services were truly
 * distinct. 59 and an X modifier never go on the same line.
 */
export const modifierPairs = defineCheck({
  options: z.object({}),
  run(context) {
    const { fields } = context;
    // Modifiers belong to billed lines: a letter, note or plan that names codes carries none.
    const entries = readServiceLineCodes(fields).filter((entry) => entry.document === undefined);
    if (entries.length === 0) return [noServiceLines(context)];
    const outcomes: CheckOutcome[] = [];
    for (const entry of entries) {
      const both = bothDistinctModifiers(entry);
      if (both) {
        outcomes.push(both);
        continue;
      }
      const partners = entries.filter((other) => other !== entry && other.code !== null && sameDay(entry, other)
        && THERAPY_CODES.ncciPairs.some((pair) => pair.column2 === entry.code && pair.column1.has(other.code!)));
      if (partners.length > 0) outcomes.push(judgePair(entry, partners));
    }
    if (outcomes.length > 0) return outcomes;
    return [{ status: 'notApplicable', concept: 'line.modifier', index: null, fieldKey: null,
      message: 'No code pair on this claim needs 59 or an X modifier (among the NCCI pairs ClaimLint knows)' }];
  },
});

function bothDistinctModifiers(entry: ServiceLineCode): CheckOutcome | null {
  const x = entry.modifiers.filter((modifier) => X_MODIFIERS.test(modifier));
  if (!entry.modifiers.includes('59') || x.length === 0) return null;
  return lineOutcome(entry, 'fail', `${lineName(entry)} carries both 59 and ${x.join(', ')}; use one: the X modifier that `
    + 'says why the service is distinct (XE separate encounter, XS separate structure, XP separate practitioner, '
    + 'XU unusual non-overlapping service), or 59 when the payer does not take X modifiers');
}

function judgePair(entry: ServiceLineCode, partners: ServiceLineCode[]): CheckOutcome {
  const name = lineName(entry);
  const withWhat = partners.map((partner) => `${partner.code} (line ${partner.line})`).join(' and ');
  const justify = 'a different diagnosis alone does not justify it; the note must show a separate body region, '
    + 'a separate session or a different practitioner';
  const modifier = entry.modifiers.find((m) => DISTINCT_MODIFIERS.includes(m));
  if (modifier) {
    return lineOutcome(entry, 'pass', `${name} is billed with ${withWhat} on the same day and carries ${modifier}; ${justify}`);
  }
  const misplaced = partners.find((partner) => partner.modifiers.some((m) => DISTINCT_MODIFIERS.includes(m)));
  const move = misplaced ? ` The modifier on line ${misplaced.line} belongs on this line, the NCCI column-2 code.` : '';
  return lineOutcome(entry, 'fail', `${name} is billed with ${withWhat} on the same day; the payer bundles ${entry.code} `
    + `into ${partners[0]!.code} unless its line carries 59 or XE/XS/XP/XU. Add one only if the services were distinct: ${justify}.${move}`);
}
