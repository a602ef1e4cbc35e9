import { describe, expect, it } from 'vitest';
import { detectMeasurableGoals } from './measurable-goals';

// [text, the goal quoted back as evidence]
const measurable: [string, string][] = [
  ['Increase cervical rotation from 40° to 70° within 6 weeks.', 'Increase cervical rotation from 40° to 70° within 6 weeks'],
  ['Reduce pain from 7/10 to 3/10 in 4 weeks.', 'Reduce pain from 7/10 to 3/10 in 4 weeks'],
  ['Pt will sit 60 min at work by 8 weeks.', 'Pt will sit 60 min at work by 8 weeks'],
  ['Walk 500 ft without assistive device in 3 wks', 'Walk 500 ft without assistive device in 3 wks'],
  ['PHQ-9 below 10 by 12 weeks', 'PHQ-9 below 10 by 12 weeks'],
  ['Pt will be independent with HEP within 2 weeks.', 'Pt will be independent with HEP within 2 weeks'],
  ['STG: pain ≤ 3/10 with ADLs in 2 wks', 'STG: pain ≤ 3/10 with ADLs in 2 wks'],
  ['LTG: Ambulate 1000 ft with SPC on level surfaces and curbs, gait speed ≥ 1.0 m/s, by 12 weeks.',
    'LTG: Ambulate 1000 ft with SPC on level surfaces and curbs, gait speed ≥ 1.0 m/s, by 12 weeks'],
  ['1. Increase L knee flexion AROM from 85° to 105° in 4 weeks to allow sit-to-stand from a standard chair.',
    'Increase L knee flexion AROM from 85° to 105° in 4 weeks to allow sit-to-stand from a standard chair'],
  ['Reduce Timed Up and Go from 19 s to 14 s in 4 weeks.', 'Reduce Timed Up and Go from 19 s to 14 s in 4 weeks'],
  ['Reduce headache days from 4–5 to 1 or fewer per week within 8 weeks', 'Reduce headache days from 4–5 to 1 or fewer per week within 8 weeks'],
  ['Return to 32 work hours per week by week 8.', 'Return to 32 work hours per week by week 8'],
  ['Increase cervical rotation to 70° bilaterally and reduce NDI below 20% within 6 weeks',
    'Increase cervical rotation to 70° bilaterally and reduce NDI below 20% within 6 weeks'],
  ['Client will reduce GAD-7 score from 17 to below 10 by 12/31/2026.', 'Client will reduce GAD-7 score from 17 to below 10 by 12/31/2026'],
  ['Decrease ODI from 42% to 20% in 8 wks', 'Decrease ODI from 42% to 20% in 8 wks'],
  ['Pt to lift 20 lb floor to waist with proper body mechanics in 6 weeks', 'Pt to lift 20 lb floor to waist with proper body mechanics in 6 weeks'],
  ['Sit > 45 min w/o increase in sx w/in 4 wks', 'Sit > 45 min w/o increase in sx w/in 4 wks'],
  ['Improve shoulder flexion AROM to 150 deg by visit 12', 'Improve shoulder flexion AROM to 150 deg by visit 12'],
  ['Ascend/descend 12 steps reciprocally with one rail by 12 weeks.', 'Ascend/descend 12 steps reciprocally with one rail by 12 weeks'],
  ['Client will report 2 or fewer panic attacks per week within 3 months.', 'Client will report 2 or fewer panic attacks per week within 3 months'],
  ['Stand 30 minutes to cook dinner within six weeks', 'Stand 30 minutes to cook dinner within six weeks'],
  ['Tolerate 45 minutes of treatment without rest breaks by week 4', 'Tolerate 45 minutes of treatment without rest breaks by week 4'],
  ['Increase grip strength from 35 lbs to 60 lbs over the next 6 weeks', 'Increase grip strength from 35 lbs to 60 lbs over the next 6 weeks'],
  ['Pt will tolerate driving 1 hour with pain <4/10 in 4-6 weeks', 'Pt will tolerate driving 1 hour with pain <4/10 in 4-6 weeks'],
  ['Improve LEFS from 38/80 to 60/80 by end of week 8', 'Improve LEFS from 38/80 to 60/80 by end of week 8'],
  ['Modified independent with all transfers in 2 wks', 'Modified independent with all transfers in 2 wks'],
  ['Berg Balance score 45/56 or greater in 6 wks to reduce fall risk', 'Berg Balance score 45/56 or greater in 6 wks to reduce fall risk'],
  ['Decrease PHQ-9 to < 5 within 16 sessions', 'Decrease PHQ-9 to < 5 within 16 sessions'],
  ['Reduce BDI-II to 13 or below in 3 months', 'Reduce BDI-II to 13 or below in 3 months'],
  ["Ambulate 150' w/ SBA by 2 weeks", "Ambulate 150' w/ SBA by 2 weeks"],
  ['6-week goal: pain 2/10 or less with prolonged sitting', '6-week goal: pain 2/10 or less with prolonged sitting'],
  ['Pt will demonstrate independence with HEP in 1 week', 'Pt will demonstrate independence with HEP in 1 week'],
  ['Goal 1 (reduce GAD-7 below 10 by 12/31): partially met', 'Goal 1 (reduce GAD-7 below 10 by 12/31): partially met'],
  ['Increase FOTO score from 48 to 65 in approx. 8 weeks', 'Increase FOTO score from 48 to 65 in approx. 8 weeks'],
  ['STG 1 (flexion 120° by week 4) nearly met.', 'STG 1 (flexion 120° by week 4) nearly met'],
];

