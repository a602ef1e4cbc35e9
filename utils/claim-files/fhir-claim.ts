/**
 * Reads FHIR R4 JSON into ClaimLint snapshots: one per Claim (a Claim on its own, or the Claims of a Bundle such
 * as a Da Vinci PAS prior-authorization request), or, when the file holds no Claim, one snapshot of the
 * documentation its clinical resources carry (Goal, CarePlan, ServiceRequest, Condition, Coverage, Patient).
 * A Claim ClaimLint does not check (institutional, oral, vision, pharmacy, an older FHIR version, one the payer
 * has already answered) is read with its id and the reason, never through professional-claim rules.
 * Pure: no I/O, no clock unless takenAt is left out.
 */
import type { Snapshot } from '../../rules/schema';
import { withArticle } from '../../rules/outcome/with-article';
import { claimIdOf } from './fhir-claim-id';
import { whyNotChecked } from './fhir-claim-kind';
import { documentsFor } from './fhir-claim-documents';
import { claimSnapshot, claimTitle, clinicalOnly, documentSnapshot, emptySnapshot } from './fhir-claim-snapshot';
import { CLINICAL_TYPES } from './fhir-clinical';
import { resourceTypeName } from './fhir-names';
import { bundleEntries, referenceIndex, type ReferenceIndex } from './fhir-references';
import { isResource, type FhirResource } from './fhir-values';

/** Resource types that give ClaimLint something to check, besides Claim and Bundle. */
const DOCUMENT_TYPES: readonly string[] = [...CLINICAL_TYPES, 'Coverage', 'Patient'];

/** A payer's answers to a claim: what a biller gets back, not what ClaimLint checks. */
const PAYER_ANSWERS: Readonly<Record<string, string>> = {
  ClaimResponse: "a ClaimResponse is the payer's answer",
  ExplanationOfBenefit: "an ExplanationOfBenefit is the payer's account of a processed claim",
};

/** One Claim (or the file's documentation) as read: its snapshot, its id, and why it is not checked. */
export interface FhirReading {
  /** The claim's fields; none when `notChecked`. */
  snapshot: Snapshot;
  /** Claim.identifier (a claim or account number first), else Claim.id; null for documentation. */
  claimId: string | null;
  notChecked?: string;
}

/** True for JSON that names a FHIR resource type; what the caller tries before reading the file as FHIR. */
export function looksLikeFhir(json: unknown): boolean {
  return isResource(json);
}

/**
 * Snapshots of the claims in a FHIR JSON file that ClaimLint checks (professional R4 claims and requests, or the
 * file's documentation). Throws an Error with a one-line reason when the file gives nothing to check, including
 * a file whose every claim is one ClaimLint does not check.
 */
export function readFhirJson(json: unknown, url: string, takenAt?: string): Snapshot[] {
  const readings = readFhirClaims(json, url, takenAt);
  const checked = readings.filter((reading) => reading.notChecked === undefined).map((reading) => reading.snapshot);
  if (checked.length > 0) return checked;
  const reasons = [...new Set(readings.map((reading) => reading.notChecked))];
  throw new Error(readings.length === 1 ? reasons[0]! : `none of the ${readings.length} claims is checked: ${reasons.join('; ')}`);
}

/**
 * Every Claim of a FHIR JSON file, in file order, each with its id and, when it is not checked, why; or the
 * file's documentation as one reading when it holds no Claim. Throws an Error with a one-line reason when the
 * file gives nothing to read (not FHIR, an empty Bundle, a payer's response, nothing ClaimLint reads).
 */
export function readFhirClaims(json: unknown, url: string, takenAt?: string): FhirReading[] {
  return [...fhirReadings(json, url, takenAt)];
}

/**
 * readFhirClaims one Claim at a time: each Claim's snapshot is made when it is asked for, so a Bundle of 10,000
 * Claims never holds 10,000 snapshots (the parsed JSON is the file's own size; the snapshots are several times
 * that). The same errors are thrown, from the first `next()`.
 */
export function* fhirReadings(json: unknown, url: string, takenAt?: string): Generator<FhirReading> {
  if (!isResource(json)) {
    throw new Error('not FHIR JSON: there is no resourceType; ClaimLint reads FHIR R4 Claims, Bundles and clinical resources');
  }
  const inBundle = json.resourceType === 'Bundle';
  const entries = inBundle ? bundleEntries(json) : [{ resource: json }];
  if (inBundle && entries.length === 0) throw new Error('the FHIR Bundle is empty: it has no entries with a resource');
  const index = referenceIndex(entries, inBundle);
  const resources = entries.map((entry) => entry.resource);
  const claims = resources.filter((resource) => resource.resourceType === 'Claim');
  const types = resources.map((resource) => resource.resourceType);
  // A payer's response carries the member's Patient and Coverage too; it is not documentation to check.
  if (claims.length === 0 && types.some((type) => PAYER_ANSWERS[type])) throw new Error(payerAnswer(types));
  const documents = resources.flatMap((resource, position) => (DOCUMENT_TYPES.includes(resource.resourceType)
    ? [{ resource, container: resource, where: inBundle ? `Bundle.entry[${position}] (${resource.resourceType})` : `${resource.resourceType} 1` }]
    : []));

  if (claims.length > 0) {
    const answered = answeredClaims(resources, index);
    const clinical = clinicalOnly(documents);
    for (const [n, claim] of claims.entries()) {
      const claimId = claimIdOf(claim);
      const title = claimTitle(claim, claimId, n, claims.length);
      const reason = answered.has(claim)
        ? 'a claim the payer has already answered (the file holds its ClaimResponse): ClaimLint checks claims before they are sent'
        : whyNotChecked(claim);
      if (reason) {
        yield { snapshot: emptySnapshot(claim, title, url, takenAt), claimId, notChecked: reason };
        continue;
      }
      const snapshot = claimSnapshot(claim, n, title, documentsFor(claim, claims.length, clinical, index), index, url, takenAt);
      yield { snapshot, claimId };
    }
    return;
  }
  if (documents.length > 0) {
    yield { snapshot: documentSnapshot(documents, index, url, takenAt), claimId: null };
    return;
  }
  throw new Error(nothingToRead(types, inBundle));
}

function payerAnswer(types: readonly string[]): string {
  const answer = types.map((type) => PAYER_ANSWERS[type]).find(Boolean)!;
  return `${answer}, not a claim; ClaimLint checks claims and their documentation`;
}

/** Claims of the file that a ClaimResponse (its request) or ExplanationOfBenefit (its claim) in the file answers. */
function answeredClaims(resources: readonly FhirResource[], index: ReferenceIndex): Set<FhirResource> {
  const answered = new Set<FhirResource>();
  for (const resource of resources) {
    const asked = resource.resourceType === 'ClaimResponse' ? resource.request
      : resource.resourceType === 'ExplanationOfBenefit' ? resource.claim : undefined;
    if (asked === undefined) continue;
    const resolved = index.resolve(asked, resource);
    if (resolved.kind === 'found' && resolved.resource.resourceType === 'Claim') answered.add(resolved.resource);
  }
  return answered;
}

/** Why a file gives nothing to check, in one line naming resource types only. */
function nothingToRead(types: readonly string[], inBundle: boolean): string {
  const named = [...new Set(types.map(resourceTypeName).filter(Boolean))].join(', ') || 'resource of a type ClaimLint does not read';
  const what = inBundle ? `the Bundle holds only ${named}` : withArticle(named);
  return `${what}: nothing ClaimLint checks; it reads Claims and ${DOCUMENT_TYPES.join(', ')} resources`;
}
