/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone or daylight-saving change moves a day.
 * Appeal deadlines count calendar days; external review counts months, where a month without the day (Feb 30)
 * rolls to the first day of the next month, as the federal external review rule says.
 */
// Day counts between two dates are the readers' own (rules/reading/dates.ts); this file adds what deadlines need.
export { daysBetween } from '../reading/dates';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The date as UTC midnight, or undefined when it is not a real calendar date (2025-02-29, 2024-13-01). */
export function parseIsoDate(date: string): Date | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day ? parsed : undefined;
}

export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const start = parseIsoDate(date);
  if (!start) throw new Error(`not a calendar date: ${date}`);
  return formatIsoDate(new Date(start.getTime() + days * DAY_MS));
}

/** The same day `months` later; a day the month lacks is the first day of the month after it (Oct 30 + 4 → Mar 1). */
export function addMonths(date: string, months: number): string {
  const start = parseIsoDate(date);
  if (!start) throw new Error(`not a calendar date: ${date}`);
  const targetMonth = start.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(start.getUTCFullYear(), targetMonth + 1, 0)).getUTCDate();
  if (start.getUTCDate() > lastDay) return formatIsoDate(new Date(Date.UTC(start.getUTCFullYear(), targetMonth + 1, 1)));
  return formatIsoDate(new Date(Date.UTC(start.getUTCFullYear(), targetMonth, start.getUTCDate())));
}