// [text, what the goals lack]
const notMeasurable: [string, string[]][] = [
  ['Improve function.', ['value', 'timeframe']],
  ['Patient will feel better.', ['value', 'timeframe']],
  ['Decrease pain.', ['value', 'timeframe']],
  ['Increase ROM and strength to return to prior level of function.', ['value', 'timeframe']],
  ['Independent with HEP by discharge', ['timeframe']],
  ['Reduce pain from 7/10 to 3/10.', ['timeframe']],
  ['Increase cervical rotation to 70 degrees', ['timeframe']],
  ['Improve sleep and mood within 6 weeks', ['value']],
  ['Return to work within 4 weeks', ['value']],
  ['Pain 7/10, onset 3 weeks ago.', ['timeframe']],
  ['Pain went from 4/10 to 8/10 in the past 2 weeks', ['value', 'timeframe']],
  ['ROM improved from 85° to 118° in 6 visits.', ['value', 'timeframe']],
  ['Pt tolerates sitting 20 min; needs to improve.', ['timeframe']],
  ['Goals: TBD at re-eval', ['value', 'timeframe']],
  ['Continue POC 2x/week for 6 weeks.', ['value', 'timeframe']],
  ['Pt will attend therapy 2 visits per week for 8 weeks', ['value', 'timeframe']],
  ['Decrease muscle spasm and tenderness.', ['value', 'timeframe']],
  ['Patient wants to get back to the gym.', ['value', 'timeframe']],
  ['Reduce anxiety symptoms', ['value', 'timeframe']],
  ['Improve quality of life', ['value', 'timeframe']],
  ['Pt will be compliant with HEP.', ['value', 'timeframe']],
  ['Restore normal gait pattern by discharge.', ['value', 'timeframe']],
  ['Sitting tolerance 20 min (baseline).', ['timeframe']],
  ['Pt seen 11/03/2026; pain 6/10.', ['timeframe']],
  ['Next re-evaluation in 30 days.', ['value']],
  ['Goal 1: improve tolerance to sitting.', ['value', 'timeframe']],
  ['Reduce frequency of headaches by 12/31.', ['value']],
  ['Pt will be able to perform ADLs with less pain.', ['value', 'timeframe']],
  ['Client will develop healthy coping skills.', ['value', 'timeframe']],
  ['Reduce depressive symptoms as evidenced by self-report.', ['value', 'timeframe']],
  ['Wants to walk her dog again.', ['value', 'timeframe']],
  ['Pain is 8/10 with lifting over 10 lb.', ['timeframe']],
  ['Improve PHQ-9 by 12 weeks', ['value']],
  ['What are the measurable goals (value and timeframe)?', ['value', 'timeframe']],
  // progress since the start of care, not a target
  ['Since the initial evaluation her back pain has come down from 8/10 to 5/10 over 6 visits.', ['value', 'timeframe']],
  ['Grip strength is now 40 lbs, up from 25 lbs after 5 weeks.', ['value', 'timeframe']],
  ['Over 8 sessions his PHQ-9 has fallen from 19 to 12.', ['value', 'timeframe']],
  // how long each session lasts is the plan's dose, not a target
  ['I recommend massage therapy, 60 minutes per session, weekly over 8 weeks, to reduce pain.', ['value']],
  ['Psychotherapy 45 min sessions within the next 12 weeks to improve mood.', ['value']],
];

