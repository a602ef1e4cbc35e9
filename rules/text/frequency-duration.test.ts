import { describe, expect, it } from 'vitest';
import { detectFrequencyDuration } from './frequency-duration';

// [text, evidence quoted back]
const both: [string, string[]][] = [
  ['2x/week for 6 weeks', ['2x/week for 6 weeks']],
  ['twice weekly x 8 wks', ['twice weekly x 8 wks']],
  ['Continue OT 2x/week for 6 more weeks', ['2x/week for 6 more weeks']],
  ['1-2 times per week for 12 visits', ['1-2 times per week for 12 visits']],
  ['weekly for 3 months', ['weekly for 3 months']],
  ['BIW x 4 wks', ['BIW x 4 wks']],
  ['3x/wk x 4 wks', ['3x/wk x 4 wks']],
  ['Continue POC 2x/week through 12/31/2026.', ['2x/week through 12/31/2026']],
  ['Frequency: 2 times a week; Duration: 8 weeks', ['2 times a week', '8 weeks']],
  ['1 session per week for 8 weeks', ['1 session per week for 8 weeks']],
  ['Medical massage (CPT 97124) to the cervical musculature, 1 session per week for 8 weeks, alongside her HEP.',
    ['1 session per week for 8 weeks']],
  ['Once a week x 10 sessions', ['Once a week x 10 sessions']],
  ['2-3x/week for 4-6 weeks', ['2-3x/week for 4-6 weeks']],
  ['q week x 12 weeks', ['q week x 12 weeks']],
  ['Every other week for 6 months', ['Every other week for 6 months']],
  ['TIW for 30 days', ['TIW for 30 days']],
  ['2 visits/wk for the next 4 weeks', ['2 visits/wk for the next 4 weeks']],
  ['Weekly 53+ minute CBT sessions for 16 weeks', ['Weekly 53+ minute CBT sessions for 16 weeks']],
  ['3 times per week, 6 weeks', ['3 times per week, 6 weeks']],
  ['x 8 weeks at 2x/week', ['x 8 weeks at 2x/week']],
  ['twice a week for a total of 12 visits', ['twice a week for a total of 12 visits']],
  ['1x/wk x 6wks', ['1x/wk x 6wks']],
  ['Biweekly for 3 months', ['Biweekly for 3 months']],
  ['2 days/week for 4 weeks', ['2 days/week for 4 weeks']],
  ['8 visits over 4 weeks (2x/wk)', ['8 visits over 4 weeks (2x/wk)']],
  ['Monthly x 6 months', ['Monthly x 6 months']],
  ['3x/week for 2 weeks then 2x/week for 4 weeks', ['3x/week for 2 weeks then 2x/week for 4 weeks']],
  ['2x per week for 90 days', ['2x per week for 90 days']],
  ['Two times per week for six weeks', ['Two times per week for six weeks']],
  ['1x/week x 8 weeks, then reassess', ['1x/week x 8 weeks']],
  ['2x/wk thru 01/31/2027', ['2x/wk thru 01/31/2027']],
  ['3/week for 4 weeks', ['3/week for 4 weeks']],
  ['Cert period 11/03/2026 - 01/31/2027, 2x/wk', ['11/03/2026 - 01/31/2027, 2x/wk']],
];

