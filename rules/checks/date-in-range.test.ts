import { describe, expect, it } from 'vitest';
import type { ConceptKey } from '../concepts';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { dateInRange } from './date-in-range';

const auth = { from: 'auth.from', to: 'auth.to', dates: ['line.dateFrom', 'line.dateTo', 'visit.date'], label: 'authorization' } as const;
const run = (fields: Field[], options: { from: ConceptKey; to: ConceptKey; dates: readonly ConceptKey[]; label: string } = auth) =>
  dateInRange.run(contextOf(fields), { ...options, dates: [...options.dates] });
const window = [field('auth.from', '01/05/2026'), field('auth.to', '04/04/2026')];
const dos = (line: number, value: string) => field('line.dateFrom', value, { index: line });

describe('date-in-range', () => {
  it('passes every date of service inside the window, one outcome per date', () => {
    const outcomes = run([...window, dos(1, '01/05/2026'), dos(2, '2026-04-04'), field('line.dateTo', '', { index: 2 })]);
    expect(outcomes.map((o) => [o.status, o.fieldKey])).toEqual([['pass', 'line.dateFrom[1]'], ['pass', 'line.dateFrom[2]']]);
    expect(outcomes[0]?.message).toBe('Date of service from (24A) on service line 1 (2026-01-05) is within the authorization (2026-01-05 to 2026-04-04)');
  });

  it('fails a date of service outside the window, naming the line and the window', () => {
    const [, outcome] = run([...window, dos(1, '03/01/2026'), dos(2, '04/05/2026')]);
    expect(outcome).toMatchObject({ status: 'fail', index: 2 });
    expect(outcome?.message).toBe('Date of service from (24A) on service line 2 (2026-04-05) is outside the authorization '
      + '(2026-01-05 to 2026-04-04); correct the date or get the authorization extended to cover it');
  });

  it('reads a certification period from one field', () => {
    const options = { from: 'cert.period', to: 'cert.period', dates: ['visit.date'], label: 'certification period' } as const;
    expect(run([field('cert.period', '01/05/2026 - 04/04/2026'), field('visit.date', '2026-02-01')], options)[0]?.status).toBe('pass');
    expect(run([field('cert.period', '01/05/2026'), field('visit.date', '2026-02-01')], options)[0]?.message)
      .toMatch(/shows one date .* start and an end date/);
  });

  it("can't tell without the window, fails an empty or unreadable one", () => {
    expect(run([dos(1, '03/01/2026')])[0]).toMatchObject({ status: 'cantTell', concept: 'auth.from' });
    expect(run([field('auth.from', '01/05/2026'), dos(1, '03/01/2026')])[0]).toMatchObject({ status: 'cantTell', concept: 'auth.to' });
    expect(run([field('auth.from', ''), field('auth.to', '04/04/2026'), dos(1, '03/01/2026')])[0]).toMatchObject({ status: 'fail', fieldKey: 'auth.from' });
    expect(run([field('auth.from', 'Jan'), field('auth.to', '04/04/2026')])[0]?.message).toMatch(/can't read the authorization start 'Jan'/);
    expect(run([field('auth.from', '04/05/2026'), field('auth.to', '01/04/2026')])[0]?.message).toMatch(/ends \(2026-01-04\) before it starts/);
  });

  it('fails an unreadable date of service and a page whose dates are all empty; cannot tell without any', () => {
    expect(run([...window, dos(1, '13/45/2026')])[0]?.message).toMatch(/can't read the date '13\/45\/2026'/);
    expect(run([...window, dos(1, '')])[0]).toMatchObject({ status: 'fail', message: expect.stringMatching(/No date of service is filled in/) });
    expect(run(window)[0]).toMatchObject({ status: 'cantTell', concept: 'line.dateFrom' });
  });
});

describe('date-in-range with a period split into two boxes', () => {
  it('reads the first box as the start and the last as the end', () => {
    const outcomes = dateInRange.run(
      contextOf([
        field('cert.period', '10/27/2026', { key: 'from' }),
        field('cert.period', '01/24/2027', { key: 'to' }),
        field('visit.date', '11/10/2026'),
      ]),
      { from: 'cert.period', to: 'cert.period', dates: ['visit.date'], label: 'certification period' },
    );
    expect(outcomes).toEqual([expect.objectContaining({ status: 'pass' })]);
  });
});

describe('date-in-range on a page without the window', () => {
  it('steps aside when told to, instead of a can\'t-tell on every claim', () => {
    const fields = [field('line.dateFrom', '11/10/2026', { index: 1 })];
    const options = { from: 'auth.from', to: 'auth.to', dates: ['line.dateFrom'], label: 'authorization period' } as const;
    expect(dateInRange.run(contextOf(fields), { ...options, dates: [...options.dates] })[0]!.status).toBe('cantTell');
    expect(dateInRange.run(contextOf(fields), { ...options, dates: [...options.dates], ifWindowAbsent: 'notApplicable' })[0]!.status).toBe('notApplicable');
    const withWindow = [...fields, field('auth.from', '11/01/2026'), field('auth.to', '11/05/2026')];
    expect(dateInRange.run(contextOf(withWindow), { ...options, dates: [...options.dates], ifWindowAbsent: 'notApplicable' })[0]!.status).toBe('fail');
  });
});
