/**
 * The shape of an ICD-10-CM code: letter, digit, alphanumeric (the category), then up to four more
 * alphanumerics, with the dot after the third character optional because the paper CMS-1500 omits it.
 * One exception to "letter, digit": the QA categories (QA0 since FY2026, QA1 from FY2027).
 * Shape only: whether a code exists or is billable on a date of service is icd10cm-table.ts's job.
 */

export type Icd10Format =
  | { ok: true; code: string; compact: string }
  | { ok: false; reason: string };

const COMPACT = /^(?:[A-Z][0-9]|QA)[A-Z0-9][A-Z0-9]{0,4}$/;

/** Reads "m54.50", " M5450 " or "M54.50" as { code: "M54.50", compact: "M5450" }, or says what is wrong. */
export function readIcd10Format(text: string): Icd10Format {
  const upper = text.trim().toUpperCase();
  if (!upper) return { ok: false, reason: 'it is empty' };
  const dot = upper.indexOf('.');
  if (dot !== -1 && (dot !== 3 || upper.indexOf('.', dot + 1) !== -1 || upper.length === 4)) {
    return { ok: false, reason: 'the decimal point belongs after the third character, followed by 1-4 characters' };
  }
  const compact = upper.replace('.', '');
  if (!COMPACT.test(compact)) return { ok: false, reason: describeShapeError(compact) };
  const code = compact.length > 3 ? `${compact.slice(0, 3)}.${compact.slice(3)}` : compact;
  return { ok: true, code, compact };
}

/** The dotted, upper-case form of a well-shaped code, or null when it is not ICD-10-CM shaped. */
export function normalizeIcd10(text: string): string | null {
  const read = readIcd10Format(text);
  return read.ok ? read.code : null;
}

function describeShapeError(compact: string): string {
  if (/[^A-Z0-9]/.test(compact)) return 'it contains characters other than letters and digits';
  if (!/^[A-Z]/.test(compact)) return 'an ICD-10-CM code starts with a letter (ICD-9 codes start with a digit)';
  if (!/^(?:[A-Z][0-9]|QA)/.test(compact)) return 'the second character of an ICD-10-CM code is a digit (QA codes excepted)';
  if (compact.length < 3) return 'an ICD-10-CM code has at least 3 characters';
  return 'an ICD-10-CM code has at most 7 characters';
}

/** An ICD-10-CM code as a token inside a longer value (for `readCodeInText`). */
export const ICD10_SHAPE = {
  token: String.raw`(?:[A-Z][0-9]|QA)[A-Z0-9](?:\.?[A-Z0-9]{1,4})?`,
  isCode: (token: string) => readIcd10Format(token).ok,
  // "T10-T12", "T12–L1", "C5-6": spinal levels in a description, shaped like categories T10 and T12 but not codes.
  notCodes: /(?<![\p{L}\p{N}.])[CTLS]\d{1,2}\s*[-–—]\s*[CTLS]?\d{1,2}(?![\p{L}\p{N}])/giu,
};
