import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../../test/support/shared-dir';
import { readFhirDenials } from './fhir-denial';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../test/fixtures/denials/${name}`, import.meta.url), 'utf8')) as unknown;

describe('readFhirDenials', () => {
  it('reads an ExplanationOfBenefit in a Bundle: claim, payer, patient by reference, date, notes, reasons per item', () => {
    const [denial] = readFhirDenials(fixture('eob-denied.json'));
    expect(denial).toMatchObject({
      claimId: 'ACCT-9001', payerClaimNumber: 'EOB-2025-000321', payerName: 'Sample Employer Health Plan',
      patientName: 'Samplename, Rowan', denialDate: '2025-05-02', paidAmount: 0, status: 'complete',
      datesOfService: { from: '2025-04-07', to: '2025-04-14' },
      notes: ['Services denied: not medically necessary per plan policy.', 'Records submitted do not show measurable functional goals.'],
      source: { format: 'fhir-explanation-of-benefit', what: 'ExplanationOfBenefit eob-1' },
    });
    expect(denial!.lines![0]).toMatchObject({ procedure: '97140', modifiers: ['GP'], dateOfService: '2025-04-07', charged: 95, paid: 0,
      reasons: [{ code: '50', kind: 'carc', amount: 95, text: 'Not medically necessary' }] });
  });

  it('reads a grouped code without a system, a remark code, and keeps a payer code of its own system as other', () => {
    const [denial] = readFhirDenials(fixture('eob-denied.json'));
    expect(denial!.lines![1]!.reasons).toEqual([
      { group: 'CO', code: '151', kind: 'carc' },
      { code: 'N362', kind: 'rarc' },
      { code: 'Z77', kind: 'other', system: 'https://payer.example/denial-codes', text: 'Payer local code' },
    ]);
  });

  it('reads a ClaimResponse: the claim it answers, item reasons and errors', () => {
    const [denial] = readFhirDenials(fixture('claim-response-auth.json'));
    expect(denial).toMatchObject({ claimId: 'CLM-555', payerName: 'Example Marketplace Silver Plan', patientName: 'Kit Example',
      denialDate: '2025-06-30', chargedAmount: 210, status: 'error', source: { format: 'fhir-claim-response' } });
    expect(denial!.reasons).toEqual([{ code: 'M62', kind: 'rarc' }]);
    expect(denial!.lines![0]!.reasons).toEqual([{ code: '197', kind: 'carc', amount: 210 }]);
  });

  it('takes the adjustment group from the adjudication category, and the patient\'s birth date and member ID from the file', () => {
    // The shape of payers' CARIN-style EOBs: the group (CO, PR) is the category, the CARC the reason, with or
    // without the X12 systems; the Patient and Coverage ride along in the Bundle.
    const group = (code: string, system?: string) => ({ coding: [{ ...(system && { system }), code }] });
    const eob = {
      resourceType: 'ExplanationOfBenefit', id: 'syn-eob-1', claim: { identifier: { value: 'SYN-CLM-1' } },
      patient: { reference: 'Patient/syn-p' }, insurance: [{ focal: true, coverage: { reference: 'Coverage/syn-c' } }],
      adjudication: [
        { category: group('CO'), reason: group('96'), amount: { value: 400 } },
        { category: group('PR', 'http://www.x12.org/codes/claim-adjustment-group-codes/'), reason: group('3', 'http://www.x12.org/codes/claim-adjustment-reason-codes'), amount: { value: 25 } },
        { category: group('benefit'), amount: { value: 0 } },
      ],
    };
    const bundle = { resourceType: 'Bundle', entry: [eob,
      { resourceType: 'Patient', id: 'syn-p', name: [{ family: 'Testperson', given: ['Robin'] }], birthDate: '1980-02-29' },
      { resourceType: 'Coverage', id: 'syn-c', subscriberId: 'SYN-M-0042' }].map((resource) => ({ resource })) };
    const [denial] = readFhirDenials(bundle);
    expect(denial!.reasons.map(({ group: g, code }) => `${g ?? ''}-${code}`)).toEqual(['CO-96', 'PR-3']);
    expect(denial).toMatchObject({ patientName: 'Testperson, Robin', patientBirthDate: '1980-02-29', memberId: 'SYN-M-0042' });
    // Without the Coverage, an identifier that says it is the member's, on the coverage reference, is taken; any other is not.
    eob.insurance = [{ focal: true, coverage: { identifier: { system: 'https://payer.example/member-id', value: 'SYN-M-0043' } } as never }];
    expect(readFhirDenials(eob)[0]!.memberId).toBe('SYN-M-0043');
    eob.insurance = [{ focal: true, coverage: { identifier: { system: 'https://payer.example/policy', value: 'POL-1' } } as never }];
    expect(readFhirDenials(eob)[0]!.memberId).toBeUndefined();
  });

  it('reads a prior-authorization decision (Da Vinci PAS reviewAction): its X12 886 reasons, and the decision in the notes', () => {
    const reviewAction = (code: string, display: string, reasons: string[]) => ({
      url: 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewAction',
      extension: [
        { url: 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewActionCode', valueCodeableConcept: { coding: [{ system: 'https://codesystem.x12.org/005010/306', code, display }] } },
        ...reasons.map((reason) => ({ url: 'reasonCode', valueCodeableConcept: { coding: [{ system: 'https://codesystem.x12.org/external/886', code: reason }] } })),
      ],
    });
    const response = (code: string, display: string, reasons: string[]) => ({
      resourceType: 'ClaimResponse', id: 'syn-cr', request: { identifier: { value: 'SYN-AUTH-REQ-1' } }, outcome: 'complete',
      item: [{ itemSequence: 1, adjudication: [{ category: { coding: [{ code: 'submitted' }] }, extension: [reviewAction(code, display, reasons)] }] }],
    });
    const [denied] = readFhirDenials(response('A3', 'Not Certified', ['0V']));
    expect(denied!.lines![0]!.reasons).toEqual([{ code: '0V', kind: 'other', system: 'https://codesystem.x12.org/external/886' }]);
    expect(denied!.notes).toEqual(['Review decision: Not Certified (A3)']);
    // An approval is no reason to appeal: its decision is a note, not a reason.
    const [approved] = readFhirDenials(response('A1', 'Certified in total', []));
    expect(approved!.lines![0]!.reasons).toEqual([]);
    expect(approved!.notes).toEqual(['Review decision: Certified in total (A1)']);
  });

  it('refuses a FHIR file with no EOB or ClaimResponse', () => {
    expect(() => readFhirDenials({ resourceType: 'Claim', id: 'x' })).toThrow(/No ExplanationOfBenefit or ClaimResponse in this FHIR Claim/);
    expect(() => readFhirDenials({ hello: 1 })).toThrow(/Not a FHIR resource/);
  });

  // The HL7 ClaimResponse example (CC0, ../shared): its reason is an HL7 adjudication-reason code, kept as "other".
  // Like every reader of ../shared: skipped on a checkout without it, failed under CI (test/support/shared-dir.ts).
  const fhirFolder = sharedFolder('fixtures/real/claims/fhir', 'the FHIR denial reader');
  const real = join(fhirFolder.path, 'claimresponse-example.json');
  it.skipIf(!fhirFolder.present)('reads the public HL7 ClaimResponse example (skipped when ../shared is absent, failed under CI)', () => {
    const [denial] = readFhirDenials(JSON.parse(readFileSync(real, 'utf8')));
    expect(denial).toMatchObject({ claimId: '15476332402', denialDate: '2014-08-16', payerClaimNumber: 'R3500', notes: ['Claim settled as per contract.'] });
    expect(denial!.lines![0]!.reasons).toEqual([{ code: 'ar002', kind: 'other', amount: 90.47, system: 'http://terminology.hl7.org/CodeSystem/adjudication-reason', text: 'Plan Limit Reached' }]);
  });
});
