/**
 * Reading the dates people type into claim and documentation forms, and day arithmetic on ISO dates.
 * Pure: "today" always comes from the caller (the snapshot's takenAt).
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december'];

/**
 * Reads 2026-03-01, 03/01/2026, 3/1/26, 03-01-2026, "03 01 2026" (the CMS-1500 boxes), 03012026,
 * "March 1, 2026", "Mar 1 2026" and "1 March 2026" as "2026-03-01"; null when it cannot be read or is not a
 * real calendar day. Numeric dates are month first, as on US claim forms.
 */
export function parseDate(text: string): string | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ].*)?$/.exec(value);
  if (match) return isoDate(match[1], match[2], match[3]);
  match = /^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4}|\d{2})$/.exec(value);
  if (match) return isoDate(match[3], match[1], match[2]);
  match = /^(\d{2})(\d{2})(\d{4})$/.exec(value);
  if (match) return isoDate(match[3], match[1], match[2]);
  match = /^([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(value);
  if (match) return isoDate(match[3], monthNumber(match[1]), match[2]);
  match = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9})\.?,? (\d{4})$/.exec(value);
  if (match) return isoDate(match[3], monthNumber(match[2]), match[1]);
  return null;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / 86_400_000);
}

function monthNumber(name = ''): string | undefined {
  // A name counts when it abbreviates a month ("mar", "sept"), so "marchy" or "mayo" are not months.
  const index = MONTHS.findIndex((month) => name.length >= 3 && month.startsWith(name));
  return index === -1 ? undefined : String(index + 1);
}

function isoDate(yearText?: string, monthText?: string, dayText?: string): string | null {
  if (!yearText || !monthText || !dayText) return null;
  // Two-digit years: 00-49 are this century, 50-99 the last, so "3/1/26" is 2026 and a DOB "4/2/58" is 1958.
  const year = yearText.length === 2 ? Number(yearText) + (Number(yearText) < 50 ? 2000 : 1900) : Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function utcDay(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN);
}
