import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIcd10Cm } from '../../cli/load-icd10cm';
import type { ConceptKey } from '../../rules/concepts';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists/index';
import { evaluate } from '../../rules/engine';
import { snapshotSchema, type FieldIndex, type Snapshot } from '../../rules/schema';
import { selectChecklists } from '../../rules/select/select-checklists';
import { sharedFolder } from '../../test/support/shared-dir';
import { looksLikeFhir, readFhirClaims, readFhirJson } from './fhir-claim';

const TAKEN_AT = '2026-01-15T12:00:00.000Z';
const realFhir = sharedFolder('fixtures/real/claims/fhir', 'fhir-claim.test');
const dir = realFhir.path;

function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(dir, name), 'utf8'));
}

function read(json: unknown): Snapshot[] {
  return readFhirJson(json, 'file:///claim.json', TAKEN_AT);
}

/** Every claim of a file as read, with its id and why it is not checked. */
function readings(json: unknown) {
  return readFhirClaims(json, 'file:///claim.json', TAKEN_AT);
}

/** A real file with its Claim.type made professional, to read its boxes as a professional claim would have them. */
function asProfessional(json: unknown): unknown {
  const claim = json as Record<string, unknown>;
  return { ...claim, type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'professional' }] } };
}

function only(json: unknown): Snapshot {
  const snapshots = read(json);
  expect(snapshots).toHaveLength(1);
  return snapshots[0]!;
}

/** Values of a concept (and index), in the order read. */
function values(snapshot: Snapshot, concept: ConceptKey, index: FieldIndex = null): string[] {
  return snapshot.fields.filter((field) => field.concept === concept && field.index === index).map((field) => field.value);
}

function value(snapshot: Snapshot, concept: ConceptKey, index: FieldIndex = null): string | undefined {
  const found = values(snapshot, concept, index);
  expect(found.length, `${concept} ${String(index)} recorded at most once`).toBeLessThanOrEqual(1);
  return found[0];
}

/** The diagnoses as box 21 shows them: letter order. */
function diagnoses(snapshot: Snapshot): [string, string][] {
  return snapshot.fields
    .filter((field) => field.concept === 'claim.diagnosis')
    .map((field): [string, string] => [String(field.index), field.value])
    .sort(([a], [b]) => a.localeCompare(b));
}

function lineNumbers(snapshot: Snapshot): number[] {
  return [...new Set(snapshot.fields.filter((field) => field.concept === 'line.procedureCode').map((field) => Number(field.index)))];
}

/** Every place a patient value could leak into: title, labels, paths. */
function descriptions(snapshot: Snapshot): string[] {
  return [snapshot.title, ...snapshot.fields.flatMap((field) => [field.label, pathOf(snapshot, field.key)])];
}

/** Where in the file a field was read ("Claim 1 / insurance[0].preAuthRef[0]"). */
function pathOf(snapshot: Snapshot, key: string | undefined): string {
  return (key !== undefined && snapshot.places?.[key]?.path) || '';
}

function expectNoLeak(snapshot: Snapshot, secrets: readonly string[]): void {
  for (const text of descriptions(snapshot)) {
    for (const secret of secrets) expect(text.toLowerCase(), `"${secret}" in "${text}"`).not.toContain(secret.toLowerCase());
  }
}

function expectValid(snapshot: Snapshot): void {
  const parsed = snapshotSchema.safeParse(snapshot);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
}

