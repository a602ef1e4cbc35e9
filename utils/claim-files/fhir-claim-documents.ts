/**
 * Which clinical resources of a file belong to which Claim. A Condition belongs to a Claim only through the
 * Claim's own diagnosis references or its encounter; a Bundle of several claims must never lend one visit's
 * Condition, or one patient's goals, to another claim. A file with one Claim lends it what names no other visit.
 */
import type { ClinicalSource } from './fhir-clinical';
import type { ReferenceIndex } from './fhir-references';
import { isObject, objects, text, type FhirResource } from './fhir-values';

/** What identifies a referenced resource: the resource when the file holds it, else the literal reference. */
function keysOf(references: readonly unknown[], from: FhirResource, index: ReferenceIndex): Set<unknown> {
  const keys = new Set<unknown>();
  for (const reference of references) {
    const resolved = index.resolve(reference, from);
    if (resolved.kind === 'found') keys.add(resolved.resource);
    else if (isObject(reference) && text(reference.reference)) keys.add(text(reference.reference));
  }
  return keys;
}

/** The Claim's encounters: item.encounter (R4) and Claim.encounter (R5). */
function claimEncounters(claim: FhirResource, index: ReferenceIndex): Set<unknown> {
  const references = [...objects(claim.encounter), ...objects(claim.item).flatMap((item) => objects(item.encounter))];
  return keysOf(references, claim, index);
}

/** The encounter a clinical resource was recorded in (encounter in R4, context in STU3). */
function encounterOf(source: ClinicalSource, index: ReferenceIndex): Set<unknown> {
  const reference = source.resource.encounter ?? source.resource.context;
  return reference === undefined ? new Set() : keysOf([reference], source.container, index);
}

function patientOf(resource: FhirResource): string | undefined {
  const subject = resource.subject ?? resource.patient;
  return isObject(subject) ? text(subject.reference) : undefined;
}

/** The clinical sources that belong to this Claim, of all the file's (`claimCount` Claims in it). */
export function documentsFor(
  claim: FhirResource, claimCount: number, sources: readonly ClinicalSource[], index: ReferenceIndex,
): ClinicalSource[] {
  const encounters = claimEncounters(claim, index);
  const diagnosed = keysOf(objects(claim.diagnosis).map((diagnosis) => diagnosis.diagnosisReference).filter(Boolean), claim, index);
  const patient = isObject(claim.patient) ? text(claim.patient.reference) : undefined;
  return sources.filter((source) => {
    if (diagnosed.has(source.resource)) return true;
    const visit = encounterOf(source, index);
    const sameVisit = [...visit].some((key) => encounters.has(key));
    if (visit.size > 0 && encounters.size > 0) return sameVisit;
    if (claimCount === 1) return true;
    // Several claims: a Condition needs the claim's own diagnosis reference or encounter; the others its patient.
    if (source.resource.resourceType === 'Condition') return false;
    return patient !== undefined && patientOf(source.resource) === patient;
  });
}
