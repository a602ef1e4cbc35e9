/**
 * One shape for a denial, whatever it was read from: an X12 835 remittance, a FHIR ExplanationOfBenefit or
 * ClaimResponse, or one the user typed in. Readers live in utils/denials/; the appeal draft reads only this.
 * Every code the source gives is kept, known or not: the draft says which ones ClaimLint does not know.
 */
import * as z from 'zod/mini';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const denialReasonSchema = z.object({
  /** The CARC group code as sent (CO, PR, OA, PI, CR); absent for remark codes and sources without one. */
  group: z.optional(z.string()),
  code: z.string().check(z.minLength(1), z.maxLength(40)),
  /** `other`: a code of another system (a FHIR adjudication-reason code, a payer's own code), kept as sent. */
  kind: z.enum(['carc', 'rarc', 'other']),
  amount: z.optional(z.number()),
  /** The code system a FHIR source names, when it is not the X12 lists. */
  system: z.optional(z.string()),
  /** The source's own words for the reason (a FHIR display, a typed reason). */
  text: z.optional(z.string().check(z.maxLength(2000))),
});
export type DenialReason = z.infer<typeof denialReasonSchema>;

export const denialLineSchema = z.object({
  procedure: z.optional(z.string()),
  modifiers: z.optional(z.array(z.string())),
  dateOfService: z.optional(z.string().check(z.regex(ISO_DATE))),
  charged: z.optional(z.number()),
  paid: z.optional(z.number()),
  reasons: z.array(denialReasonSchema),
});
export type DenialLine = z.infer<typeof denialLineSchema>;

export const denialSourceSchema = z.object({
  format: z.enum(['x12-835', 'fhir-explanation-of-benefit', 'fhir-claim-response', 'manual']),
  /** Where in the source: "835 CLP ACCT42", "ClaimResponse R3500", a file name. */
  what: z.string(),
});

export const denialSchema = z.object({
  claimId: z.optional(z.string()),
  /** The payer's own claim number (835 CLP07, FHIR identifier), when it differs from the provider's. */
  payerClaimNumber: z.optional(z.string()),
  payerName: z.optional(z.string()),
  /** Where appeals go (address or fax) as the notice prints it; only a typed denial gives it (an 835 has none). */
  appealsAddress: z.optional(z.string().check(z.maxLength(300))),
  patientName: z.optional(z.string()),
  /** The patient's date of birth (ISO), when the source gives one (a FHIR Patient, a typed denial); an 835 has none. */
  patientBirthDate: z.optional(z.string().check(z.regex(ISO_DATE))),
  memberId: z.optional(z.string()),
  /** The date the notice itself says the appeal is due by (ISO), as typed ("Appeal by"); an 835 has none. */
  appealBy: z.optional(z.string().check(z.regex(ISO_DATE))),
  /** The date of the notice (ISO): 835 DTM*405 production date or BPR16, FHIR created, or as typed. */
  denialDate: z.optional(z.string().check(z.regex(ISO_DATE))),
  datesOfService: z.optional(z.object({ from: z.string().check(z.regex(ISO_DATE)), to: z.optional(z.string().check(z.regex(ISO_DATE))) })),
  chargedAmount: z.optional(z.number()),
  paidAmount: z.optional(z.number()),
  /** The claim filing indicator the payer processed the claim under (835 CLP06: MB Medicare Part B, 16 Medicare Advantage HMO, CI commercial). */
  claimFilingIndicator: z.optional(z.string().check(z.maxLength(3))),
  /** The payer's status or outcome in its own terms (835 CLP02 "4 denied", FHIR outcome "complete"). */
  status: z.optional(z.string()),
  reasons: z.array(denialReasonSchema),
  lines: z.optional(z.array(denialLineSchema)),
  /** The payer's free-text notes (FHIR disposition and processNote, a typed reason). */
  notes: z.optional(z.array(z.string())),
  source: denialSourceSchema,
});
export type Denial = z.infer<typeof denialSchema>;

/**
 * Every reason of the denial, claim-level first, then each line's, without repeats of the same group and code. An
 * adjustment of exactly 0.00 (an 835 CAS*CO*42*0, which some payers send on every line) adjusted nothing, so it is no
 * reason to answer; it is left out unless the denial gives nothing else.
 */
export function allDenialReasons(denial: Denial): DenialReason[] {
  const every = [...denial.reasons, ...(denial.lines ?? []).flatMap((line) => line.reasons)];
  const adjusting = every.filter((reason) => !(reason.kind === 'carc' && reason.amount === 0));
  const seen = new Set<string>();
  const out: DenialReason[] = [];
  for (const reason of adjusting.length > 0 ? adjusting : every) {
    const key = `${reason.kind}:${reason.group ?? ''}:${reason.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(reason);
  }
  return out;
}

/** The span of some ISO dates (earliest to latest; `to` only when it differs), or undefined for none. */
export function datesSpan(dates: readonly (string | undefined)[]): Denial['datesOfService'] {
  const sorted = dates.filter((date): date is string => !!date).sort();
  const [from, to] = [sorted[0], sorted.at(-1)];
  if (!from) return undefined;
  return to && to !== from ? { from, to } : { from };
}

/**
 * True when the payer denied or reduced something an appeal can contest: the claim's status says denied, or a
 * reason is not the patient's cost share (deductible, coinsurance, copay, the contracted write-off). A code
 * ClaimLint does not know counts as contestable: it is never taken for a cost share.
 */
export function isContestable(denial: Denial, costShare: (reason: DenialReason) => boolean): boolean {
  if (/^4\b|denied/i.test(denial.status ?? '')) return true;
  return allDenialReasons(denial).some((reason) => !costShare(reason));
}
