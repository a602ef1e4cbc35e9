import * as z from 'zod/mini';
import { outcomeFor, quoteValue } from '../outcome/check-support';
import { readMinutes, readUnits } from '../reading/minutes';
import { lineName, lineOutcome, lineOutcomeIn, noServiceLines, plural, readFieldNumber, readServiceLineCodes, renderedLines, requestedOnly, sameDay, type ServiceLineCode } from '../reading/service-line-codes';
import type { Field } from '../schema';
import type { SnapshotFields } from '../reading/snapshot-fields';
import { readSession } from './psychotherapy-time';
import { defineCheck, type CheckOutcome } from './types';

// CPT time rules: crisis psychotherapy 90839 covers 30-74 minutes, 90840 each further 30 minutes (75-104: one,
// 105-134: two); family psychotherapy 90846/90847 (50 minutes) needs at least 26 minutes.
const CRISIS = { code: '90839', addOn: '90840', min: 30, addOnFrom: 75, block: 30 };
const FAMILY_CODES = new Set(['90846', '90847']);
const FAMILY_MIN = 26;

type Time = { state: 'read'; minutes: number; field: Field; how: string } | { state: 'none'; message: string; field?: Field };

/**
 * Crisis and family psychotherapy must match the documented time: 90839 for 30-74 minutes with one 90840 per
 * further 30 minutes (never fewer or more), 90846/90847 for 26 minutes or more. Time is the line's minutes or the
 * session's start and end times; none on the page is "can't tell". 90840 without 90839 is addon-primary's.
 */
export const crisisFamilyTime = defineCheck({
  options: z.object({}),
  run(context) {
    const { fields } = context;
    const { rendered: entries, requested } = renderedLines(readServiceLineCodes(fields));
    if (entries.length === 0) return [requested ? requestedOnly(requested) : noServiceLines(context)];
    const crisis = entries.filter((entry) => entry.code === CRISIS.code);
    const family = entries.filter((entry) => entry.code !== null && FAMILY_CODES.has(entry.code));
    if (crisis.length === 0 && family.length === 0) {
      return [{ status: 'notApplicable', concept: 'line.procedureCode', index: null, fieldKey: null,
        message: 'No crisis (90839) or family psychotherapy (90846, 90847) is billed here' }];
    }
    const addOns = entries.filter((entry) => entry.code === CRISIS.addOn);
    return [
      ...crisis.map((entry) => judgeCrisis(fields, entry, addOns.filter((addOn) => sameDay(addOn, entry)))),
      ...family.map((entry) => judgeFamily(fields, entry)),
    ];
  },
});

function judgeCrisis(fields: SnapshotFields, entry: ServiceLineCode, addOns: ServiceLineCode[]): CheckOutcome {
  const name = lineName(entry);
  const time = crisisMinutes(fields, entry, addOns);
  if (time.state === 'none') return time.field ? outcomeFor(time.field, 'fail', `${name}: ${time.message}`) : lineOutcome(entry, 'cantTell', `${name}: ${time.message}`);
  const at = (status: CheckOutcome['status'], message: string, problem?: CheckOutcome['problem']) =>
    ({ ...outcomeFor(time.field, status, message), index: entry.line, ...(problem && { problem }) });
  const { minutes } = time;
  if (minutes < CRISIS.min) {
    return at('fail', `${name}: ${minutes} minutes${time.how} of crisis psychotherapy is under 30; report a shorter crisis session with 90832 or 90833 instead of 90839`, 'inconsistent');
  }
  const expected = minutes < CRISIS.addOnFrom ? 0 : Math.floor((minutes - CRISIS.addOnFrom) / CRISIS.block) + 1;
  const billed = addOns.reduce((sum, addOn) => sum + addOnUnits(fields, addOn), 0);
  const supports = expected === 0 ? '90839 alone' : `90839 with ${plural(expected, 'unit')} of 90840`;
  if (billed === expected) return at('pass', `${name}: ${minutes} minutes${time.how} supports ${supports}`);
  const message = `${name}: ${minutes} minutes${time.how} supports ${supports}, but ${plural(billed, 'unit')} of 90840 ${billed === 1 ? 'is' : 'are'} billed `
    + '(90839 covers 30-74 minutes; each 90840 a further 30 minutes from minute 75)';
  // The fix is the 90840 line's units, where one is billed; with none, the time documented is what the user checks.
  const addOn = addOns[0];
  if (!addOn) return at('fail', message, 'inconsistent');
  return { ...lineOutcomeIn(fields, addOn, 'line.units', 'filled', 'fail', `${message}; correct the 90840 units on service line ${addOn.line}`), problem: 'inconsistent' };
}

