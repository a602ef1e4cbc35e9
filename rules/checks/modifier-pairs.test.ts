import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { modifierPairs } from './modifier-pairs';

const run = (fields: Field[]) => modifierPairs.run(contextOf(fields), {});
const line = (n: number, code: string, modifiers = '', date = '') => [
  field('line.procedureCode', code, { index: n }),
  field('line.modifier', modifiers, { index: n }),
  ...(date ? [field('line.dateFrom', date, { index: n })] : []),
];

describe('modifier-pairs', () => {
  it('does not judge codes a letter or note names: they carry no modifiers', () => {
    const named = [field('line.procedureCode', '97161', { index: 1, document: 'note' }), field('line.procedureCode', '97140', { index: 2, document: 'note' })];
    expect(run(named).every((outcome) => outcome.status !== 'fail')).toBe(true);
  });

  it('fails the column-2 code billed with its column-1 code without 59 or an X modifier', () => {
    const outcomes = run([...line(1, '97161', 'GP'), ...line(2, '97140', 'GP')]);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ status: 'fail', index: 2, fieldKey: 'line.procedureCode[2]' });
    expect(outcomes[0]?.message).toMatch(/^Service line 2 \(97140\) is billed with 97161 \(line 1\) on the same day; .*59 or XE\/XS\/XP\/XU/);
    expect(outcomes[0]?.message).toMatch(/a different diagnosis alone does not justify it/);
  });

  it('passes with 59 or an X modifier, still saying what must justify it', () => {
    const [outcome] = run([...line(1, '98941'), ...line(2, '97140', 'XS')]);
    expect(outcome).toMatchObject({ status: 'pass', index: 2 });
    expect(outcome?.message).toMatch(/carries XS; a different diagnosis alone does not justify it; the note must show a separate body region/);
    expect(run([...line(1, '97530', 'GP'), ...line(2, '97164', 'GP 59')])[0]?.status).toBe('pass');
  });

  it('says when the modifier sits on the column-1 line instead', () => {
    expect(run([...line(1, '98940', '59'), ...line(2, '97124')])[0]?.message).toMatch(/modifier on line 1 belongs on this line/);
  });

  it('fails 59 together with an X modifier on one line, on any code', () => {
    const [outcome] = run([...line(1, '97110', '59 XU')]);
    expect(outcome).toMatchObject({ status: 'fail', message: expect.stringMatching(/carries both 59 and XU; use one/) });
  });

  it('only pairs lines on the same date of service', () => {
    expect(run([...line(1, '97161', '', '03/02/2026'), ...line(2, '97140', '', '03/09/2026')]))
      .toEqual([expect.objectContaining({ status: 'notApplicable' })]);
    expect(run([...line(1, '97161', '', '03/02/2026'), ...line(2, '97140', '', '2026-03-02')])[0]?.status).toBe('fail');
  });

  it('is not applicable without pairs, and cannot tell without service lines', () => {
    expect(run([...line(1, '97110'), ...line(2, '97112')])).toEqual([expect.objectContaining({ status: 'notApplicable' })]);
    expect(run([])).toEqual([expect.objectContaining({ status: 'cantTell' })]);
  });
});
