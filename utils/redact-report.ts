import * as z from 'zod/mini';
import { findingSchema } from '../rules/schema';
import { checklistSummarySchema, type TabResult } from './messages';

/** What leaves the extension as a printed report or a JSON file: the same object for both. */
export const reviewReportSchema = z.object({
  format: z.literal('claimlint-review'),
  version: z.literal(1),
  includesPatientDetails: z.boolean(),
  page: z.object({
    /** Null when patient details are left out: portal titles often name the patient or claim. */
    title: z.nullable(z.string()),
    /** Origin and path only unless patient details are included: queries and fragments often hold ids. */
    url: z.string(),
  }),
  checkedAt: z.string(),
  fieldCount: z.number(),
  truncated: z.optional(z.object({ limit: z.number(), seen: z.number() })),
  checklists: z.array(checklistSummarySchema),
  // A finding as the popup has it, less the field key and frame (internal locators, not part of the review).
  findings: z.array(z.omit(findingSchema, { fieldKey: true, frameId: true })),
});
export type ReviewReport = z.infer<typeof reviewReportSchema>;

export const WITHHELD = '[withheld]';

// Order matters: quoted values first (they may hold anything), then the shapes a bare value can take.
const PATIENT_VALUE_PATTERNS: readonly RegExp[] = [
  // A quote opens after a non-word character and closes before one, so "can't" and "patient's" survive.
  /(?<![\w'])'[^\n]*?'(?!\w)/g,
  /(?<!\w)‘[^’\n]*’/g,
  /"[^"\n]*"/g,
  /“[^”\n]*”/g,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  /\b\d{4}-\d{1,2}-\d{1,2}\b/g,
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g,
  /\+?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b/g,
  /\d{4,}/g,
];

/** A finding message with quoted values, dates, e-mail addresses, phone numbers and long digit runs withheld. */
export function withholdPatientValues(message: string): string {
  return PATIENT_VALUE_PATTERNS.reduce((text, pattern) => text.replace(pattern, WITHHELD), message);
}

/** Origin and path of a page URL, without the query and fragment; empty when it is not a URL. */
export function pageAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '';
  }
}

/**
 * The review report for a tab's result, for printing and for download. Unless patient details are included,
 * it leaves out the page title, the URL's query and fragment, and the values finding messages quote.
 */
export function buildReviewReport(result: TabResult, { includePatientDetails }: { includePatientDetails: boolean }): ReviewReport {
  const message = includePatientDetails ? (text: string) => text : withholdPatientValues;
  return {
    format: 'claimlint-review',
    version: 1,
    includesPatientDetails: includePatientDetails,
    page: {
      title: includePatientDetails ? result.title : null,
      url: includePatientDetails ? result.url : pageAddress(result.url),
    },
    checkedAt: result.checkedAt,
    fieldCount: result.fieldCount,
    ...(result.truncated && { truncated: result.truncated }),
    checklists: result.checklists,
    findings: result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      checklistId: finding.checklistId,
      title: finding.title,
      status: finding.status,
      severity: finding.severity,
      concept: finding.concept,
      index: finding.index,
      message: message(finding.message),
      ...(finding.problem !== undefined && { problem: finding.problem }),
      why: finding.why,
      fix: finding.fix,
      source: finding.source,
      citation: finding.citation,
    })),
  };
}

/** "claimlint-review-2026-11-22.json", in the user's local date. */
export function reviewReportFileName(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `claimlint-review-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