describe('detectMeasurableGoals', () => {
  it.each(measurable)('finds a measurable goal in %j', (text, evidence) => {
    expect(detectMeasurableGoals(text)).toEqual({ found: true, evidence: [evidence] });
  });

  it.each(notMeasurable)('finds no measurable goal in %j', (text, missing) => {
    const detection = detectMeasurableGoals(text);
    expect(detection.found).toBe(false);
    expect(detection.missing).toEqual(missing);
  });

  it('quotes the half-goal so the user sees what lacks a timeframe', () => {
    expect(detectMeasurableGoals('Independent with HEP by discharge. Improve function.')).toEqual({
      found: false, evidence: ['Independent with HEP by discharge'], missing: ['timeframe'],
    });
  });

  it('carries a timeframe from a list heading to the goals under it', () => {
    expect(detectMeasurableGoals('Goals (6 weeks):\n1. Reduce pain to 2/10\n2. Sit 60 min at desk\n3. Feel better'))
      .toEqual({ found: true, evidence: ['Reduce pain to 2/10', 'Sit 60 min at desk'] });
  });

  it('reads a numbered plan-of-care list and quotes every measurable goal', () => {
    const text = '1. Increase L knee flexion AROM from 85° to 105° in 4 weeks.\n2. Reduce Timed Up and Go from 19 s to 14 s in 4 weeks.';
    expect(detectMeasurableGoals(text).evidence).toEqual([
      'Increase L knee flexion AROM from 85° to 105° in 4 weeks',
      'Reduce Timed Up and Go from 19 s to 14 s in 4 weeks',
    ]);
  });

  it('still finds the goal beside a progress report', () => {
    expect(detectMeasurableGoals('Pain is now 5/10; goal is 2/10 within 4 weeks.')).toEqual({ found: true, evidence: ['goal is 2/10 within 4 weeks'] });
  });

  it('finds nothing in empty text', () => {
    expect(detectMeasurableGoals('')).toEqual({ found: false, evidence: [], missing: ['value', 'timeframe'] });
  });

  it('takes the timeframe from a list heading that says "for the next 6 weeks"', () => {
    expect(detectMeasurableGoals('Goals for the next 6 weeks:\n1. Increase grip strength from 22 lb to 45 lb.').found).toBe(true);
    expect(detectMeasurableGoals('Goals during the coming three months: reduce PHQ-9 from 14 to 7.').found).toBe(true);
    // Without it the same goal has no timeframe.
    expect(detectMeasurableGoals('Goals:\n1. Increase grip strength from 22 lb to 45 lb.').missing).toEqual(['timeframe']);
  });
});

