import * as z from 'zod/mini';
import { outcomeFor, quoteValue } from '../outcome/check-support';
import { THERAPY_CODES } from '../codes/therapy-codes';
import type { ConceptKey } from '../concepts';
import { readMinutes, readUnits } from '../reading/minutes';
import {
  lineName, lineOutcome, noServiceLines, plural, readFieldNumber, readServiceLineCodes, renderedLines, requestedOnly,
  type FieldNumber, type ServiceLineCode,
} from '../reading/service-line-codes';
import type { SnapshotFields } from '../reading/snapshot-fields';
import { defineCheck, type CheckContext, type CheckOutcome } from './types';
import { withSuggestions } from '../outcome/suggestions';
import type { SourceWords } from '../outcome/source-words';

interface TimedLine { entry: ServiceLineCode; minutes: FieldNumber; units: FieldNumber }

/**
 * Units billed for 15-minute timed therapy codes must be supported by the minutes documented. Medicare counts
 * the visit's total timed minutes (8-22 = 1 unit, 23-37 = 2, ... CMS 100-04 ch. 5 §20.2) and wants total timed
 * and total treatment minutes in the note; many other payers count each code on its own (8+ minutes a unit).
 * Medicare contractors may not require minutes per code (100-02 ch. 15 §220.3.E), so under the Medicare rule a
 * code without its own minutes is no gap when the visit's total timed minutes are documented; the per-code rule
 * needs each code's minutes.
 */
export const timedUnits = defineCheck({
  options: z.object({ rule: z.enum(['medicare-8-minute', 'per-code-midpoint']) }),
  run(context, { rule }) {
    const { fields } = context;
    const { rendered: entries, requested } = renderedLines(readServiceLineCodes(fields));
    if (entries.length === 0) return [requested ? requestedOnly(requested) : noServiceLines(context)];
    const timed: TimedLine[] = entries.filter((entry) => entry.code !== null && THERAPY_CODES.timed.has(entry.code))
      .map((entry) => ({
        entry,
        minutes: readFieldNumber(fields, 'line.minutes', entry.line, readMinutes),
        units: readFieldNumber(fields, 'line.units', entry.line, readUnits),
      }));
    if (timed.length === 0) {
      return [{ status: 'notApplicable', concept: 'line.procedureCode', index: null, fieldKey: null,
        message: 'No 15-minute timed therapy codes are billed here' }];
    }
    return rule === 'per-code-midpoint' ? timed.map(perCode) : medicare(context, timed);
  },
});

/** Units that minutes support: 8-22 = 1, 23-37 = 2, and so on (for one code, or for Medicare's visit total). */
export function unitsForMinutes(minutes: number): number {
  return Math.floor((minutes + 7) / 15);
}

function perCode(row: TimedLine): CheckOutcome {
  if (row.minutes.state !== 'read') return missingMinutes(row, 'the note needs minutes per timed code');
  const supported = unitsForMinutes(row.minutes.value);
  return compareUnits(row, supported,
    `${row.minutes.value} minutes support ${plural(supported, 'unit')} under the per-code rule (8 or more minutes per unit)`, true);
}

