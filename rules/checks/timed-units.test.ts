import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { timedUnits, unitsForMinutes } from './timed-units';

type Rule = 'medicare-8-minute' | 'per-code-midpoint';
const run = (fields: Field[], rule: Rule) => timedUnits.run(contextOf(fields), { rule });
const line = (n: number, code: string, minutes: string | null, units: string | null) => [
  field('line.procedureCode', code, { index: n }),
  ...(minutes === null ? [] : [field('line.minutes', minutes, { index: n })]),
  ...(units === null ? [] : [field('line.units', units, { index: n })]),
];
const totals = (timed: string, treatment: string) =>
  [field('visit.totalTimedMinutes', timed), field('visit.totalTreatmentMinutes', treatment)];

describe('timed-units, per-code midpoint rule', () => {
  it('passes units the minutes support, with a note when fewer are billed', () => {
    const outcomes = run([...line(1, '97110', '23', '2'), ...line(2, '97140', '38 min', '2')], 'per-code-midpoint');
    expect(outcomes.map((o) => [o.index, o.status, o.fieldKey])).toEqual([
      [1, 'pass', 'line.units[1]'], [2, 'pass', 'line.units[2]'],
    ]);
    expect(outcomes[0]?.message).toBe('Service line 1 (97110): 23 minutes support 2 units under the per-code rule (8 or more minutes per unit), matching the 2 units billed');
    expect(outcomes[1]?.message).toMatch(/2 units billed; 38 minutes support 3 units .*billing fewer is allowed/);
  });

  it('fails more units than the minutes support, saying how many they support', () => {
    expect(run(line(1, '97140', '20', '2'), 'per-code-midpoint')[0]).toMatchObject({
      status: 'fail',
      problem: 'inconsistent',
      message: 'Service line 1 (97140): 2 units billed, but 20 minutes support 1 unit under the per-code rule (8 or more minutes per unit); bill at most 1',
    });
    expect(run(line(1, '97140', '7', '1'), 'per-code-midpoint')[0]?.message).toMatch(/7 minutes support 0 units .*too little time to bill a unit$/);
  });

  it("can't tell without minutes, and fails empty or unreadable minutes", () => {
    expect(run(line(1, '97110', null, '2'), 'per-code-midpoint')[0]).toMatchObject({
      status: 'cantTell', fieldKey: 'line.procedureCode[1]', message: expect.stringMatching(/the note needs minutes per timed code/),
    });
    expect(run(line(1, '97110', '', '2'), 'per-code-midpoint')[0]).toMatchObject({ status: 'fail', fieldKey: 'line.minutes[1]' });
    expect(run(line(1, '97110', 'about 20', '2'), 'per-code-midpoint')[0]?.message).toMatch(/can't read the minutes 'about 20'/);
  });

  it('ignores untimed codes, and is not applicable when none are timed', () => {
    expect(run([...line(1, 'G0283', null, '1'), ...line(2, '97110', '15', '1')], 'per-code-midpoint')).toHaveLength(1);
    expect(run(line(1, '98941', null, '1'), 'per-code-midpoint')).toEqual([expect.objectContaining({ status: 'notApplicable' })]);
    expect(run([], 'per-code-midpoint')).toEqual([expect.objectContaining({ status: 'cantTell' })]);
  });
});

describe('timed-units, Medicare 8-minute rule', () => {
  it('distributes the visit total: 33 + 7 minutes = 3 units, 2 for the first code and 1 for the second', () => {
    const outcomes = run([...line(1, '97110', '33', '2'), ...line(2, '97140', '7', '1'), ...totals('40', '55')], 'medicare-8-minute');
    expect(outcomes.map((o) => [o.status, o.fieldKey])).toEqual([
      ['pass', 'line.units[1]'], ['pass', 'line.units[2]'], ['pass', 'visit.totalTimedMinutes'],
      ['pass', 'visit.totalTimedMinutes'], ['pass', 'visit.totalTreatmentMinutes'],
    ]);
    expect(outcomes[1]?.message).toMatch(/its 7 of 40 timed minutes support at most 1 unit \(3 units for the visit\)/);
    expect(outcomes[2]?.message).toBe('40 total timed minutes support 3 timed units under the Medicare 8-minute rule, matching the 3 units billed');
  });

  it('fails a line billed past its share and a visit billed past its total', () => {
    const outcomes = run([...line(1, '97110', '33', '3'), ...line(2, '97140', '7', '1'), ...totals('40', '55')], 'medicare-8-minute');
    expect(outcomes[0]).toMatchObject({ status: 'fail', message: expect.stringMatching(/3 units billed, but .* at most 2 units .*bill at most 2$/) });
    expect(outcomes[2]).toMatchObject({ status: 'fail', message: expect.stringMatching(/^Timed codes bill 4 units, but 40 total .* bill at most 3$/) });
    // A visit billed past its total is fixed in a units box: marked on the line billing the most units.
    expect(outcomes[2]).toMatchObject({ fieldKey: 'line.units[1]', index: null });
  });

  it('lets a tie go to either code but not to both', () => {
    const outcomes = run([...line(1, '97110', '7', '1'), ...line(2, '97140', '7', '1'), ...totals('14', '20')], 'medicare-8-minute');
    expect(outcomes.slice(0, 3).map((o) => o.status)).toEqual(['pass', 'pass', 'fail']);
  });

  it('checks the visit total alone when minutes per code are missing', () => {
    const outcomes = run([...line(1, '97110', null, '2'), ...line(2, '97140', null, '2'), ...totals('38', '45')], 'medicare-8-minute');
    expect(outcomes.map((o) => o.status)).toEqual(['fail', 'pass', 'pass']);
    expect(outcomes[0]?.message).toMatch(/bill 4 units, but 38 total timed minutes support 3/);
  });

  it('asks no minutes per code under Medicare when the visit total is documented, as contractors may not (100-02 ch. 15 §220.3.E)', () => {
    const outcomes = run([...line(1, '97110', '30', '2'), ...line(2, '97140', null, '1'), ...totals('40', '45')], 'medicare-8-minute');
    expect(outcomes.map((o) => [o.fieldKey, o.status])).toEqual([['visit.totalTimedMinutes', 'pass'], ['visit.totalTimedMinutes', 'pass'], ['visit.totalTreatmentMinutes', 'pass']]);
  });

  it('needs total timed and treatment minutes: fail when empty, cantTell when absent, fail when inconsistent', () => {
    const base = [...line(1, '97110', '23', '2')];
    const [, , timed, treatment] = run([...base, ...totals('', '')], 'medicare-8-minute');
    expect([timed?.status, treatment?.status]).toEqual(['fail', 'fail']);
    expect(run(base, 'medicare-8-minute').slice(-2).map((o) => o.status)).toEqual(['cantTell', 'cantTell']);
    const mismatch = run([...base, ...totals('30', '25')], 'medicare-8-minute').slice(-2);
    expect(mismatch[0]?.message).toBe('Total timed minutes 30 does not match the 23 minutes documented per timed code; correct one of them');
    expect(mismatch[1]?.message).toBe('Total treatment time 25 is less than the 30 total timed minutes, which it includes');
  });

  it("can't tell a line's share without any minutes", () => {
    expect(run(line(1, '97110', null, '2'), 'medicare-8-minute')[0]).toMatchObject({ status: 'cantTell', index: 1 });
  });
});

describe('unitsForMinutes', () => {
  it('follows the 8-minute table', () => {
    expect([7, 8, 22, 23, 37, 38, 52, 53, 67, 68].map(unitsForMinutes)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4, 5]);
  });
});

