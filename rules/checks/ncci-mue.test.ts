import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { bundledNcci } from '../../test/support/bundled-ncci';
import { ncciMue } from './ncci-mue';

// Judged against the real CMS practitioner MUEs effective 2024-07-01 (public/data/ncci.json).
const run = (fields: Field[], ncci: typeof bundledNcci | null = bundledNcci) =>
  ncciMue.run({ ...contextOf(fields), references: ncci ? { ncci } : {} }, {});
const line = (n: number, code: string, units: string, date = '2025-02-03') => [
  field('line.procedureCode', code, { index: n }),
  field('line.units', units, { index: n }),
  field('line.dateFrom', date, { index: n }),
];

describe('ncci-mue', () => {
  it('passes units within the day limit and names the version', () => {
    const [outcome] = run(line(1, '97110', '4'));
    expect(outcome).toMatchObject({ status: 'pass', index: 1 });
    expect(outcome?.message).toBe('Service line 1 (97110) bills 4 units for one day, within the NCCI MUE 97110: 6 units per day, '
      + 'a clinical limit; units above it need records showing they were necessary (MAI 3), as of v302r0 (2024-07-01)');
  });

  it('fails units over the limit, adding the same code\'s lines of one day together', () => {
    const [outcome] = run([...line(1, '97110', '4'), ...line(2, '97110', '3')]);
    expect(outcome).toMatchObject({ status: 'fail', index: 1, message: expect.stringMatching(/bills 7 units on lines 1, 2 together for one day, over the NCCI MUE 97110: 6 units/) });
    // The same units on two different days are two days.
    expect(run([...line(1, '97110', '4'), ...line(2, '97110', '3', '2025-02-04')]).map((o) => o.status)).toEqual(['pass', 'pass']);
  });

  it('fails a second manipulation unit against the policy limit (MAI 2)', () => {
    expect(run(line(1, '98941', '2'))[0]?.message).toMatch(/over the NCCI MUE 98941: 1 unit per day, a policy limit that an appeal does not lift \(MAI 2\)/);
  });

  it('fails any unit of a code whose MUE is 0, saying Medicare does not pay it separately', () => {
    expect(run(line(1, '97010', '1'))[0]).toMatchObject({ status: 'fail',
      message: 'Service line 1 (97010) bills 1 unit for one day, over the NCCI MUE 97010: 0 units, Medicare does not pay 97010 separately, as of v302r0 (2024-07-01)' });
  });

  it("can't tell when the units cannot be read, or without the NCCI data", () => {
    expect(run(line(1, '97140', 'many'))[0]?.status).toBe('cantTell');
    expect(run(line(1, '97140', '2'), null)).toEqual([expect.objectContaining({ status: 'cantTell', message: expect.stringMatching(/could not load the NCCI medically unlikely edits/) })]);
  });

  it('is not applicable for codes without an MUE in the table, and cannot tell without service lines', () => {
    expect(run(line(1, '20610', '1'))).toEqual([expect.objectContaining({ status: 'notApplicable', message: expect.stringContaining('v302r0 (2024-07-01)') })]);
    expect(run([])).toEqual([expect.objectContaining({ status: 'cantTell' })]);
  });
});
