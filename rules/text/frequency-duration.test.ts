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

  it('reads a dose and how often it is taken as the frequency, but not daily life', () => {
    expect(detectFrequencyDuration('Vitamin D3 5000 IU daily for 3 months')).toMatchObject({ found: true });
    expect(detectFrequencyDuration('Magnesium glycinate 2 capsules at bedtime for 8 weeks')).toMatchObject({ found: true });
    expect(detectFrequencyDuration('Unable to perform activities of daily living for 6 months.').found).toBe(false);
  });

  it('reads a frequency whose sessions carry their length ("one 60-minute session per week")', () => {
    expect(detectFrequencyDuration('one 60-minute session per week for 8 weeks')).toMatchObject({ found: true });
    expect(detectFrequencyDuration('two 30-minute visits a week for 6 weeks')).toMatchObject({ found: true });
    // A session's length alone is no frequency.
    expect(detectFrequencyDuration('60 minutes per session').found).toBe(false);
  });
});

// Real-style plans of care, treatment plans and auth requests: [text, evidence quoted back].
const realBoth: [string, string[]][] = [
  ['2x/wk x 6 wks', ['2x/wk x 6 wks']],
  ['BIW for 4 weeks', ['BIW for 4 weeks']],
  ['weekly sessions for 12 weeks', ['weekly sessions for 12 weeks']],
  ['Freq: 2x/wk; Dur: 8 wks', ['2x/wk', '8 wks']],
  ['Frequency/Duration: 3x/wk x 4 wks', ['3x/wk x 4 wks']],
  ['POC: 2-3x/wk x 6-8 wks', ['2-3x/wk x 6-8 wks']],
  ['PT 2x/week for 8 weeks (16 visits)', ['2x/week for 8 weeks (16 visits)']],
  ['1x/wk x 12 wks', ['1x/wk x 12 wks']],
  ['Pt to be seen 2x/wk for 6 wks', ['2x/wk for 6 wks']],
  ['Tx freq 3x/wk x 4 wks then 2x/wk x 4 wks', ['3x/wk x 4 wks then 2x/wk x 4 wks']],
  ['Weekly individual psychotherapy (90837) for 6 months', ['Weekly individual psychotherapy (90837) for 6 months']],
  ['Biweekly sessions x 3 mos', ['Biweekly sessions x 3 mos']],
  ['Sessions 1x/week for 16 weeks', ['1x/week for 16 weeks']],
  ['CMT 3x/wk x 2 wks, then 2x/wk x 4 wks', ['3x/wk x 2 wks, then 2x/wk x 4 wks']],
  ['12 visits over 6 weeks', ['12 visits over 6 weeks']],
  ['6 sessions in 3 weeks', ['6 sessions in 3 weeks']],
  ['Once weekly for 10 weeks', ['Once weekly for 10 weeks']],
  ['2 sessions/wk x 6 wks', ['2 sessions/wk x 6 wks']],
  ['Frequency: 1x/week. Duration: 12 weeks.', ['1x/week', '12 weeks']],
  ['Pt will be seen twice a week for the next 6 weeks', ['twice a week for the next 6 weeks']],
  ['Treatment 3 times a week for one month', ['3 times a week for one month']],
  ['Massage 60 min 1x/wk x 8 wks', ['1x/wk x 8 wks']],
  ['Tx plan: 1x/mo x 6 mos', ['1x/mo x 6 mos']],
  ['QW x 12 weeks', ['QW x 12 weeks']],
  ['Every 2 weeks for 3 months', ['Every 2 weeks for 3 months']],
  ['Three sessions weekly for four weeks', ['Three sessions weekly for four weeks']],
  ['Cert period: 12/01/2026–02/28/2027; freq 2x/wk', ['12/01/2026–02/28/2027', '2x/wk']],
  ['POC 11/03/26 to 1/31/27 @ 2x/wk', ['11/03/26 to 1/31/27 @ 2x/wk']],
  ['1-2x/wk x 8-10 wks', ['1-2x/wk x 8-10 wks']],
  ['3x weekly for 4 wks', ['3x weekly for 4 wks']],
  ['Twice monthly for 6 months', ['Twice monthly for 6 months']],
  ['Visits 2x/week over 6 weeks', ['2x/week over 6 weeks']],
];

