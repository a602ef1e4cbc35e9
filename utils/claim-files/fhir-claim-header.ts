/**
 * The claim-level boxes of a FHIR Claim: patient, insurance and prior authorization, billing and referring
 * provider, accident and onset. Each box the Claim has an element for is recorded, '' when the element is
 * empty or points at a resource the file should carry but does not; see fhir-references for "outside".
 */
import { visitsOrdered } from './fhir-clinical';
import { putCoverage, putPatient } from './fhir-coverage';
import { memberIdAmong } from './fhir-member-id';
import { readParty } from './fhir-parties';
import type { ReferenceIndex } from './fhir-references';
import type { Slots } from './fhir-slots';
import { dateOnly, hasCode, isObject, objects, text, type FhirResource, type JsonObject } from './fhir-values';

/** Records the claim-level boxes, in the order a 1500 form reads: patient, insurance, providers, 10–15. */
export function putHeader(slots: Slots, claim: FhirResource, index: ReferenceIndex): void {
  putPatient(slots, index.resolve(claim.patient, claim), 'patient → ');
  putInsurance(slots, claim, index);
  const provider = readParty(claim.provider, claim, index);
  slots.put('provider.name', provider.name, 'Billing provider (Claim.provider)', 'provider → name');
  slots.put('provider.npi', provider.npi, 'Billing provider NPI (Claim.provider)', 'provider → identifier (NPI)');
  putReferral(slots, claim, index);
  putAccident(slots, claim);
  putOnset(slots, claim);
}

/** The insurance the claim is for: the focal one, else the first. */
function focalInsurance(claim: FhirResource): { insurance: JsonObject; position: number } | undefined {
  const list = objects(claim.insurance);
  const position = Math.max(0, list.findIndex((insurance) => insurance.focal === true));
  const insurance = list[position];
  return insurance ? { insurance, position } : undefined;
}

function putInsurance(slots: Slots, claim: FhirResource, index: ReferenceIndex): void {
  const focal = focalInsurance(claim);
  const at = focal ? `insurance[${focal.position}]` : 'insurance';
  let payer: string | undefined;
  let payerPath = `${at}.coverage → Coverage.payor`;
  if (focal) {
    const coverage = index.resolve(focal.insurance.coverage, claim);
    if (coverage.kind === 'found') {
      payer = putCoverage(slots, coverage.resource, coverage.container, index, `${at}.coverage → `, index.resolve(claim.patient, claim));
    } else if (coverage.kind === 'missing') {
      slots.put('patient.memberId', '', 'Member ID (Coverage.subscriberId)', `${at}.coverage → Coverage.subscriberId`);
      payer = '';
    }
  } else {
    // No insurance element: the patient's own identifier typed as a member number is all the file gives.
    const patient = index.resolve(claim.patient, claim);
    const member = patient.kind === 'found' ? memberIdAmong(patient.resource.identifier) : undefined;
    slots.put('patient.memberId', member ?? '', `Member ID (${member ? 'Patient.identifier' : 'Claim.insurance'})`, member ? 'patient → Patient.identifier' : 'insurance');
  }
  // The Coverage names the payer; Claim.insurer is the same party and fills in when the Coverage cannot.
  if (!payer && claim.insurer !== undefined) {
    const insurer = readParty(claim.insurer, claim, index).name;
    if (insurer || payer === undefined) {
      payer = insurer;
      payerPath = 'insurer → name';
    }
  }
  slots.put('payer.name', payer, payerPath === 'insurer → name' ? 'Payer (Claim.insurer)' : 'Payer (Coverage.payor)', payerPath);
  putPriorAuth(slots, claim, focal, at);
}

/**
 * Box 23 is recorded for every claim: a Claim always has the place for it, so none sent is an empty box. Not for
 * a preauthorization or predetermination request (a Da Vinci PAS Claim): the request is what obtains the number,
 * so an empty box there is no gap; the slot is left out and the rule cannot tell.
 */
function putPriorAuth(slots: Slots, claim: FhirResource, focal: { insurance: JsonObject } | undefined, at: string): void {
  if (text(claim.use) === 'preauthorization' || text(claim.use) === 'predetermination') return;
  const refs = focal && Array.isArray(focal.insurance.preAuthRef) ? focal.insurance.preAuthRef : [];
  const first = refs.findIndex((ref) => text(ref) !== undefined);
  const value = first >= 0 ? text(refs[first])! : '';
  slots.put('claim.priorAuthNumber', value, 'Prior authorization (Claim.insurance.preAuthRef)', `${at}.preAuthRef[${Math.max(first, 0)}]`);
}

const REQUESTER = 'Claim.referral → ServiceRequest.requester';
const VIA_REFERRAL = 'referral → ServiceRequest';

/**
 * Box 17: the referral's requester. A Claim without a referral has box 17 and 17b empty, as a CMS-1500 page with
 * the box left blank (and as the X12 reader does): the checklist's rule decides whether that matters.
 */