describe.skipIf(!realFhir.present)('real FHIR files (../shared/fixtures/real/claims/fhir; skipped when ../shared is absent, failed under CI)', () => {
  it('reports the institutional and oral examples as not checked, by their ids, and never reads them as professional claims', () => {
    for (const [file, id, reason] of [
      ['claim-example-cms1500-medical.json', 'MED-00050', 'an institutional claim: ClaimLint checks professional claims'],
      ['claim-example.json', '12345', 'an oral (dental) claim: ClaimLint checks professional claims'],
    ] as const) {
      const [reading, ...more] = readings(readFixture(file));
      expect(more).toHaveLength(0);
      expect(reading).toMatchObject({ claimId: id, notChecked: reason });
      expect(reading!.snapshot.fields).toEqual([]);
      expect(reading!.snapshot.title).toContain(id);
      expect(() => read(readFixture(file))).toThrow(reason);
    }
  });

  it('reads the CMS-1500 medical example\'s boxes (its type made professional): diagnoses A–D, the line, member ID, group and payer through the contained Coverage', () => {
    const snapshot = only(asProfessional(readFixture('claim-example-cms1500-medical.json')));
    expect(snapshot.title).toBe('FHIR Claim MED-00050 (professional, claim)');
    expect(diagnoses(snapshot)).toEqual([['A', 'M96.1'], ['B', 'G89.4'], ['C', 'M53.88'], ['D', 'M47.816']]);
    expect(value(snapshot, 'claim.icdIndicator')).toBe('0');
    expect(lineNumbers(snapshot)).toEqual([1]);
    expect(value(snapshot, 'line.procedureCode', 1)).toBe('62264');
    expect(value(snapshot, 'line.diagnosisPointer', 1)).toBe('2 4');
    expect(value(snapshot, 'line.dateFrom', 1)).toBe('2015-10-13');
    expect(value(snapshot, 'line.dateTo', 1)).toBe('2015-10-13');
    expect(value(snapshot, 'line.placeOfService', 1)).toBe('24');
    expect(value(snapshot, 'line.charges', 1)).toBe('12500.00');
    // The item states no quantity: 24G is an empty box, not a guessed 1.
    expect(value(snapshot, 'line.units', 1)).toBe('');
    expect(value(snapshot, 'line.modifier', 1)).toBeUndefined();
    expect(value(snapshot, 'claim.priorAuthNumber')).toBe('');
    expect(value(snapshot, 'patient.memberId')).toBe('10138556');
    expect(value(snapshot, 'insured.groupNumber')).toBe('80902206');
    expect(value(snapshot, 'payer.name')).toBe('Humana Inc.');
    expect(value(snapshot, 'patient.name')).toBe('Ashcraft, Alvina');
    expect(value(snapshot, 'patient.dob')).toBe('1954-06-11');
    // Practitioner/example and Organization/1 live on a server, not in the file: can't tell, not a gap.
    expect(value(snapshot, 'line.renderingNpi', 1)).toBeUndefined();
    expect(value(snapshot, 'provider.npi')).toBeUndefined();
    // No referral: box 17 is not invented.
    // No referral: box 17 is empty, as on a page with the box left blank.
    expect(value(snapshot, 'referring.name')).toBe('');
    expect(pathOf(snapshot, snapshot.fields.find((field) => field.concept === 'claim.priorAuthNumber')?.key))
      .toBe('Claim 1 / insurance[0].preAuthRef[0]');
    expectNoLeak(snapshot, ['Ashcraft', 'Alvina', '10138556', '80902206', '1954-06-11']);
  });

  it.each([
    ['claim-example-professional.json', 'FHIR Claim 8612345 (professional, claim)', '654456', 'exam', '75.00'],
  ])('reads %s: one diagnosis without a code system, one line, empty pointer and prior-auth boxes', (file, title, code, procedure, charges) => {
    const snapshot = only(readFixture(file));
    expect(snapshot.title).toBe(title);
    expect(diagnoses(snapshot)).toEqual([['A', code]]);
    // No coding system: the file does not say which code set, so no indicator is guessed.
    expect(value(snapshot, 'claim.icdIndicator')).toBeUndefined();
    expect(value(snapshot, 'line.procedureCode', 1)).toBe(procedure);
    expect(value(snapshot, 'line.charges', 1)).toBe(charges);
    expect(value(snapshot, 'line.dateFrom', 1)).toBe('2014-08-16');
    expect(value(snapshot, 'line.diagnosisPointer', 1)).toBe('');
    expect(value(snapshot, 'line.placeOfService', 1)).toBe('');
    expect(value(snapshot, 'claim.priorAuthNumber')).toBe('');
    // Patient/1 and Coverage/9876B1 are server references: the file can't tell the member ID.
    expect(value(snapshot, 'patient.memberId')).toBeUndefined();
    expect(value(snapshot, 'patient.name')).toBeUndefined();
  });

  it('reads the Da Vinci PAS request Bundle: its one Claim, a preauthorization, resolved through the entries', () => {
    const snapshot = only(readFixture('inferno-pas-conformant_pas_bundle_v110.json'));
    expect(snapshot.title).toBe('FHIR Claim 111099 (professional, preauthorization)');
    expect(snapshot.source).toEqual({ kind: 'claim-file', format: 'fhir-json', use: 'preauthorization' });
    expect(diagnoses(snapshot)).toEqual([['A', 'G89.4']]);
    expect(value(snapshot, 'claim.icdIndicator')).toBe('0');
    expect(value(snapshot, 'payer.name')).toBe('MARYLAND CAPITAL INSURANCE COMPANY');
    // PAS puts the member ID on the subscriber Patient (PAS "MIN" identifier), not on the Coverage.
    expect(value(snapshot, 'patient.memberId')).toBe('12345678901');
    expect(value(snapshot, 'provider.name')).toBe('DR. JOE SMITH CORPORATION');
    expect(value(snapshot, 'provider.npi')).toBe('8189991234');
    expect(value(snapshot, 'line.procedureCode', 1)).toBe('3');
    // An X12 service type (element 1365), as a 278 request asks for "consultation": not judged as a CPT code.
    expect(snapshot.fields.find((field) => field.concept === 'line.procedureCode')?.codeSystem).toBe('x12-service-type');
    // The request names no dates of service: the requested start and end are gaps.
    expect(value(snapshot, 'auth.from')).toBe('');
    expect(value(snapshot, 'auth.to')).toBe('');
    expect(value(snapshot, 'line.placeOfService', 1)).toBe('11');
    expect(value(snapshot, 'line.diagnosisPointer', 1)).toBe('1');
    expect(value(snapshot, 'line.renderingNpi', 1)).toBe('987654321');
    // A request for authorization is what obtains the number: no box 23 slot, so no false gap.
    expect(value(snapshot, 'claim.priorAuthNumber')).toBeUndefined();
    // The Patient is in the Bundle and has no birthDate: that is a gap.
    expect(value(snapshot, 'patient.dob')).toBe('');
    // The requested ServiceRequest in the same Bundle documents the service and the visit count.
    expect(value(snapshot, 'doc.treatmentPlan')).toBe('Consultation');
    expect(value(snapshot, 'order.visits')).toBe('1');
    expectNoLeak(snapshot, ['SMITH', 'JOE', '12345678901', 'WATSON', 'SUSAN']);
  });

  it('keeps both items of the multiple-items PAS Bundle as two lines, though both say sequence 1', () => {
    const snapshot = only(readFixture('inferno-pas-conformant_pas_bundle_v110_multiple_items.json'));
    expect(lineNumbers(snapshot)).toEqual([1, 2]);
    for (const line of [1, 2]) {
      expect(value(snapshot, 'line.procedureCode', line)).toBe('3');
      expect(value(snapshot, 'line.diagnosisPointer', line)).toBe('1');
      expect(value(snapshot, 'line.renderingNpi', line)).toBe('987654321');
    }
  });

  it('does not crash on the PAS Bundle missing its Practitioner: the rendering NPI it would fill is empty', () => {
    const snapshot = only(readFixture('inferno-pas-missing_referenced_resource_request_bundle.json'));
    expect(value(snapshot, 'line.renderingNpi', 1)).toBe('');
    // Everything the Bundle does carry is still read.
    expect(value(snapshot, 'payer.name')).toBe('MARYLAND CAPITAL INSURANCE COMPANY');
    expect(diagnoses(snapshot)).toEqual([['A', 'G89.4']]);
    expect(value(snapshot, 'claim.priorAuthNumber')).toBeUndefined();
  });

  it('reads the PAS Claim on its own: server references leave member ID, payer and NPIs unknown', () => {
    const snapshot = only(readFixture('inferno-pas-pas_claim.json'));
    expect(snapshot.title).toBe('FHIR Claim 111099 (professional, preauthorization)');
    expect(value(snapshot, 'patient.memberId')).toBeUndefined();
    expect(value(snapshot, 'payer.name')).toBeUndefined();
    expect(value(snapshot, 'line.renderingNpi', 1)).toBeUndefined();
    expect(diagnoses(snapshot)).toEqual([['A', 'G89.4']]);
  });

  it("rejects a ClaimResponse with a clear reason: it is the payer's answer", () => {
    expect(() => read(readFixture('claimresponse-example.json')))
      .toThrow("a ClaimResponse is the payer's answer, not a claim; ClaimLint checks claims and their documentation");
  });

  it('reads the Goal example into goals with its status and due date', () => {
    const snapshot = only(readFixture('goal-example.json'));
    expect(snapshot.title).toBe('FHIR Goal');
    expect(value(snapshot, 'doc.goals')).toBe('Target weight is 160 to 180 lbs. (on-hold, due 2016-04-05)');
    expectNoLeak(snapshot, ['Peter', 'Chalmers']);
  });

  it('reads the CarePlan example: activities as the plan, start of care, its contained goal and condition', () => {
    const snapshot = only(readFixture('careplan-example-GPVisit.json'));
    expect(value(snapshot, 'doc.treatmentPlan')).toBe('Nurse Consultation\nDoctor Consultation');
    expect(value(snapshot, 'cert.startDate')).toBe('2013-01-01');
    // The period has no end, so there is no certification period to state.
    expect(value(snapshot, 'cert.period')).toBeUndefined();
    expect(value(snapshot, 'doc.goals')).toBe('Complete consultation (planned)');
    expect(value(snapshot, 'doc.diagnosisText')).toBe('Overseas encounter');
    expectNoLeak(snapshot, ['Peter', 'Chalmers']);
  });

  it('reads the PT ServiceRequest example: ordering clinician, order date, service and reason', () => {
    const snapshot = only(readFixture('servicerequest-example-pt.json'));
    expect(value(snapshot, 'order.prescriber')).toBe('Ollie Ortho, MD');
    expect(value(snapshot, 'order.date')).toBe('2016-09-20');
    expect(value(snapshot, 'doc.treatmentPlan')).toBe('Assessment of passive range of motion');
    expect(value(snapshot, 'doc.diagnosisText')).toBe('assessment of mobility limitations due to osteoarthritis');
    // Nothing in the order is a claim box, so no gaps are reported for it.
    expect(snapshot.fields.every((field) => field.value !== '')).toBe(true);
  });

  it('reads the Coverage example on its own: member ID and group, payer unknown (a server reference)', () => {
    const snapshot = only(readFixture('coverage-example.json'));
    expect(value(snapshot, 'patient.memberId')).toBe('12345');
    expect(value(snapshot, 'insured.groupNumber')).toBe('CB135');
    expect(value(snapshot, 'payer.name')).toBeUndefined();
    expectNoLeak(snapshot, ['12345', 'CB135']);
  });

  it('produces only snapshots that pass the snapshot schema', () => {
    const files = ['claim-example-cms1500-medical.json', 'claim-example-professional.json', 'claim-example.json',
      'coverage-example.json', 'goal-example.json', 'careplan-example-GPVisit.json', 'servicerequest-example-pt.json',
      'inferno-pas-conformant_pas_bundle_v110.json', 'inferno-pas-conformant_pas_bundle_v110_multiple_items.json',
      'inferno-pas-missing_referenced_resource_request_bundle.json', 'inferno-pas-pas_claim.json'];
    for (const file of files) readings(readFixture(file)).forEach((reading) => expectValid(reading.snapshot));
  });

  it('lets the engine find the real gaps of the CMS-1500 example: no units; asks about box 23; pointers and indicator pass', async () => {
    const snapshot = only(asProfessional(readFixture('claim-example-cms1500-medical.json')));
    const { checklists } = selectChecklists(snapshot, BUNDLED_CHECKLISTS);
    expect(checklists.map((checklist) => checklist.id)).toContain('cms1500-basics');
    const findings = evaluate(snapshot, checklists, { icd10cm: await loadIcd10Cm() });
    const status = (ruleId: string) => findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.status);
    // No preAuthRef, and no sourced rule says this payer needs one: can't tell, never a pass and never a gap.
    expect(status('prior-auth-number')).toEqual(['cantTell']);
    expect(status('line-units')).toEqual(['fail']);
    expect(status('diagnosis-pointers')).toEqual(['pass']);
    expect(status('icd-indicator')).toEqual(['pass']);
    expect(status('member-id')).toEqual(['pass']);
    // 2015 codes are outside the bundled ICD-10-CM table's years: can't tell, never pass or fail.
    expect(status('diagnosis-codes')).toEqual(['cantTell', 'cantTell', 'cantTell', 'cantTell']);
    // No referral or order in the file and not Medicare therapy: box 17 and 17b do not apply.
    expect(status('referring-provider-name')).toEqual(['notApplicable']);
    expect(status('referring-provider-npi')).toEqual(['notApplicable']);
  });
});

