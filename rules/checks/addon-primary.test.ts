import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { bundledNcci } from '../../test/support/bundled-ncci';
import { addonPrimary, describeCodes } from './addon-primary';

// Judged against the real CMS add-on code edits (public/data/ncci.json, July 2024 file).
const run = (fields: Field[], ncci: typeof bundledNcci | null = bundledNcci) =>
  addonPrimary.run({ ...contextOf(fields), references: ncci ? { ncci } : {} }, {});
const line = (n: number, code: string, date = '') => [
  field('line.procedureCode', code, { index: n }),
  ...(date ? [field('line.dateFrom', date, { index: n })] : []),
];

describe('addon-primary', () => {
  it('passes an add-on billed with one of its primaries, naming it', () => {
    expect(run([...line(1, '90834'), ...line(2, '90785')])[0]).toMatchObject({
      status: 'pass', index: 2, message: 'Service line 2 (90785) is an add-on code; its primary 90834 is on service line 1 (NCCI add-on code edits as of v302r0 (2024-07-01))',
    });
    expect(run([...line(1, '99214'), ...line(2, '90836')])[0]?.status).toBe('pass');
    expect(run([...line(1, '97545'), ...line(2, '97546')])[0]?.status).toBe('pass');
  });

  it('fails an add-on without its primary, listing the primaries compactly', () => {
    const [outcome] = run([...line(1, '90836')]);
    expect(outcome).toMatchObject({ status: 'fail', fieldKey: 'line.procedureCode[1]' });
    expect(outcome?.message).toBe('Service line 1 (90836) is an add-on code and is paid only with one of its primary codes on the same '
      + "claim and date (99202-99205, 99211-99215, 99221-99223, 99231-99236, 99238, 99239, ...); add the primary service's line or remove the add-on "
      + '(NCCI add-on code edits as of v302r0 (2024-07-01))');
    expect(run([...line(1, '90834'), ...line(2, '90836')])[0]?.status).toBe('fail');
  });

  it('fails an add-on whose primary is on another date', () => {
    expect(run([...line(1, '97545', '03/02/2026'), ...line(2, '97546', '03/03/2026')])[0]?.message)
      .toMatch(/its primary 97545 \(line 1\) has a different date of service/);
  });

  it("can't tell for add-ons whose primaries the contractor defines (AOC type 3) when none listed is billed", () => {
    expect(run([...line(1, '96160')])[0]).toMatchObject({ status: 'cantTell', message: expect.stringMatching(/primaries the Medicare contractor defines/) });
    expect(run([...line(1, '99213'), ...line(2, '96160')])[0]).toMatchObject({ status: 'pass', index: 2 });
  });

  it('is not applicable without add-ons, naming the data version', () => {
    expect(run(line(1, '90834'))).toEqual([expect.objectContaining({ status: 'notApplicable', message: expect.stringContaining('v302r0 (2024-07-01)') })]);
    expect(run([])).toEqual([expect.objectContaining({ status: 'cantTell' })]);
  });

  it("can't tell without the NCCI data, or for a code outside its ranges", () => {
    expect(run([...line(1, '90836')], null)).toEqual([expect.objectContaining({ status: 'cantTell', message: expect.stringMatching(/could not load the NCCI add-on code edits/) })]);
    expect(run([...line(1, '97810'), ...line(2, '97811')])).toEqual([expect.objectContaining({ status: 'cantTell', message: expect.stringMatching(/whether 97810, 97811 are add-on codes/) })]);
  });
});

describe('describeCodes', () => {
  it('collapses runs and keeps lone codes', () => {
    expect(describeCodes(new Set(['97810', '97813']))).toBe('97810, 97813');
    expect(describeCodes(new Set(['90832', '90833', '90834', '90853']))).toBe('90832-90834, 90853');
    expect(describeCodes(new Set(['90791', '90792']))).toBe('90791, 90792');
  });
});
