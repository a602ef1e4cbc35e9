import { describe, expect, it } from 'vitest';
import { BUNDLED_CHECKLISTS } from '../checklists';
import { checkSnapshot } from '../check-snapshot';
import { ruleConditionSchema, ruleSchema, type Field, type Rule } from '../schema';
import { contextOf, field, snapshotOf } from '../testing/test-snapshot';
import { ruleApplies } from './rule-applies';
import type { Situation } from './situation';

const statusOf = (fields: Field[], ruleId: string) => {
  const findings = checkSnapshot(snapshotOf(fields), { checklists: BUNDLED_CHECKLISTS }).findings;
  return findings.find((finding) => finding.ruleId === ruleId && finding.checklistId === 'cms1500-basics');
};

// A synthetic professional claim: enough CMS-1500 boxes for the basics checklist, box 23 and box 17 empty.
const claim = (payer: string | null, codes: string[], extra: Field[] = []): Field[] => [
  ...(payer === null ? [] : [field('payer.name', payer)]),
  field('patient.memberId', 'XYZ900000001'),
  field('claim.icdIndicator', '0'),
  field('claim.diagnosis', 'M54.50', { index: 'A' }),
  field('claim.priorAuthNumber', ''),
  field('referring.name', ''),
  field('referring.npi', ''),
  ...codes.flatMap((code, at) => [
    field('line.procedureCode', code, { index: at + 1 }),
    field('line.diagnosisPointer', 'A', { index: at + 1 }),
    field('line.placeOfService', '11', { index: at + 1 }),
    field('line.dateFrom', '11/18/2026', { index: at + 1 }),
  ]),
  ...extra,
];

describe('referring provider (box 17) on an HMO plan', () => {
  it('is required when the plan name shows an HMO, and not for a PPO without a referral shown', () => {
    expect(statusOf(claim('Example Health Plan HMO', ['97110']), 'referring-provider-name')?.status).toBe('fail');
    expect(statusOf(claim('Example Health Plan PPO Select', ['97110']), 'referring-provider-name')?.status).toBe('notApplicable');
  });
});

describe('prior authorization (box 23)', () => {
  it('is not applicable for Medicare Part B therapy, psychotherapy and chiropractic manipulation, and says why', () => {
    for (const code of ['97110', '90837', '98941']) {
      const finding = statusOf(claim('Medicare Part B', [code]), 'prior-auth-number');
      expect(finding?.status).toBe('notApplicable');
      expect(finding?.message).toBe('Not applicable: Original Medicare Part B needs no prior authorization for outpatient therapy, psychotherapy or chiropractic manipulation');
    }
  });

  it("asks (can't tell, minor) when an empty box 23 is on another payer's claim, never fails", () => {
    for (const payer of ['Aetna Choice POS II', 'Acme Health Plan', null]) {
      const finding = statusOf(claim(payer, ['97124']), 'prior-auth-number');
      expect(finding).toMatchObject({ status: 'cantTell', severity: 'minor' });
      expect(finding?.message).toMatch(/check whether it does/);
    }
  });

  it('does not waive box 23 for Medicare when the payer is only guessed from the shape of the member ID', () => {
    const fields = claim(null, ['97110']).map((f) => (f.concept === 'patient.memberId' ? { ...f, value: '1EG4-TE5-MK72' } : f));
    expect(statusOf(fields, 'prior-auth-number')?.status).toBe('cantTell');
  });

  it('requires box 23 where a plan is sourced as needing it: UnitedHealthcare Medicare Advantage therapy and chiropractic in an office', () => {
    const uhc = 'UnitedHealthcare Medicare Advantage Choice (PPO)';
    for (const code of ['97110', '98941']) {
      expect(statusOf(claim(uhc, [code]), 'prior-auth-required')).toMatchObject({ status: 'fail', severity: 'critical' });
      // The question rule stands aside, so the one gap is not also asked about.
      expect(statusOf(claim(uhc, [code]), 'prior-auth-number')?.status).toBe('notApplicable');
    }
    const authorized = claim(uhc, ['97110']).map((f) => (f.concept === 'claim.priorAuthNumber' ? { ...f, value: 'A123456789' } : f));
    expect(statusOf(authorized, 'prior-auth-required')?.status).toBe('pass');
    // The initial evaluation needs none; nor did visits before 2024-09-01, nor a Dual Complete plan, nor psychotherapy.
    expect(statusOf(claim(uhc, ['97161']), 'prior-auth-required')?.status).toBe('notApplicable');
    const before = claim(uhc, ['97110']).map((f) => (f.concept === 'line.dateFrom' ? { ...f, value: '08/30/2024' } : f));
    expect(statusOf(before, 'prior-auth-required')?.status).toBe('notApplicable');
    expect(statusOf(claim('UnitedHealthcare Dual Complete (HMO D-SNP)', ['97110']), 'prior-auth-required')?.status).toBe('notApplicable');
    expect(statusOf(claim('UnitedHealthcare Dual Complete (HMO D-SNP)', ['97110']), 'prior-auth-number')?.status).toBe('cantTell');
    expect(statusOf(claim(uhc, ['90837']), 'prior-auth-required')?.status).toBe('notApplicable');
  });

  it('reads a Medicare Advantage plan as its own payer, not as Original Medicare: box 23 is asked about, not waived', () => {
    expect(statusOf(claim('Humana Gold Plus Medicare (HMO)', ['97110']), 'prior-auth-number')?.status).toBe('cantTell');
    expect(statusOf(claim('Aetna Medicare Premier PPO', ['90837']), 'prior-auth-number')?.status).toBe('cantTell');
  });

  it('still judges a filled box 23 on Medicare therapy as not applicable, and a malformed one elsewhere as a fail', () => {
    const bad = [field('claim.priorAuthNumber', 'N/A')];
    const withBad = (payer: string) => claim(payer, ['97110']).filter((f) => f.concept !== 'claim.priorAuthNumber').concat(bad);
    expect(statusOf(withBad('Aetna'), 'prior-auth-number')?.status).toBe('fail');
    expect(statusOf(withBad('Medicare'), 'prior-auth-number')?.status).toBe('notApplicable');
  });
});

