import { describe, expect, it } from 'vitest';
import { splitBlocks } from './blocks';
import { findVisitCounts, findVisitNumbers } from './visit-counts';

const counts = (text: string) => findVisitCounts(text, splitBlocks(text)).map(({ concept, value }) => [concept, value]);

describe('findVisitCounts', () => {
  it('reads visits asked for as auth.visits and visits prescribed as order.visits', () => {
    expect(counts('I am requesting authorization for 12 visits of physical therapy.')).toEqual([['auth.visits', '12']]);
    expect(counts('Dr. Park prescribed 8 sessions of occupational therapy.')).toEqual([['order.visits', '8']]);
  });

  it('leaves a count whose words say neither, and a frequency', () => {
    expect(counts('She completed 6 sessions of PT in 2025 without relief.')).toEqual([]);
    expect(counts('We request 2 sessions per week for 6 weeks.')).toEqual([]);
  });

  it('reads which visit a note documents, with the count it is out of', () => {
    const numbers = (text: string) => findVisitNumbers(text, splitBlocks(text)).map(({ concept, value }) => [concept, value]);
    expect(numbers('PT Daily Note\n\nVisit 7 of 12\n\nPatient tolerated treatment well.')).toEqual([['visit.number', '7 of 12']]);
    expect(numbers('This is visit #11 under the current plan.')).toEqual([['visit.number', '11']]);
    expect(numbers('Treatment day 10: progress report written today.')).toEqual([['visit.number', '10']]);
    expect(numbers('Session 4 out of 8 completed.')).toEqual([['visit.number', '4 of 8']]);
    expect(numbers('8 visits since the last progress report.')).toEqual([['visit.sinceProgressReport', '8']]);
    expect(numbers('Visits since last progress report: 10')).toEqual([['visit.sinceProgressReport', '10']]);
  });

  it('does not take a date, a frequency, a length or a visit to come for the visit number', () => {
    const numbers = (text: string) => findVisitNumbers(text, splitBlocks(text)).map(({ concept, value }) => [concept, value]);
    expect(numbers('Visit: 11/28/2026')).toEqual([]);
    expect(numbers('Plan: session 2x/week for 6 weeks.')).toEqual([]);
    expect(numbers('Each session 45 minutes; first visit 3 weeks ago.')).toEqual([]);
    expect(numbers('Progress report due at visit 10.')).toEqual([]);
    expect(numbers('Next visit 5 scheduled Friday.')).toEqual([]);
  });
});
