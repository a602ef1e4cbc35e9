import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { visitsAuthorized } from './visits-authorized';

const run = (fields: Field[]) => visitsAuthorized.run(contextOf(fields), {});

describe('visits-authorized', () => {
  it('passes a visit within the visits authorized and prescribed, naming the tighter count', () => {
    expect(run([field('visit.number', 'Visit 7 of 12'), field('auth.visits', '20 visits')])[0]).toMatchObject({
      status: 'pass', fieldKey: 'visit.number', message: 'This is visit 7 of 12 visits it is counted out of ("Visit 7 of 12")',
    });
    expect(run([field('visit.number', '8'), field('order.visits', '8')])[0]?.status).toBe('pass');
  });

  it('fails more visits than authorized or prescribed as inconsistent', () => {
    expect(run([field('visit.number', 'visit #13'), field('auth.visits', '12 (01/05/2026-03/31/2026)')])[0]).toMatchObject({
      status: 'fail', problem: 'inconsistent', message: expect.stringMatching(/^This is visit 13, but only 12 visits authorized \(Visits authorized\)/),
    });
    expect(run([field('visit.number', 'Visit 13 of 12')])[0]).toMatchObject({ status: 'fail', problem: 'inconsistent' });
    expect(run([field('visit.number', '9'), field('auth.visits', '20'), field('order.visits', '8')])[0]?.message).toMatch(/only 8 visits prescribed/);
  });

  it("can't tell when either count is not on the page, or cannot be read", () => {
    expect(run([field('auth.visits', '12')])[0]).toMatchObject({ status: 'cantTell', message: expect.stringMatching(/could not find which visit this is/) });
    expect(run([field('visit.number', 'Visit 4')])[0]).toMatchObject({ status: 'cantTell', message: expect.stringMatching(/does not show how many visits were authorized/) });
    expect(run([field('visit.number', 'Visit 4'), field('auth.visits', 'per plan')])[0]?.status).toBe('cantTell');
    expect(run([field('visit.number', 'initial')])[0]?.message).toMatch(/can't read the visit number 'initial'/);
  });

  it('is not applicable when the page shows neither a visit count nor visits authorized or prescribed', () => {
    expect(run([field('patient.name', 'Test Patient')])[0]).toMatchObject({ status: 'notApplicable', message: expect.stringMatching(/nothing to compare/) });
  });
});
