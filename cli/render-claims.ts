/**
 * The human output of claim files: each claim under the name the biller knows it by (CLM01, Claim.identifier) and
 * its place in the file, a claim the reader does not check on one line with the reason, and the summary that
 * ends the run. Plain text, like the rest of the table.
 */
import type { ClaimRead } from '../utils/claim-files/claim-read';
import type { ClaimFormat } from './load-claim-file';
import type { SummaryJson } from './run-summary';
import { LOOK_AHEAD } from './check-claims';

const FORMAT_WORDS: Record<ClaimFormat, string> = {
  'x12-837p': 'X12 837P claim file',
  'fhir-json': 'FHIR JSON',
};

/** The lines that open a claim file's part of the report. */
export function claimFileHeading(source: string, format: ClaimFormat): string[] {
  return [`ClaimLint: ${displayName(source)}`, `File: ${FORMAT_WORDS[format]}`];
}

/** What the report calls its input: "-" is standard input. */
export function displayName(source: string): string {
  return source === '-' ? 'standard input' : source;
}

/** "2 of 5"; a batch longer than the look ahead reads "2 of more than 200" (its total is in the summary). */
export function placeWords(position: number, total: number | null): string {
  return total === null ? `${position} of more than ${LOOK_AHEAD}` : `${position} of ${total}`;
}

/**
 * "Claim PCN-4471 (2 of 5)", or "Claim 2 of 5, transaction 0021 (no claim id in the file)" (the X12 transaction
 * set's control number names it only when the claim has no id of its own: most files hold one transaction set, and
 * repeating its number on every claim says nothing); with --redact only "Claim 2 of 5". The JSON keeps both.
 */
export function claimHeading(read: ClaimRead, total: number | null, redact: boolean): string {
  const place = placeWords(read.position, total);
  // FHIR documentation with no Claim (Goal, CarePlan, ServiceRequest) is read as one document, not a claim.
  if (read.snapshot.source.kind === 'document') return `Documentation: ${read.snapshot.title} (${place})`;
  if (redact) return `Claim ${place}`;
  if (!read.claimId) return `Claim ${place}${read.controlNumber ? `, transaction ${read.controlNumber}` : ''} (no claim id in the file)`;
  return `Claim ${read.claimId} (${place})`;
}

/** The one line for a claim ClaimLint does not check. */
export function notCheckedLine(read: ClaimRead, total: number | null, redact: boolean): string {
  return `${claimHeading(read, total, redact)}: not checked: ${read.notChecked ?? ''}`;
}

/** The summary block that ends the table. */
export function summaryLines(summary: SummaryJson): string[] {
  const lines = ['Summary:'];
  if (summary.filesRead !== undefined) {
    const notRead = summary.filesNotRead ?? [];
    lines.push(`  Files read: ${summary.filesRead}${notRead.length > 0 ? `; not read: ${notRead.length}` : ''}`);
    for (const file of notRead) lines.push(`    ${displayName(file.source)}: ${file.reason}`);
  }
  if (summary.claimsRead > 0 || summary.pagesAndDocumentsChecked === undefined) {
    lines.push(`  Claims read: ${summary.claimsRead}`);
    lines.push(`  Claims with gaps: ${summary.claimsWithGaps} of ${summary.claimsChecked} checked`);
    const notChecked = summary.claimsNotChecked.reduce((sum, group) => sum + group.claims, 0);
    lines.push(`  Claims not checked: ${notChecked}`);
    for (const group of summary.claimsNotChecked) lines.push(`    ${String(group.claims).padStart(6)}  ${group.reason}`);
  }
  if (summary.pagesAndDocumentsChecked !== undefined) {
    lines.push(`  Pages and documents checked: ${summary.pagesAndDocumentsChecked}, with gaps: ${summary.pagesAndDocumentsWithGaps}`);
  }
  for (const stop of summary.stoppedEarly ?? []) lines.push(`  Stopped early: ${displayName(stop.source)}: ${stop.message}`);
  if (summary.commonGaps.length > 0) {
    lines.push('  Most common gaps (claims, pages or documents failing each rule):');
    for (const gap of summary.commonGaps) lines.push(`    ${String(gap.claims).padStart(6)}  ${gap.checklistId}/${gap.ruleId}: ${gap.title}`);
  }
  return lines;
}
