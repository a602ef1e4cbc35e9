import * as z from 'zod/mini';
import { outcomeFor, quoteValue } from '../outcome/check-support';
import { THERAPY_CODES, type PsychotherapyTime } from '../codes/therapy-codes';
import { readMinutes, readTimeOfDay, sessionMinutes } from '../reading/minutes';
import type { Field } from '../schema';
import { lineName, lineOutcome, noServiceLines, readFieldNumber, readServiceLineCodes, renderedLines, requestedOnly, type ServiceLineCode } from '../reading/service-line-codes';
import { hasValue, type SnapshotFields } from '../reading/snapshot-fields';
import { defineCheck, type CheckOutcome } from './types';
import { replaceCodeIn, suggestionFor, withSuggestions } from '../outcome/suggestions';

/** The session's length as its start and end times show it, or why they do not. */
export type Session =
  | { state: 'absent' | 'half' }
  | { state: 'empty' | 'unreadable' | 'reversed'; field: Field }
  | { state: 'read'; field: Field; minutes: number };

/**
 * Timed psychotherapy codes must match the documented time: 90832/90833 16-37 minutes, 90834/90836 38-52,
 * 90837/90838 53 or more. Time comes from the line's minutes or the session's start and end times; the E/M
 * add-ons need psychotherapy time apart from the E/M, which start and end times alone cannot show.
 */
export const psychotherapyTime = defineCheck({
  options: z.object({}),
  run(context) {
    const { fields } = context;
    const { rendered: entries, requested } = renderedLines(readServiceLineCodes(fields));
    if (entries.length === 0) return [requested ? requestedOnly(requested) : noServiceLines(context)];
    const rows = entries.flatMap((entry) => {
      const time = THERAPY_CODES.psychotherapy.find((t) => t.code === entry.code);
      return time ? [{ entry, time }] : [];
    });
    if (rows.length === 0) {
      return [{ status: 'notApplicable', concept: 'line.procedureCode', index: null, fieldKey: null,
        message: 'No timed psychotherapy codes (90832-90838) are billed here' }];
    }
    const session = readSession(fields);
    return rows.map(({ entry, time }) => checkLine(fields, entry, time, session));
  },
});

function checkLine(fields: SnapshotFields, entry: ServiceLineCode, time: PsychotherapyTime, session: Session): CheckOutcome {
  const name = lineName(entry);
  const judge = (minutesFor: number, how: string, field: Field) => judgeLine(entry, time, minutesFor, how, field, fields.best('line.procedureCode', entry.line));
  const minutes = readFieldNumber(fields, 'line.minutes', entry.line, readMinutes);
  if (minutes.state === 'read' && !(isDescriptor(minutes.field, time, minutes.value) && session.state === 'read' && session.minutes !== minutes.value)) {
    return judge(minutes.value, '', minutes.field);
  }
  if (minutes.state === 'unreadable') {
    return outcomeFor(minutes.field, 'fail', `${name}: ClaimLint can't read the minutes ${quoteValue(minutes.field.value)}; write a whole number of minutes`);
  }
  const failOn = (field: Field, message: string) => outcomeFor(field, 'fail', `${name}: ${message}`);
  switch (session.state) {
    case 'read':
      if (minutes.state === 'read') return judge(session.minutes, ` from the session start and end times (the ${minutes.value} minutes beside the code are its description)`, session.field);
      if (!time.withEm) return judge(session.minutes, ' from the session start and end times', session.field);
      // The session holds the E/M too, so it can prove the add-on too long for the time, never long enough.
      if (session.minutes < time.minMinutes) {
        return failOn(session.field, `the whole session lasted ${session.minutes} minutes, less than the ${range(time)} ${time.code} needs even before the E/M time`);
      }
      return lineOutcome(entry, 'cantTell', `${name}: the session lasted ${session.minutes} minutes including the E/M; document the psychotherapy minutes apart from the E/M time to support ${time.code} (${range(time)})`);
    case 'empty':
      return failOn(session.field, 'the session start or end time is empty; document start and stop times or the psychotherapy minutes');
    case 'unreadable':
      return failOn(session.field, `ClaimLint can't read the time ${quoteValue(session.field.value)}; write it like 10:05 AM or 14:50`);
    case 'reversed':
      return failOn(session.field, 'the session end time is not after its start time; correct the times');
    default:
      if (minutes.state === 'empty') return failOn(minutes.field, `no psychotherapy minutes are documented; ${time.code} needs ${range(time)}`);
      return lineOutcome(entry, 'cantTell', `${name}: ClaimLint could not find the psychotherapy time${session.state === 'half' ? ' (it found only one of the start and end times)' : ''}; the note needs start and stop times or total minutes`);
  }
}

function judgeLine(entry: ServiceLineCode, time: PsychotherapyTime, minutes: number, how: string, field: Field, codeField: Field | undefined): CheckOutcome {
  const name = lineName(entry);
  const at = (status: CheckOutcome['status'], message: string) => ({ ...outcomeFor(field, status, message), index: entry.line });
  if (minutes >= time.minMinutes && (time.maxMinutes === null || minutes <= time.maxMinutes)) {
    return at('pass', `${name}: ${minutes} minutes${how} supports ${time.code} (${range(time)})`);
  }
  const right = THERAPY_CODES.psychotherapy.find((t) => t.withEm === time.withEm && minutes >= t.minMinutes
    && (t.maxMinutes === null || minutes <= t.maxMinutes));
  if (!right) {
    return at('fail', `${name}: ${minutes} minutes${how} is under 16, too short for any psychotherapy code; check the time or do not bill psychotherapy`);
  }
  const outcome = at('fail', `${name}: ${minutes} minutes${how} supports ${right.code}, not ${time.code} (${range(time)}); bill ${right.code} or correct the documented time`);
  // The code the minutes give goes in the line's code box (a document's code is its text, which ClaimLint does not edit).
  const value = codeField && codeField.document === undefined ? replaceCodeIn(codeField.value, time.code, right.code) : null;
  const suggestion = value === null ? null : suggestionFor(codeField!, field, value, `Bill ${right.code}`);
  return suggestion ? withSuggestions(outcome, [suggestion]) : outcome;
}

// CPT names each code by its typical time ("90837 Psychotherapy, 60 minutes with patient"); a document that prints
// the description beside the code has not documented the session's length, so its own clock times win.
const DESCRIPTOR_MINUTES: Record<string, number> = { 90832: 30, 90833: 30, 90834: 45, 90836: 45, 90837: 60, 90838: 60 };

function isDescriptor(field: Field, time: PsychotherapyTime, minutes: number): boolean {
  return field.document !== undefined && DESCRIPTOR_MINUTES[time.code] === minutes;
}

function range(time: PsychotherapyTime): string {
  return time.maxMinutes === null ? `${time.minMinutes} minutes or more` : `${time.minMinutes}-${time.maxMinutes} minutes`;
}

/** Reads the session's start and end times (visit.startTime, visit.endTime) into minutes. */
export function readSession(fields: SnapshotFields): Session {
  const start = fields.best('visit.startTime');
  const end = fields.best('visit.endTime');
  const empty = [start, end].find((field) => field && !hasValue(field));
  if (empty) return { state: 'empty', field: empty };
  if (!start || !end) return { state: start || end ? 'half' : 'absent' };
  const from = readTimeOfDay(start.value);
  if (!from) return { state: 'unreadable', field: start };
  const to = readTimeOfDay(end.value);
  if (!to) return { state: 'unreadable', field: end };
  const minutes = sessionMinutes(from, to);
  return minutes === null ? { state: 'reversed', field: end } : { state: 'read', field: start, minutes };
}
