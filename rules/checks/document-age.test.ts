import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { documentAge } from './document-age';

type Options = Parameters<typeof documentAge.run>[1];
const run = (fields: Field[], options: Options) => documentAge.run(contextOf(fields, '2026-11-22'), options)[0];
const lmn: Options = { date: ['lmn.date', 'provider.signatureDate'], relativeTo: ['line.dateFrom', 'visit.date'], maxDays: 365, label: 'letter date' };
const poc: Options = { date: ['cert.signatureDate'], relativeTo: ['cert.startDate'], maxDays: 30, minDays: -30, label: 'plan of care certification' };
const dos = (line: number, value: string) => field('line.dateFrom', value, { index: line });

describe('document-age', () => {
  it('passes a letter within a year of every date of service, saying how old it is', () => {
    expect(run([field('lmn.date', '03/01/2026'), dos(1, '03/02/2026'), dos(2, '11/20/2026')], lmn)).toMatchObject({
      status: 'pass', fieldKey: 'lmn.date',
      message: "The letter date '03/01/2026' (2026-03-01) is 264 days before Date of service from (24A) on service line 2 (2026-11-20) (allowed: up to 365 days before; checked against 2 dates)",
    });
  });

  it('fails a letter older than maxDays at the latest date of service, with the computed days', () => {
    expect(run([field('lmn.date', '2025-10-01'), dos(1, '2026-03-02'), dos(2, '2026-11-20')], lmn)?.message)
      .toBe('The letter date 2025-10-01 is 415 days before Date of service from (24A) on service line 2 (2026-11-20); it must be at most 365 days before, so a newer one is needed (or a date is wrong)');
  });

  it('fails a document dated after the reference unless minDays allows it', () => {
    const fromLetter = field('lmn.date', 'March 3, 2024', { document: 'letter' });
    expect(run([fromLetter, dos(1, '2026-11-20')], lmn)).toMatchObject({
      status: 'fail',
      message: "The letter date 'March 3, 2024' (2024-03-03) is 992 days before Date of service from (24A) on service line 1 (2026-11-20); it must be at most 365 days before, so a newer one is needed (or a date is wrong)",
    });
    expect(run([field('lmn.date', '', { document: 'letter' }), dos(1, '2026-11-20')], lmn)?.message).toBe('The letter does not give its date');
    expect(run([field('lmn.date', '2026-04-01'), dos(1, '2026-03-02')], lmn)?.message)
      .toMatch(/is 30 days after .*; it must not be after it/);
    expect(run([field('cert.signatureDate', '2026-01-25'), field('cert.startDate', '2026-01-05')], poc)).toMatchObject({
      status: 'pass', message: 'The plan of care certification 2026-01-25 is 20 days after Start of care (2026-01-05) (allowed: 30 days after to 30 days before)',
    });
    expect(run([field('cert.signatureDate', '2026-02-10'), field('cert.startDate', '2026-01-05')], poc)?.message)
      .toMatch(/is 36 days after Start of care \(2026-01-05\); it must be at most 30 days after/);
  });

  it('measures against today by default, and reads the start of a period', () => {
    const recert: Options = { date: ['cert.period'], maxDays: 90, label: 'certification period start' };
    expect(run([field('cert.period', '09/01/2026 - 11/29/2026')], recert)?.message)
      .toBe('The certification period start 2026-09-01 is 82 days before today (2026-11-22) (allowed: up to 90 days before)');
    expect(run([field('cert.period', '08/01/2026 - 10/29/2026')], recert)?.status).toBe('fail');
  });

  it('fails empty or unreadable dates, and cannot tell when either date is not on the page', () => {
    expect(run([field('lmn.date', '')], lmn)).toMatchObject({ status: 'fail', message: expect.stringMatching(/The letter date is empty/) });
    expect(run([field('lmn.date', 'spring')], lmn)?.message).toMatch(/can't read the letter date 'spring'/);
    expect(run([field('lmn.date', '2026-03-01'), dos(1, '')], lmn)).toMatchObject({ status: 'fail', fieldKey: 'line.dateFrom[1]' });
    expect(run([field('lmn.date', '2026-03-01'), dos(1, 'tbd')], lmn)?.message).toMatch(/can't read the date 'tbd'/);
    expect(run([], lmn)).toMatchObject({ status: 'cantTell', message: 'ClaimLint could not find a letter date field on this page' });
    expect(run([field('lmn.date', '2026-03-01')], lmn)).toMatchObject({ status: 'cantTell', message: expect.stringMatching(/could not find the Date of service from \(24A\) on this page/) });
  });

  it('refuses minDays greater than maxDays', () => {
    expect(documentAge.options.safeParse({ ...poc, minDays: 40 }).success).toBe(false);
  });
});