describe('timed-units and documents', () => {
  it('leaves the codes a letter asks for to the visit notes', () => {
    const outcomes = run([field('line.procedureCode', '97110', { index: 1, document: 'letter' }), field('line.units', '2', { index: 1, document: 'letter' })], 'per-code-midpoint');
    expect(outcomes).toEqual([expect.objectContaining({ status: 'notApplicable', message: expect.stringMatching(/^The letter asks for these codes/) })]);
  });
});

describe('timed-units suggestions (one-click fills on the page)', () => {
  it('offers the units the per-code rule gives when more are billed, or when the units box is empty', () => {
    expect(run(line(1, '97140', '20', '2'), 'per-code-midpoint')[0]?.suggestions).toEqual([{ value: '1', label: 'Bill 1 unit' }]);
    expect(run(line(1, '97140', '38', ''), 'per-code-midpoint')[0]).toMatchObject({
      status: 'fail', fieldKey: 'line.units[1]', suggestions: [{ value: '3', label: 'Bill 3 units' }],
    });
    expect(run(line(1, '97140', '38', '4 UN'), 'per-code-midpoint')[0]?.suggestions).toEqual([{ value: '3 UN', label: 'Bill 3 units' }]);
  });

  it('offers the units the Medicare 8-minute rule gives a line: 33 + 7 minutes, 3 billed on the first -> 2', () => {
    const outcomes = run([...line(1, '97110', '33', '3'), ...line(2, '97140', '7', '1'), ...totals('40', '55')], 'medicare-8-minute');
    expect(outcomes[0]?.suggestions).toEqual([{ value: '2', label: 'Bill 2 units' }]);
    // The visit's total has no one box to fill.
    expect(outcomes[2]).toMatchObject({ status: 'fail' });
    expect(outcomes[2]?.suggestions).toBeUndefined();
  });

  it('offers nothing when a tie leaves the last unit to either line, when no unit is supported, or when the units fit', () => {
    const tie = run([...line(1, '97110', '7', '2'), ...line(2, '97140', '7', '2'), ...totals('14', '20')], 'medicare-8-minute');
    expect(tie.slice(0, 2).map((o) => o.status)).toEqual(['fail', 'fail']);
    expect(tie.slice(0, 2).map((o) => o.suggestions)).toEqual([undefined, undefined]);
    const tooShort = run(line(1, '97140', '5', '1'), 'per-code-midpoint')[0];
    expect(tooShort?.status).toBe('fail');
    expect(tooShort?.suggestions).toBeUndefined();
    expect(run(line(1, '97110', '23', '2'), 'per-code-midpoint')[0]?.suggestions).toBeUndefined();
  });
});
