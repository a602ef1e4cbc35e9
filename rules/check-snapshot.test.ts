import { describe, expect, it } from 'vitest';
import { BUNDLED_CHECKLISTS } from './checklists';
import { checkSnapshot } from './check-snapshot';
import { compileChecklist } from './compile-checklist';
import type { Checklist, Snapshot } from './schema';
import { field, snapshotOf } from './testing/test-snapshot';

// A claim with no box 23 field at all and service line 1 pointing at a box-21 letter that is not there.
const claim = snapshotOf([
  field('patient.memberId', 'XYZ900000001'),
  field('claim.icdIndicator', '0'),
  field('claim.diagnosis', 'M54.50', { index: 'A' }),
  field('line.procedureCode', '97140', { index: 1 }),
  field('line.diagnosisPointer', 'AC', { index: 1 }),
  field('line.dateFrom', '11/20/2026', { index: 1 }),
]);
const asClaimFile: Snapshot = { ...claim, source: { kind: 'claim-file', format: 'x12-837p' } };
const messages = (snapshot: Snapshot) => checkSnapshot(snapshot, { checklists: BUNDLED_CHECKLISTS }).findings.map((f) => f.message);

describe('checkSnapshot', () => {
  it('words its messages for what was read: a page, or a claim file', () => {
    const onPage = messages(claim);
    expect(onPage).toContain('ClaimLint could not find a prior authorization number (box 23) field on this page');
    const inFile = messages(asClaimFile);
    expect(inFile).toContain('ClaimLint could not find a prior authorization number (box 23) field in this claim file');
    expect(inFile.filter((message) => /\bpage\b/i.test(message))).toEqual([]);
  });

  it('chooses the checklists from the page, or runs the ones named, and a payer choice changes the choice', () => {
    const chosen = (choice: Parameters<typeof checkSnapshot>[1]['choice']) =>
      checkSnapshot(claim, { checklists: BUNDLED_CHECKLISTS, ...(choice && { choice }) }).checklists.map((c) => c.id);
    expect(chosen(undefined)).toEqual(['cms1500-basics']);
    expect(chosen({ checklistIds: ['lmn-core'] })).toEqual(['lmn-core']);
    expect(chosen({ payer: 'medicare', service: 'therapy' })).toContain('medicare-outpatient-therapy');
    expect(() => chosen({ checklistIds: ['no-such-list'] })).toThrow(/unknown checklist "no-such-list"/);
  });

  it('points each finding at the frame its field was read in', () => {
    const framed: Snapshot = { ...claim, fields: claim.fields.map((f) => (f.concept === 'line.diagnosisPointer' ? { ...f, frameId: 4 } : f)) };
    const pointer = checkSnapshot(framed, { checklists: BUNDLED_CHECKLISTS }).findings.find((f) => f.ruleId === 'diagnosis-pointers');
    expect(pointer).toMatchObject({ fieldKey: 'line.diagnosisPointer[1]', frameId: 4 });
    const unframed = checkSnapshot(claim, { checklists: BUNDLED_CHECKLISTS }).findings.find((f) => f.ruleId === 'diagnosis-pointers');
    expect(unframed).not.toHaveProperty('frameId');
  });

  it('says which wizard step a finding\'s field is on', () => {
    const stepped: Snapshot = { ...claim, fields: claim.fields.map((f) => (f.concept.startsWith('line.') ? { ...f, step: 'Services' } : f)) };
    const findings = checkSnapshot(stepped, { checklists: BUNDLED_CHECKLISTS }).findings;
    const onLines = findings.filter((f) => f.fieldKey?.startsWith('line.'));
    expect(onLines.map((f) => f.ruleId)).toContain('diagnosis-pointers');
    expect(onLines.every((f) => f.step === 'Services')).toBe(true);
    expect(findings.filter((f) => f.fieldKey === 'claim.diagnosis[A]').every((f) => f.step === undefined)).toBe(true);
    expect(checkSnapshot(claim, { checklists: BUNDLED_CHECKLISTS }).findings.some((f) => 'step' in f)).toBe(false);
  });
});

describe('compileChecklist', () => {
  const base = BUNDLED_CHECKLISTS.find((checklist) => checklist.id === 'cms1500-basics')!;
  const withRule = (rule: Checklist['rules'][number]): Checklist => ({ ...base, id: 'custom', rules: [rule] });
  const only = (checklist: Checklist) =>
    checkSnapshot(claim, { checklists: [compileChecklist(checklist)], choice: { checklistIds: ['custom'] } }).findings;

  it("turns a rule whose check or options do not fit into one can't-tell finding, never a pass", () => {
    const rule = base.rules.find((candidate) => candidate.id === 'prior-auth-number')!;
    const unknown = only(withRule({ ...rule, check: 'no-such-check' }));
    expect(unknown).toMatchObject([{ status: 'cantTell', message: expect.stringContaining('"no-such-check" is not part of this version') }]);
    const badOptions = only(withRule({ ...rule, options: { required: 'sometimes' } }));
    expect(badOptions).toMatchObject([{ status: 'cantTell', message: expect.stringContaining('options are not valid') }]);
  });

  it('keeps the checklist data as it was, so it can be stored and exported as JSON', () => {
    const compiled = compileChecklist(base);
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(JSON.parse(JSON.stringify(base)));
  });
});
