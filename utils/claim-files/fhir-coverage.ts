/**
 * The patient and insurance blocks of a claim (boxes 1a, 2, 3, 11), read from Patient and Coverage resources,
 * whether the Claim references them or the file is one of them on its own.
 */
import type { Resolved, ReferenceIndex } from './fhir-references';
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
 * Claim.insurer. The member ID is Coverage.subscriberId, else its identifier; Da Vinci PAS files put it on the
 * subscriber Patient instead (identifier of type MB, or the PAS "MIN" system), so that is read when the
 * Coverage has none.
 */
export function putCoverage(slots: Slots, coverage: FhirResource, container: FhirResource, index: ReferenceIndex, via: string): string | undefined {
  const fromCoverage = text(coverage.subscriberId)
    ?? objects(coverage.identifier).map((identifier) => text(identifier.value)).find(Boolean);
  const onPatient = fromCoverage ? undefined : patientMemberId(coverage, container, index);
  const where = text(coverage.subscriberId) ? 'Coverage.subscriberId'
    : fromCoverage ? 'Coverage.identifier' : onPatient ? `Coverage.${onPatient.role} → Patient.identifier` : 'Coverage.subscriberId';
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

function patientMemberId(coverage: FhirResource, container: FhirResource, index: ReferenceIndex): { role: string; value: string } | undefined {
  for (const role of ['subscriber', 'beneficiary'] as const) {
    const resolved = index.resolve(coverage[role], container);
    if (resolved.kind !== 'found') continue;
    const member = objects(resolved.resource.identifier).find((identifier) =>
      hasCode(identifier.type, 'MB') || (typeof identifier.system === 'string' && /\/MIN$/i.test(identifier.system)));
    const value = member ? text(member.value) : undefined;
    if (value) return { role, value };
  }
  return undefined;
}

