/**
 * Which FHIR claims are checked and with which rules, and the reader fixes billers' files need: claim types,
 * STU3, payers' responses, PAS requests, SNOMED diagnoses, billablePeriod, member ids, cancelled items, Conditions
 * bound to their own claim, claim ids. Synthetic files only; names and numbers are made up.
 */
import { describe, expect, it } from 'vitest';
import type { ConceptKey } from '../../rules/concepts';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists/index';
import { checkSnapshot } from '../../rules/check-snapshot';
import { createIcd10CmLookup } from '../../rules/codes/icd10cm-table';
import type { FieldIndex, Snapshot } from '../../rules/schema';
import { readFileSync } from 'node:fs';
import { fhirClaims } from './claim-read';
import { readFhirClaims, readFhirJson } from './fhir-claim';

const TAKEN_AT = '2026-11-20T12:00:00.000Z';
const ICD10 = 'http://hl7.org/fhir/sid/icd-10-cm';
const SNOMED = 'http://snomed.info/sct';
const CPT = 'http://www.ama-assn.org/go/cpt';
const NPI = 'http://hl7.org/fhir/sid/us-npi';
const icd10cm = createIcd10CmLookup(JSON.parse(readFileSync(new URL('../../public/data/icd10cm.json', import.meta.url), 'utf8')));

const typeOf = (code: string) => ({ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code }] });

/** A professional claim whose patient, coverage and provider are contained, so every box can be read. */
function claim(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    resourceType: 'Claim',
    id: 'clm-1',
    type: typeOf('professional'),
    use: 'claim',
    contained: [
      { resourceType: 'Patient', id: 'pat', name: [{ family: 'Brightwater', given: ['Iola'] }], birthDate: '1979-03-03', gender: 'female' },
      { resourceType: 'Coverage', id: 'cov', subscriberId: 'SYN-MBR-5511', beneficiary: { reference: '#pat' }, payor: [{ reference: '#payer' }] },
      { resourceType: 'Organization', id: 'payer', name: 'Example Mutual Health' },
      { resourceType: 'Organization', id: 'clinic', name: 'Sample Therapy Clinic', identifier: [{ system: NPI, value: '1234567893' }] },
    ],
    patient: { reference: '#pat' },
    provider: { reference: '#clinic' },
    insurance: [{ sequence: 1, focal: true, coverage: { reference: '#cov' } }],
    diagnosis: [{ sequence: 1, diagnosisCodeableConcept: { coding: [{ system: ICD10, code: 'M54.50' }] } }],
    item: [{
      sequence: 1, productOrService: { coding: [{ system: CPT, code: '97110' }] }, servicedDate: '2026-11-02', diagnosisSequence: [1],
      quantity: { value: 2 }, net: { value: 80 }, locationCodeableConcept: { coding: [{ code: '11' }] },
    }],
    ...extra,
  };
}

