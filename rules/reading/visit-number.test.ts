import { describe, expect, it } from 'vitest';
import { readCount, readVisitNumber } from './visit-number';

describe('readVisitNumber', () => {
  it('reads the visit and the count it is out of, as notes and EHR headers write them', () => {
    expect(readVisitNumber('Visit 7 of 12')).toEqual({ visit: 7, of: 12 });
    expect(readVisitNumber('visit #11')).toEqual({ visit: 11, of: null });
    expect(readVisitNumber('Treatment day 10')).toEqual({ visit: 10, of: null });
    expect(readVisitNumber('7/12')).toEqual({ visit: 7, of: 12 });
    expect(readVisitNumber(' 6 ')).toEqual({ visit: 6, of: null });
    expect(readVisitNumber('4 out of 8')).toEqual({ visit: 4, of: 8 });
  });

  it('reads no visit number from words without one, or from zero', () => {
    expect(readVisitNumber('initial evaluation')).toBeNull();
    expect(readVisitNumber('0')).toBeNull();
  });
});

describe('readCount', () => {
  it('reads a count at the start of an authorization or order box', () => {
    expect(readCount('12')).toBe(12);
    expect(readCount('12 visits')).toBe(12);
    expect(readCount('12 visits (01/05/2026-03/31/2026)')).toBe(12);
  });

  it('reads no count from words, a frequency or a date', () => {
    expect(readCount('twelve')).toBeNull();
    expect(readCount('2x/week')).toBeNull();
    expect(readCount('03/31/2026')).toBeNull();
  });
});
