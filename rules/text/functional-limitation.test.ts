import { describe, expect, it } from 'vitest';
import { detectFunctionalLimitation } from './functional-limitation';

// [text, the clause quoted back as evidence]
const limitations: [string, string][] = [
  ['Unable to lift a 10 lb grocery bag overhead.', 'Unable to lift a 10 lb grocery bag overhead'],
  ['Difficulty sleeping due to neck pain', 'Difficulty sleeping due to neck pain'],
  ['Cannot sit > 20 min at desk', 'Cannot sit > 20 min at desk'],
  ['Limited ROM affecting dressing and grooming', 'Limited ROM affecting dressing and grooming'],
  ['Missed 3 workdays this month.', 'Missed 3 workdays this month'],
  ['Cervical rotation limited to 40 degrees to the left', 'Cervical rotation limited to 40 degrees to the left'],
  ['Neck pain rated 7/10 since late September; cannot sit at a desk for more than 20 minutes',
    'cannot sit at a desk for more than 20 minutes'],
  ['Sleep interrupted nightly', 'Sleep interrupted nightly'],
  ['Ambulates 150 ft with rolling walker, gait speed 0.6 m/s', 'Ambulates 150 ft with rolling walker, gait speed 0.6 m/s'],
  ['Unable to ascend more than 4 steps reciprocally', 'Unable to ascend more than 4 steps reciprocally'],
  ['She can no longer carry her 2-year-old for more than a few minutes.', 'She can no longer carry her 2-year-old for more than a few minutes'],
  ['Pt has reduced her work hours from 40 to 24 per week', 'Pt has reduced her work hours from 40 to 24 per week'],
  ['Unable to check blind spot while driving or work a full shift at a computer.', 'Unable to check blind spot while driving or work a full shift at a computer'],
  ['Continued limitation lifting to shelf height limits independent kitchen tasks.', 'Continued limitation lifting to shelf height limits independent kitchen tasks'],
  ['Pt requires min assist for sit to stand transfers', 'Pt requires min assist for sit to stand transfers'],
  ['Dependent on spouse for LB dressing', 'Dependent on spouse for LB dressing'],
  ['Trouble concentrating at work', 'Trouble concentrating at work'],
  ['Pain with reaching overhead', 'Pain with reaching overhead'],
  ['Decreased grip strength, drops objects', 'Decreased grip strength, drops objects'],
  ['Pt c/o difficulty w/ stairs & ADLs', 'Pt c/o difficulty w/ stairs & ADLs'],
  ['Sitting tolerance limited to 15 min', 'Sitting tolerance limited to 15 min'],
  ['Wakes 3-4x/night due to shoulder pain', 'Wakes 3-4x/night due to shoulder pain'],
  ['Off work since the accident', 'Off work since the accident'],
  ['Currently on light duty.', 'Currently on light duty'],
  ['Avoids driving since the collision', 'Avoids driving since the collision'],
  ['Impaired balance with TUG 19 s (fall risk)', 'Impaired balance with TUG 19 s (fall risk)'],
  ['Not able to tolerate prolonged standing at work', 'Not able to tolerate prolonged standing at work'],
  ['Pt reports inability to kneel', 'Pt reports inability to kneel'],
  ['Headaches interfere with her ability to work a full day', 'Headaches interfere with her ability to work a full day'],
  ["Can't turn head to back out of driveway", "Can't turn head to back out of driveway"],
  ['Socially withdrawn, isolating in room most of the day', 'Socially withdrawn, isolating in room most of the day'],
  ['Needs help putting on socks', 'Needs help putting on socks'],
  ['Decline in work performance per supervisor', 'Decline in work performance per supervisor'],
  ['Client has difficulty getting out of bed most mornings', 'Client has difficulty getting out of bed most mornings'],
  ['Pt denies numbness but has difficulty gripping a pen', 'Pt denies numbness but has difficulty gripping a pen'],
  ['Difficulty sitting: no more than 20 min at a time', 'Difficulty sitting: no more than 20 min at a time'],
  ['Neck pain prevents her from driving more than 15 minutes', 'Neck pain prevents her from driving more than 15 minutes'],
  ['Still diff w/ donning socks in the morning.', 'Still diff w/ donning socks in the morning'],
  ['Pt c/o diff climbing stairs at home', 'Pt c/o diff climbing stairs at home'],
  ['↓ grip strength R hand', '↓ grip strength R hand'],
  ['Flares keep her home from work two days a month', 'Flares keep her home from work two days a month'],
];

