import { describe, expect, it } from 'vitest';
import { BUNDLED_CHECKLISTS } from '../checklists';
import { checkSnapshot } from '../check-snapshot';
import { field, snapshotOf } from '../testing/test-snapshot';

/** A claim whose billing NPI fails its check digit, whose ICD indicator is 9 and whose referring NPI box is empty. */
const claim = snapshotOf([
  field('patient.memberId', 'W123456789'),
  field('claim.icdIndicator', '9'),
  field('claim.diagnosis', 'M54.50', { index: 'A' }),
  field('provider.npi', '1234567890'),
  field('referring.name', 'Marcus Welby'),
  field('referring.npi', ''),
  field('claim.priorAuthNumber', 'N/A'),
  field('line.procedureCode', '97110', { index: 1 }),
  field('line.diagnosisPointer', 'A', { index: 1 }),
  field('line.charges', '50.00', { index: 1 }),
  field('line.placeOfService', '11', { index: 1 }),
]);

describe('a fail says whether the value is missing or present but invalid', () => {
  const findings = checkSnapshot(claim, { checklists: BUNDLED_CHECKLISTS, choice: { checklistIds: ['cms1500-basics'] } }).findings;
  const problemOf = (ruleId: string) => findings.find((finding) => finding.ruleId === ruleId && finding.status === 'fail')?.problem;

  it('calls a bad NPI and ICD indicator 9 invalid, an empty box or "N/A" missing', () => {
    expect(problemOf('billing-provider-npi')).toBe('invalid');
    expect(problemOf('icd-indicator')).toBe('invalid');
    expect(problemOf('referring-provider-npi')).toBe('missing');
  });

  it('calls an absent required value missing even when its field holds other text', () => {
    const { findings: letterFindings } = checkSnapshot(snapshotOf([
      field('lmn.date', '11/01/2026'), field('doc.necessityStatement', 'Massage helps.'),
      field('doc.alternativesTried', 'Stretching at home'), field('patient.name', ''),
    ]), { checklists: BUNDLED_CHECKLISTS, choice: { checklistIds: ['lmn-core'] } });
    const fails = letterFindings.filter((finding) => finding.status === 'fail');
    expect(fails.find((finding) => finding.ruleId === 'patient-name')?.problem).toBe('missing');
    // The statement field holds text, but no necessity statement is in it: what is missing is the statement.
    expect(fails.find((finding) => finding.ruleId === 'necessity-statement')?.problem).toBe('missing');
  });

  it('sets it on fails only', () => {
    expect(findings.filter((finding) => finding.status !== 'fail').every((finding) => finding.problem === undefined)).toBe(true);
    expect(findings.filter((finding) => finding.status === 'fail').every((finding) => finding.problem !== undefined)).toBe(true);
  });
});
