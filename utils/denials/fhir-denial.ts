/**
 * Reads a FHIR R4 ExplanationOfBenefit or ClaimResponse (alone, or in a Bundle) into one Denial each: the claim it
 * answers, the payer, the patient, the date it was created (the notice's date), outcome and disposition, process
 * notes, and every adjudication reason at the header and on each item (CARC and RARC codings by their X12 system,
 * other systems kept as `other`), plus ClaimResponse errors. Untrusted input: odd elements are skipped, never
 * thrown on; a reason whose code ClaimLint does not know is kept as sent.
 */
import { datesSpan, type Denial, type DenialLine, type DenialReason } from '../../rules/denials/denial';
import { codeKindOf } from '../../rules/denials/denial-codes';
import { bundleEntries } from '../claim-files/fhir-references';
import { codings, conceptText, dateOnly, firstCode, humanName, isObject, isResource, num, objects, text, type Coding, type FhirResource, type JsonObject } from '../claim-files/fhir-values';

const CARC_SYSTEM = /claim-?adjustment-?reason|\bcarc\b/i;
const RARC_SYSTEM = /remittance-?advice-?remark|\brarc\b/i;
// Adjudication categories whose amount is what the payer paid (FHIR adjudication codes, CARIN BB).
const PAID_CATEGORIES = new Set(['benefit', 'paidtoprovider', 'paidbypayer']);
const DENIAL_TYPES = new Set(['ExplanationOfBenefit', 'ClaimResponse']);
/** The X12 claim adjustment group codes (CAS01). */
const GROUPS = new Set(['CO', 'PR', 'OA', 'PI', 'CR']);
// An identifier system or type that says it is the member's (Epic's ".../member-id", CARIN's "MB").
const MEMBER_ID = /member|subscriber/i;

/** Every EOB or ClaimResponse in a parsed FHIR JSON value; throws a one-line Error when there is none. */
export function readFhirDenials(json: unknown): Denial[] {
  if (!isResource(json)) throw new Error('Not a FHIR resource: no resourceType');
  const resources = json.resourceType === 'Bundle' ? bundleEntries(json).map((entry) => entry.resource) : [json];
  const found = resources.filter((resource) => DENIAL_TYPES.has(resource.resourceType));
  if (found.length === 0) throw new Error(`No ExplanationOfBenefit or ClaimResponse in this FHIR ${json.resourceType}`);
  return found.map((resource) => readOne(resource, resources));
}

function readOne(resource: FhirResource, all: readonly FhirResource[]): Denial {
  const isEob = resource.resourceType === 'ExplanationOfBenefit';
  const ownId = text(objects(resource.identifier)[0]?.value) ?? text(resource.id);
  const claimId = referenceId(isEob ? resource.claim : resource.request);
  const payerName = partyName(resource.insurer, all);
  const patientName = partyName(resource.patient, all);
  const patient = target(resource.patient, all);
  const birthDate = isoDay(dateOnly(patient?.birthDate));
  const memberId = memberIdOf(resource, all);
  const denialDate = isoDay(dateOnly(resource.created));
  const billable = isObject(resource.billablePeriod) ? resource.billablePeriod : undefined;
  const from = isoDay(dateOnly(billable?.start));
  const to = isoDay(dateOnly(billable?.end));
  const notes = [text(resource.disposition), ...reviewDecisionNotes(resource), ...objects(resource.processNote).map((note) => text(note.text))].filter((note): note is string => !!note);
  const lines = objects(resource.item).map((item) => readItem(item));
  const paid = paidTotal(resource);
  const charged = totalOf(resource, 'submitted');
  const outcome = text(resource.outcome);
  const datesOfService = from ? datesSpan([from, to]) : datesSpan(lines.map((line) => line.dateOfService));
  return {
    ...(claimId && { claimId }),
    ...(ownId && ownId !== claimId && { payerClaimNumber: ownId }),
    ...(payerName && { payerName }),
    ...(patientName && { patientName }),
    ...(birthDate && { patientBirthDate: birthDate }),
    ...(memberId && { memberId }),
    ...(denialDate && { denialDate }),
    ...(datesOfService && { datesOfService }),
    ...(charged !== undefined && { chargedAmount: charged }),
    ...(paid !== undefined && { paidAmount: paid }),
    ...(outcome && { status: outcome }),
    reasons: [...adjudicationReasons(resource.adjudication), ...errorReasons(resource.error)],
    ...(lines.length > 0 && { lines }),
    ...(notes.length > 0 && { notes }),
    source: { format: isEob ? 'fhir-explanation-of-benefit' : 'fhir-claim-response', what: `${resource.resourceType} ${text(resource.id) ?? ownId ?? '(no id)'}` },
  };
}