function putReferral(slots: Slots, claim: FhirResource, index: ReferenceIndex): void {
  if (claim.referral === undefined) {
    slots.put('referring.name', '', `Referring provider (${REQUESTER})`, 'referral (absent)');
    slots.put('referring.npi', '', `Referring provider NPI (${REQUESTER})`, 'referral (absent)');
    return;
  }
  const resolved = index.resolve(claim.referral, claim);
  if (resolved.kind === 'outside') return;
  const request = resolved.kind === 'found' ? resolved.resource : undefined;
  const requester = request?.requester !== undefined && resolved.kind === 'found'
    ? readParty(request.requester, resolved.container, index)
    : { name: '', npi: '' };
  slots.put('referring.name', requester.name, `Referring provider (${REQUESTER})`, `${VIA_REFERRAL}.requester`);
  slots.put('referring.npi', requester.npi, `Referring provider NPI (${REQUESTER})`, `${VIA_REFERRAL}.requester.identifier`);
  // DN is the 1500's qualifier for a referring provider, which is what a referral's requester is.
  if (requester.name) slots.put('referring.qualifier', 'DN', 'Referring provider qualifier (Claim.referral)', 'referral');
  if (!request) return;
  slots.put('order.date', dateOnly(request.authoredOn), 'Order date (ServiceRequest.authoredOn)', `${VIA_REFERRAL}.authoredOn`);
  slots.put('order.prescriber', requester.name || undefined, 'Ordering clinician (ServiceRequest.requester)', `${VIA_REFERRAL}.requester`);
  slots.put('order.visits', visitsOrdered(request), 'Visits ordered (ServiceRequest.quantity)', `${VIA_REFERRAL}.quantity`);
}

/**
 * Boxes 10a–10c and 15. No accident element means the claim is not accident-related (10b/10c "No"). Employment
 * (10a) has no element of its own in FHIR: it is recorded only when the claim says so (a workplace accident or
 * an employmentImpacted supporting info), otherwise ClaimLint can't tell.
 */
function putAccident(slots: Slots, claim: FhirResource): void {
  const employment = employmentImpacted(claim);
  const accident = isObject(claim.accident) ? claim.accident : undefined;
  if (!accident) {
    slots.put('claim.autoAccident', 'No', 'Auto accident (Claim.accident)', 'accident');
    slots.put('claim.otherAccident', 'No', 'Other accident (Claim.accident)', 'accident');
    slots.put('claim.employmentRelated', employment, 'Employment related (Claim.supportingInfo)', 'supportingInfo');
    return;
  }
  const typed = isObject(accident.type) && objects(accident.type.coding).length > 0;
  const auto = hasCode(accident.type, 'MVA');
  const workplace = hasCode(accident.type, 'WPA');
  if (typed) {
    slots.put('claim.autoAccident', auto ? 'Yes' : 'No', 'Auto accident (Claim.accident.type)', 'accident.type');
    slots.put('claim.otherAccident', auto ? 'No' : 'Yes', 'Other accident (Claim.accident.type)', 'accident.type');
  }
  const related = workplace ? 'Yes' : employment;
  const relatedPath = workplace ? 'accident.type' : 'supportingInfo';
  slots.put('claim.employmentRelated', related, 'Employment related (Claim.accident.type / supportingInfo)', relatedPath);
  const address = isObject(accident.locationAddress) ? accident.locationAddress : undefined;
  // An auto accident needs its state (10b), so none given is a gap; other accidents do not ask for it.
  const state = text(address?.state) ?? (auto ? '' : undefined);
  slots.put('claim.accidentState', state, 'Accident state (Claim.accident.locationAddress.state)', 'accident.locationAddress.state');
  slots.put('claim.otherDate', dateOnly(accident.date) ?? '', 'Accident date (Claim.accident.date)', 'accident.date');
}

/** "Yes" when a supportingInfo of category employmentImpacted says so (a valueBoolean false says no). */
function employmentImpacted(claim: FhirResource): string | undefined {
  const info = objects(claim.supportingInfo).find((entry) => hasCode(entry.category, 'employmentImpacted'));
  if (!info) return undefined;
  return info.valueBoolean === false ? 'No' : 'Yes';
}

/** Box 14 from supportingInfo category "onset": its timing date (or period start). */
function putOnset(slots: Slots, claim: FhirResource): void {
  const list = objects(claim.supportingInfo);
  const position = list.findIndex((entry) => hasCode(entry.category, 'onset'));
  const onset = list[position];
  if (!onset) return;
  const period = isObject(onset.timingPeriod) ? onset.timingPeriod : undefined;
  const date = dateOnly(onset.timingDate) ?? dateOnly(period?.start) ?? dateOnly(onset.valueString);
  slots.put('claim.onsetDate', date ?? '', 'Onset date (Claim.supportingInfo onset)', `supportingInfo[${position}].timing`);
}