// [text, evidence, missing]
const partOrNone: [string, string[], string[]][] = [
  ['2x/week', ['2x/week'], ['duration']],
  ['for 6 weeks', ['for 6 weeks'], ['frequency']],
  ['12 visits', ['12 visits'], ['frequency']],
  ['weekly', ['weekly'], ['duration']],
  ['Twice weekly', ['Twice weekly'], ['duration']],
  ['Continue POC 2x/week.', ['2x/week'], ['duration']],
  ['Start date 11/03/2026', [], ['frequency', 'duration']],
  ['Onset 10/14/2026', [], ['frequency', 'duration']],
  ['Pain started 3 weeks ago', [], ['frequency', 'duration']],
  ['6 weeks post-op', [], ['frequency', 'duration']],
  ['60-minute sessions', [], ['frequency', 'duration']],
  ['45 min', [], ['frequency', 'duration']],
  ['PRN', [], ['frequency', 'duration']],
  ['As needed for flare-ups', [], ['frequency', 'duration']],
  ['Visit # 6', [], ['frequency', 'duration']],
  ['Pain 2/10', [], ['frequency', 'duration']],
  ['DOB 02/03/1980', [], ['frequency', 'duration']],
  ['Worse in the past 2 weeks', [], ['frequency', 'duration']],
  ['TBD', [], ['frequency', 'duration']],
  ['Per MD order', [], ['frequency', 'duration']],
  ['How often and how long (e.g. 2x/week for 6 weeks)?', [], ['frequency', 'duration']],
  ['Frequency: ___', [], ['frequency', 'duration']],
  ['Re-eval on 12/01/2026', [], ['frequency', 'duration']],
  ['Sessions last 53 minutes', [], ['frequency', 'duration']],
  ['Last visit 11/14', [], ['frequency', 'duration']],
  ['Authorization 11/01/2026', [], ['frequency', 'duration']],
  ['Treatment as tolerated', [], ['frequency', 'duration']],
  ['See plan of care', [], ['frequency', 'duration']],
  ['Until goals are met', [], ['frequency', 'duration']],
  ['Seen by PCP on 10/2/2026', [], ['frequency', 'duration']],
  ['2/3 goals met', [], ['frequency', 'duration']],
  ['Ambulates 150 ft', [], ['frequency', 'duration']],
  ['Fall on 10/14/2026', [], ['frequency', 'duration']],
  ['4-5 headache days a week', [], ['frequency', 'duration']],
  ['8 weeks pregnant', [], ['frequency', 'duration']],
  ['Reduced work hours from 40 to 24 per week', [], ['frequency', 'duration']],
  ['Continue weekly sessions; review goals in 4 weeks.', ['weekly'], ['duration']],
  ['2x/wk, re-evaluate progress in 30 days', ['2x/wk'], ['duration']],
  ['Follow up in 6 weeks', [], ['frequency', 'duration']],
  ['The course of treatment will last six weeks.', ['six weeks'], ['frequency']],
  ['Pain has been worse over the last 3 weeks', [], ['frequency', 'duration']],
  // When the plan is looked at again is not how long it runs.
  ['Weekly individual psychotherapy. Reassess in 90 days.', ['Weekly'], ['duration']],
  ['Weekly sessions; re-assess in 90 days', ['Weekly'], ['duration']],
  ['Weekly therapy. Reassessment at 90 days.', ['Weekly'], ['duration']],
  ['Weekly therapy; treatment plan review: 90 days', ['Weekly'], ['duration']],
  ['Weekly therapy, 90-day review', ['Weekly'], ['duration']],
  ['Frequency: weekly. Review date: 90 days', ['weekly'], ['duration']],
  ['Weekly, reassess after 90 days', ['Weekly'], ['duration']],
  ['weekly; update plan in 90 days', ['weekly'], ['duration']],
  ['Biweekly sessions; plan to be reviewed within 6 months', ['Biweekly'], ['duration']],
];

describe('detectFrequencyDuration', () => {
  it.each(both)('finds frequency and duration in %j', (text, evidence) => {
    expect(detectFrequencyDuration(text)).toEqual({ found: true, evidence });
  });

  it.each(partOrNone)('finds at most one part in %j', (text, evidence, missing) => {
    expect(detectFrequencyDuration(text)).toEqual({ found: false, evidence, missing });
  });

  it('reads a frequency whose sessions carry their length ("one 60-minute session per week")', () => {
    expect(detectFrequencyDuration('one 60-minute session per week for 8 weeks')).toMatchObject({ found: true });
    expect(detectFrequencyDuration('two 30-minute visits a week for 6 weeks')).toMatchObject({ found: true });
    // A session's length alone is no frequency.
    expect(detectFrequencyDuration('60 minutes per session').found).toBe(false);
  });
});
