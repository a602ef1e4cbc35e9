import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { bundledNcci } from '../../test/support/bundled-ncci';
import { modifierPairs } from './modifier-pairs';

// Every pair below is judged against the real CMS table (public/data/ncci.json, PTP v302r0).
const run = (fields: Field[], ncci: typeof bundledNcci | null = bundledNcci) =>
  modifierPairs.run({ ...contextOf(fields), references: ncci ? { ncci } : {} }, {});
const line = (n: number, code: string, modifiers = '', date = '') => [
  field('line.procedureCode', code, { index: n }),
  field('line.modifier', modifiers, { index: n }),
  ...(date ? [field('line.dateFrom', date, { index: n })] : []),
];

describe('modifier-pairs (NCCI PTP v302r0)', () => {
  it('does not judge codes a letter or note names: they carry no modifiers', () => {
    const named = [field('line.procedureCode', '98940', { index: 1, document: 'note' }), field('line.procedureCode', '97140', { index: 2, document: 'note' })];
    expect(run(named).every((outcome) => outcome.status !== 'fail')).toBe(true);
  });

  it('fails the column-2 code of an indicator-1 edit billed without 59 or an X modifier, naming the edit and version', () => {
    const outcomes = run([...line(1, '98941', 'AT'), ...line(2, '97140', 'GP')]);
    expect(outcomes).toHaveLength(1);
    // The fix is a modifier on line 2, so the finding points at line 2's modifier box.
    expect(outcomes[0]).toMatchObject({ status: 'fail', index: 2, fieldKey: 'line.modifier[2]' });
    expect(outcomes[0]?.message).toMatch(/^Service line 2 \(97140\) is billed with 98941 \(line 1\) on the same day; .*59 or XE\/XS\/XP\/XU/);
    expect(outcomes[0]?.message).toContain('NCCI PTP edit 98941/97140, modifier indicator 1, v302r0 (2024-07-01)');
    expect(outcomes[0]?.message).toMatch(/a different diagnosis alone does not justify it/);
  });

  it('passes an indicator-1 pair with 59 or an X modifier, still saying what must justify it', () => {
    const [outcome] = run([...line(1, '98941'), ...line(2, '97140', 'XS')]);
    expect(outcome).toMatchObject({ status: 'pass', index: 2 });
    expect(outcome?.message).toMatch(/carries XS \(NCCI PTP edit 98941\/97140.*\); a different diagnosis alone does not justify it/);
  });

  it('fails an indicator-0 pair even with 59: no modifier allows it', () => {
    // Spinal manipulation and a PT evaluation: 98940/97161, indicator 0, active in v302r0.
    const [outcome] = run([...line(1, '98940'), ...line(2, '97161', '59')]);
    expect(outcome).toMatchObject({ status: 'fail' });
    expect(outcome?.message).toMatch(/never paid together and no modifier allows it \(NCCI PTP edit 98940\/97161, modifier indicator 0, v302r0/);
  });

  it('says when the modifier sits on the column-1 line instead', () => {
    expect(run([...line(1, '98940', '59'), ...line(2, '97124')])[0]?.message).toMatch(/modifier on line 1 belongs on this line/);
  });

  it('passes a pair whose edit was deleted (97530/97140, deleted 2019-12-31), naming the version and the deletion', () => {
    const outcomes = run([...line(1, '97530', 'GP', '2025-03-04'), ...line(2, '97140', 'GP', '2025-03-04')]);
    expect(outcomes).toEqual([expect.objectContaining({ status: 'pass' })]);
    expect(outcomes[0]?.message).toBe('97530 + 97140: no NCCI edit as of v302r0 (2024-07-01) (the 97140/97530 edit was deleted 2019-12-31); later quarters were not consulted');
    // Before the deletion the edit was in force.
    expect(run([...line(1, '97530', 'GP', '2019-06-04'), ...line(2, '97140', 'GP', '2019-06-04')])[0])
      .toMatchObject({ status: 'fail', index: 1 });
  });

  it('does not apply an edit on a date before it took effect', () => {
    // 97129/97164: an indicator-9 row deleted 2020-01-01, then the active indicator-1 edit, so the edit began after that.
    expect(run([...line(1, '97129', '', '2019-10-01'), ...line(2, '97164', '', '2019-10-01')])).toEqual([expect.objectContaining({ status: 'pass' })]);
    expect(run([...line(1, '97129', '', '2024-10-01'), ...line(2, '97164', '', '2024-10-01')])[0]).toMatchObject({ status: 'fail', index: 2 });
  });

  it('passes the old hand-written pairs the data has withdrawn: 97161/97140 and 97530/97164 (indicator 9)', () => {
    expect(run([...line(1, '97161'), ...line(2, '97140')])).toEqual([expect.objectContaining({ status: 'pass', message: expect.stringContaining('no NCCI edit as of v302r0 (2024-07-01)') })]);
    expect(run([...line(1, '97530'), ...line(2, '97164')])[0]?.status).toBe('pass');
  });

  it('judges every pair on a claim: an edited pair fails, the pairs without an edit pass with the version', () => {
    const outcomes = run([...line(1, '98941', 'AT'), ...line(2, '97140', 'GP'), ...line(3, '97110', 'GP')]);
    expect(outcomes.map((outcome) => [outcome.status, outcome.index])).toEqual([['fail', 2], ['pass', null]]);
    // 98941/97110 has no edit; 97140/97110's only row (indicator 9) was withdrawn in 1999.
    expect(outcomes[1]?.message).toBe('98941 + 97110, 97140 + 97110: no NCCI edit as of v302r0 (2024-07-01); later quarters were not consulted');
  });

  it('fails 59 together with an X modifier on one line, on any code', () => {
    const [outcome] = run([...line(1, '97110', '59 XU')]);
    expect(outcome).toMatchObject({ status: 'fail', message: expect.stringMatching(/carries both 59 and XU; use one/) });
  });

  it('only pairs lines on the same date of service', () => {
    expect(run([...line(1, '98940', '', '03/02/2026'), ...line(2, '97140', '', '03/09/2026')]))
      .toEqual([expect.objectContaining({ status: 'notApplicable' })]);
    expect(run([...line(1, '98940', '', '03/02/2026'), ...line(2, '97140', '', '2026-03-02')])[0]?.status).toBe('fail');
  });

  it("can't tell without the NCCI data, and never passes", () => {
    const outcomes = run([...line(1, '97110'), ...line(2, '97112')], null);
    expect(outcomes).toEqual([expect.objectContaining({ status: 'cantTell', message: expect.stringMatching(/could not load the NCCI edits.*97110 \+ 97112/) })]);
  });

  it("can't tell for a pair outside the table's code ranges", () => {
    const outcomes = run([...line(1, '20610'), ...line(2, '20552')]);
    expect(outcomes).toEqual([expect.objectContaining({ status: 'cantTell', message: expect.stringMatching(/holds only the therapy.*20610 \+ 20552/) })]);
  });

  it('is not applicable with one code a day, and cannot tell without service lines', () => {
    expect(run([...line(1, '97110'), ...line(2, '97110')])).toEqual([expect.objectContaining({ status: 'notApplicable' })]);
    expect(run([])).toEqual([expect.objectContaining({ status: 'cantTell' })]);
  });
});