describe('referring provider (box 17 / 17b)', () => {
  it('is not applicable when nothing shows a referral or order and the service needs no certifying physician', () => {
    const name = statusOf(claim('Aetna', ['97124']), 'referring-provider-name');
    const npi = statusOf(claim('Aetna', ['97124']), 'referring-provider-npi');
    expect([name?.status, npi?.status]).toEqual(['notApplicable', 'notApplicable']);
    expect(name?.message).toMatch(/^Not applicable: this is required only when the claim or its documentation shows a referral or an order/);
    expect(npi?.message).toMatch(/box 17 names a referring or ordering provider/);
  });

  it('fails box 17 on Medicare outpatient therapy, whose plan a physician or NPP certifies', () => {
    const finding = statusOf(claim('Medicare', ['97110']), 'referring-provider-name');
    expect(finding?.status).toBe('fail');
    // 17b is judged only once 17 names someone.
    expect(statusOf(claim('Medicare', ['97110']), 'referring-provider-npi')?.status).toBe('notApplicable');
  });

  it('fails box 17 when the documentation shows an order (a prescriber) but the claim names no referring provider', () => {
    const finding = statusOf(claim('Aetna', ['97124'], [field('order.prescriber', 'Dr. Test Prescriber')]), 'referring-provider-name');
    expect(finding?.status).toBe('fail');
  });

  it('judges a filled box 17 (a referral shown by the claim itself) rather than calling it not applicable', () => {
    const named = claim('Aetna', ['97124']).map((f) => (f.concept === 'referring.name' ? { ...f, value: 'Dr. Test Referrer' } : f));
    expect(statusOf(named, 'referring-provider-name')?.status).toBe('pass');
    expect(statusOf(named, 'referring-provider-npi')?.status).toBe('fail');
  });

  it("says can't tell on therapy when the payer is not read, rather than guessing either way", () => {
    const finding = statusOf(claim(null, ['97110']), 'referring-provider-name');
    expect(finding?.status).toBe('cantTell');
    expect(finding?.message).toMatch(/payer was not read/);
  });

  it('judges 17b when 17 is filled: a check-digit failure fails, a valid NPI passes', () => {
    const named = (npi: string) => claim('Aetna', ['97124']).map((f) =>
      f.concept === 'referring.name' ? { ...f, value: 'Dr. Test Referrer' } : f.concept === 'referring.npi' ? { ...f, value: npi } : f);
    expect(statusOf(named('1234567890'), 'referring-provider-npi')?.status).toBe('fail');
    expect(statusOf(named('1234567893'), 'referring-provider-npi')?.status).toBe('pass');
    expect(statusOf(named('1234567893'), 'referring-provider-name')?.status).toBe('pass');
  });
});

