import { describe, expect, it } from 'vitest';
import { readPlanParts } from './psychotherapy-plan-parts';

const COMPLETE = [
  'Weekly 53-minute individual psychotherapy (CBT) for 16 weeks.',
  'Individual therapy, 45 min sessions, weekly x 12 weeks',
  'Group psychotherapy 90 minutes twice a month for 6 months',
  'Family therapy: 50-minute sessions every other week for 10 sessions',
  'Type: individual. Session length: 60 minutes. Frequency: weekly. Duration: 20 weeks.',
  'Psychotherapy - individual, one-hour sessions, 1x/week for 3 months',
];
const MISSING: [string, string[]][] = [
  ['Weekly for 12 weeks', ['type', 'amount']],
  ['Weekly individual therapy for 12 weeks', ['amount']],
  ['Weekly 45-minute sessions for 12 weeks', ['type']],
  ['Weekly 45-minute individual psychotherapy. Reassess in 90 days.', ['duration']],
  ['Individual therapy 50 minutes, 12 sessions', ['frequency']],
];

describe('readPlanParts', () => {
  it.each(COMPLETE)('reads every part in %j', (text) => {
    expect(readPlanParts(text).missing).toEqual([]);
  });
  it.each(MISSING)('names what %j lacks', (text, missing) => {
    expect(readPlanParts(text).missing).toEqual(missing);
  });
  it('reads a duration of a year or more', () => {
    expect(readPlanParts('Weekly 50-minute individual therapy for 18 months').overAYear).toBe('for 18 months');
    expect(readPlanParts('Weekly 50-minute individual therapy for 60 weeks').overAYear).toBe('for 60 weeks');
    expect(readPlanParts('Weekly 50-minute individual therapy x 2 years').overAYear).toBe('x 2 years');
    expect(readPlanParts('Weekly 50-minute individual therapy for 1 year')).toMatchObject({ overAYear: null, oneYear: 'for 1 year', missing: [] });
    expect(readPlanParts('Weekly 50-minute individual therapy for 12 weeks').overAYear).toBeNull();
  });
});
