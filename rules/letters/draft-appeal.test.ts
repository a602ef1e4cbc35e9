import { describe, expect, it } from 'vitest';
import { checkSnapshot } from '../check-snapshot';
import { BUNDLED_CHECKLISTS } from '../checklists';
import type { Denial } from '../denials/denial';
import type { Field } from '../schema';
import { samplePlanFields } from '../testing/sample-plan';
import { field, snapshotOf } from '../testing/test-snapshot';
import type { AppealSource } from './appeal-evidence';
import { draftAppeal } from './draft-appeal';
import type { LetterDraft } from './draft';

const checked = (fields: Field[], headings: string[]): AppealSource => {
  const snapshot = { ...snapshotOf(fields), headings };
  return { snapshot, result: checkSnapshot(snapshot, { checklists: BUNDLED_CHECKLISTS }) };
};
const plan = samplePlanFields;
const denialOf = (codes: Denial['reasons'], extra: Partial<Denial> = {}): Denial => ({
  claimId: 'ACCT-1001', payerName: 'Example Health Plan PPO', patientName: 'Rowan Samplename', denialDate: '2025-03-10',
  datesOfService: { from: '2025-02-03', to: '2025-02-24' }, reasons: codes, source: { format: 'manual', what: 'denial.txt' }, ...extra,
});
const text = (draft: LetterDraft, sectionId: string) =>
  [...draft.sections, ...(draft.notes ?? [])].find((section) => section.id === sectionId)!.paragraphs.map((paragraph) => paragraph.parts.map((part) => part.text).join('')).join('\n');

describe('draftAppeal: medical necessity (CO-50)', () => {
  it('answers with the plan of care\'s components, each quoted with its field as source', () => {
    const draft = draftAppeal({ denial: denialOf([{ group: 'CO', code: '50', kind: 'carc' }]), sources: [checked(plan(), ['Physical Therapy Plan of Care'])] });
    const answers = text(draft, 'answers');
    expect(answers).toContain('CO-50 (contractual obligation): The payer did not find the service medically necessary');
    expect(answers).toContain('Goals: Sit 60 minutes without pain within 8 weeks.');
    expect(answers).toContain('Frequency and duration: 2x/week for 8 weeks.');
    expect(answers).toContain('How the condition limits the patient: Unable to sit longer than 15 minutes.');
    const goals = draft.sections.flatMap((section) => section.paragraphs).flatMap((paragraph) => paragraph.parts).find((part) => part.text === 'Sit 60 minutes without pain within 8 weeks');
    expect(goals).toMatchObject({ source: { kind: 'field', concept: 'doc.longTermGoals', fieldKey: 'doc.longTermGoals' } });
    // What the plan of care does not hold is a placeholder naming its checklist item, not made-up text.
    expect(answers).toContain('[MISSING: the treatments tried before, with how long and their result — lmn-core/alternatives-tried]');
    expect(draft.gaps).toContainEqual({ checklistId: 'lmn-core', ruleId: 'alternatives-tried', what: 'the treatments tried before, with how long and their result' });
    expect(draft.enclosures).toEqual(expect.arrayContaining(['the plan of care', 'the letter of medical necessity']));
  });

  it('quotes a sentence the reader filed under two concepts (long-term goals and goals) once', () => {
    const draft = draftAppeal({ denial: denialOf([{ group: 'CO', code: '50', kind: 'carc' }]), sources: [checked(plan([field('doc.goals', 'Sit 60 minutes without pain within 8 weeks'), field('doc.shortTermGoals', 'Sit 30 minutes within 4 weeks')]), ['Physical Therapy Plan of Care'])] });
    expect(text(draft, 'answers')).toContain('Goals: Sit 60 minutes without pain within 8 weeks; Sit 30 minutes within 4 weeks.');
  });

  it('takes the appeals address from the denial when it gives one', () => {
    const draft = draftAppeal({ denial: denialOf([{ group: 'CO', code: '50', kind: 'carc' }], { appealsAddress: 'Appeals Unit, PO Box 10' }) });
    expect(text(draft, 'addressee')).toBe('Example Health Plan PPO, Appeals Department\nAppeals Unit, PO Box 10');
    expect(draft.gaps.map((gap) => gap.ruleId)).not.toContain('appeals-address');
  });

  it('puts the plan of care\'s own gaps first: a CO-50 on a plan without measurable goals', () => {
    const fields = plan().filter((f) => f.concept !== 'doc.longTermGoals');
    const draft = draftAppeal({ denial: denialOf([{ group: 'CO', code: '50', kind: 'carc' }]), sources: [checked(fields, ['Physical Therapy Plan of Care'])] });
    expect(draft.notes![0]!.id).toBe('fix-first');
    expect(draft.sections.map((section) => section.id)).not.toContain('fix-first');
    expect(text(draft, 'fix-first')).toMatch(/^CO-50 — .*goal/im);
    expect(text(draft, 'answers')).toContain('[MISSING: measurable goals with a target and a timeframe — plan-of-care/measurable-goals]');
  });

  it('says nothing was checked when no documentation came with the denial', () => {
    const draft = draftAppeal({ denial: denialOf([{ group: 'CO', code: '50', kind: 'carc' }]) });
    expect(text(draft, 'fix-first')).toMatch(/No documentation was checked/);
  });
});

