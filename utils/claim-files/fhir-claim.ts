/**
 * Reads FHIR R4 JSON into ClaimLint snapshots: one per Claim (a Claim on its own, or the Claims of a Bundle such
 * as a Da Vinci PAS prior-authorization request), or, when the file holds no Claim, one snapshot of the
 * documentation its clinical resources carry (Goal, CarePlan, ServiceRequest, Condition, Coverage, Patient).
 * Pure: no I/O, no clock unless takenAt is left out. Titles, labels and paths name places in the file, never
 * patient values, because they are shown and logged where patient data must not go.
 */
import { claimTypeName, claimUseName, resourceTypeName } from './fhir-names';
import type { Snapshot } from '../../rules/schema';
import { withArticle } from '../../rules/outcome/with-article';
import { FileFields, fileSnapshot } from './file-fields';
import { putDiagnoses, putLines } from './fhir-claim-lines';
import { putHeader } from './fhir-claim-header';
import { CLINICAL_TYPES, putClinical, type ClinicalSource } from './fhir-clinical';
import { putCoverage, putPatient } from './fhir-coverage';
import { bundleEntries, referenceIndex, type ReferenceIndex } from './fhir-references';
import { Slots } from './fhir-slots';
import { firstCode, isObject, isResource, text, type FhirResource } from './fhir-values';

/** Resource types that give ClaimLint something to check, besides Claim and Bundle. */
const DOCUMENT_TYPES: readonly string[] = [...CLINICAL_TYPES, 'Coverage', 'Patient'];

/** True for JSON that names a FHIR resource type; what the caller tries before reading the file as FHIR. */
export function looksLikeFhir(json: unknown): boolean {
  return isResource(json);
}

/** Snapshots of a FHIR JSON file. Throws an Error with a one-line reason when the file gives nothing to check. */
export function readFhirJson(json: unknown, url: string, takenAt?: string): Snapshot[] {
  if (!isResource(json)) {
    throw new Error('not FHIR JSON: there is no resourceType; ClaimLint reads FHIR R4 Claims, Bundles and clinical resources');
  }
  const inBundle = json.resourceType === 'Bundle';
  const entries = inBundle ? bundleEntries(json) : [{ resource: json }];
  if (inBundle && entries.length === 0) throw new Error('the FHIR Bundle is empty: it has no entries with a resource');
  const index = referenceIndex(entries, inBundle);
  const claims = entries.filter((entry) => entry.resource.resourceType === 'Claim').map((entry) => entry.resource);
  const documents = entries.flatMap(({ resource }, position) => (DOCUMENT_TYPES.includes(resource.resourceType)
    ? [{ resource, container: resource, where: inBundle ? `Bundle.entry[${position}] (${resource.resourceType})` : `${resource.resourceType} 1` }]
    : []));

  if (claims.length > 0) {
    return claims.map((claim, n) => claimSnapshot(claim, n, claims.length, documentsFor(claim, claims.length, documents), index, url, takenAt));
  }
  if (documents.length > 0) return [documentSnapshot(documents, index, url, takenAt)];
  throw new Error(nothingToRead(entries.map((entry) => entry.resource.resourceType), inBundle));
}

/** Why a file gives nothing to check, in one line naming resource types only. */
function nothingToRead(types: readonly string[], inBundle: boolean): string {
  if (types.includes('ClaimResponse')) {
    return "a ClaimResponse is the payer's answer, not a claim; ClaimLint checks claims and their documentation";
  }
  const named = [...new Set(types.map(resourceTypeName).filter(Boolean))].join(', ') || 'resource of a type ClaimLint does not read';
  const what = inBundle ? `the Bundle holds only ${named}` : withArticle(named);
  return `${what}: nothing ClaimLint checks; it reads Claims and ${DOCUMENT_TYPES.join(', ')} resources`;
}

/**
 * Clinical resources of a Bundle belong to a Claim when the Bundle has only that Claim, or when they name the
 * Claim's patient; a Bundle of several patients' Claims must not lend one patient's goals to another's claim.
 */
function documentsFor(claim: FhirResource, claimCount: number, documents: readonly ClinicalSource[]): ClinicalSource[] {
  const clinical = clinicalOnly(documents);
  if (claimCount === 1) return clinical;
  const patient = isObject(claim.patient) ? text(claim.patient.reference) : undefined;
  if (!patient) return [];
  return clinical.filter((source) => {
    const subject = source.resource.subject ?? source.resource.patient;
    return isObject(subject) && text(subject.reference) === patient;
  });
}

function claimSnapshot(
  claim: FhirResource, n: number, total: number, documents: readonly ClinicalSource[], index: ReferenceIndex,
  url: string, takenAt: string | undefined,
): Snapshot {
  const fields = new FileFields();
  const slots = new Slots(fields, `Claim ${n + 1}`);
  putHeader(slots, claim, index);
  const coded = putDiagnoses(slots, claim, index);
  putLines(slots, claim, index);
  putClinical(slots, documents, index, coded);
  return fileSnapshot({ kind: 'claim-file', format: 'fhir-json' }, url, claimTitle(claim, n, total), fields, takenAt);
}

/** "FHIR Claim 1 of 2 (professional, preauthorization)": the claim's type and use are codes, never patient data. */
function claimTitle(claim: FhirResource, n: number, total: number): string {
  const kinds = [claimTypeName(firstCode(claim.type)), claimUseName(text(claim.use))].filter(Boolean).join(', ');
  const count = total > 1 ? ` ${n + 1} of ${total}` : '';
  return `FHIR Claim${count}${kinds ? ` (${kinds})` : ''}`;
}

/** The Goal, CarePlan, ServiceRequest and Condition sources (documents also include Coverage and Patient). */
function clinicalOnly(documents: readonly ClinicalSource[]): ClinicalSource[] {
  return documents.filter((source) => CLINICAL_TYPES.some((type) => type === source.resource.resourceType));
}

/** One snapshot of what the file's clinical, Coverage and Patient resources say; only what they carry. */
function documentSnapshot(documents: readonly ClinicalSource[], index: ReferenceIndex, url: string, takenAt: string | undefined): Snapshot {
  const fields = new FileFields();
  const slots = new Slots(fields, 'FHIR');
  for (const source of documents) {
    const here = slots.at(source.where);
    if (source.resource.resourceType === 'Patient' && !slots.has('patient.name')) {
      putPatient(here, { kind: 'found', resource: source.resource, container: source.container }, '');
    }
    if (source.resource.resourceType === 'Coverage' && !slots.has('patient.memberId')) {
      // Not a claim: a Coverage naming no payer is not a gap here.
      const payer = putCoverage(here, source.resource, source.container, index, '') || undefined;
      here.put('payer.name', payer, 'Payer (Coverage.payor)', 'Coverage.payor[0]');
    }
  }
  putClinical(slots, clinicalOnly(documents), index, false);
  const types = [...new Set(documents.map((source) => source.resource.resourceType))];
  return fileSnapshot({ kind: 'document', format: 'fhir-json' }, url, `FHIR ${types.join(', ')}`, fields, takenAt);
}
