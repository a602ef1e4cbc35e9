/** How a code stands in ICD-10-CM on a date of service. */
export type Icd10Status = 'billable' | 'header' | 'unknown';

/**
 * ICD-10-CM as the checks see it, whatever loaded it (the extension's packaged data, the CLI's file read, a
 * test's small table). Codes are normalized: upper case, no dot.
 */
export interface Icd10CmLookup {
  /** The code's status on that date, or null when the date is outside the data's coverage (can't tell). */
  statusOn(code: string, dateOfService: string): Icd10Status | null;
  /** Billable codes one level below a header on that date: "M545" -> ["M5450", "M5451", "M5459"]. */
  billableChildrenOn(code: string, dateOfService: string): string[];
  /** The dates of service the data covers (YYYY-MM-DD, inclusive). */
  coverage: { from: string; to: string };
}