// ---- Synthetic files: the shapes the real examples do not show. Names and numbers are made up. ----

const ICD10 = 'http://hl7.org/fhir/sid/icd-10-cm';
const NPI = 'http://hl7.org/fhir/sid/us-npi';

function claim(extra: Record<string, unknown>): Record<string, unknown> {
  return {
    resourceType: 'Claim',
    type: { coding: [{ code: 'professional' }] },
    use: 'claim',
    insurance: [{ sequence: 1, focal: true, coverage: { reference: '#cov' } }],
    diagnosis: [{ sequence: 1, diagnosisCodeableConcept: { coding: [{ system: ICD10, code: 'M54.50' }] } }],
    item: [{ sequence: 1, productOrService: { coding: [{ code: '97110' }] }, servicedDate: '2026-01-05', diagnosisSequence: [1] }],
    ...extra,
  };
}

const containedPatientAndCoverage = [
  { resourceType: 'Patient', id: 'pat', name: [{ family: 'Quillfeather', given: ['Ondine'] }], birthDate: '1980-02-29', gender: 'female' },
  {
    resourceType: 'Coverage', id: 'cov', subscriberId: 'ZXQ998877', beneficiary: { reference: '#pat' },
    payor: [{ reference: '#payer' }],
    class: [{ type: { coding: [{ code: 'group' }] }, value: 'GRP-4242' }],
  },
  { resourceType: 'Organization', id: 'payer', name: 'Example Mutual Health' },
];

