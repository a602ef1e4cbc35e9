import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { recertificationInterval } from './recertification-interval';

const run = (fields: Field[]) => recertificationInterval.run(contextOf(fields), { maxDays: 90 });

describe('recertification-interval', () => {
  it('measures from the current certification period, not the start of care', () => {
    const outcomes = run([
      field('cert.startDate', '06/01/2026'), field('cert.period', '08/30/2026 - 11/27/2026'), field('cert.signatureDate', '08/25/2026'),
      field('visit.date', '11/16/2026'),
    ]);
    expect(outcomes.map((o) => [o.fieldKey, o.status])).toEqual([['cert.period', 'pass'], ['cert.signatureDate', 'pass']]);
    expect(outcomes[0]?.message).toBe('The date of service 2026-11-16 is 78 days after the certification period began (2026-08-30), within the 90 days a certification covers');
  });

  it('fails a date of service more than 90 days into the current certification', () => {
    expect(run([field('cert.period', '05/01/2026 - 09/30/2026'), field('line.dateFrom', '08/15/2026', { index: 1 })])[0]).toMatchObject({
      status: 'fail', fieldKey: 'cert.period', message: expect.stringMatching(/106 days after the certification period began .*recertified at least every 90 days/),
    });
  });

  it('counts from the latest recertification that began on or before the date of service', () => {
    const outcomes = run([field('cert.period', '01/05/2026 - 04/04/2026'), field('cert.recertDate', '04/02/2026'), field('visit.date', '06/20/2026')]);
    expect(outcomes[0]).toMatchObject({ status: 'pass', fieldKey: 'cert.recertDate', message: expect.stringMatching(/79 days after the recertification began \(2026-04-02\)/) });
    expect(outcomes[1]?.status).toBe('pass');
  });

  it('wants the signature on a recertification period, failing an empty "Recertified on" box', () => {
    const period = [field('cert.startDate', '06/01/2026'), field('cert.period', '08/30/2026 - 11/27/2026'), field('visit.date', '09/10/2026')];
    expect(run([...period, field('cert.recertDate', '')])[1]).toMatchObject({ status: 'fail', problem: 'missing', fieldKey: 'cert.recertDate' });
    expect(run([...period, field('cert.recertDate', '08/24/2026')])[1]).toMatchObject({ status: 'pass', fieldKey: 'cert.recertDate', message: expect.stringMatching(/recertified on 2026-08-24$/) });
    expect(run([...period, field('cert.signatureDate', '06/03/2026')])[1]).toMatchObject({
      status: 'cantTell', message: expect.stringMatching(/is a recertification; this page does not show when the physician or NPP signed it/),
    });
  });

  it('passes the first 90 days of care with only the start of care, and can\'t tell after them', () => {
    expect(run([field('cert.startDate', '10/05/2026'), field('visit.date', '11/16/2026')])[0]).toMatchObject({ status: 'pass', fieldKey: 'cert.startDate' });
    expect(run([field('cert.startDate', '03/01/2026'), field('visit.date', '11/16/2026')])[0]).toMatchObject({
      status: 'cantTell', message: expect.stringMatching(/260 days after the start of care .* shows no later certification period or recertification/),
    });
  });

  it("can't tell without a date of service or any certification date", () => {
    expect(run([field('cert.period', '01/05/2026 - 04/04/2026')])[0]?.status).toBe('cantTell');
    expect(run([field('visit.date', '11/16/2026')])[0]).toMatchObject({ status: 'cantTell', message: expect.stringMatching(/could not find the certification period or the start of care/) });
  });
});
