import { describe, expect, it } from 'vitest';
import { contextOf, field } from '../testing/test-snapshot';
import { serviceAfterAccident } from './service-after-accident';

const line = (n: number, date: string) => [field('line.procedureCode', '97110', { index: n }), field('line.dateFrom', date, { index: n })];
const florida = serviceAfterAccident.options.parse({ accidentDate: ['claim.otherDate'], withinDays: 14, lines: 'first', beyond: 'cantTell', what: 'initial services and care' });
const washington = serviceAfterAccident.options.parse({ accidentDate: ['claim.otherDate'], withinYears: 3, lines: 'every', beyond: 'fail', what: 'PIP medical benefits' });
const run = (options: typeof florida | typeof washington, fields: Parameters<typeof contextOf>[0]) => serviceAfterAccident.run(contextOf(fields), options);

describe('service-after-accident', () => {
  it('passes a first visit within the window and points at its date', () => {
    const [outcome] = run(florida, [field('claim.otherDate', '11/01/2026'), ...line(1, '11/15/2026')]);
    expect(outcome).toMatchObject({ status: 'pass', concept: 'line.dateFrom', index: 1 });
    expect(outcome!.message).toMatch(/within 14 days of the accident/);
  });

  it("can't tell from a later first visit whether initial care came in time", () => {
    const [outcome] = run(florida, [field('claim.otherDate', '11/01/2026'), ...line(1, '11/16/2026')]);
    expect(outcome!.status).toBe('cantTell');
    expect(outcome!.message).toMatch(/15 days after the accident/);
  });

  it('fails every line past a window in years, counted by calendar year', () => {
    const fields = [field('claim.otherDate', '02/29/2024'), ...line(1, '02/28/2027'), ...line(2, '03/01/2027')];
    const outcomes = run(washington, fields);
    expect(outcomes.map((outcome) => [outcome.index, outcome.status])).toEqual([[2, 'fail']]);
    expect(outcomes[0]!.message).toMatch(/more than 3 years after the accident/);
  });

  it('fails a line dated before the accident, whatever the window', () => {
    expect(run(florida, [field('claim.otherDate', '11/01/2026'), ...line(1, '10/30/2026')])[0]!.status).toBe('fail');
  });

  it("can't tell without a readable accident date or any dated line", () => {
    expect(run(florida, line(1, '11/15/2026'))[0]!.status).toBe('cantTell');
    expect(run(florida, [field('claim.otherDate', ''), ...line(1, '11/15/2026')])[0]!.status).toBe('cantTell');
    expect(run(florida, [field('claim.otherDate', 'soon'), ...line(1, '11/15/2026')])[0]!.status).toBe('cantTell');
    expect(run(florida, [field('claim.otherDate', '11/01/2026')])[0]!.status).toBe('cantTell');
  });

  it('rejects options with no window or two', () => {
    expect(serviceAfterAccident.options.safeParse({ ...florida, withinDays: undefined }).success).toBe(false);
    expect(serviceAfterAccident.options.safeParse({ ...florida, withinYears: 3 }).success).toBe(false);
  });
});