describe('synthetic FHIR Claims', () => {
  it('resolves "#id" references to contained resources, including one contained resource pointing at another', () => {
    const snapshot = only(claim({
      contained: containedPatientAndCoverage,
      patient: { reference: '#pat' },
      insurance: [{ sequence: 1, focal: true, coverage: { reference: '#cov' }, preAuthRef: ['PA7781234'] }],
    }));
    expect(value(snapshot, 'patient.name')).toBe('Quillfeather, Ondine');
    expect(value(snapshot, 'patient.dob')).toBe('1980-02-29');
    expect(value(snapshot, 'patient.memberId')).toBe('ZXQ998877');
    expect(value(snapshot, 'insured.groupNumber')).toBe('GRP-4242');
    expect(value(snapshot, 'payer.name')).toBe('Example Mutual Health');
    expect(value(snapshot, 'claim.priorAuthNumber')).toBe('PA7781234');
    expectValid(snapshot);
    expectNoLeak(snapshot, ['Quillfeather', 'Ondine', 'ZXQ998877', 'GRP-4242', 'PA7781234', '1980-02-29', 'Mutual']);
  });

  it("reads the patient's current address state, and leaves it out when the Patient has none", () => {
    const withAddress = containedPatientAndCoverage.map((resource) => (resource.resourceType === 'Patient'
      ? { ...resource, address: [{ use: 'old', state: 'ID' }, { use: 'home', city: 'Spokane', state: 'WA' }] } : resource));
    const snapshot = only(claim({ contained: withAddress, patient: { reference: '#pat' } }));
    expect(value(snapshot, 'patient.state')).toBe('WA');
    expect(value(only(claim({ contained: containedPatientAndCoverage, patient: { reference: '#pat' } })), 'patient.state')).toBeUndefined();
  });

  it('treats a "#id" that names no contained resource as a gap, not a crash', () => {
    const snapshot = only(claim({ patient: { reference: '#nobody' } }));
    expect(value(snapshot, 'patient.name')).toBe('');
    expect(value(snapshot, 'patient.memberId')).toBe('');
  });

  it('resolves urn:uuid references against Bundle entry fullUrls, and a dangling one leaves gaps', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { fullUrl: 'urn:uuid:11111111-1111-4111-8111-111111111111', resource: claim({
          patient: { reference: 'urn:uuid:22222222-2222-4222-8222-222222222222' },
          provider: { reference: 'urn:uuid:44444444-4444-4444-8444-444444444444' },
          insurance: [{ sequence: 1, focal: true, coverage: { reference: 'urn:uuid:33333333-3333-4333-8333-333333333333' } }],
          careTeam: [{ sequence: 1, provider: { reference: 'urn:uuid:55555555-5555-4555-8555-555555555555' } }],
          item: [{ sequence: 1, careTeamSequence: [1], productOrService: { coding: [{ code: '97140' }] }, servicedDate: '2026-01-05' }],
        }) },
        { fullUrl: 'urn:uuid:22222222-2222-4222-8222-222222222222', resource: { resourceType: 'Patient', name: [{ family: 'Brindlewood', given: ['Tam'] }] } },
        { fullUrl: 'urn:uuid:33333333-3333-4333-8333-333333333333', resource: {
          resourceType: 'Coverage', identifier: [{ value: 'MBR55501' }], payor: [{ display: 'Acme Health Plan' }],
        } },
        { fullUrl: 'urn:uuid:44444444-4444-4444-8444-444444444444', resource: {
          resourceType: 'Organization', name: 'Riverside Therapy Group', identifier: [{ system: NPI, value: '1234567893' }],
        } },
      ],
    };
    const snapshot = only(bundle);
    expect(value(snapshot, 'patient.name')).toBe('Brindlewood, Tam');
    expect(value(snapshot, 'patient.memberId')).toBe('MBR55501');
    expect(value(snapshot, 'payer.name')).toBe('Acme Health Plan');
    expect(value(snapshot, 'provider.npi')).toBe('1234567893');
    // The care-team Practitioner urn:uuid:5555… is not in the Bundle: 24J is empty.
    expect(value(snapshot, 'line.renderingNpi', 1)).toBe('');
    // No diagnosisSequence on the item: the pointer box is empty.
    expect(value(snapshot, 'line.diagnosisPointer', 1)).toBe('');
    expectNoLeak(snapshot, ['Brindlewood', 'MBR55501']);
  });

  it('reads diagnosisReference → Condition.code, preferring the ICD-10-CM coding, in sequence order', () => {
    const snapshot = only(claim({
      contained: [{ resourceType: 'Condition', id: 'c1', code: { coding: [
        { system: 'http://snomed.info/sct', code: '279039007' }, { system: ICD10, code: 'M25.561' },
      ] } }],
      diagnosis: [
        { sequence: 2, diagnosisReference: { reference: '#c1' } },
        { sequence: 1, diagnosisCodeableConcept: { coding: [{ system: ICD10, code: 'S83.241A' }] } },
        { sequence: 3, diagnosisReference: { reference: '#gone' } },
      ],
      item: [{ sequence: 1, productOrService: { coding: [{ code: '97110' }] }, servicedDate: '2026-01-05', diagnosisSequence: [2, 1] }],
    }));
    expect(diagnoses(snapshot)).toEqual([['A', 'S83.241A'], ['B', 'M25.561'], ['C', '']]);
    expect(value(snapshot, 'line.diagnosisPointer', 1)).toBe('2 1');
    expect(value(snapshot, 'claim.icdIndicator')).toBe('0');
  });

  it('says 9 for ICD-9 coded diagnoses, and records an empty A when the claim has no diagnosis', () => {
    const icd9 = only(claim({ diagnosis: [{ sequence: 1, diagnosisCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-9-cm', code: '724.2' }] } }] }));
    expect(value(icd9, 'claim.icdIndicator')).toBe('9');
    const none = only(claim({ diagnosis: undefined }));
    expect(diagnoses(none)).toEqual([['A', '']]);
  });

  it('reads an auto accident with its state and date; a workplace accident as employment related', () => {
    const auto = only(claim({ accident: { date: '2025-12-30', type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'MVA' }] }, locationAddress: { state: 'WA' } } }));
    expect(value(auto, 'claim.autoAccident')).toBe('Yes');
    expect(value(auto, 'claim.otherAccident')).toBe('No');
    expect(value(auto, 'claim.accidentState')).toBe('WA');
    expect(value(auto, 'claim.otherDate')).toBe('2025-12-30');

    const noState = only(claim({ accident: { date: '2025-12-30', type: { coding: [{ code: 'MVA' }] } } }));
    expect(value(noState, 'claim.accidentState')).toBe('');

    const work = only(claim({ accident: { date: '2025-11-02', type: { coding: [{ code: 'WPA' }] } } }));
    expect(value(work, 'claim.autoAccident')).toBe('No');
    expect(value(work, 'claim.otherAccident')).toBe('Yes');
    expect(value(work, 'claim.employmentRelated')).toBe('Yes');
    expect(value(work, 'claim.accidentState')).toBeUndefined();

    const none = only(claim({}));
    expect(value(none, 'claim.autoAccident')).toBe('No');
    expect(value(none, 'claim.employmentRelated')).toBeUndefined();
  });

  it('reads the onset date and employmentImpacted from supportingInfo', () => {
    const snapshot = only(claim({ supportingInfo: [
      { sequence: 1, category: { coding: [{ code: 'onset' }] }, timingDate: '2025-10-01' },
      { sequence: 2, category: { coding: [{ code: 'employmentImpacted' }] }, valueBoolean: true },
    ] }));
    expect(value(snapshot, 'claim.onsetDate')).toBe('2025-10-01');
    expect(value(snapshot, 'claim.employmentRelated')).toBe('Yes');
  });

  it('reads servicedPeriod, modifiers, units and charges from unit price × quantity', () => {
    const snapshot = only(claim({ item: [{
      sequence: 1, productOrService: { coding: [{ code: '97110' }] },
      modifier: [{ coding: [{ code: 'GP' }] }, { coding: [{ code: 'KX' }] }],
      servicedPeriod: { start: '2026-01-05T09:00:00-08:00', end: '2026-01-09' },
      locationCodeableConcept: { coding: [{ code: '11' }] },
      quantity: { value: 3 }, unitPrice: { value: 45.5 }, diagnosisSequence: [1],
    }] }));
    expect(value(snapshot, 'line.dateFrom', 1)).toBe('2026-01-05');
    expect(value(snapshot, 'line.dateTo', 1)).toBe('2026-01-09');
    expect(value(snapshot, 'line.modifier', 1)).toBe('GP KX');
    expect(value(snapshot, 'line.units', 1)).toBe('3');
    expect(value(snapshot, 'line.charges', 1)).toBe('136.50');
    expect(value(snapshot, 'line.placeOfService', 1)).toBe('11');
  });

  it('prefers the CPT/HCPCS coding of an item coded in several systems', () => {
    const snapshot = only(claim({ item: [{ sequence: 1, productOrService: { coding: [
      { system: 'http://snomed.info/sct', code: '229070002' }, { system: 'http://www.ama-assn.org/go/cpt', code: '97110' },
    ] } }] }));
    expect(value(snapshot, 'line.procedureCode', 1)).toBe('97110');
  });

  it('reads prior authorization from the focal insurance, not the first one', () => {
    const snapshot = only(claim({ insurance: [
      { sequence: 1, focal: false, coverage: { reference: 'Coverage/other' }, preAuthRef: ['OTHER1'] },
      { sequence: 2, focal: true, coverage: { reference: 'Coverage/main' }, preAuthRef: ['', 'AUTH20260105'] },
    ] }));
    expect(value(snapshot, 'claim.priorAuthNumber')).toBe('AUTH20260105');
    expect(pathOf(snapshot, snapshot.fields.find((field) => field.concept === 'claim.priorAuthNumber')?.key))
      .toBe('Claim 1 / insurance[1].preAuthRef[1]');
  });

  it('picks the primary care-team member for 24J among those the item points at', () => {
    const snapshot = only(claim({
      contained: [
        { resourceType: 'Practitioner', id: 'sup', identifier: [{ system: NPI, value: '1111111112' }] },
        { resourceType: 'Practitioner', id: 'pt', identifier: [{ system: NPI, value: '1234567893' }] },
      ],
      careTeam: [
        { sequence: 1, provider: { reference: '#sup' }, role: { coding: [{ code: 'supervisor' }] } },
        { sequence: 2, provider: { reference: '#pt' }, role: { coding: [{ code: 'primary' }] } },
      ],
      item: [
        { sequence: 1, careTeamSequence: [1, 2], productOrService: { coding: [{ code: '97110' }] } },
        { sequence: 2, productOrService: { coding: [{ code: '97140' }] } },
      ],
    }));
    expect(value(snapshot, 'line.renderingNpi', 1)).toBe('1234567893');
    expect(value(snapshot, 'line.renderingNpi', 2)).toBe('');
  });

  it('reads a referral: referring provider, NPI and qualifier, order date and visits', () => {
    const snapshot = only(claim({
      contained: [
        { resourceType: 'ServiceRequest', id: 'ref', requester: { reference: '#doc' }, authoredOn: '2025-12-01T10:00:00Z', quantityQuantity: { value: 12, unit: 'visits' } },
        { resourceType: 'Practitioner', id: 'doc', name: [{ family: 'Okafor', given: ['Ada'] }], identifier: [{ system: NPI, value: '1234567893' }] },
      ],
      referral: { reference: '#ref' },
    }));
    expect(value(snapshot, 'referring.name')).toBe('Okafor, Ada');
    expect(value(snapshot, 'referring.npi')).toBe('1234567893');
    expect(value(snapshot, 'referring.qualifier')).toBe('DN');
    expect(value(snapshot, 'order.date')).toBe('2025-12-01');
    expect(value(snapshot, 'order.visits')).toBe('12');
    const missing = only(claim({ referral: { reference: '#elsewhere' } }));
    expect(value(missing, 'referring.name')).toBe('');
    expect(value(missing, 'referring.npi')).toBe('');
  });

  it('falls back to Claim.insurer for the payer when the Coverage is not in the file', () => {
    const snapshot = only(claim({ insurance: [{ sequence: 1, coverage: { reference: 'Coverage/9' } }], insurer: { display: 'Northwind Health' } }));
    expect(value(snapshot, 'payer.name')).toBe('Northwind Health');
    expect(value(snapshot, 'patient.memberId')).toBeUndefined();
  });

  it('gives each Claim of a Bundle its own snapshot, titled by position, with only its patient’s documentation', () => {
    const bundle = { resourceType: 'Bundle', type: 'collection', entry: [
      { resource: claim({ patient: { reference: 'Patient/a' } }) },
      { resource: claim({ patient: { reference: 'Patient/b' }, use: 'preauthorization' }) },
      { resource: { resourceType: 'Patient', id: 'a', name: [{ family: 'Aldous' }] } },
      { resource: { resourceType: 'Patient', id: 'b', name: [{ family: 'Bexley' }] } },
      { resource: { resourceType: 'Goal', subject: { reference: 'Patient/b' }, description: { text: 'Short-term: lift 10 lb overhead in 3 weeks' } } },
      { resource: { resourceType: 'Goal', subject: { reference: 'Patient/b' }, description: { text: 'Long-term: return to full work duties' } } },
    ] };
    const [first, second] = read(bundle);
    expect(first!.title).toBe('FHIR Claim 1 of 2 (professional, claim)');
    expect(second!.title).toBe('FHIR Claim 2 of 2 (professional, preauthorization)');
    expect(value(first!, 'patient.name')).toBe('Aldous');
    expect(value(first!, 'doc.shortTermGoals')).toBeUndefined();
    expect(value(second!, 'doc.shortTermGoals')).toBe('Short-term: lift 10 lb overhead in 3 weeks');
    expect(value(second!, 'doc.longTermGoals')).toBe('Long-term: return to full work duties');
    expect(pathOf(second!, second!.fields.find((field) => field.concept === 'doc.shortTermGoals')?.key)).toBe('Bundle.entry[4] (Goal) / description');
    [first!, second!].forEach(expectValid);
  });

  it('reads an order’s frequency and duration from occurrenceTiming', () => {
    const snapshot = only({
      resourceType: 'ServiceRequest', requester: { display: 'Dr. Example' },
      code: { text: 'Physical therapy evaluation and treatment' },
      occurrenceTiming: { repeat: { frequency: 2, period: 1, periodUnit: 'wk', boundsDuration: { value: 6, unit: 'wk' } } },
    });
    expect(value(snapshot, 'doc.frequency')).toBe('2 per 1 wk');
    expect(value(snapshot, 'doc.duration')).toBe('6 wk');
    expect(value(snapshot, 'doc.treatmentPlan')).toBe('Physical therapy evaluation and treatment');
  });

  it('reads a CarePlan period as start of care and certification period', () => {
    const snapshot = only({ resourceType: 'CarePlan', description: 'Therapeutic exercise 2x/week', period: { start: '2026-01-05', end: '2026-03-30' } });
    expect(value(snapshot, 'cert.startDate')).toBe('2026-01-05');
    expect(value(snapshot, 'cert.period')).toBe('2026-01-05 to 2026-03-30');
    expect(value(snapshot, 'doc.treatmentPlan')).toBe('Therapeutic exercise 2x/week');
  });
});