describe('draftAppeal: other reason families', () => {
  it('answers a missing authorization (CO-197) with the authorization number, or a placeholder for it', () => {
    const withAuth = draftAppeal({ denial: denialOf([{ group: 'CO', code: '197', kind: 'carc' }]), sources: [checked([...plan(), field('claim.priorAuthNumber', 'PA-778899')], [])] });
    expect(text(withAuth, 'answers')).toContain('Authorization number: PA-778899.');
    const without = draftAppeal({ denial: denialOf([{ group: 'CO', code: '197', kind: 'carc' }]), sources: [checked(plan(), [])] });
    expect(without.gaps.map((gap) => `${gap.checklistId}/${gap.ruleId}`)).toContain('cms1500-basics/prior-auth-number');
  });

  it('answers a diagnosis mismatch (CO-11) with the diagnosis codes and pointers, and a modifier denial (CO-4) with the modifiers', () => {
    const claim = checked([
      field('payer.name', 'Example Health Plan PPO'), field('claim.diagnosis', 'M54.16', { index: 'A' }),
      field('line.procedureCode', '97140', { index: 1 }), field('line.diagnosisPointer', 'A', { index: 1 }), field('line.modifier', 'GP', { index: 1 }),
    ], []);
    const draft = draftAppeal({ denial: denialOf([{ group: 'CO', code: '11', kind: 'carc' }, { group: 'CO', code: '4', kind: 'carc' }]), sources: [claim] });
    const answers = text(draft, 'answers');
    expect(answers).toContain('Diagnosis codes billed: M54.16.');
    expect(answers).toContain('Diagnosis pointers on the lines: A.');
    expect(answers).toContain('Modifiers billed: GP.');
    const described = draftAppeal({ denial: denialOf([{ group: 'CO', code: '11', kind: 'carc' }]), sources: [claim], descriptions: { describe: (code) => (code.replace('.', '') === 'M5416' ? 'Radiculopathy, lumbar region' : null) } });
    expect(text(described, 'answers')).toContain('Diagnosis codes billed: M54.16 (Radiculopathy, lumbar region).');
    expect(described.sections.flatMap((section) => section.paragraphs).flatMap((paragraph) => paragraph.parts)).toContainEqual({ text: 'Radiculopathy, lumbar region', source: { kind: 'code-table', table: 'icd10cm', code: 'M54.16' } });
  });

  it('asks for the record (M127) with the signed note, and says an MA130 claim is sent again, not appealed', () => {
    const draft = draftAppeal({ denial: denialOf([{ code: 'M127', kind: 'rarc' }, { code: 'MA130', kind: 'rarc' }]), sources: [checked([field('visit.date', '2025-02-03'), field('line.procedureCode', '97110', { index: 1 }), field('provider.signature', 'Dana Sample, PT'), field('provider.credentials', 'PT')], ['Daily Note'])] });
    expect(text(draft, 'answers')).toContain('Date of the visit note: 2025-02-03.');
    expect(text(draft, 'fix-first')).toContain('MA130: Do not appeal');
  });

  it('keeps an unknown code, says ClaimLint does not know it, and leaves its answer as a placeholder', () => {
    const draft = draftAppeal({ denial: denialOf([{ code: 'Z77', kind: 'other', text: 'Payer local code' }]) });
    expect(text(draft, 'request')).toContain('Z77: a code ClaimLint does not know; the payer\'s notice explains it. The payer\'s words: Payer local code.');
    expect(text(draft, 'fix-first')).toContain('Z77: ClaimLint does not know this code');
    expect(draft.gaps.map((gap) => gap.ruleId)).toContain('answer-unknown-code');
  });

  it('does not answer a deductible or coinsurance, which is not a denial', () => {
    const draft = draftAppeal({ denial: denialOf([{ group: 'PR', code: '2', kind: 'carc', amount: 20 }, { group: 'CO', code: '50', kind: 'carc' }]) });
    expect(text(draft, 'answers')).not.toContain('PR-2');
    expect(text(draft, 'fix-first')).toContain('PR-2: The amount is the patient\'s coinsurance');
  });
});