function judgeFamily(fields: SnapshotFields, entry: ServiceLineCode): CheckOutcome {
  const name = lineName(entry);
  const time = lineOrSession(fields, entry);
  if (time.state === 'none') return time.field ? outcomeFor(time.field, 'fail', `${name}: ${time.message}`) : lineOutcome(entry, 'cantTell', `${name}: ${time.message}`);
  const at = (status: CheckOutcome['status'], message: string, problem?: CheckOutcome['problem']) =>
    ({ ...outcomeFor(time.field, status, message), index: entry.line, ...(problem && { problem }) });
  if (time.minutes >= FAMILY_MIN) return at('pass', `${name}: ${time.minutes} minutes${time.how} supports ${entry.code} (26 minutes or more)`);
  return at('fail', `${name}: ${time.minutes} minutes${time.how} is under the 26 minutes ${entry.code} needs; a shorter family session is not reported with ${entry.code}`, 'inconsistent');
}

/** The crisis time: the 90839 line's minutes plus its 90840 lines' minutes, else the session times. */
function crisisMinutes(fields: SnapshotFields, entry: ServiceLineCode, addOns: ServiceLineCode[]): Time {
  const own = lineOrSession(fields, entry);
  if (own.state !== 'read' || own.how !== '') return own;
  const extra = addOns.map((addOn) => readFieldNumber(fields, 'line.minutes', addOn.line, readMinutes))
    .reduce((sum, read) => sum + (read.state === 'read' ? read.value : 0), 0);
  return extra > 0 ? { ...own, minutes: own.minutes + extra, how: ' (with the 90840 lines)' } : own;
}

function lineOrSession(fields: SnapshotFields, entry: ServiceLineCode): Time {
  const minutes = readFieldNumber(fields, 'line.minutes', entry.line, readMinutes);
  if (minutes.state === 'read') return { state: 'read', minutes: minutes.value, field: minutes.field, how: '' };
  if (minutes.state === 'unreadable') return { state: 'none', field: minutes.field, message: `ClaimLint can't read the minutes ${quoteValue(minutes.field.value)}; write a whole number of minutes` };
  const session = readSession(fields);
  if (session.state === 'read') return { state: 'read', minutes: session.minutes, field: session.field, how: ' from the session start and end times' };
  if (session.state === 'empty') return { state: 'none', field: session.field, message: 'the session start or end time is empty; document start and stop times or the minutes' };
  if (session.state === 'unreadable') return { state: 'none', field: session.field, message: `ClaimLint can't read the time ${quoteValue(session.field.value)}; write it like 10:05 AM or 14:50` };
  if (session.state === 'reversed') return { state: 'none', field: session.field, message: 'the session end time is not after its start time; correct the times' };
  if (minutes.state === 'empty') return { state: 'none', field: minutes.field, message: `no minutes are documented; ${entry.code} is billed by time` };
  return { state: 'none', message: 'ClaimLint could not find the session time; the note needs start and stop times or total minutes' };
}

function addOnUnits(fields: SnapshotFields, addOn: ServiceLineCode): number {
  const units = readFieldNumber(fields, 'line.units', addOn.line, readUnits);
  return units.state === 'read' ? units.value : 1;
}
