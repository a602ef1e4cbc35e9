import * as z from 'zod/mini';
import { conceptKeyOption, emptyFieldMessage, notFound, outcomeFor, pointAt, quoteValue } from '../outcome/check-support';
import { dateFieldName, readConceptDate } from '../reading/date-fields';
import { daysBetween } from '../reading/dates';
import { noServiceLines, readServiceLineCodes, renderedLines, type ServiceLineCode } from '../reading/service-line-codes';
import type { SnapshotFields } from '../reading/snapshot-fields';
import { defineCheck, type CheckOutcome } from './types';

/**
 * Dates of service measured from the accident, for no-fault laws that set a window: Florida PIP pays only when
 * initial care came within 14 days of the accident (`first`: a later first visit on this claim may follow an
 * initial visit billed elsewhere, so it is "can't tell", never a fail); Washington PIP covers expenses incurred
 * within three years of it (`every`: a line past the window fails). A line dated before the accident fails.
 */
export const serviceAfterAccident = defineCheck({
  options: z.object({
    accidentDate: z.array(conceptKeyOption).check(z.minLength(1)),
    /** The window, in days or in calendar years after the accident date. */
    withinDays: z.optional(z.number().check(z.int(), z.gte(0))),
    withinYears: z.optional(z.number().check(z.int(), z.gte(1))),
    /** `first`: the earliest date of service must fall in the window; `every`: each line's date must. */
    lines: z.enum(['first', 'every']),
    /** What a first date past the window means when the claim may not hold the first visit. */
    beyond: z.enum(['fail', 'cantTell']),
    /** What the window is for, in the message: "initial services and care". */
    what: z.string().check(z.minLength(1)),
  }).check(z.refine((options) => (options.withinDays === undefined) !== (options.withinYears === undefined), 'give withinDays or withinYears')),
  run(context, { accidentDate, withinDays, withinYears, lines, beyond, what }) {
    const accident = readConceptDate(context.fields, accidentDate);
    if (accident.state === 'absent') return [notFound(context, accidentDate[0]!, 'accident date')];
    if (accident.state === 'empty') {
      return [outcomeFor(accident.field, 'cantTell', `${emptyFieldMessage(accident.field, 'The accident date', dateFieldName(accident.field))}, so the dates of service cannot be measured from it`)];
    }
    if (accident.state === 'unreadable') return [outcomeFor(accident.field, 'cantTell', `ClaimLint can't read the accident date ${quoteValue(accident.field.value)}; write it like 03/02/2026`)];
    const from = accident.span.from;
    const last = withinYears === undefined ? addDays(from, withinDays!) : addYears(from, withinYears);
    const window = withinYears === undefined ? `${withinDays} days` : `${withinYears} year${withinYears === 1 ? '' : 's'}`;

    // Codes a letter or plan asks for were not given on a date, so only rendered lines are measured.
    const dated = renderedLines(readServiceLineCodes(context.fields)).rendered.filter((line) => line.date !== null).sort((a, b) => a.date!.localeCompare(b.date!));
    if (dated.length === 0) return [noServiceLines(context)];
    const before = dated.find((line) => line.date! < from);
    if (before) return [lineAt(context.fields, before, 'fail', `Service line ${before.line} is dated ${before.date}, before the accident (${from}); check both dates`)];
    const judged = lines === 'first' ? [dated[0]!] : dated;
    const late = judged.filter((line) => line.date! > last);
    if (late.length === 0) {
      const span = lines === 'first' ? `The first date of service, ${dated[0]!.date}, is` : `Every date of service is`;
      return [lineAt(context.fields, dated[0]!, 'pass', `${span} within ${window} of the accident (${from}): ${what} in time`)];
    }
    if (lines === 'first' && beyond === 'cantTell') {
      const days = daysBetween(from, dated[0]!.date!);
      return [lineAt(context.fields, dated[0]!, 'cantTell', `The first date of service on this claim, ${dated[0]!.date}, is ${days} days after the accident (${from}); ClaimLint can't tell from it whether ${what} began within ${window}, so make sure the record shows that visit`)];
    }
    return late.map((line) => lineAt(context.fields, line, 'fail', `Service line ${line.line} is dated ${line.date}, more than ${window} after the accident (${from}): outside the time for ${what}`));
  },
});

/** An outcome on a line's date of service (24A), the field the user corrects. */
function lineAt(fields: SnapshotFields, line: ServiceLineCode, status: CheckOutcome['status'], message: string): CheckOutcome {
  return { status, concept: 'line.dateFrom', index: line.line, ...pointAt(fields.best('line.dateFrom', line.line) ?? line.anchor), message };
}

function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The same calendar day `years` later (Feb 29 -> Feb 28 in a common year). */
function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
