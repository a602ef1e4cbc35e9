import { describe, expect, it } from 'vitest';
import { daysBetween, parseDate } from './dates';

describe('parseDate', () => {
  it('reads the formats billers type', () => {
    for (const text of ['2026-03-01', '03/01/2026', '3/1/26', '03-01-2026', '03 01 2026', '03012026',
      'March 1, 2026', 'Mar 1 2026', 'mar. 1st, 2026', '1 March 2026', '2026-03-01T10:00:00Z']) {
      expect(parseDate(text), text).toBe('2026-03-01');
    }
  });

  it('reads two-digit years around a pivot', () => {
    expect(parseDate('4/2/58')).toBe('1958-04-02');
    expect(parseDate('12/31/49')).toBe('2049-12-31');
  });

  it('refuses text and impossible days instead of guessing', () => {
    for (const text of ['xyz', '', '02/30/2026', '13/01/2026', '2026-02-29', 'Marchy 1, 2026', '1/2', '2026']) {
      expect(parseDate(text), text).toBe(null);
    }
    expect(parseDate('2028-02-29')).toBe('2028-02-29');
  });
});

describe('daysBetween', () => {
  it('counts calendar days across months and leap years', () => {
    expect(daysBetween('2026-03-01', '2026-03-01')).toBe(0);
    expect(daysBetween('2025-11-22', '2026-11-22')).toBe(365);
    expect(daysBetween('2027-11-22', '2028-11-22')).toBe(366);
    expect(daysBetween('2026-03-02', '2026-03-01')).toBe(-1);
  });
});