// Real-style STG/LTG lines from therapy and psychotherapy plans. A phrase alone is its own evidence.
const realMeasurable: (string | [string, string])[] = [
  ['Goal: headache frequency to once a week or less and 2-hour computer tolerance by February 2027.', 'Goal: headache frequency to once a week or less and 2-hour computer tolerance by February 2027'],
  'Reduce panic attacks to 1x/wk within 8 weeks',
  'Tolerate 2-hour drive within 8 weeks',
  'uses 3 coping skills in 4 of 5 opportunities by 90 days',
  'return to work full duty in 6 weeks',
  'STG: amb 300 ft w/o AD in 3 wks',
  'LTG (12 wks): pt will amb community distances w/o AD',
  'Pt will ↓ pain to ≤2/10 w/ ADLs in 4 wks',
  'Indep w/ HEP in 2 visits',
  'Pt will tolerate 30 min standing for meal prep by 4 wks',
  'Client will report ≤ 2 panic attacks/wk within 8 wks',
  'PHQ-9 < 10 in 12 wks',
  'GAD-7 ≤ 7 by 3 months',
  'Sleep ≥ 6 hrs/night 5 of 7 nights within 6 weeks',
  'Decrease NDI from 38% to <20% by 6 wks',
  'Oswestry ≤ 20% in 8 wks',
  'QuickDASH < 20 by 10 wks',
  'Pt will amb 300 ft w/ SPC, mod I, in 4 wks',
  'Lift 25# floor to waist x 5 reps in 6 wks',
  'Cervical rot ≥ 70° B by visit 12',
  'Client will identify 3 triggers and 2 coping strategies within 4 sessions',
  'Reduce self-harm urges from daily to ≤1x/wk by 90 days',
  'RTW full duty in 6 wks',
  'Return to running 3 miles pain-free by 12 wks',
  'Pt will demo proper lifting mechanics 100% of the time within 3 visits',
  'In 6 weeks, pt will stand 30 min to prepare meals',
  'Within 8 sessions, client will reduce PHQ-9 from 17 to < 10',
  'Decrease HA frequency to ≤ 2 days/wk in 8 wks',
  'Increase gait speed to ≥ 1.0 m/s in 6 wks',
  'Berg ≥ 48/56 within 6 wks',
  'TUG < 13.5 sec by 4 wks',
  'LTG 12 wks: RTW full duty w/o restrictions',
  'Abstinent from alcohol 30 consecutive days within 90 days',
  'Client will attend 4 of 4 scheduled sessions per month by 3 months',
  'Return to work without restrictions in 8 weeks',
];

// [text, what the goal lacks]
const realNotMeasurable: [string, string[]][] = [
  ['Weekly 53-minute individual sessions for 16 weeks', ['value', 'timeframe']],
  ['Reduce headaches', ['value', 'timeframe']],
  ['Improve FOTO functional score to 65 by DC', ['timeframe']],
  ['Return to work', ['value', 'timeframe']],
  ['RTW ASAP', ['value', 'timeframe']],
  ['Pt will feel less anxious', ['value', 'timeframe']],
  ['Client will use coping skills', ['value', 'timeframe']],
  ['Improve ROM', ['value', 'timeframe']],
  ['Pt will be indep w/ HEP', ['timeframe']],
  ['Pain 6/10 today', ['timeframe']],
  ['LEFS 32/80 at eval', ['value', 'timeframe']],
  ['Reassess in 90 days', ['value']],
  ['Goals: ongoing', ['value', 'timeframe']],
  ['Goals discussed with pt and agreed upon', ['value', 'timeframe']],
  ['Continue per POC', ['value', 'timeframe']],
  ['Frequency 2x/wk x 6 wks', ['value', 'timeframe']],
  ['Pt will attend weekly sessions for 12 weeks', ['value', 'timeframe']],
  ['Will reassess goals at next progress note', ['value', 'timeframe']],
  ['Pt to cont HEP', ['value', 'timeframe']],
  ['Client will reduce depressive sx', ['value', 'timeframe']],
  ['Improve tolerance for work activities', ['value', 'timeframe']],
  ['Goals: see eval dated 11/03/2026', ['value', 'timeframe']],
  ['Decrease reliance on AD', ['value', 'timeframe']],
  ['Maintain current level of function', ['value', 'timeframe']],
  ['Pain rated 7/10 w/ stairs', ['timeframe']],
  ['Goal partially met', ['value', 'timeframe']],
  ['STG #1: not met', ['value', 'timeframe']],
  ['Improve sleep hygiene', ['value', 'timeframe']],
  ['Decrease muscle guarding in 2 wks', ['value']],
  ['Pt will return to prior level of function in 6-8 weeks', ['value']],
  ['Reduce anxiety within 90 days', ['value']],
  ['Client will attend group 1x/wk', ['value', 'timeframe']],
  ['Return to work full duty', ['timeframe']],
  ['Uses coping skills in 4 of 5 opportunities', ['timeframe']],
];

describe('detectMeasurableGoals on real-style plans', () => {
  it.each(realMeasurable)('finds a measurable goal in %j', (phrase) => {
    const [text, evidence] = typeof phrase === 'string' ? [phrase, phrase] : phrase;
    expect(detectMeasurableGoals(text)).toEqual({ found: true, evidence: [evidence] });
  });

  it.each(realNotMeasurable)('finds no measurable goal in %j', (text, missing) => {
    const detection = detectMeasurableGoals(text);
    expect(detection.found).toBe(false);
    expect(detection.missing).toEqual(missing);
  });
});