const noLimitation: string[] = [
  'Denies difficulty with ADLs.',
  'No functional limitations.',
  'Pt reports no difficulty sleeping.',
  'Independent with all ADLs and IADLs.',
  'Able to lift 20 lb without difficulty.',
  'Full ROM in all planes; strength 5/5.',
  'Difficulty sleeping: denies',
  'Functional limitations: none',
  'Gait WNL, no assistive device.',
  'Rule out impaired balance',
  'Assess for fall risk at next visit.',
  'Working full duty without restrictions.',
  'Sleeping well, 7-8 hours a night.',
  'Pt tolerates sitting 60+ min without pain.',
  'Returned to full duty last week.',
  'Client denies any problems with concentration or sleep.',
  'Pt is no longer having difficulty with stairs.',
  'Walks 1 mile daily with spouse.',
  'ROM is within functional limits.',
  'If pain limits sleep, call the office.',
  'Pain 2/10, does not interfere with work.',
  'Goal: be able to lift grandchild.',
  'No history of falls.',
  'Patient is independent with transfers and gait without an assistive device.',
  'Mood stable; attending work and school regularly.',
  'Negative for difficulty swallowing.',
  'Screen for sleep disturbance.',
  'Discharged from PT, all goals met.',
  'Free of pain with overhead reaching.',
  'Can lift 25 lb overhead without pain.',
  'Not limited in any ADLs.',
  'Wants to get back to running.',
  'Any difficulty with stairs?',
  'One of the common problems contributing to denials is missing documentation.',
  'Treatment is expected to improve her condition or prevent worsening symptoms.',
  'Diff dx includes cervical radiculopathy.',
  'No diff with stairs today.',
  'Pain dec from 6/10 to 3/10.',
  'We will keep her on the home program from now on.',
];

describe('detectFunctionalLimitation', () => {
  it.each(limitations)('finds a limitation in %j', (text, evidence) => {
    expect(detectFunctionalLimitation(text)).toEqual({ found: true, evidence: [evidence] });
  });

  it.each(noLimitation)('finds no limitation in %j', (text) => {
    expect(detectFunctionalLimitation(text)).toEqual({ found: false, evidence: [], missing: ['limitation'] });
  });

  it('quotes each limiting clause of a longer history and skips denied ones', () => {
    const text = 'Pt denies difficulty with self-care. Unable to lift grandchild; sleep interrupted 2-3x nightly. No SI/HI.';
    expect(detectFunctionalLimitation(text).evidence).toEqual(['Unable to lift grandchild', 'sleep interrupted 2-3x nightly']);
  });

  it('reads a day lost to the condition and an activity given up because of it, not a medicine stopped', () => {
    for (const text of [
      'Flares keep her in bed one to two days a week.',
      'He has had to give up his Saturday league.',
      'She gave up gardening last spring.',
      'Migraines kept him home most Mondays.',
      'Since the stroke he is housebound.',
    ]) expect(detectFunctionalLimitation(text).found, text).toBe(true);
    for (const text of [
      'We will keep her home exercise program as is.',
      'She had to stop the medication because of nausea.',
      'He had to reduce his dose of gabapentin.',
      'She had to stop taking ibuprofen.',
      'He has not had to give up any activities.',
    ]) expect(detectFunctionalLimitation(text).found, text).toBe(false);
  });
});