function readItem(item: JsonObject): DenialLine {
  const procedure = firstCode(item.productOrService);
  const modifiers = objects(item.modifier).map(firstCode).filter((code): code is string => !!code);
  const period = isObject(item.servicedPeriod) ? item.servicedPeriod : undefined;
  const date = isoDay(dateOnly(item.servicedDate) ?? dateOnly(period?.start));
  const charged = isObject(item.net) ? num(item.net.value) : undefined;
  const paid = amountIn(objects(item.adjudication).filter((entry) => categoryIn(entry, PAID_CATEGORIES)));
  return {
    ...(procedure && { procedure }),
    ...(modifiers.length > 0 && { modifiers }),
    ...(date && { dateOfService: date }),
    ...(charged !== undefined && { charged }),
    ...(paid !== undefined && { paid }),
    reasons: adjudicationReasons(item.adjudication),
  };
}

/**
 * Reasons from adjudication[].reason, plus the CARC or RARC codings some payers put in the category itself. A
 * category that is a claim adjustment group (CO, PR, OA, PI, CR: CARIN Blue Button and payers' EOBs put it there,
 * with or without the X12 group system) is the group of the CARC reasons beside it, as CAS01 is in an 835.
 */
function adjudicationReasons(adjudications: unknown): DenialReason[] {
  return objects(adjudications).flatMap((entry) => {
    const amount = isObject(entry.amount) ? num(entry.amount.value) : undefined;
    const fromCategory = codings(entry.category).filter((coding) => coding.system && (CARC_SYSTEM.test(coding.system) || RARC_SYSTEM.test(coding.system)));
    const group = codings(entry.category).map((coding) => coding.code?.toUpperCase()).find((code) => code !== undefined && GROUPS.has(code));
    return [...codings(entry.reason), ...fromCategory, ...reviewAction(entry).reasons].flatMap((coding) => reasonOf(coding, amount))
      .map((reason) => (group && !reason.group && reason.kind === 'carc' ? { group, ...reason } : reason));
  });
}

/**
 * A Da Vinci PAS / PDex prior-authorization decision on an adjudication: the review action (X12 306: A1 certified,
 * A3 not certified, ...) and the X12 886 reasons for it ("0V requested information not received"). The reasons are
 * the denial's reasons, kept with their system; the decision itself is no reason (an approval has one too), so it is
 * said in the notes.
 */
function reviewAction(entry: JsonObject): { decisions: Coding[]; reasons: Coding[] } {
  const parts = objects(entry.extension).filter((extension) => /reviewAction$/.test(text(extension.url) ?? '')).flatMap((extension) => objects(extension.extension));
  const valued = (pattern: RegExp) => parts.filter((part) => pattern.test(text(part.url) ?? '')).flatMap((part) => codings(part.valueCodeableConcept));
  return { decisions: valued(/reviewActionCode$/), reasons: valued(/(^|\/)reasonCode$/) };
}

/** "Review decision: Not Certified (A3)" for each prior-authorization decision on the response or its items. */
function reviewDecisionNotes(resource: FhirResource): string[] {
  const entries = [...objects(resource.adjudication), ...objects(resource.item).flatMap((item) => objects(item.adjudication))];
  const notes = entries.flatMap((entry) => reviewAction(entry).decisions).filter((coding) => coding.code)
    .map((coding) => `Review decision: ${coding.display ? `${coding.display} (${coding.code})` : coding.code}`);
  return [...new Set(notes)];
}

function errorReasons(errors: unknown): DenialReason[] {
  return objects(errors).flatMap((error) => codings(error.code).flatMap((coding) => reasonOf(coding, undefined)));
}