describe('what is not a claim file', () => {
  it('says what FHIR looks like', () => {
    expect(looksLikeFhir({ resourceType: 'Claim' })).toBe(true);
    expect(looksLikeFhir({ resourceType: '' })).toBe(false);
    expect(looksLikeFhir({ type: 'Claim' })).toBe(false);
    expect(looksLikeFhir([{ resourceType: 'Claim' }])).toBe(false);
    expect(looksLikeFhir(null)).toBe(false);
  });

  it.each([
    [{ claim: true }, /^not FHIR JSON: there is no resourceType/],
    [null, /^not FHIR JSON/],
    [[], /^not FHIR JSON/],
    [{ resourceType: 'Bundle', type: 'collection', entry: [] }, /^the FHIR Bundle is empty/],
    [{ resourceType: 'Bundle', type: 'collection' }, /^the FHIR Bundle is empty/],
    [{ resourceType: 'ClaimResponse' }, /^a ClaimResponse is the payer's answer, not a claim/],
    [{ resourceType: 'Bundle', entry: [{ resource: { resourceType: 'ClaimResponse' } }] }, /^a ClaimResponse is the payer's answer/],
    [{ resourceType: 'Practitioner', name: [{ family: 'Okafor' }] }, /^a Practitioner: nothing ClaimLint checks/],
    [{ resourceType: 'Bundle', entry: [{ resource: { resourceType: 'Organization' } }] }, /^the Bundle holds only Organization: nothing ClaimLint checks/],
  ])('rejects %j with a one-line reason', (json, message) => {
    expect(() => read(json)).toThrow(message);
    try {
      read(json);
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('does not crash on junk inside a Claim: wrong types are read as absent', () => {
    const snapshot = only({ resourceType: 'Claim', diagnosis: 'M54.5', item: [null, 7, { sequence: 'x', quantity: 'two' }], insurance: {}, careTeam: [{}] });
    expectValid(snapshot);
    expect(value(snapshot, 'line.units', 1)).toBe('');
    expect(value(snapshot, 'claim.priorAuthNumber')).toBe('');
  });
});
