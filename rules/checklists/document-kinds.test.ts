/**
 * Each kind of document gets its own checklist (plan-of-care, progress-report, prior-auth-request) and its codes
 * and NPIs are judged wherever they appear (codes-on-documents), without one gap being reported twice: a claim's
 * codes stay cms1500-basics', a letter's NPI stays its letter checklist's, and a payer's own checklist keeps the
 * rules it shares with the any-payer one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSnapshot } from '../check-snapshot';
import { createIcd10CmLookup } from '../codes/icd10cm-table';
import type { Field, Finding } from '../schema';
import { samplePlanFields } from '../testing/sample-plan';
import { field, snapshotOf } from '../testing/test-snapshot';
import { BUNDLED_CHECKLISTS } from './index';

const icd10cm = createIcd10CmLookup(JSON.parse(readFileSync(new URL('../../public/data/icd10cm.json', import.meta.url), 'utf8')));
const check = (fields: Field[], headings: string[], choice = {}) =>
  checkSnapshot({ ...snapshotOf(fields), headings }, { checklists: BUNDLED_CHECKLISTS, references: { icd10cm }, choice });
const fails = (findings: Finding[]) => findings.filter((finding) => finding.status === 'fail').map((finding) => `${finding.checklistId}/${finding.ruleId}`);
const on = (findings: Finding[], fieldKey: string) => findings.filter((finding) => finding.fieldKey === fieldKey && finding.status !== 'notApplicable');

const plan = samplePlanFields;
const without = (fields: Field[], concept: string) => fields.map((f) => (f.concept === concept ? { ...f, value: '' } : f));

describe('a plan of care for any payer', () => {
  it('passes a complete physical therapy plan', () => {
    const result = check(plan(), ['Physical Therapy Plan of Care']);
    expect(result.checklists.map((checklist) => checklist.id)).toEqual(['plan-of-care', 'codes-on-documents']);
    expect(fails(result.findings)).toEqual([]);
  });

  it('fails an empty frequency, an unsigned plan and a missing prognosis', () => {
    const gaps = [['doc.frequencyDuration', 'plan-of-care/frequency-duration'], ['provider.signature', 'plan-of-care/signature'], ['doc.expectedOutcome', 'plan-of-care/prognosis']];
    for (const [concept, rule] of gaps) expect(fails(check(without(plan(), concept!), ['Plan of Care']).findings)).toEqual([rule]);
  });

  it('fails a category code on the plan once, where the claim would be rejected for it', () => {
    const result = check(plan([field('claim.diagnosis', 'M54.5', { index: 'B' })]), ['Plan of Care']);
    expect(fails(result.findings)).toEqual(['codes-on-documents/diagnosis-codes']);
    expect(on(result.findings, 'claim.diagnosis[B]').map((finding) => finding.message)).toEqual([
      expect.stringMatching(/^Diagnosis B M54\.5 is a category, not a billable code; choose M54\.50, M54\.51 or M54\.59/),
    ]);
  });

  it('fails a provider NPI that fails its check digit, once', () => {
    const result = check(plan([field('provider.npi', '1234567890')]), ['Plan of Care']);
    expect(fails(result.findings)).toEqual(['codes-on-documents/provider-npi']);
  });

  it('leaves to Medicare\'s therapy checklist what it judges itself, so a Medicare plan hears each gap once', () => {
    const result = check(without(plan(), 'doc.frequencyDuration'), ['Plan of Care'], { payer: 'medicare', service: 'therapy' });
    expect(result.checklists.map((checklist) => checklist.id)).toContain('medicare-outpatient-therapy');
    expect(fails(result.findings).filter((id) => id.endsWith('frequency-duration'))).toEqual(['medicare-outpatient-therapy/poc-frequency-duration']);
    expect(result.findings.find((finding) => finding.ruleId === 'frequency-duration' && finding.checklistId === 'plan-of-care')).toMatchObject({
      status: 'notApplicable', message: expect.stringMatching(/Medicare's outpatient therapy checklist judges/),
    });
  });

  it('is not a hospital or acupuncture plan\'s checklist: those get the general necessity checklist', () => {
    const acupuncture = [
      field('payer.name', 'Example Health Plan PPO'),
      field('doc.diagnosisText', 'Chronic tension-type headache'),
      field('doc.functionalLimitation', 'Unable to work more than 2 hours at the computer'),
      field('doc.treatmentPlan', 'Acupuncture once a week for 8 weeks'),
      field('provider.signature', 'Sasha Sample, LAc'),
    ];
    expect(check(acupuncture, ['Acupuncture Treatment Plan']).checklists.map((checklist) => checklist.id)).toEqual(['reasonable-necessary']);
  });
});

describe('a prior-authorization request', () => {
  const request = (extra: Field[] = []): Field[] => [
    field('payer.name', 'Example Health Plan PPO'),
    field('patient.name', 'Test Patient'),
    field('patient.dob', '01/02/1980'),
    field('patient.memberId', 'EHP123456'),
    field('provider.name', 'Dana Sample, PT'),
    field('provider.npi', '1234567893'),
    field('claim.diagnosis', 'M75.01', { index: 'A' }),
    field('line.procedureCode', '97110', { index: 1 }),
    field('line.units', '2', { index: 1 }),
    field('auth.from', '12/01/2026'),
    field('auth.to', '01/12/2027'),
    field('doc.necessityStatement', 'Skilled physical therapy is medically necessary to restore shoulder motion.'),
    field('doc.alternativesTried', 'Home exercise for 6 weeks without relief'),
    field('doc.goals', 'Flexion from 95° to 150° within 6 weeks'),
    field('doc.frequencyDuration', '2 visits per week for 6 weeks'),
    ...extra,
  ];
  const heading = ['Prior Authorization Request — Outpatient Physical Therapy'];

  it('passes a complete request', () => {
    const result = check(request(), heading);
    expect(result.checklists.map((checklist) => checklist.id)).toEqual(['prior-auth-request', 'codes-on-documents']);
    expect(fails(result.findings)).toEqual([]);
  });

  it('fails an empty member ID, and an ordering NPI that fails its check digit once', () => {
    const result = check(without(request([field('referring.name', 'Blake Sample, DO'), field('referring.npi', '1999000222')]), 'patient.memberId'), heading);
    expect(fails(result.findings)).toEqual(['prior-auth-request/member-id', 'prior-auth-request/ordering-provider-npi']);
    expect(on(result.findings, 'referring.npi')).toHaveLength(1);
  });

  it('asks for the ordering provider\'s name only when the request shows an order', () => {
    expect(fails(check(request([field('order.date', '11/10/2026'), field('referring.name', '')]), heading).findings)).toEqual(['prior-auth-request/ordering-provider']);
    expect(check(request(), heading).findings.find((finding) => finding.ruleId === 'ordering-provider')).toMatchObject({ status: 'notApplicable' });
  });

  it('fails an empty frequency on a therapy request', () => {
    expect(fails(check(without(request(), 'doc.frequencyDuration'), heading).findings)).toEqual(['prior-auth-request/frequency-duration']);
  });
});

describe('a progress report', () => {
  const report = (extra: Field[] = []): Field[] => [
    field('payer.name', 'Example Health Plan PPO'),
    field('doc.progress', 'Knee flexion improved from 85° to 110° since the evaluation'),
    field('doc.functionalLimitation', 'Still unable to kneel; needs a rail for stairs'),
    field('doc.goals', 'Knee flexion to 120° within 4 weeks'),
    field('doc.treatmentPlan', 'Therapeutic exercise (97110) 2x/week for 4 more weeks'),
    field('provider.signature', 'Owen Sample, PT'),
    field('provider.credentials', 'PT'),
    ...extra,
  ];

  it('passes a complete report and fails one with no progress', () => {
    expect(fails(check(report(), ['Physical Therapy Progress Report']).findings)).toEqual([]);
    expect(fails(check(without(report(), 'doc.progress'), ['Physical Therapy Progress Report']).findings)).toEqual(['progress-report/progress-toward-goals']);
  });
});

describe('codes on a claim', () => {
  it('are judged by the claim checklist alone, not again as a document\'s', () => {
    const claim = [
      field('claim.icdIndicator', '0'),
      field('claim.diagnosis', 'M54.5', { index: 'A' }),
      field('line.procedureCode', '97110', { index: 1 }),
      field('line.diagnosisPointer', 'A', { index: 1 }),
      field('line.charges', '120.00', { index: 1 }),
      field('provider.npi', '1234567893'),
    ];
    const result = check(claim, ['CMS-1500 Claim Entry']);
    expect(result.checklists.map((checklist) => checklist.id)).not.toContain('codes-on-documents');
    expect(on(result.findings, 'claim.diagnosis[A]').map((finding) => finding.checklistId)).toEqual(['cms1500-basics']);
  });
});

describe('a letter of medical necessity', () => {
  it('has its provider NPI judged by the letter checklist only', () => {
    const letter = [
      field('lmn.date', '11/18/2026'),
      field('doc.necessityStatement', 'Massage therapy is medically necessary for her chronic neck pain.'),
      field('doc.alternativesTried', 'Six weeks of home stretching without relief'),
      field('provider.npi', '1234567890'),
      field('claim.diagnosis', 'M54.2', { index: 'A' }),
    ];
    const result = check(letter, ['Letter of Medical Necessity']);
    expect(on(result.findings, 'provider.npi').map((finding) => `${finding.checklistId} ${finding.status}`)).toEqual(['lmn-core fail']);
  });
});

describe('a psychotherapy treatment plan', () => {
  it('is not judged as a letter of medical necessity, so an unsigned plan hears it once', () => {
    const psychotherapyPlan = [
      field('lmn.date', '11/10/2026'),
      field('doc.necessityStatement', 'Weekly psychotherapy is medically necessary to reduce panic attacks.'),
      field('doc.alternativesTried', 'Sertraline for 3 months with partial relief'),
      field('claim.diagnosis', 'F41.0', { index: 'A' }),
      field('line.procedureCode', '90837', { index: 1 }),
      field('provider.signature', ''),
    ];
    const result = check(psychotherapyPlan, ['Outpatient Psychotherapy Treatment Plan']);
    expect(result.checklists.map((checklist) => checklist.id)).not.toContain('lmn-core');
    expect(fails(result.findings).filter((id) => /signature/.test(id))).toHaveLength(1);
  });
});