function bundle(...resources: Record<string, unknown>[]): Record<string, unknown> {
  return { resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${String(resource.id)}`, resource })) };
}

function only(json: unknown): Snapshot {
  const snapshots = readFhirJson(json, 'file:///claim.json', TAKEN_AT);
  expect(snapshots).toHaveLength(1);
  return snapshots[0]!;
}

function value(snapshot: Snapshot, concept: ConceptKey, index: FieldIndex = null): string | undefined {
  return snapshot.fields.find((field) => field.concept === concept && field.index === index)?.value;
}

function check(snapshot: Snapshot) {
  const result = checkSnapshot(snapshot, { checklists: BUNDLED_CHECKLISTS, references: { icd10cm } });
  const status = (ruleId: string) => result.findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.status);
  return { ...result, ids: result.checklists.map((checklist) => checklist.id), status };
}

describe('the right rules for the claim type', () => {
  it.each([
    ['institutional', 'an institutional claim: ClaimLint checks professional claims'],
    ['oral', 'an oral (dental) claim: ClaimLint checks professional claims'],
    ['vision', 'a vision claim: ClaimLint checks professional claims'],
    ['pharmacy', 'a pharmacy claim: ClaimLint checks professional claims'],
  ])('reports a %s claim as not checked, with no fields for CMS-1500 rules to judge', (type, reason) => {
    const [read] = fhirClaims(claim({ type: typeOf(type) }), 'file:///claim.json', [], TAKEN_AT);
    expect(read).toMatchObject({ claimId: 'clm-1', position: 1, notChecked: reason });
    expect(read!.snapshot.fields).toEqual([]);
    expect(() => readFhirJson(claim({ type: typeOf(type) }), 'file:///claim.json', TAKEN_AT)).toThrow(reason);
  });

  it('checks the professional claims of a mixed Bundle and says why the others are not', () => {
    const file = bundle(claim({ id: 'a' }), claim({ id: 'b', type: typeOf('institutional') }), claim({ id: 'c' }));
    const reads = fhirClaims(file, 'file:///batch.json', [], TAKEN_AT);
    expect(reads.map((read) => [read.claimId, read.position, read.notChecked])).toEqual([
      ['a', 1, undefined], ['b', 2, 'an institutional claim: ClaimLint checks professional claims'], ['c', 3, undefined],
    ]);
    expect(reads.map((read) => read.snapshot.title)).toEqual([
      'FHIR Claim 1 of 3: a (professional, claim)', 'FHIR Claim 2 of 3: b (institutional, claim)', 'FHIR Claim 3 of 3: c (professional, claim)',
    ]);
    expect(readFhirJson(file, 'file:///batch.json', TAKEN_AT)).toHaveLength(2);
  });

  it('does not read a STU3 claim as R4 with empty items: it says so', () => {
    const stu3 = claim({ use: 'complete', item: [{ sequence: 1, service: { coding: [{ code: '97110' }] }, servicedDate: '2026-11-02' }] });
    const [read] = readFhirClaims(stu3, 'file:///stu3.json', TAKEN_AT);
    expect(read?.notChecked).toBe('a FHIR STU3 claim: not read (ClaimLint reads FHIR R4 claims)');
    // item.service alone (use left as R4 would have it) is enough to tell.
    const serviceOnly = claim({ item: [{ sequence: 1, service: { coding: [{ code: '97110' }] } }] });
    expect(readFhirClaims(serviceOnly, 'file:///stu3.json', TAKEN_AT)[0]?.notChecked).toMatch(/^a FHIR STU3 claim: not read/);
    expect(() => readFhirJson(stu3, 'file:///stu3.json', TAKEN_AT)).toThrow('a FHIR STU3 claim: not read');
  });
});

describe("a payer's response", () => {
  const patient = { resourceType: 'Patient', id: 'p1', name: [{ family: 'Brightwater' }] };
  const coverage = { resourceType: 'Coverage', id: 'c1', subscriberId: 'SYN-MBR-5511', beneficiary: { reference: 'urn:uuid:p1' } };

  it('refuses a response Bundle (ClaimResponse or ExplanationOfBenefit with the member\'s Patient and Coverage), never "nothing missing"', () => {
    expect(() => readFhirJson(bundle({ resourceType: 'ClaimResponse', id: 'r1' }, patient, coverage), 'file:///r.json', TAKEN_AT))
      .toThrow("a ClaimResponse is the payer's answer, not a claim");
    expect(() => readFhirJson(bundle({ resourceType: 'ExplanationOfBenefit', id: 'e1' }, patient, coverage), 'file:///e.json', TAKEN_AT))
      .toThrow("an ExplanationOfBenefit is the payer's account of a processed claim, not a claim");
  });

  it('reports a Claim the same file\'s ClaimResponse answers as not checked', () => {
    const answered = bundle(claim({ id: 'q1' }), { resourceType: 'ClaimResponse', id: 'r1', request: { reference: 'urn:uuid:q1' } });
    expect(readFhirClaims(answered, 'file:///r.json', TAKEN_AT)[0]?.notChecked).toMatch(/^a claim the payer has already answered/);
  });
});

describe('a preauthorization request (Da Vinci PAS)', () => {
  const request = (extra: Record<string, unknown> = {}) => claim({ use: 'preauthorization', ...extra });

  it('is checked with the prior-authorization request checklist, not the CMS-1500 rules', () => {
    const snapshot = only(request({ item: [{ sequence: 1, productOrService: { coding: [{ system: CPT, code: '97110' }] }, quantity: { value: 12 },
      servicedPeriod: { start: '2026-12-01', end: '2027-01-12' } }] }));
    expect(value(snapshot, 'auth.from')).toBe('2026-12-01');
    expect(value(snapshot, 'auth.to')).toBe('2027-01-12');
    const result = check(snapshot);
    expect(result.choice.kind).toBe('prior-auth-request');
    expect(result.choice.evidence).toContain('kind from the claim file (a preauthorization request)');
    expect(result.ids).toContain('prior-auth-request');
    expect(result.ids).not.toContain('cms1500-basics');
    expect(result.status('member-id')).toEqual(['pass']);
    expect(result.status('requested-start')).toEqual(['pass']);
    expect(result.status('requested-codes')).toEqual(['pass']);
  });

  it('fails an empty request (no items, no diagnosis), never "No checklist applies"', () => {
    const snapshot = only(request({ item: undefined, diagnosis: undefined }));
    const result = check(snapshot);
    expect(result.ids).toContain('prior-auth-request');
    expect(result.status('requested-codes')).toEqual(['fail']);
    expect(result.status('diagnosis-codes')).toContain('fail');
    expect(result.status('requested-start')).toEqual(['fail']);
  });

  it('skips an item the requester cancelled (itemCancelled), as a modifier extension or a plain one', () => {
    const cancelled = (code: string, where: 'modifierExtension' | 'extension') => ({
      sequence: 2, productOrService: { coding: [{ system: CPT, code }] }, servicedDate: '2026-10-01',
      [where]: [{ url: 'http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-itemCancelled', valueBoolean: true }],
    });
    const kept = { sequence: 1, productOrService: { coding: [{ system: CPT, code: '97110' }] }, servicedDate: '2026-12-01' };
    for (const where of ['modifierExtension', 'extension'] as const) {
      const snapshot = only(request({ item: [kept, cancelled('97140', where)] }));
      const codes = snapshot.fields.filter((field) => field.concept === 'line.procedureCode').map((field) => field.value);
      expect(codes).toEqual(['97110']);
      // The cancelled item's earlier date is no longer asked for.
      expect(value(snapshot, 'auth.from')).toBe('2026-12-01');
    }
  });
});

describe('SNOMED CT diagnoses', () => {
  it('are recognised as SNOMED: the ICD rules say can\'t tell, never "not an ICD-10-CM code"', () => {
    const snapshot = only(claim({ diagnosis: [{ sequence: 1, diagnosisCodeableConcept: { coding: [{ system: SNOMED, code: '279039007' }] } }] }));
    expect(snapshot.fields.find((field) => field.concept === 'claim.diagnosis')).toMatchObject({ value: '279039007', codeSystem: 'snomed-ct' });
    // No ICD coding: the ICD indicator is not guessed.
    expect(value(snapshot, 'claim.icdIndicator')).toBeUndefined();
    const result = check(snapshot);
    const finding = result.findings.find((candidate) => candidate.ruleId === 'diagnosis-codes');
    expect(finding).toMatchObject({ status: 'cantTell' });
    expect(finding?.message).toContain('coded in SNOMED CT, not ICD-10-CM');
    expect(result.findings.some((candidate) => /not an ICD-10-CM code/.test(candidate.message))).toBe(false);
  });

  it('give way to an ICD-10-CM coding of the same diagnosis', () => {
    const snapshot = only(claim({ diagnosis: [{ sequence: 1, diagnosisCodeableConcept: { coding: [
      { system: SNOMED, code: '279039007' }, { system: ICD10, code: 'M54.50' }] } }] }));
    expect(snapshot.fields.find((field) => field.concept === 'claim.diagnosis')).toMatchObject({ value: 'M54.50', codeSystem: 'icd-10-cm' });
  });
});

describe('reader fixes', () => {
  it('dates a line by the claim\'s billablePeriod when the item has no serviced[x]; an item\'s own date wins', () => {
    const snapshot = only(claim({
      billablePeriod: { start: '2026-11-03', end: '2026-11-04' },
      item: [
        { sequence: 1, productOrService: { coding: [{ system: CPT, code: '97110' }] } },
        { sequence: 2, productOrService: { coding: [{ system: CPT, code: '97140' }] }, servicedDate: '2026-11-09' },
      ],
    }));
    expect([value(snapshot, 'line.dateFrom', 1), value(snapshot, 'line.dateTo', 1)]).toEqual(['2026-11-03', '2026-11-04']);
    expect(value(snapshot, 'line.dateFrom', 2)).toBe('2026-11-09');
    expect(check(snapshot).status('line-dates')).not.toContain('fail');
    expect(snapshot.places?.[snapshot.fields.find((field) => field.concept === 'line.dateFrom')!.key]?.path).toBe('Claim 1 / billablePeriod.start');
  });

  it('finds the member id on the Patient by identifier type (MI, MB, SN) or the payer\'s own system, never a medical record number', () => {
    const withPatientIds = (identifier: unknown[]) => claim({
      contained: [
        { resourceType: 'Patient', id: 'pat', name: [{ family: 'Brightwater' }], identifier },
        { resourceType: 'Coverage', id: 'cov', beneficiary: { reference: '#pat' }, payor: [{ reference: '#payer' }] },
        { resourceType: 'Organization', id: 'payer', name: 'Example Mutual Health', identifier: [{ system: 'https://payer.example-mutual.test/payer-id', value: 'EMH01' }] },
      ],
    });
    const mr = { type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] }, value: 'MRN-0001' };
    for (const code of ['MI', 'MB', 'SN']) {
      const typed = { type: { coding: [{ code }] }, value: `SYN-${code}-77` };
      expect(value(only(withPatientIds([mr, typed])), 'patient.memberId')).toBe(`SYN-${code}-77`);
    }
    const bySystem = { system: 'https://members.example-mutual.test/id', value: 'SYN-SYS-88' };
    expect(value(only(withPatientIds([mr, bySystem])), 'patient.memberId')).toBe('SYN-SYS-88');
    // A medical record number alone is not a member id: the box is empty, a gap.
    expect(value(only(withPatientIds([mr])), 'patient.memberId')).toBe('');
  });

  it('prefers the Coverage identifier typed as a member number over another identifier', () => {
    const snapshot = only(claim({
      contained: [
        { resourceType: 'Patient', id: 'pat', name: [{ family: 'Brightwater' }] },
        { resourceType: 'Coverage', id: 'cov', beneficiary: { reference: '#pat' }, identifier: [
          { system: 'https://policies.example.test', value: 'POLICY-1' }, { type: { coding: [{ code: 'MB' }] }, value: 'SYN-MB-42' }] },
      ],
    }));
    expect(value(snapshot, 'patient.memberId')).toBe('SYN-MB-42');
  });

  it('never lends one claim\'s Condition to another claim of the Bundle: only its diagnosis references or its encounter bind it', () => {
    const patient = { resourceType: 'Patient', id: 'p1', name: [{ family: 'Brightwater' }] };
    const visit = (id: string) => ({ resourceType: 'Encounter', id, subject: { reference: 'urn:uuid:p1' } });
    const condition = (id: string, text: string, encounter?: string) => ({
      resourceType: 'Condition', id, subject: { reference: 'urn:uuid:p1' }, code: { text }, ...(encounter && { encounter: { reference: `urn:uuid:${encounter}` } }),
    });
    const visitClaim = (id: string, encounter: string, extra: Record<string, unknown> = {}) => ({
      resourceType: 'Claim', id, type: typeOf('professional'), use: 'claim', patient: { reference: 'urn:uuid:p1' },
      item: [{ sequence: 1, productOrService: { coding: [{ system: CPT, code: '97110' }] }, servicedDate: '2026-11-02', encounter: [{ reference: `urn:uuid:${encounter}` }] }],
      ...extra,
    });
    const file = bundle(
      visitClaim('k1', 'e1'), visitClaim('k2', 'e2'), visitClaim('k3', 'e3', { diagnosis: [{ sequence: 1, diagnosisReference: { reference: 'urn:uuid:cond-free' } }] }),
      patient, visit('e1'), visit('e2'), visit('e3'),
      condition('cond-1', 'Shoulder strain', 'e1'), condition('cond-2', 'Ankle sprain', 'e2'), condition('cond-free', 'Neck pain'),
    );
    const [first, second, third] = readFhirJson(file, 'file:///visits.json', TAKEN_AT);
    expect(value(first!, 'doc.diagnosisText')).toBe('Shoulder strain');
    expect(value(second!, 'doc.diagnosisText')).toBe('Ankle sprain');
    // The third claim names its Condition itself (Claim.diagnosis.diagnosisReference); it is lent to no other claim.
    expect(value(third!, 'doc.diagnosisText')).toBe('Neck pain');
    expect(first!.fields.some((field) => /Neck pain|Ankle/.test(field.value))).toBe(false);
    expect(second!.fields.some((field) => /Neck pain|Shoulder/.test(field.value))).toBe(false);
  });
});

describe('a Condition of another visit', () => {
  it('is not lent to the one claim of a file when both name their encounters and they differ', () => {
    const file = bundle(
      { resourceType: 'Claim', id: 'k1', type: typeOf('professional'), use: 'claim', patient: { reference: 'urn:uuid:p1' },
        item: [{ sequence: 1, productOrService: { coding: [{ system: CPT, code: '97110' }] }, servicedDate: '2026-11-02', encounter: [{ reference: 'urn:uuid:e1' }] }] },
      { resourceType: 'Patient', id: 'p1', name: [{ family: 'Brightwater' }] },
      { resourceType: 'Condition', id: 'old', subject: { reference: 'urn:uuid:p1' }, code: { text: 'Old wrist fracture' }, encounter: { reference: 'urn:uuid:e0' } },
      { resourceType: 'Condition', id: 'now', subject: { reference: 'urn:uuid:p1' }, code: { text: 'Low back pain' }, encounter: { reference: 'urn:uuid:e1' } },
    );
    expect(value(only(file), 'doc.diagnosisText')).toBe('Low back pain');
  });
});

describe('a file whose every claim is not checked', () => {
  it('is refused by readFhirJson with every reason, once each', () => {
    const file = bundle(claim({ id: 'a', type: typeOf('institutional') }), claim({ id: 'b', type: typeOf('institutional') }), claim({ id: 'c', type: 'professional' }));
    expect(() => readFhirJson(file, 'file:///x.json', TAKEN_AT)).toThrow(
      'none of the 3 claims is checked: an institutional claim: ClaimLint checks professional claims; a FHIR DSTU2 claim: not read (ClaimLint reads FHIR R4 claims)');
  });
});

describe('claim ids', () => {
  it('names a claim by its claim or account number identifier, else its first identifier, else Claim.id', () => {
    const typed = claim({ identifier: [
      { system: 'https://ehr.example.test/encounter', value: 'ENC-1' },
      { type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'AN' }] }, value: 'ACCT-2001' },
    ] });
    expect(fhirClaims(typed, 'file:///c.json', [], TAKEN_AT)[0]).toMatchObject({ claimId: 'ACCT-2001', snapshot: { title: 'FHIR Claim ACCT-2001 (professional, claim)' } });
    const bySystem = claim({ identifier: [{ system: 'https://ehr.example.test/visit', value: 'V-9' }, { system: 'https://billing.example.test/claim-number', value: 'CN-77' }] });
    expect(fhirClaims(bySystem, 'file:///c.json', [], TAKEN_AT)[0]?.claimId).toBe('CN-77');
    expect(fhirClaims(claim({ identifier: [{ value: 'ANY-1' }] }), 'file:///c.json', [], TAKEN_AT)[0]?.claimId).toBe('ANY-1');
    expect(fhirClaims(claim(), 'file:///c.json', [], TAKEN_AT)[0]?.claimId).toBe('clm-1');
    expect(fhirClaims(claim({ id: undefined }), 'file:///c.json', [], TAKEN_AT)[0]).toMatchObject({ claimId: null, snapshot: { title: 'FHIR Claim (professional, claim)' } });
  });
});