// Real-style phrases from evaluations, daily notes and treatment plans: shorthand, EHR fragments, outcome scores.
// A phrase alone is its own evidence; a pair gives the clause quoted back when it differs.
const realLimitations: (string | [string, string])[] = [
  'LEFS 32/80',
  'Oswestry 46%',
  'NDI 38%',
  'DASH 45',
  'PHQ-9 of 17',
  'GAD-7 14',
  'QuickDASH 52.3 at IE',
  'ODI: 34% (moderate disability)',
  'Needs rail for stairs',
  'Has stopped driving on highways',
  'Pt has stopped attending church d/t panic sx',
  'Pt c/o inc pain w/ prolonged sitting > 30 min',
  'Amb 150 ft w/ FWW, CGA',
  'Requires 2 person assist for bed mobility',
  'Uses SPC for community distances',
  'Lifting restricted to 10 lbs per MD',
  'Sx interfere w/ work and parenting',
  'Antalgic gait w/ dec stance time on L',
  'Neck pain w/ turning head while driving',
  'Stair negotiation w/ B rails, step-to pattern',
  'Pt reports she can only sit 15 min before needing to stand',
  'Needs assist w/ LB dressing',
  'Difficulty w/ donning/doffing shirt',
  'Reports waking 2-3x/night 2/2 shoulder pain',
  'Unable to return to work as a CNA',
  'Has been on modified duty since 9/2026',
  'Client avoids grocery stores and public transportation',
  'Decreased activity tolerance, SOB after 1 flight of stairs',
  'Impaired sitting balance',
  'Dependent for bathing',
  'S/p R TKA 10/2026, amb w/ RW',
  'Reduced participation in family activities',
  'c/o difficulty concentrating at work x 2 months',
  'Fear avoidance: avoids bending and lifting',
  ['Baseline LEFS 28/80; goal 60/80', 'Baseline LEFS 28/80'],
  'Improve LEFS from 38/80 to 60/80 by end of week 8',
];

const realNoLimitation: string[] = [
  'No functional limitations reported.',
  'Pt denies any functional deficits.',
  'Independent w/ ADLs/IADLs, amb community distances w/o AD',
  'Gait WNL',
  'ROM WNL throughout, strength 5/5 BUE/BLE',
  'Oswestry 6% (minimal disability)',
  'PHQ-9: 3',
  'GAD-7 2 (minimal anxiety)',
  'LEFS 78/80',
  'NDI 4%',
  'Goal: LEFS ≥ 60/80 in 6 wks',
  'NDI goal < 10%',
  'Reduce ODI to 20% by 8 wks',
  'Pt reports no difficulty w/ stairs',
  'No c/o difficulty sleeping',
  'Pt has returned to driving on highways',
  'Resumed full duty work 11/2026',
  'Able to amb 1000 ft w/o AD',
  'No assistive device needed',
  'Does not require assistance w/ transfers',
  'Denies sleep disturbance',
  'Pt stopped NSAIDs d/t GI upset',
  'Stopped taking gabapentin last month',
  'Pt has stopped smoking',
  'Pain stopped after 2 visits',
  'Knee stopped hurting on stairs last week',
  'Pt stopped having headaches after week 3',
  'Full duty, no restrictions',
  'Screen for functional limitation at IE',
  'Functional status: independent',
  'Uses standing desk at work',
  'Uses ice PRN for soreness',
  'Limitations: none reported',
  'Functional deficits: denies',
  'If difficulty w/ stairs persists, add balance training',
  'Mood euthymic; working full time and socializing',
  'Pt tolerated tx well',
  'Client denies avoidance behaviors',
];

describe('detectFunctionalLimitation on real-style notes', () => {
  it.each(realLimitations)('finds a limitation in %j', (phrase) => {
    const [text, evidence] = typeof phrase === 'string' ? [phrase, phrase.replace(/\.$/, '')] : phrase;
    expect(detectFunctionalLimitation(text)).toEqual({ found: true, evidence: [evidence] });
  });

  it.each(realNoLimitation)('finds no limitation in %j', (text) => {
    expect(detectFunctionalLimitation(text)).toEqual({ found: false, evidence: [], missing: ['limitation'] });
  });
});