describe('draftAppeal: header and deadline', () => {
  it('addresses the payer\'s appeals department and states the claim, patient, dates and denial date from the denial', () => {
    const draft = draftAppeal({ denial: denialOf([{ group: 'CO', code: '50', kind: 'carc' }]), planType: 'erisa' });
    expect(text(draft, 'addressee')).toMatch(/^Example Health Plan PPO, Appeals Department\n\[MISSING: the appeals address/);
    expect(text(draft, 'claim')).toBe(['Patient: Rowan Samplename', 'Member ID: [MISSING: the member ID — appeal/member-id]', 'Claim number: ACCT-1001',
      'Dates of service: 2025-02-03 to 2025-02-24', 'Date of the denial: 2025-03-10'].join('\n'));
    expect(text(draft, 'request')).toMatch(/^I am writing to request an internal appeal/);
    expect(text(draft, 'deadline')).toContain('Employer group health plan (ERISA), internal appeal: due by 2025-09-06');
  });

  it('puts the notice\'s own limit first, quoted from the denial, with its due date and the law\'s after it', () => {
    const notes = ['Not medically necessary. Appeals must be received within 60 days of the date of this notice.'];
    const draft = draftAppeal({ denial: denialOf([{ group: 'CO', code: '50', kind: 'carc' }], { notes }), planType: 'erisa' });
    const [first, law] = text(draft, 'deadline').split('\n');
    expect(first).toBe('The notice says: “Appeals must be received within 60 days of the date of this notice.” — due by 2025-05-09 (counted from the notice date). Meet the earlier of this and the limit below.');
    expect(law).toContain('(ERISA), internal appeal: due by 2025-09-06');
    const quote = draft.notes!.find((note) => note.id === 'deadline')!.paragraphs[0]!.parts[1]!;
    expect(quote).toMatchObject({ source: { kind: 'denial', what: 'denial.txt' } });
    // A date typed as "Appeal by" is taken as it is; a denial that states no limit adds nothing.
    expect(text(draftAppeal({ denial: denialOf([{ group: 'CO', code: '50', kind: 'carc' }], { appealBy: '2025-04-30' }) }), 'deadline')).toMatch(/^The notice says: “Appeal by 2025-04-30” — due by 2025-04-30\./);
    expect(text(draftAppeal({ denial: denialOf([{ group: 'CO', code: '50', kind: 'carc' }]), planType: 'erisa' }), 'deadline')).not.toContain('The notice says');
  });

  it('without dates on the denial, lists the claim\'s service dates, each day once', () => {
    // A claim file with two lines on one day and one on another (an 835 with no DTM gives no dates).
    const lines = [field('line.dateFrom', '2025-02-03'), field('line.dateFrom', '2025-02-03'), field('line.dateFrom', '2025-02-10')];
    const draft = draftAppeal({ denial: denialOf([{ group: 'CO', code: '50', kind: 'carc' }], { datesOfService: undefined }), sources: [checked(lines, [])] });
    expect(text(draft, 'claim')).toContain('Dates of service: 2025-02-03, 2025-02-10\n');
  });

  it('asks the payer to answer no alert: MA01 (appeal rights) is left out of the letter and explained to the biller', () => {
    const draft = draftAppeal({ denial: denialOf([{ group: 'CO', code: '50', kind: 'carc' }, { code: 'MA01', kind: 'rarc' }, { code: 'M25', kind: 'rarc' }]), planType: 'medicare' });
    expect(text(draft, 'request')).not.toContain('MA01');
    expect(text(draft, 'request')).toContain('M25: The record does not support this level of service');
    expect(text(draft, 'answers')).not.toContain('MA01');
    expect(text(draft, 'fix-first')).toContain('MA01: An alert that this decision can be appealed');
    expect(draft.gaps.map((gap) => gap.ruleId)).not.toContain('answer-unknown-code');
  });

  it('names the code system of a reason that is no CARC or RARC, so a review reason "12" is not taken for CARC 12', () => {
    const draft = draftAppeal({ denial: denialOf([
      { code: '12', kind: 'other', system: 'https://codesystem.x12.org/external/886' },
      { code: 'Z77', kind: 'other', system: 'https://payer.example/denial-codes' },
    ]) });
    const request = text(draft, 'request');
    expect(request).toContain('12: an X12 prior-authorization review reason ClaimLint does not know; the payer\'s notice explains it.');
    expect(request).toContain('Z77: a code of the payer\'s system (https://payer.example/denial-codes) ClaimLint does not know');
  });

  it('takes the kind of plan from the 835\'s claim filing indicator before the payer\'s name', () => {
    // CLP06 16: a Medicare Advantage HMO, though the name says nothing of Medicare.
    const draft = draftAppeal({ denial: denialOf([{ group: 'CO', code: '50', kind: 'carc' }], { claimFilingIndicator: '16' }) });
    expect(text(draft, 'deadline')).toMatch(/^Medicare Advantage plan, reconsideration: due by 2025-05-14/);
    expect(text(draft, 'deadline')).not.toMatch(/ERISA/);
    // A code and a name that disagree settle nothing: every plan type's deadline is listed.
    const both = draftAppeal({ denial: denialOf([{ group: 'CO', code: '50', kind: 'carc' }], { claimFilingIndicator: 'MA', payerName: 'Sample Medicare Advantage Plan' }) });
    expect(text(both, 'deadline')).toMatch(/cannot tell the kind of plan/);
  });

  it('reads a Medicare plan from the payer name and counts from the presumed receipt', () => {
    const draft = draftAppeal({ denial: denialOf([{ group: 'CO', code: '50', kind: 'carc' }], { payerName: 'Noridian JF Part B', denialDate: '2025-01-15' }) });
    expect(text(draft, 'request')).toMatch(/request a redetermination/);
    expect(text(draft, 'deadline')).toMatch(/due by 2025-05-20 .*presumes it was received 5 days after the notice date/);
    expect(text(draft, 'external-review')).toMatch(/Qualified Independent Contractor/);
  });

  it('lists each plan type\'s deadline when the plan type is unknown, and no number for state plans', () => {
    const draft = draftAppeal({ denial: denialOf([{ group: 'CO', code: '50', kind: 'carc' }]) });
    const deadline = text(draft, 'deadline');
    expect(deadline).toMatch(/cannot tell the kind of plan/);
    expect(deadline).toMatch(/ERISA.*2025-09-06/);
    expect(deadline).toMatch(/Medicare Advantage plan, reconsideration: due by 2025-05-14/);
    expect(deadline).toMatch(/State-regulated.*varies/);
    expect(draft.notes!.find((section) => section.id === 'external-review')!.paragraphs).toHaveLength(5);
  });

  it('gives no due date, only the rule, without a denial date', () => {
    const draft = draftAppeal({ denial: denialOf([{ group: 'CO', code: '50', kind: 'carc' }], { denialDate: undefined }), planType: 'erisa' });
    expect(text(draft, 'deadline')).not.toMatch(/due by/);
    expect(draft.gaps.map((gap) => gap.ruleId)).toContain('denial-date');
  });
});
