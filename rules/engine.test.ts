import { describe, expect, it } from 'vitest';
import { BUNDLED_CHECKLISTS } from './checklists';
import { CHECKS } from './checks';
import { countGaps, evaluate } from './engine';
import type { Field, Finding } from './schema';
import { field, snapshotOf } from './testing/test-snapshot';

// A synthetic claim page: two service lines, line 2 points at an empty box 21 C, no box 23 value.
const claimPage = (): Field[] => [
  field('patient.memberId', 'XYZ900000001'),
  field('claim.icdIndicator', '0 - ICD-10'),
  field('claim.diagnosis', 'M54.50', { index: 'A' }),
  field('claim.diagnosis', 'M62.830', { index: 'B' }),
  field('claim.diagnosis', '', { index: 'C' }),
  field('referring.name', 'Dr. Test Referrer'),
  field('referring.npi', '1234567893'),
  field('claim.priorAuthNumber', ''),
  field('line.procedureCode', '97140', { index: 1 }),
  field('line.diagnosisPointer', 'AB', { index: 1 }),
  field('line.procedureCode', '97124', { index: 2 }),
  field('line.diagnosisPointer', 'C', { index: 2 }),
];

// A synthetic letter page with the alternatives-tried section missing entirely.
const letterPage = (): Field[] => [
  field('patient.name', 'Test Patient'),
  field('patient.dob', '01/02/1980'),
  field('patient.memberId', ''),
  field('provider.name', 'Dr. Test Provider'),
  field('provider.npi', '1234567893'),
  field('provider.signatureDate', '10/01/2026'),
  field('doc.treatmentPlan', 'Manual therapy 97140'),
  field('doc.frequencyDuration', '2x/week for 6 weeks'),
  field('doc.necessityStatement', 'Needed to restore cervical rotation.'),
];

const find = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);
const run = (fields: Field[]) => evaluate(snapshotOf(fields), BUNDLED_CHECKLISTS);

describe('evaluate', () => {
  it('fails service line 2 pointing at an empty diagnosis C, and passes line 1', () => {
    const pointers = find(run(claimPage()), 'diagnosis-pointers');
    expect(pointers.map((f) => [f.index, f.status])).toEqual([[1, 'pass'], [2, 'fail']]);
    expect(pointers[1]?.message).toBe('Service line 2 points at diagnosis C, but box 21 C is empty');
    expect(pointers[1]).toMatchObject({ checklistId: 'cms1500-basics', severity: 'critical', fieldKey: 'line.diagnosisPointer[2]' });
  });

  it("reports an LMN's missing alternatives section as can't tell, never pass", () => {
    const [alternatives] = find(run(letterPage()), 'alternatives-tried');
    expect(alternatives?.status).toBe('cantTell');
  });

  it('turns a fail into a pass when the biller fills the field', () => {
    const emptied = claimPage().map((f) => (f.concept === 'referring.npi' ? { ...f, value: '' } : f));
    const before = find(run(emptied), 'referring-provider-npi')[0];
    const after = find(run(claimPage()), 'referring-provider-npi')[0];
    expect([before?.status, after?.status]).toEqual(['fail', 'pass']);
    // Every bundled checklist runs here, selection aside (a prior-authorization request also wants the ordering
    // NPI): the count asserted is the claim checklist's.
    const claimGaps = (fields: Field[]) => countGaps(run(fields).filter((f) => f.checklistId === 'cms1500-basics'));
    expect(claimGaps(claimPage())).toBe(claimGaps(emptied) - 1);
  });

  it("asks, never fails, when box 23 is empty and ClaimLint does not know whether the payer needs authorization", () => {
    const before = find(run(claimPage()), 'prior-auth-number')[0];
    const filled = claimPage().map((f) => (f.concept === 'claim.priorAuthNumber' ? { ...f, value: 'PA20260001' } : f));
    const after = find(run(filled), 'prior-auth-number')[0];
    expect([before?.status, after?.status]).toEqual(['cantTell', 'pass']);
    expect(before).toMatchObject({ severity: 'minor', fieldKey: 'claim.priorAuthNumber' });
    expect(before?.message).toMatch(/can't tell whether this payer needs prior authorization/);
    expect(countGaps(run(filled))).toBe(countGaps(run(claimPage())));
  });

  it('tells the biller which box is empty, why that gets a claim denied and what to enter', () => {
    const emptied = claimPage().map((f) => (f.concept === 'referring.npi' ? { ...f, value: '' } : f));
    const [gap] = find(run(emptied), 'referring-provider-npi');
    expect(gap).toMatchObject({ status: 'fail', fieldKey: 'referring.npi' });
    expect(gap?.message).toBe('Referring provider NPI (box 17b) is empty');
    expect(gap?.why).toMatch(/missing or mistyped NPI fails the check digit/);
    expect(gap?.fix).toMatch(/^Enter the referring provider's 10-digit NPI/);
  });

  it('uses the rule source over the checklist source', () => {
    const [npi] = find(run(letterPage()), 'provider-npi');
    expect(npi?.citation.url).toMatch(/NPIcheckdigit/);
    const [name] = find(run(letterPage()), 'patient-name');
    expect(name?.citation).toEqual(BUNDLED_CHECKLISTS.find((c) => c.id === 'lmn-core')?.source);
  });

  it("judges an LMN's age against the snapshot day, not the clock", () => {
    const [fresh] = find(evaluate(snapshotOf(letterPage(), '2026-11-22'), BUNDLED_CHECKLISTS), 'signature-date');
    const [stale] = find(evaluate(snapshotOf(letterPage(), '2027-10-05'), BUNDLED_CHECKLISTS), 'signature-date');
    expect([fresh?.status, stale?.status]).toEqual(['pass', 'fail']);
  });

  it("turns a check that throws into one can't-tell finding and keeps going", () => {
    const original = CHECKS['icd-indicator'].run;
    CHECKS['icd-indicator'].run = () => { throw new Error('boom M54.50'); };
    try {
      const findings = run(claimPage());
      const broken = find(findings, 'icd-indicator');
      expect(broken).toHaveLength(1);
      expect(broken[0]).toMatchObject({ status: 'cantTell', fieldKey: null });
      expect(broken[0]?.message).toMatch(/could not run this check/);
      expect(broken[0]?.message).not.toMatch(/M54/);
      expect(find(findings, 'diagnosis-codes').length).toBeGreaterThan(0);
    } finally {
      CHECKS['icd-indicator'].run = original;
    }
  });
});

describe('the citation line a finding shows', () => {
  it('names the policy, its section and date, and ends with the URL to open', () => {
    const [gap] = find(run(claimPage()), 'prior-auth-number');
    expect(gap?.source).toBe(
      'NUCC 1500 Health Insurance Claim Form Reference Instruction Manual for Form Version 02/12, Item 23 (2024-07-01) '
        + 'https://www.nucc.org/images/stories/PDF/1500_claim_form_instruction_manual_2024_07-v11.pdf',
    );
  });

  it('leaves out a section the source does not have, rather than printing a placeholder', () => {
    const [npi] = find(run(letterPage()), 'provider-npi');
    expect(npi?.source).toBe(
      'CMS, Requirements for NPI Check Digit (2004-01-23) '
        + 'https://www.cms.gov/Regulations-and-Guidance/Administrative-Simplification/NationalProvIdentStand/Downloads/NPIcheckdigit.pdf',
    );
  });
});
