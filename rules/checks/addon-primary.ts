import * as z from 'zod/mini';
import { THERAPY_CODES } from '../codes/therapy-codes';
import { lineName, lineOutcome, noServiceLines, readServiceLineCodes, sameDay } from '../reading/service-line-codes';
import { defineCheck } from './types';

/**
 * An add-on code (90785, 90833/90836/90838, 97546, ...) is paid only with one of its primary codes on the same
 * claim and date of service (therapy-codes.json). One outcome per add-on line.
 */
export const addonPrimary = defineCheck({
  options: z.object({}),
  run(context) {
    const { fields } = context;
    const entries = readServiceLineCodes(fields);
    if (entries.length === 0) return [noServiceLines(context)];
    const addOnLines = entries.filter((entry) => entry.code !== null && THERAPY_CODES.addOns.has(entry.code));
    if (addOnLines.length === 0) {
      return [{ status: 'notApplicable', concept: 'line.procedureCode', index: null, fieldKey: null,
        message: 'No add-on codes (among those ClaimLint knows) are billed here' }];
    }
    return addOnLines.map((entry) => {
      const { primaries } = THERAPY_CODES.addOns.get(entry.code!)!;
      const candidates = entries.filter((other) => other !== entry && other.code !== null && primaries.has(other.code));
      const primary = candidates.find((other) => sameDay(entry, other));
      const name = lineName(entry);
      if (primary) {
        return lineOutcome(entry, 'pass', `${name} is an add-on code; its primary ${primary.code} is on service line ${primary.line}`);
      }
      if (candidates[0]) {
        return lineOutcome(entry, 'fail', `${name} is an add-on code, but its primary ${candidates[0].code} (line ${candidates[0].line}) `
          + 'has a different date of service; bill the add-on on the same date as its primary');
      }
      return lineOutcome(entry, 'fail', `${name} is an add-on code and is paid only with one of its primary codes on the same `
        + `claim and date (${describeCodes(primaries)}); add the primary service's line or remove the add-on`);
    });
  },
});

/** "99202-99255, 99304-99337" from a set of codes: consecutive numeric codes as ranges, at most 6 items. */
export function describeCodes(codes: ReadonlySet<string>): string {
  const items: string[] = [];
  const sorted = [...codes].sort();
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && /^\d{5}$/.test(sorted[j + 1]!) && Number(sorted[j + 1]) === Number(sorted[j]) + 1) j++;
    items.push(j > i + 1 ? `${sorted[i]}-${sorted[j]}` : sorted[i]!);
    if (j === i + 1) items.push(sorted[j]!);
    i = j;
  }
  return items.length > 6 ? `${items.slice(0, 6).join(', ')}, ...` : items.join(', ');
}