function medicare({ fields, where }: CheckContext, rows: TimedLine[]): CheckOutcome[] {
  const totalTimed = readFieldNumber(fields, 'visit.totalTimedMinutes', null, readMinutes);
  const totalTreatment = readFieldNumber(fields, 'visit.totalTreatmentMinutes', null, readMinutes);
  const perLine = rows.every((row) => row.minutes.state === 'read')
    ? rows.map((row) => (row.minutes as { value: number }).value) : null;
  const lineSum = perLine?.reduce((a, b) => a + b, 0) ?? null;
  const total = totalTimed.state === 'read' ? totalTimed.value : lineSum;

  const outcomes: CheckOutcome[] = [];
  if (perLine && lineSum !== null) {
    const allowed = unitsForMinutes(lineSum);
    const most = mostUnitsPerLine(perLine, allowed);
    // A tie for the visit's last unit leaves the lines' units open (either line may take it): nothing to offer then.
    const settled = most.reduce((a, b) => a + b, 0) === allowed;
    rows.forEach((row, i) => outcomes.push(compareUnits(row, most[i]!,
      `under the Medicare 8-minute rule its ${perLine[i]} of ${lineSum} timed minutes support at most ${plural(most[i]!, 'unit')} (${plural(allowed, 'unit')} for the visit)`, settled)));
  } else if (total === null) {
    outcomes.push(...rows.map((row) => missingMinutes(row, 'the note needs minutes per timed code, or the total timed minutes')));
  }
  if (total !== null) outcomes.push(visitTotal(rows, total, totalTimed));
  outcomes.push(documented(where, totalTimed, 'visit.totalTimedMinutes', 'Total timed minutes',
    lineSum !== null && totalTimed.state === 'read' && lineSum !== totalTimed.value
      ? `does not match the ${lineSum} minutes documented per timed code; correct one of them` : null));
  outcomes.push(documented(where, totalTreatment, 'visit.totalTreatmentMinutes', 'Total treatment time',
    totalTimed.state === 'read' && totalTreatment.state === 'read' && totalTreatment.value < totalTimed.value
      ? `is less than the ${totalTimed.value} total timed minutes, which it includes` : null));
  return outcomes;
}

/**
 * CMS §20.2: each code first gets its full 15-minute units, then the visit's remaining units go to the codes
 * with the most minutes left over. Ties may go either way, so a tied line may have the extra unit.
 */
function mostUnitsPerLine(minutes: number[], allowed: number): number[] {
  const full = minutes.map((m) => Math.floor(m / 15));
  const left = allowed - full.reduce((a, b) => a + b, 0);
  const remainders = minutes.map((m) => m % 15);
  const cutoff = left > 0 ? [...remainders].sort((a, b) => b - a)[left - 1]! : Infinity;
  return full.map((units, i) => units + (remainders[i]! > 0 && remainders[i]! >= cutoff ? 1 : 0));
}

function visitTotal(rows: TimedLine[], total: number, totalTimed: FieldNumber): CheckOutcome {
  const allowed = unitsForMinutes(total);
  const anchor = (status: CheckOutcome['status'], message: string) => totalTimed.state === 'absent'
    ? lineOutcome(rows[0]!.entry, status, message) : outcomeFor(totalTimed.field, status, message);
  const basis = `${total} total timed minutes support ${plural(allowed, 'timed unit')} under the Medicare 8-minute rule`;
  if (rows.some((row) => row.units.state !== 'read')) {
    return anchor('cantTell', `${basis}; ClaimLint could not read the units (24G) of every timed code to compare`);
  }
  const billed = rows.reduce((sum, row) => sum + (row.units as { value: number }).value, 0);
  if (billed > allowed) {
    // The fix is in the units boxes: the mark goes on the line that bills the most units, where one is to come off.
    const most = rows.reduce((top, row) => ((row.units as { value: number }).value > (top.units as { value: number }).value ? row : top));
    const message = `Timed codes bill ${plural(billed, 'unit')}, but ${basis}; bill at most ${allowed}`;
    // The finding stays about the whole visit (no line index); only where it is marked moves.
    const onUnits = most.units.state === 'read' ? { ...outcomeFor(most.units.field, 'fail', message), index: null } : anchor('fail', message);
    return { ...onUnits, problem: 'inconsistent' };
  }
  if (billed < allowed) return anchor('pass', `Timed codes bill ${plural(billed, 'unit')}; ${basis}, so billing fewer is allowed`);
  return anchor('pass', `${basis}, matching the ${plural(billed, 'unit')} billed`);
}

