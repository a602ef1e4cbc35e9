import * as z from 'zod/mini';
import type { AddOnEdit, NcciLookup } from '../codes/ncci-lookup';
import { lineName, lineOutcome, noServiceLines, readServiceLineCodes, sameDay, type ServiceLineCode } from '../reading/service-line-codes';
import { defineCheck, type CheckOutcome } from './types';

/**
 * An add-on code (90785, 90833/90836/90838, 97546, ...) is paid only with one of its primary codes on the same
 * claim and date of service: the CMS NCCI add-on code edits (public/data/ncci.json, through references.ncci).
 * One outcome per add-on line; each names the table's version.
 */
export const addonPrimary = defineCheck({
  options: z.object({}),
  run(context) {
    const entries = readServiceLineCodes(context.fields);
    if (entries.length === 0) return [noServiceLines(context)];
    const coded = entries.filter((entry) => entry.code !== null);
    const { ncci } = context.references;
    if (!ncci) {
      return [{ status: 'cantTell', concept: 'line.procedureCode', index: null, fieldKey: null,
        message: 'ClaimLint could not load the NCCI add-on code edits, so it can\'t tell whether an add-on code here lacks its primary' }];
    }
    const outcomes: CheckOutcome[] = coded.flatMap((entry) => {
      const edit = ncci.addOn(entry.code!);
      return edit ? [judgeAddOn(entry, edit, entries, ncci)] : [];
    });
    const unknown = [...new Set(coded.map((entry) => entry.code!).filter((code) => !ncci.covers(code) && !ncci.addOn(code)))];
    if (unknown.length > 0) {
      outcomes.push({ status: 'cantTell', concept: 'line.procedureCode', index: null, fieldKey: null,
        message: `ClaimLint's NCCI add-on table (${ncci.versionLabel}) holds only the therapy, chiropractic, psychotherapy and E/M `
          + `code ranges, so it can't tell whether ${unknown.join(', ')} ${unknown.length === 1 ? 'is an add-on code' : 'are add-on codes'}` });
    }
    if (outcomes.length > 0) return outcomes;
    return [{ status: 'notApplicable', concept: 'line.procedureCode', index: null, fieldKey: null,
      message: `No add-on codes are billed here (NCCI add-on code edits as of ${ncci.versionLabel})` }];
  },
});

function judgeAddOn(entry: ServiceLineCode, edit: AddOnEdit, entries: readonly ServiceLineCode[], ncci: NcciLookup): CheckOutcome {
  const name = lineName(entry);
  const version = `NCCI add-on code edits as of ${ncci.versionLabel}`;
  const candidates = entries.filter((other) => other !== entry && other.code !== null && edit.primaries.has(other.code));
  const primary = candidates.find((other) => sameDay(entry, other));
  if (primary) {
    return lineOutcome(entry, 'pass', `${name} is an add-on code; its primary ${primary.code} is on service line ${primary.line} (${version})`);
  }
  if (candidates[0]) {
    return lineOutcome(entry, 'fail', `${name} is an add-on code, but its primary ${candidates[0].code} (line ${candidates[0].line}) `
      + `has a different date of service; bill the add-on on the same date as its primary (${version})`);
  }
  if (edit.type !== 1) {
    // Types 2 and 3: the Medicare contractor accepts primaries beyond (or instead of) the listed ones.
    return lineOutcome(entry, 'cantTell', `${name} is an add-on code whose primaries the Medicare contractor defines`
      + `${edit.primaries.size > 0 ? ` (besides ${describeCodes(edit.primaries)})` : ''}; ClaimLint can't tell whether a line here is one (${version})`);
  }
  return lineOutcome(entry, 'fail', `${name} is an add-on code and is paid only with one of its primary codes on the same `
    + `claim and date (${describeCodes(edit.primaries)}); add the primary service's line or remove the add-on (${version})`);
}

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
