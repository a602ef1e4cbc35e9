import * as z from 'zod/mini';
import { maskedReference, nonIdentifyingValues, patientIdentifiers, withholdIdentifiers } from './patient-identifiers';

/**
 * A tab's result as a report shows it without patient details, worked out where the snapshot is held (the
 * background), so the report needs no field values: each finding's message, the page title and address with
 * the patient's identifying values withheld, and the claim's account number as its last characters.
 */
export const withheldViewSchema = z.object({
  /** Each finding's message, in the findings' order. */
  messages: z.array(z.string()),
  title: z.string(),
  /** Origin and path (queries and fragments often hold ids), identifying values withheld. */
  url: z.string(),
  /** Box 26 / X12 CLM01, the patient account (control) number: the reference a biller finds the claim by. */
  account: z.optional(z.object({ shown: z.string(), full: z.string() })),
});
export type WithheldView = z.infer<typeof withheldViewSchema>;

/** The withheld view of a result from the fields it was checked on. */
export function withheldView(
  result: { findings: readonly { message: string }[]; title: string; url: string },
  fields: readonly { concept: string; value: string }[],
): WithheldView {
  const identifiers = patientIdentifiers(fields);
  const kept = nonIdentifyingValues(fields);
  const withhold = (text: string) => withholdIdentifiers(text, identifiers, kept);
  const account = fields.find((field) => field.concept === 'patient.accountNumber' && field.value.trim())?.value.trim();
  return {
    messages: result.findings.map((finding) => withhold(finding.message)),
    title: withhold(result.title),
    url: withhold(pageAddress(result.url)),
    ...(account && { account: { shown: maskedReference(account), full: account } }),
  };
}

/** Origin and path of a page URL (the path decoded, so an encoded name is withheld too); empty when not a URL. */
export function pageAddress(url: string): string {
  try {
    const parsed = new URL(url);
    let path = parsed.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      // A malformed escape stays as it is.
    }
    return `${parsed.origin}${path}`;
  } catch {
    return '';
  }
}