/** `settled`: the minutes give this line exactly `most` units, so they can be offered as the units to bill. */
function compareUnits(row: TimedLine, most: number, basis: string, settled: boolean): CheckOutcome {
  const name = lineName(row.entry);
  const { units } = row;
  const at = (status: CheckOutcome['status'], message: string) =>
    units.state === 'absent' ? lineOutcome(row.entry, status, message) : { ...outcomeFor(units.field, status, message), index: row.entry.line };
  if (units.state === 'absent') return at('cantTell', `${name}: ${basis}; ClaimLint could not find its units (24G) to compare`);
  const offer = (outcome: CheckOutcome, current: string) => {
    const value = settled && most > 0 ? unitsValue(current, most) : null;
    return value === null ? outcome : withSuggestions(outcome, [{ value, label: `Bill ${plural(most, 'unit')}` }], current);
  };
  if (units.state === 'empty') return offer(at('fail', `${name}: the units (24G) are empty; ${basis}`), '');
  if (units.state === 'unreadable') return at('fail', `${name}: ClaimLint can't read the units ${quoteValue(units.field.value)}; ${basis}`);
  const billed = plural(units.value, 'unit');
  if (units.value > most) {
    const fix = most === 0 ? 'that is too little time to bill a unit' : `bill at most ${most}`;
    return offer({ ...at('fail', `${name}: ${billed} billed, but ${basis}; ${fix}`), problem: 'inconsistent' }, units.field.value);
  }
  if (units.value < most) return at('pass', `${name}: ${billed} billed; ${basis}, so billing fewer is allowed`);
  return at('pass', `${name}: ${basis}, matching the ${billed} billed`);
}

/** The units box's value with its one number replaced ("3 UN" -> "2 UN"), or null when it holds several. */
function unitsValue(current: string, units: number): string | null {
  const numbers = [...current.matchAll(/\d+(?:\.\d+)?/g)];
  if (numbers.length === 0) return String(units);
  if (numbers.length > 1) return null;
  const at = numbers[0]!.index;
  return `${current.slice(0, at)}${units}${current.slice(at + numbers[0]![0].length)}`.trim();
}

function missingMinutes(row: TimedLine, need: string): CheckOutcome {
  const name = lineName(row.entry);
  const { minutes } = row;
  if (minutes.state === 'absent') return lineOutcome(row.entry, 'cantTell', `${name}: ${need}; ClaimLint could not find minutes for this line`);
  const at = (status: CheckOutcome['status'], message: string) => ({ ...outcomeFor(minutes.field, status, message), index: row.entry.line });
  if (minutes.state === 'empty') return at('fail', `${name}: the minutes are empty; document the minutes spent on this timed code`);
  if (minutes.state === 'unreadable') return at('fail', `${name}: ClaimLint can't read the minutes ${quoteValue(minutes.field.value)}; write a whole number of minutes`);
  return at('cantTell', `${name}: ${need}; some timed codes have no minutes, so ClaimLint can't apply the 8-minute rule`);
}

function documented(where: SourceWords, reading: FieldNumber, concept: ConceptKey, label: string, problem: string | null): CheckOutcome {
  if (reading.state === 'absent') {
    return { status: 'cantTell', concept, index: null, fieldKey: null,
      message: `ClaimLint could not find ${label.toLowerCase()} ${where.inIt}; Medicare needs total timed minutes and total treatment time in the note` };
  }
  if (reading.state === 'empty') return outcomeFor(reading.field, 'fail', `${label} is empty; Medicare needs it documented in minutes`);
  if (reading.state === 'unreadable') {
    return outcomeFor(reading.field, 'fail', `ClaimLint can't read ${label.toLowerCase()} ${quoteValue(reading.field.value)}; write a whole number of minutes`);
  }
  if (problem) return { ...outcomeFor(reading.field, 'fail', `${label} ${reading.value} ${problem}`), problem: 'inconsistent' };
  return outcomeFor(reading.field, 'pass', `${label} is documented (${reading.value} minutes)`);
}
