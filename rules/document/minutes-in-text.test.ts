import { describe, expect, it } from 'vitest';
import { splitBlocks } from './blocks';
import { findProcedureCodes } from './codes-in-text';
import { findVisitMinutes, minutesOfCode } from './minutes-in-text';

const lines = (text: string) => Object.fromEntries(findProcedureCodes(text, splitBlocks(text))
  .filter(({ concept }) => concept !== 'line.procedureCode')
  .map(({ concept, index, value }) => [`${concept}[${index}]`, value]));
const totals = (text: string) => Object.fromEntries(findVisitMinutes(text, splitBlocks(text)).map(({ concept, value }) => [concept, value]));

describe('minutes of a procedure code', () => {
  it('reads minutes written after a code and its units', () => {
    expect(lines('Gait training 97116 x3 units (38 mins); neuro re-ed 97112 x1 (9 min).')).toEqual({
      'line.units[1]': '3', 'line.minutes[1]': '38', 'line.units[2]': '1', 'line.minutes[2]': '9',
    });
    expect(lines('Ther act CPT 97530 (2 units, 30 minutes) to work on transfers.')).toEqual({ 'line.units[1]': '2', 'line.minutes[1]': '30' });
    expect(lines('Family psychotherapy 90847 for 50 minutes with both parents.')).toEqual({ 'line.minutes[1]': '50' });
  });

  it('reads a session length given with the code, before or after it', () => {
    expect(lines('We plan 53-minute individual sessions (CPT 90837) every week.')).toEqual({ 'line.minutes[1]': '53' });
    expect(lines('Psychotherapy, 90834, 40 min per session, twice a month.')).toEqual({ 'line.minutes[1]': '40' });
  });

  it('takes "x 30 min" as minutes, not as 30 units', () => {
    expect(lines('Manual therapy 97140 x 30 min today.')).toEqual({ 'line.minutes[1]': '30' });
    expect(lines('Requesting 97110 x 12 visits and 97140 x 6 wks.')).toEqual({});
  });

  it('reads a row of labelled cells and a table with a minutes column', () => {
    expect(lines('Code: 97535; Qty: 2; Time: 24\nCode: 97750; Qty: 1; Time: 15')).toEqual({
      'line.units[1]': '2', 'line.minutes[1]': '24', 'line.units[2]': '1', 'line.minutes[2]': '15',
    });
    expect(lines('CPT\tDescription\tUnits\tMinutes\n97110\tTherapeutic exercise\t2\t31\n97140\tManual therapy\t1\t8')).toEqual({
      'line.units[1]': '2', 'line.minutes[1]': '31', 'line.units[2]': '1', 'line.minutes[2]': '8',
    });
  });

  it('reads the minutes column by its name wherever the code column stands, and never a clock time', () => {
    expect(lines('Service | CPT | Units | Timed min\nTherapeutic exercise | 97110 | 2 | 31')).toEqual({ 'line.units[1]': '2', 'line.minutes[1]': '31' });
    expect(lines('CPT | Units | Time\n97110 | 2 | 10:30')).toEqual({ 'line.units[1]': '2' });
  });

  it('reads a Markdown table whose separator row became a blank line, but not a table two blank lines away', () => {
    expect(lines('CPT | Service | Units | Minutes\n\n97530 | Therapeutic activities | 2 | 27')).toEqual({ 'line.units[1]': '2', 'line.minutes[1]': '27' });
    expect(lines('CPT | Units | Minutes\n\n\n97530 | Therapeutic activities | 2 | 27')).toEqual({});
  });

  it('does not give a code the minutes the patient can sit, walk or drive, or another code\'s minutes', () => {
    expect(lines('She cannot sit for more than 30 minutes; therapeutic exercise (97110) will address core endurance.')).toEqual({});
    expect(lines('97110 to improve standing tolerance to 45 minutes.')).toEqual({});
    expect(lines('Walks 10 minutes before resting. Plan: 97116 gait training.')).toEqual({});
    expect(lines('97110 x2 (25 min), 97140 x1.')).toEqual({ 'line.units[1]': '2', 'line.minutes[1]': '25', 'line.units[2]': '1' });
  });

  it('gives no minutes for none, zero or an impossible count', () => {
    expect(minutesOfCode(' x 2 units', '')).toBeNull();
    expect(minutesOfCode(' (0 min)', '')).toBeNull();
    expect(minutesOfCode(', 900 minutes', '')).toBeNull();
  });
});

describe('findVisitMinutes', () => {
  it('reads the total timed minutes and the total treatment time, each in its own words', () => {
    expect(totals('Timed code treatment minutes = 38\nTotal treatment time 52 minutes')).toEqual({
      'visit.totalTimedMinutes': '38', 'visit.totalTreatmentMinutes': '52',
    });
    expect(totals('Total timed: 23 min. Total time: 30 min.')).toEqual({ 'visit.totalTimedMinutes': '23', 'visit.totalTreatmentMinutes': '30' });
    expect(totals('Session length: 55 minutes. Face-to-face time was 53 min.')).toEqual({ 'visit.totalTreatmentMinutes': '55' });
    expect(totals('Treatment time today: 25 minutes.')).toEqual({ 'visit.totalTreatmentMinutes': '25' });
    expect(totals('Duration: 53 minutes')).toEqual({ 'visit.totalTreatmentMinutes': '53' });
    expect(totals('Duration: 8 weeks')).toEqual({});
  });

  it('does not read other totals, times of day or patient measures as treatment time', () => {
    expect(totals('Total visits: 12. Total time in pain has decreased. She walked a total of 20 minutes.')).toEqual({});
    expect(totals('Session time: 10:30 AM')).toEqual({});
    expect(totals('Goal: sitting tolerance total time 60 minutes.')).toEqual({});
  });
});
