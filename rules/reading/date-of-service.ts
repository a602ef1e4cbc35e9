/**
 * The date a claim's codes are judged on: code sets change every October 1, so "is this code valid" depends on
 * when the service was given, not on when the page is checked.
 */
import { parseDate } from './dates';
import { hasValue, type SnapshotFields } from './snapshot-fields';

export interface DateOfService {
  /** YYYY-MM-DD. */
  date: string;
  /** Where it came from: a service line's "from" date (24A), the visit date, or the day checked. */
  source: 'line' | 'visit' | 'today';
}

/**
 * The earliest readable service-line "from" date; else the visit date; else `today`. Unreadable dates are
 * skipped here (the date checks report them).
 */
export function claimDateOfService(fields: SnapshotFields, today: string): DateOfService {
  return fields.reading(`date-of-service ${today}`, (read) => dateOfService(read, today));
}

function dateOfService(fields: SnapshotFields, today: string): DateOfService {
  const lineDates = fields.all('line.dateFrom').filter(hasValue).map((field) => parseDate(field.value))
    .filter((date): date is string => date !== null).sort();
  if (lineDates[0]) return { date: lineDates[0], source: 'line' };
  const visit = fields.all('visit.date').filter(hasValue).map((field) => parseDate(field.value)).find((date) => date !== null);
  if (visit) return { date: visit, source: 'visit' };
  return { date: today, source: 'today' };
}
