/**
 * The patient and insurance blocks of a claim (boxes 1a, 2, 3, 11), read from Patient and Coverage resources,
 * whether the Claim references them or the file is one of them on its own.
 */
import type { Resolved, ReferenceIndex } from './fhir-references';
import { memberIdAmong, payerHosts } from './fhir-member-id';
import { readParty } from './fhir-parties';
import type { Slots } from './fhir-slots';
import { dateOnly, hasCode, humanName, objects, text, type FhirResource } from './fhir-values';

/** Name, birth date and sex of a resolved Patient; a Patient the file should carry but does not leaves gaps. */
export function putPatient(slots: Slots, resolved: Resolved, via: string): void {
  if (resolved.kind === 'outside') return;
  const patient = resolved.kind === 'found' ? resolved.resource : undefined;
  slots.put('patient.name', patient ? humanName(patient.name) ?? '' : '', 'Patient name (Patient.name)', `${via}Patient.name`);
  slots.put('patient.dob', patient ? dateOnly(patient.birthDate) ?? '' : '', 'Patient birth date (Patient.birthDate)', `${via}Patient.birthDate`);
  slots.put('patient.sex', patient ? text(patient.gender) ?? '' : '', 'Patient sex (Patient.gender)', `${via}Patient.gender`);
  // The home address's state, for state-scoped rules; a Patient without one leaves no field (it is no gap).
  const addresses = patient ? objects(patient.address) : [];
  const at = addresses.findIndex((address) => text(address.use) !== 'old' && text(address.state));
  if (at >= 0) slots.put('patient.state', text(addresses[at]!.state)!, 'Patient state (Patient.address.state)', `${via}Patient.address[${at}].state`);
}

/**
 * Member ID and group from a Coverage; returns its payer reading for the caller to weigh against
 * Claim.insurer. The member ID is Coverage.subscriberId, else the Coverage identifier typed as one (else its
 * first), else the member's Patient identifier typed as one or in the payer's system (fhir-member-id).
 * `patient` is the Claim's patient, tried when the Coverage names no subscriber or beneficiary the file holds.
 */
export function putCoverage(
  slots: Slots, coverage: FhirResource, container: FhirResource, index: ReferenceIndex, via: string, patient?: Resolved,
): string | undefined {
  const hosts = payerHosts(coverage, container, index);
  const fromCoverage = text(coverage.subscriberId)
    ?? memberIdAmong(coverage.identifier, hosts)
    ?? objects(coverage.identifier).map((identifier) => text(identifier.value)).find(Boolean);
  const onPatient = fromCoverage ? undefined : patientMemberId(coverage, container, index, hosts, patient);
  const where = text(coverage.subscriberId) ? 'Coverage.subscriberId'
    : fromCoverage ? 'Coverage.identifier' : onPatient ? `${onPatient.role} → Patient.identifier` : 'Coverage.subscriberId';
  slots.put('patient.memberId', fromCoverage ?? onPatient?.value ?? '', `Member ID (${where})`, `${via}${where}`);

  // Box 11 takes the group number "if any": a Coverage without a group class has none, which is not a gap.
  const classes = objects(coverage.class);
  const group = classes.findIndex((entry) => hasCode(entry.type, 'group'));
  if (group >= 0) {
    slots.put('insured.groupNumber', text(classes[group]!.value) ?? '', 'Group number (Coverage.class group)', `${via}Coverage.class[${group}].value`);
  }

  return coveragePayer(coverage, container, index);
}

/** The payer a Coverage names (payor[0]), as a slot reading: '' when the Coverage names none. */
function coveragePayer(coverage: FhirResource, container: FhirResource, index: ReferenceIndex): string | undefined {
  const payors = Array.isArray(coverage.payor) ? coverage.payor : [];
  return payors.length === 0 ? '' : readParty(payors[0], container, index).name;
}

function patientMemberId(
  coverage: FhirResource, container: FhirResource, index: ReferenceIndex, hosts: ReadonlySet<string>, patient: Resolved | undefined,
): { role: string; value: string } | undefined {
  for (const role of ['subscriber', 'beneficiary'] as const) {
    const resolved = index.resolve(coverage[role], container);
    const value = resolved.kind === 'found' ? memberIdAmong(resolved.resource.identifier, hosts) : undefined;
    if (value) return { role: `Coverage.${role}`, value };
  }
  const value = patient?.kind === 'found' ? memberIdAmong(patient.resource.identifier, hosts) : undefined;
  return value ? { role: 'Claim.patient', value } : undefined;
}
