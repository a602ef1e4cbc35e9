/**
 * Rules narrowed to what their sources say, through checkSnapshot and the bundled checklists: the HSA/FSA
 * exclusion is general health, not plateau or prevention wording (IRC §213(d)); the Regence rules are one plan's
 * wording and ask for improvement only on a progress report; Aetna's massage partner is a therapeutic procedure,
 * not a modality or a manipulation.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_CHECKLISTS } from './index';
import { checkSnapshot } from '../check-snapshot';
import type { ChecklistChoice } from '../select/choice';
import type { Field, Finding } from '../schema';
import { field, snapshotOf } from '../testing/test-snapshot';

const finding = (fields: Field[], checklist: string, ruleId: string, choice: ChecklistChoice = {}): Finding =>
  checkSnapshot(snapshotOf(fields), { checklists: BUNDLED_CHECKLISTS, choice: { ...choice, checklistIds: [checklist] } })
    .findings.find((candidate) => candidate.checklistId === checklist && candidate.ruleId === ruleId)!;

describe('HSA / FSA: only general health, relaxation or well-being is excluded', () => {
  const letter = (plan: string) => [field('payer.name', 'Example HSA'), field('doc.treatmentPlan', plan), field('doc.necessityStatement', ''), field('doc.goals', '')];

  it('passes plateau and prevent-deterioration wording', () => {
    const plateau = finding(letter('Progress has plateaued; weekly massage to prevent deterioration of hip range of motion from osteoarthritis.'), 'hsa-fsa-massage-lmn', 'not-general-health');
    expect(plateau.status).toBe('pass');
  });

  it('fails relaxation and general well-being, quoting the words', () => {
    const relaxation = finding(letter('Monthly massage for relaxation and general well-being.'), 'hsa-fsa-massage-lmn', 'not-general-health');
    expect(relaxation.status).toBe('fail');
    expect(relaxation.message).toContain('for relaxation');
  });
});

describe("Regence: one plan's wording, and no improvement demanded on an initial evaluation", () => {
  const report = [field('payer.name', 'Regence BlueShield'), field('doc.progress', ''), field('doc.treatmentPlan', 'Massage 97124 1x/week for 6 weeks'), field('line.procedureCode', '97124', { index: 1 })];

  it('asks for significant improvement on a progress report, naming the plan wording', () => {
    const occurring = finding(report, 'regence-rehabilitative', 'improvement-occurring', { kind: 'progress-report' });
    expect(occurring.status).toBe('fail');
    expect(occurring.message).toMatch(/^KingCare Gold plan wording: /);
    expect(occurring.title).toMatch(/KingCare Gold wording/);
    expect(occurring.citation.note).toMatch(/Plan-specific/);
  });

  it('does not ask for it on an initial evaluation (a plan of care)', () => {
    const initial = finding(report, 'regence-rehabilitative', 'improvement-occurring', { kind: 'plan-of-care' });
    expect(initial.status).toBe('notApplicable');
    expect(initial.message).toMatch(/progress report/);
  });
});

describe('Aetna: massage needs a therapeutic procedure the same day, not a modality or a manipulation', () => {
  const visit = (codes: string[]) => [field('payer.name', 'Aetna Choice POS II'), ...codes.flatMap((code, at) => [
    field('line.procedureCode', code, { index: at + 1 }), field('line.dateFrom', '11/17/2026', { index: at + 1 }),
  ])];
  const partner = (codes: string[]) => finding(visit(codes), 'aetna-massage', 'massage-with-another-procedure');

  it('fails massage billed with only a modality or chiropractic manipulation, naming them', () => {
    expect(partner(['97124', '97014']).status).toBe('fail');
    expect(partner(['97124', '97014']).message).toMatch(/97014 billed that day is not one/);
    expect(partner(['97124', '98941', '97010']).status).toBe('fail');
  });

  it('passes massage billed with therapeutic exercise or manual therapy', () => {
    expect(partner(['97124', '97014', '97110']).status).toBe('pass');
    expect(partner(['97124', '97140']).status).toBe('pass');
  });
});
