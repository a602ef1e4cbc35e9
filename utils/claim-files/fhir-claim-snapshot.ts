/**
 * The snapshot of one FHIR Claim (or of a file's documentation when it holds none): the boxes a CMS-1500 or a
 * prior-authorization request has, read through the file's references. Titles, labels and paths name places in
 * the file and the claim's own id, never patient values.
 */
import type { Snapshot, SnapshotSource } from '../../rules/schema';
import { FileFields, fileSnapshot } from './file-fields';
import { itemDates, isCancelledItem, putDiagnoses, putLines } from './fhir-claim-lines';
import { putHeader } from './fhir-claim-header';
import { CLINICAL_TYPES, putClinical, type ClinicalSource } from './fhir-clinical';
import { putCoverage, putPatient } from './fhir-coverage';
import { claimTypeName, claimUseName } from './fhir-names';
import type { ReferenceIndex } from './fhir-references';
import { Slots } from './fhir-slots';
import { firstCode, objects, text, type FhirResource } from './fhir-values';

type ClaimUse = 'claim' | 'preauthorization' | 'predetermination';

/** A claim file; a preauthorization or predetermination says so, and is checked as a prior-authorization request. */
export function claimSource(claim: FhirResource): SnapshotSource {
  const use = claimUseName(text(claim.use)) as ClaimUse | '';
  return { kind: 'claim-file', format: 'fhir-json', ...(use && { use }) };
}

function isRequest(claim: FhirResource): boolean {
  const { use } = claimSource(claim) as { use?: ClaimUse };
  return use === 'preauthorization' || use === 'predetermination';
}

/**
 * "FHIR Claim 2 of 3: 111099 (professional, preauthorization)": the claim's id as the biller knows it, and its
 * type and use as codes from FHIR's value sets, never other values from the file.
 */
export function claimTitle(claim: FhirResource, claimId: string | null, n: number, total: number): string {
  const kinds = [claimTypeName(firstCode(claim.type)), claimUseName(text(claim.use))].filter(Boolean).join(', ');
  const count = total > 1 ? ` ${n + 1} of ${total}` : '';
  const id = claimId ? `${count ? ':' : ''} ${claimId}` : '';
  return `FHIR Claim${count}${id}${kinds ? ` (${kinds})` : ''}`;
}

/** The fields of a Claim ClaimLint checks, with the clinical sources that belong to it. */
export function claimSnapshot(
  claim: FhirResource, n: number, title: string, documents: readonly ClinicalSource[], index: ReferenceIndex,
  url: string, takenAt: string | undefined,
): Snapshot {
  const fields = new FileFields();
  const slots = new Slots(fields, `Claim ${n + 1}`);
  putHeader(slots, claim, index);
  const coded = putDiagnoses(slots, claim, index);
  putLines(slots, claim, index);
  if (isRequest(claim)) putRequestedDates(slots, claim);
  putClinical(slots, documents, index, coded);
  return fileSnapshot(claimSource(claim), url, title, fields, takenAt);
}

/** A Claim ClaimLint does not check: its title and source, no fields. */
export function emptySnapshot(claim: FhirResource, title: string, url: string, takenAt: string | undefined): Snapshot {
  return fileSnapshot(claimSource(claim), url, title, new FileFields(), takenAt);
}

/**
 * The dates a prior-authorization request asks to cover: from the earliest requested item's start to the latest
 * one's end (each item's serviced[x], else the Claim's billablePeriod). A request that gives none leaves them
 * empty, a gap: the payer authorizes services between dates.
 */
function putRequestedDates(slots: Slots, claim: FhirResource): void {
  const dates = objects(claim.item).filter((item) => !isCancelledItem(item)).map((item) => itemDates(item, claim));
  const from = dates.map((date) => date.from).filter(Boolean).sort()[0] ?? '';
  const to = dates.map((date) => date.to).filter(Boolean).sort().at(-1) ?? '';
  slots.put('auth.from', from, 'Requested start (Claim.item.serviced[x] / billablePeriod)', 'item[].serviced[x]');
  slots.put('auth.to', to, 'Requested end (Claim.item.serviced[x] / billablePeriod)', 'item[].serviced[x]');
}

/** The Goal, CarePlan, ServiceRequest and Condition sources (documents also include Coverage and Patient). */
export function clinicalOnly(documents: readonly ClinicalSource[]): ClinicalSource[] {
  return documents.filter((source) => CLINICAL_TYPES.some((type) => type === source.resource.resourceType));
}

/** One snapshot of what the file's clinical, Coverage and Patient resources say; only what they carry. */
export function documentSnapshot(documents: readonly ClinicalSource[], index: ReferenceIndex, url: string, takenAt: string | undefined): Snapshot {
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
