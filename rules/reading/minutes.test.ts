import { describe, expect, it } from 'vitest';
import { readMinutes, readTimeOfDay, readUnits, sessionMinutes } from './minutes';

describe('readMinutes and readUnits', () => {
  it('read plain counts with their usual words', () => {
    expect(['23', '23 min', '23 minutes', '23m', ' 8 mins '].map(readMinutes)).toEqual([23, 23, 23, 23, 8]);
    expect(['2', '2.0', '2 units', '1 UN', '3u'].map(readUnits)).toEqual([2, 2, 2, 1, 3]);
  });

  it('refuse what is not a count', () => {
    expect(['', 'about 20', '20-25', '1:05', '2.5'].map(readMinutes)).toEqual([null, null, null, null, null]);
    expect(['', 'two', '1.5', '-1'].map(readUnits)).toEqual([null, null, null, null]);
  });
});

describe('readTimeOfDay', () => {
  it('reads 12- and 24-hour times', () => {
    expect(readTimeOfDay('10:05 AM')).toEqual({ minutes: 605, meridiem: true });
    expect(readTimeOfDay('14:50')).toEqual({ minutes: 890, meridiem: false });
    expect(readTimeOfDay('2:50pm')?.minutes).toBe(890);
    expect(readTimeOfDay('2 p.m.')?.minutes).toBe(840);
    expect(readTimeOfDay('12:15 am')?.minutes).toBe(15);
    expect(readTimeOfDay('12:15 PM')?.minutes).toBe(735);
    expect(readTimeOfDay('1450')?.minutes).toBe(890);
    expect(readTimeOfDay('10.05')?.minutes).toBe(605);
  });

  it('refuses what is not a time', () => {
    expect(['', '2', '25:00', '10:75', '13:00 pm', 'noon'].map(readTimeOfDay)).toEqual([null, null, null, null, null, null]);
  });
});

describe('sessionMinutes', () => {
  const at = (text: string) => readTimeOfDay(text)!;
  it('counts minutes from start to end', () => {
    expect(sessionMinutes(at('10:05 AM'), at('10:57 AM'))).toBe(52);
    expect(sessionMinutes(at('11:30 am'), at('12:25 pm'))).toBe(55);
  });

  it('reads a bare earlier end as afternoon, but not an explicit one', () => {
    expect(sessionMinutes(at('11:30'), at('1:20'))).toBe(110);
    expect(sessionMinutes(at('11:30 am'), at('1:20 am'))).toBeNull();
    expect(sessionMinutes(at('14:00'), at('13:00'))).toBeNull();
    expect(sessionMinutes(at('10:00'), at('10:00'))).toBeNull();
  });
});