function reasonOf(coding: Coding, amount: number | undefined): DenialReason[] {
  if (!coding.code) return [];
  const grouped = /^(CO|PR|OA|PI|CR)[- ]?(\w+)$/i.exec(coding.code);
  const code = grouped?.[2] ?? coding.code;
  const kind = coding.system
    ? CARC_SYSTEM.test(coding.system) ? 'carc' : RARC_SYSTEM.test(coding.system) ? 'rarc' : 'other'
    : codeKindOf(code) ?? 'other';
  return [{
    ...(grouped?.[1] && { group: grouped[1].toUpperCase() }),
    code, kind,
    ...(amount !== undefined && { amount }),
    ...(coding.system && kind === 'other' && { system: coding.system }),
    ...(coding.display && { text: coding.display }),
  }];
}

function categoryIn(entry: JsonObject, categories: ReadonlySet<string>): boolean {
  return codings(entry.category).some((coding) => coding.code !== undefined && categories.has(coding.code.toLowerCase()));
}

function amountIn(entries: readonly JsonObject[]): number | undefined {
  const amounts = entries.map((entry) => (isObject(entry.amount) ? num(entry.amount.value) : undefined)).filter((value): value is number => value !== undefined);
  return amounts.length > 0 ? amounts.reduce((sum, value) => sum + value, 0) : undefined;
}

function totalOf(resource: FhirResource, category: string): number | undefined {
  return amountIn(objects(resource.total).filter((entry) => categoryIn(entry, new Set([category]))));
}

function paidTotal(resource: FhirResource): number | undefined {
  const payment = isObject(resource.payment) && isObject(resource.payment.amount) ? num(resource.payment.amount.value) : undefined;
  return payment ?? amountIn(objects(resource.total).filter((entry) => categoryIn(entry, PAID_CATEGORIES)));
}

/** A reference's display, else the name of the resource it points at within the same file. */
function partyName(reference: unknown, all: readonly FhirResource[]): string | undefined {
  const display = isObject(reference) ? text(reference.display) : undefined;
  if (display) return display;
  const found = target(reference, all);
  if (!found) return undefined;
  return found.resourceType === 'Patient' ? humanName(found.name) : text(found.name) ?? conceptText(found.type);
}

/** The resource a literal reference points at within the same file (a Bundle's entries), if it is there. */
function target(reference: unknown, all: readonly FhirResource[]): FhirResource | undefined {
  const literal = isObject(reference) ? text(reference.reference) : undefined;
  return literal ? all.find((resource) => literal === `${resource.resourceType}/${text(resource.id)}` || literal.endsWith(`/${resource.resourceType}/${text(resource.id)}`)) : undefined;
}

/**
 * The member ID: the focal insurance's Coverage (in the file) subscriberId, else an identifier of that Coverage, of
 * the coverage reference, or of the Patient that says it is the member's. None is guessed from other identifiers.
 */
function memberIdOf(resource: FhirResource, all: readonly FhirResource[]): string | undefined {
  const insurances = objects(resource.insurance);
  const focal = insurances.find((insurance) => insurance.focal === true) ?? insurances[0];
  const reference = isObject(focal?.coverage) ? focal.coverage : undefined;
  const coverage = target(reference, all);
  const patient = target(resource.patient, all);
  const memberIdentifier = (identifiers: unknown) => objects(identifiers).find((identifier) =>
    MEMBER_ID.test(text(identifier.system) ?? '') || codings(identifier.type).some((coding) => coding.code === 'MB'));
  const candidates = [
    text(coverage?.subscriberId),
    text(memberIdentifier(coverage?.identifier)?.value),
    text(memberIdentifier(reference ? [reference.identifier] : [])?.value),
    text(memberIdentifier(patient?.identifier)?.value),
  ];
  return candidates.find((value) => !!value);
}

/** The claim a response answers: the reference's identifier, else the id at the end of its literal reference. */
function referenceId(reference: unknown): string | undefined {
  if (!isObject(reference)) return undefined;
  const identifier = isObject(reference.identifier) ? text(reference.identifier.value) : undefined;
  return identifier ?? text(reference.reference)?.split('/').at(-1);
}

function isoDay(date: string | undefined): string | undefined {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}
