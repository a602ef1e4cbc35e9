import * as z from 'zod/mini';
import { outcomeFor } from '../outcome/check-support';
import { readUnits } from '../reading/minutes';
import { lineName, lineOutcome, noServiceLines, plural, readFieldNumber, readServiceLineCodes, renderedLines, requestedOnly, type ServiceLineCode } from '../reading/service-line-codes';
import type { SnapshotFields } from '../reading/snapshot-fields';
import { readSession } from './psychotherapy-time';
import { defineCheck, type CheckOutcome } from './types';

// CPT reports each of these once per session; the number is the NCCI practitioner MUE (units per day, 2024-07-01):
// two separate psychotherapy sessions on one day can be billed, one crisis or family session per day.
const PER_SESSION_CODES: Record<string, number> = {
  90832: 2, 90833: 2, 90834: 2, 90836: 2, 90837: 2, 90838: 2, 90839: 1, 90846: 1, 90847: 1,
};

/**
 * A psychotherapy session code is one unit per session: more units than the NCCI MUE allows in a day fail, and
 * two units for one documented session (one start and stop time) disagree with the note; two units with no
 * session time on the page are "can't tell" (two sessions that day must each be documented).
 */
export const psychotherapyUnits = defineCheck({
  options: z.object({}),
  run(context) {
    const { fields } = context;
    const { rendered: entries, requested } = renderedLines(readServiceLineCodes(fields));
    if (entries.length === 0) return [requested ? requestedOnly(requested) : noServiceLines(context)];
    const rows = entries.filter((entry) => entry.code !== null && entry.code in PER_SESSION_CODES);
    if (rows.length === 0) {
      return [{ status: 'notApplicable', concept: 'line.procedureCode', index: null, fieldKey: null,
        message: 'No per-session psychotherapy codes (90832-90839, 90846, 90847) are billed here' }];
    }
    return rows.map((entry) => judgeUnits(fields, entry));
  },
});

function judgeUnits(fields: SnapshotFields, entry: ServiceLineCode): CheckOutcome {
  const name = lineName(entry);
  const units = readFieldNumber(fields, 'line.units', entry.line, readUnits);
  if (units.state === 'absent' || units.state === 'empty') {
    return lineOutcome(entry, 'notApplicable', `${name}: no units are given; a psychotherapy session is billed as 1 unit`);
  }
  if (units.state === 'unreadable') return outcomeFor(units.field, 'fail', `${name}: ClaimLint can't read the units; a session is 1 unit`);
  const at = (status: CheckOutcome['status'], message: string, problem?: CheckOutcome['problem']) =>
    ({ ...outcomeFor(units.field, status, message), index: entry.line, ...(problem && { problem }) });
  const count = units.value;
  const perDay = PER_SESSION_CODES[entry.code!]!;
  if (count === 1) return at('pass', `${name}: 1 unit, one session`);
  if (count < 1) return at('fail', `${name}: ${plural(count, 'unit')}; a session is billed as 1 unit`);
  if (count > perDay) {
    return at('fail', `${name}: ${plural(count, 'unit')}; ${entry.code} is reported once per session and Medicare's NCCI limit is `
      + `${plural(perDay, 'unit')} a day. Bill 1 unit per session`);
  }
  const session = readSession(fields);
  if (session.state === 'read') {
    return at('fail', `${name}: ${plural(count, 'unit')}, but the note documents one session (${session.minutes} minutes from its start `
      + `and end times); ${entry.code} is 1 unit per session, whatever its length`, 'inconsistent');
  }
  return at('cantTell', `${name}: ${plural(count, 'unit')} means ${count} separate sessions that day; ${entry.code} is 1 unit per session, `
    + 'so bill 1 unit unless the record documents each session with its own times');
}