// [text, evidence, missing]: what is no plan frequency or duration, or only one of them.
const realPartOrNone: [string, string[], string[]][] = [
  ['Reassess in 90 days', [], ['frequency', 'duration']],
  ['Frequency: TBD', [], ['frequency', 'duration']],
  ['As needed', [], ['frequency', 'duration']],
  ['PRN', [], ['frequency', 'duration']],
  ['prn for flare-ups', [], ['frequency', 'duration']],
  ['Freq: PRN', [], ['frequency', 'duration']],
  ['Treatment plan will be reviewed every 90 days', [], ['frequency', 'duration']],
  ['Plan reviewed q 90 days', [], ['frequency', 'duration']],
  ['Follow up PRN', [], ['frequency', 'duration']],
  ['Return in 2 weeks', [], ['frequency', 'duration']],
  ['RTC 4 wks', [], ['frequency', 'duration']],
  ['Next appt in 1 week', [], ['frequency', 'duration']],
  ['F/u w/ PCP in 3 months', [], ['frequency', 'duration']],
  ['Seen 2 weeks ago', [], ['frequency', 'duration']],
  ['Pt has attended 6 visits to date', [], ['frequency', 'duration']],
  ['Pt seen for 4 visits so far', [], ['frequency', 'duration']],
  ['c/o LBP x 3 wks', [], ['frequency', 'duration']],
  ['Neck pain x 6 months after MVA', [], ['frequency', 'duration']],
  ['Sx for 2 years', [], ['frequency', 'duration']],
  ['Progress note due every 10 visits', [], ['frequency', 'duration']],
  ['Recert due in 90 days', [], ['frequency', 'duration']],
  ['Duration: TBD', [], ['frequency', 'duration']],
  ['Frequency: ___ Duration: ___', [], ['frequency', 'duration']],
  ['Visit 7 of 12', [], ['frequency', 'duration']],
  ['Session length: 53 min', [], ['frequency', 'duration']],
  ['HEP daily', [], ['frequency', 'duration']],
  ['Ice 15 min 3x/day', [], ['frequency', 'duration']],
  ['Panic attacks 3x/wk', [], ['frequency', 'duration']],
  ['Walks 30 min daily', [], ['frequency', 'duration']],
  ['Works 5 days a week', [], ['frequency', 'duration']],
  ['Continue weekly', ['weekly'], ['duration']],
  ['2x/wk until goals met', ['2x/wk'], ['duration']],
  ['Authorized 12 visits', ['12 visits'], ['frequency']],
  // a psychotherapy plan's review date is not how long the care lasts
  ['Weekly individual psychotherapy; reassess in 90 days', ['Weekly'], ['duration']],
  ['Weekly sessions, plan reviewed every 90 days', ['Weekly'], ['duration']],
];

describe('detectFrequencyDuration on real-style plans', () => {
  it.each(realBoth)('finds frequency and duration in %j', (text, evidence) => {
    expect(detectFrequencyDuration(text)).toEqual({ found: true, evidence });
  });

  it.each(realPartOrNone)('finds at most one part in %j', (text, evidence, missing) => {
    expect(detectFrequencyDuration(text)).toEqual({ found: false, evidence, missing });
  });
});

describe('detectFrequencyDuration: the care itself beside words of review and return', () => {
  it.each([
    'Pt will return 2x/wk x 6 wks',
    'Follow-up visits 2x/wk for 6 wks',
    'Recertification: 2x/wk x 4 wks',
    'Progress report: continue 2x/wk x 4 wks',
    'Massage therapy for neck pain 1x/week for 8 weeks',
    'PT for LBP 2x/wk x 6 wks',
    'Massage due to neck pain 1x/wk x 8 wks',
    'Pt reports she works at a desk; PT 2x/wk x 6 wks',
    'Panic attacks persist; CBT 1x/wk for 12 wks',
  ])('still reads %j', (text) => {
    expect(detectFrequencyDuration(text).found).toBe(true);
  });
});
