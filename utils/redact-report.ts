import * as z from 'zod/mini';
import { findingSchema } from '../rules/schema';
import { checklistSummarySchema, type TabResult } from './messages';

/** What leaves the extension as a printed report or a JSON file: the same object for both. */
export const reviewReportSchema = z.object({
  format: z.literal('claimlint-review'),
  version: z.literal(2),
  includesPatientDetails: z.boolean(),
  /** What the report is about, so a printed page can be matched to its claim. */
  claim: z.object({
    /** Box 26 / X12 CLM01: its last characters unless patient details are included. Null when none was read. */
    account: z.nullable(z.string()),
    /** A claim file's FHIR Claim.identifier (a claim id, not a patient's); null otherwise. */
    claimId: z.nullable(z.string()),
    /** "claim 2 of 5" in a claim file; null on a page. */
    position: z.nullable(z.string()),
  }),
  page: z.object({
    /** The tab's title, the patient's identifying values withheld unless patient details are included. */
    title: z.string(),
    /** Origin and path (identifying values withheld) unless patient details are included: queries and fragments often hold ids. */
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

/** Why a result cannot be reported without patient details: it was stored before ClaimLint worked out what to withhold. */
export const NO_WITHHELD_VIEW = 'Check the page again to export it: this result does not say which values identify the patient.';

/**
 * The review report for a tab's result, for printing and for download. Unless patient details are included,
 * the patient's identifying values (name, date of birth, member and account numbers, addresses, free text) are
 * withheld from messages, title and address, as the background worked them out from the fields
 * (utils/withheld-view.ts); codes, dates of service and ClaimLint's own words stay. Throws NO_WITHHELD_VIEW
 * when the result has no withheld view and patient details are not included.
 */
export function buildReviewReport(result: TabResult, { includePatientDetails }: { includePatientDetails: boolean }): ReviewReport {
  const withheld = result.withheld;
  if (!includePatientDetails && (!withheld || withheld.messages.length !== result.findings.length)) throw new Error(NO_WITHHELD_VIEW);
  const claimFile = result.claimFile;
  const entry = claimFile?.claims.find((claim) => claim.position === claimFile.selected);
  return {
    format: 'claimlint-review',
    version: 2,
    includesPatientDetails: includePatientDetails,
    claim: {
      account: (includePatientDetails ? withheld?.account?.full : withheld?.account?.shown) ?? null,
      claimId: claimFile?.format === 'fhir-json' ? (entry?.claimId ?? null) : null,
      position: entry && claimFile ? `claim ${entry.position} of ${claimFile.claims.length}${claimFile.more ? '+' : ''}` : null,
    },
    page: {
      title: includePatientDetails ? result.title : withheld!.title,
      url: includePatientDetails ? result.url : withheld!.url,
    },
    checkedAt: result.checkedAt,
    fieldCount: result.fieldCount,
    ...(result.truncated && { truncated: result.truncated }),
    checklists: result.checklists,
    findings: result.findings.map((finding, at) => ({
      ruleId: finding.ruleId,
      checklistId: finding.checklistId,
      title: finding.title,
      status: finding.status,
      severity: finding.severity,
      concept: finding.concept,
      index: finding.index,
      ...(finding.step !== undefined && { step: finding.step }),
      message: includePatientDetails ? finding.message : withheld!.messages[at]!,
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
