/**
 * State-scoped rules end to end, through checkSnapshot and the bundled checklists: Washington's workers'-comp
 * massage rule (WAC 296-23-250) only on Washington massage claims, Florida's and Washington's PIP rules only on
 * their states' claims, the generic rules everywhere, and "can't tell" when the claim's state is not read.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_CHECKLISTS } from '../checklists';
import { checkSnapshot } from '../check-snapshot';
import type { Field, Finding } from '../schema';
import { field, snapshotOf } from '../testing/test-snapshot';

const findingsOf = (fields: Field[], checklist: string): Finding[] =>
  checkSnapshot(snapshotOf(fields), { checklists: BUNDLED_CHECKLISTS, choice: { checklistIds: [checklist] } }).findings.filter((finding) => finding.checklistId === checklist);
const status = (findings: Finding[], ruleId: string) => findings.find((finding) => finding.ruleId === ruleId)?.status;

const lines = (codes: string[], date = '11/09/2026'): Field[] => codes.flatMap((code, at) => [
  field('line.procedureCode', code, { index: at + 1 }),
  field('line.dateFrom', date, { index: at + 1 }),
]);

// A workers' comp massage claim with the generic boxes filled, but no order, progress report or goals.
const workersComp = (state: Field[], codes = ['97124']): Field[] => [
  field('payer.name', "Example Workers' Compensation Fund"),
  field('claim.employmentRelated', 'Yes'),
  field('claim.otherClaimNumber', 'WC-40017'),
  field('claim.onsetDate', '10/01/2026'),
  field('order.prescriber', ''),
  field('order.date', ''),
  field('doc.progress', ''),
  field('doc.goals', 'Decrease pain'),
  ...lines(codes),
  ...state,
];

const WA_RULES = ['written-order', 'order-date', 'progress-report', 'functional-improvement'];

describe("workers' compensation: Washington's massage rule only in Washington", () => {
  it('applies WAC 296-23-250 to a Washington massage claim and names the state in each message', () => {
    const findings = findingsOf(workersComp([field('facility.state', 'Tacoma, WA 98402')]), 'workers-comp');
    for (const rule of WA_RULES) {
      const finding = findings.find((candidate) => candidate.ruleId === rule)!;
      expect(finding.status, rule).toBe('fail');
      expect(finding.message, rule).toMatch(/^Washington L&I massage: /);
    }
    expect(status(findings, 'claim-number')).toBe('pass');
  });

  it('gives a claim from another state only the generic rules', () => {
    const findings = findingsOf(workersComp([field('facility.state', 'OR')]), 'workers-comp');
    for (const rule of WA_RULES) expect(status(findings, rule), rule).toBe('notApplicable');
    expect(findings.find((finding) => finding.ruleId === 'written-order')?.message).toMatch(/Washington workers' compensation claim for massage therapy/);
    expect(['claim-number', 'injury-date', 'employment-related'].map((rule) => status(findings, rule))).toEqual(['pass', 'pass', 'pass']);
    const noClaimNumber = workersComp([field('facility.state', 'OR')]).map((f) => (f.concept === 'claim.otherClaimNumber' ? { ...f, value: '' } : f));
    expect(status(findingsOf(noClaimNumber, 'workers-comp'), 'claim-number')).toBe('fail');
  });

  it('does not apply the massage rule to a Washington claim for another service', () => {
    const findings = findingsOf(workersComp([field('facility.state', 'WA')], ['97110']), 'workers-comp');
    for (const rule of WA_RULES) expect(status(findings, rule), rule).toBe('notApplicable');
  });

  it("says can't tell, never pass or fail, when the claim's state is not read", () => {
    const findings = findingsOf(workersComp([]), 'workers-comp');
    for (const rule of WA_RULES) expect(status(findings, rule), rule).toBe('cantTell');
    expect(findings.find((finding) => finding.ruleId === 'written-order')?.message).toMatch(/claim's state .* was not read/);
  });
});

// An auto (PIP) claim: box 10b Yes, claim number, accident date, a valid diagnosis.
const pip = (state: string, codes: string[], date = '11/09/2026', extra: Field[] = []): Field[] => [
  field('payer.name', 'Example Mutual Auto PIP'),
  field('claim.autoAccident', 'Yes'),
  field('claim.accidentState', state),
  field('claim.otherClaimNumber', 'AU-22-0017'),
  field('claim.otherDate', '11/01/2026'),
  field('claim.diagnosis', 'S13.4XXA', { index: 'A' }),
  field('order.prescriber', 'Lou Example-Sorensen, DO'),
  ...lines(codes, date),
  ...extra,
];

describe('PIP: Florida and Washington rules only in their states', () => {
  it('fails massage on a Florida PIP claim, naming Florida PIP', () => {
    const findings = findingsOf(pip('FL', ['97110', '97124']), 'auto-pip');
    const massage = findings.find((finding) => finding.ruleId === 'florida-no-massage')!;
    expect(massage).toMatchObject({ status: 'fail', index: 2 });
    expect(massage.message).toMatch(/^Florida PIP: Service line 2 \(97124\): massage is not a PIP medical benefit in Florida/);
    expect(status(findings, 'florida-initial-care-14-days')).toBe('pass');
    expect(status(findings, 'washington-within-three-years')).toBe('notApplicable');
  });

  it("passes a Florida claim without massage, and can't tell about a first visit past 14 days", () => {
    expect(status(findingsOf(pip('FL', ['97110']), 'auto-pip'), 'florida-no-massage')).toBe('pass');
    const late = findingsOf(pip('FL', ['97110'], '12/20/2026'), 'auto-pip').find((finding) => finding.ruleId === 'florida-initial-care-14-days')!;
    expect(late.status).toBe('cantTell');
    expect(late.message).toMatch(/^Florida PIP: The first date of service on this claim, 2026-12-20, is 49 days after the accident/);
  });

  it('fails a Washington PIP line more than three years after the accident', () => {
    const findings = findingsOf(pip('WA', ['97110'], '11/02/2029'), 'auto-pip');
    expect(status(findings, 'washington-within-three-years')).toBe('fail');
    expect(status(findingsOf(pip('WA', ['97110'], '11/01/2029'), 'auto-pip'), 'washington-within-three-years')).toBe('pass');
    expect(status(findings, 'florida-no-massage')).toBe('notApplicable');
  });

  it('gives a claim from another state the generic rules only, massage included', () => {
    const findings = findingsOf(pip('NJ', ['97124']), 'auto-pip');
    for (const rule of ['florida-no-massage', 'florida-initial-care-14-days', 'referral', 'washington-within-three-years']) {
      expect(status(findings, rule), rule).toBe('notApplicable');
    }
    // (diagnosis-codes needs the ICD-10-CM table, which this test does not load.)
    expect(['auto-accident-box', 'claim-number', 'accident-date'].map((rule) => status(findings, rule))).toEqual(['pass', 'pass', 'pass']);
  });
});