describe('ruleApplies on each kind of test', () => {
  const situation: Situation = { payer: 'aetna', payerCertain: true, services: ['therapy'], kind: 'professional-claim' };
  const rule = (when: unknown[], whenUnknown?: string): Rule => ruleSchema.parse({
    id: 'r', title: 'R', check: 'required-field', severity: 'minor', why: 'w', fix: 'f', when, ...(whenUnknown && { whenUnknown }),
  });
  const lines = [field('line.placeOfService', '02', { index: 1 }), field('line.dateFrom', '03/15/2025', { index: 1 })];
  const applies = (when: unknown[], fields: Field[] = lines, at: Situation = situation, whenUnknown?: string) => {
    const result = ruleApplies(rule(when, whenUnknown), contextOf(fields), at);
    return result.applies ? 'applies' : result.outcome.status;
  };

  it('reads places of service, date ranges and kinds of document', () => {
    expect(applies([{ placesOfService: ['02', '10'], because: 'telehealth' }])).toBe('applies');
    expect(applies([{ placesOfService: ['11'], because: 'office' }])).toBe('notApplicable');
    expect(applies([{ datesFrom: '2025-01-01', datesTo: '2025-12-31', because: 'in 2025' }])).toBe('applies');
    expect(applies([{ datesFrom: '2026-01-01', because: 'from 2026' }])).toBe('notApplicable');
    expect(applies([{ kinds: ['plan-of-care'], because: 'a plan' }])).toBe('notApplicable');
  });

  it('reads whether a claim bills only some codes, from the code before any description', () => {
    const evaluation = [{ onlyCodes: ['97161', '97162', '97163'], because: 'only an evaluation is billed' }];
    const billed = (...codes: string[]) => codes.map((code, at) => field('line.procedureCode', code, { index: at + 1 }));
    expect(applies(evaluation, billed('97161 PT eval low complexity'))).toBe('applies');
    expect(applies(evaluation, billed('97162', '97110'))).toBe('notApplicable');
    expect(applies(evaluation, [])).toBe('cantTell');
  });

  it('needs every test of a case, and any one case', () => {
    expect(applies([{ payers: ['aetna'], services: ['massage'], because: 'Aetna massage' }])).toBe('notApplicable');
    expect(applies([{ payers: ['aetna'], services: ['massage'], because: 'a' }, { payers: ['aetna'], because: 'b' }])).toBe('applies');
  });

  it("follows the rule's fallback when a case cannot be decided", () => {
    const unknown: Situation = { payer: null, payerCertain: false, services: [], kind: null };
    const when = [{ payers: ['medicare'], because: 'Medicare' }];
    expect(applies(when, lines, unknown)).toBe('cantTell');
    expect(applies(when, lines, unknown, 'notApplicable')).toBe('notApplicable');
    expect(applies(when, lines, unknown, 'run')).toBe('applies');
    expect(applies([{ placesOfService: ['02'], because: 'telehealth' }], [])).toBe('cantTell');
    // A case that is false decides even when another cannot be: false and unknown make unknown, not false.
    expect(applies([{ payers: ['medicare'], because: 'a' }, { placesOfService: ['11'], because: 'b' }], lines, unknown)).toBe('cantTell');
  });

  it("reads the claim's state, and cannot decide it when no place names one", () => {
    const inState = (value: string) => [...lines, field('facility.state', value)];
    expect(applies([{ states: ['WA'], because: 'a Washington claim' }], inState('Tacoma, WA 98402'))).toBe('applies');
    expect(applies([{ states: ['WA'], because: 'a Washington claim' }], inState('OR'))).toBe('notApplicable');
    expect(applies([{ states: ['WA'], because: 'a Washington claim' }], inState('somewhere'))).toBe('cantTell');
    expect(applies([{ states: ['WA'], services: ['massage'], because: 'Washington massage' }], inState('WA'))).toBe('notApplicable');
  });

  it('names the case that holds before the messages when it has a scope', () => {
    const result = ruleApplies(rule([{ states: ['FL'], because: 'a Florida claim', scope: 'Florida PIP' }]), contextOf([field('claim.accidentState', 'FL')]), situation);
    expect(result).toEqual({ applies: true, scope: 'Florida PIP' });
  });

  it('rejects conditions that would silently always hold', () => {
    expect(ruleConditionSchema.safeParse({ states: ['Washington'], because: 'a name, not a code' }).success).toBe(false);
    expect(ruleConditionSchema.safeParse({ scope: 'Florida PIP', because: 'a scope is not a test' }).success).toBe(false);
    expect(ruleConditionSchema.safeParse({ payer: ['aetna'], because: 'typo' }).success).toBe(false);
    expect(ruleConditionSchema.safeParse({ because: 'no test' }).success).toBe(false);
    expect(ruleConditionSchema.safeParse({ placesOfService: ['2'], because: 'one digit' }).success).toBe(false);
    expect(ruleConditionSchema.safeParse({ filled: ['not.a.concept'], because: 'unknown concept' }).success).toBe(false);
    expect(ruleConditionSchema.safeParse({ payers: ['aetna'], services: ['massage'], because: 'Aetna massage' }).success).toBe(true);
  });
});
