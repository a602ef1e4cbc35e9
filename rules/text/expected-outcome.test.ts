import { describe, expect, it } from 'vitest';
import { detectExpectedOutcome } from './expected-outcome';

// [text, the clause quoted back as evidence]
const outcomes: [string, string][] = [
  ['Good rehab potential', 'Good rehab potential'],
  ['Prognosis: fair', 'Prognosis: fair'],
  ['Pt is expected to return to full duty in 6 weeks.', 'Pt is expected to return to full duty in 6 weeks'],
  ['Anticipate 50% reduction in pain', 'Anticipate 50% reduction in pain'],
  ['Rehab potential: Good', 'Rehab potential: Good'],
  ['Good', 'Good'],
  ['Excellent.', 'Excellent'],
  ['Prognosis for return to prior level of function is good', 'Prognosis for return to prior level of function is good'],
  ['Excellent prognosis for full recovery', 'Excellent prognosis for full recovery'],
  ['We expect significant improvement in sleep and work tolerance', 'We expect significant improvement in sleep and work tolerance'],
  ['Full recovery is expected within 3 months', 'Full recovery is expected within 3 months'],
  ['Expected benefits: reduced pain, improved sleep and return to full work hours', 'Expected benefits: reduced pain, improved sleep and return to full work hours'],
  ['Pt will likely benefit from skilled PT', 'Pt will likely benefit from skilled PT'],
  ['Client is likely to respond well to CBT', 'Client is likely to respond well to CBT'],
  ['Expected outcome: independent community ambulation', 'Expected outcome: independent community ambulation'],
  ['Anticipated outcome is return to work without restrictions', 'Anticipated outcome is return to work without restrictions'],
  ['Reasonable expectation of measurable improvement within 8 weeks', 'Reasonable expectation of measurable improvement within 8 weeks'],
  ['Rehabilitation potential is fair due to chronicity', 'Rehabilitation potential is fair due to chronicity'],
  ['Prognosis guarded given comorbidities', 'Prognosis guarded given comorbidities'],
  ['Pt should improve with manual therapy and HEP', 'Pt should improve with manual therapy and HEP'],
  ['Symptoms expected to resolve in 4-6 weeks with treatment', 'Symptoms expected to resolve in 4-6 weeks with treatment'],
  ['Good potential to meet stated goals', 'Good potential to meet stated goals'],
  ['Fair to good prognosis', 'Fair to good prognosis'],
  ['Improvement is anticipated with continued skilled care', 'Improvement is anticipated with continued skilled care'],
  ['Pt expected to regain full ROM', 'Pt expected to regain full ROM'],
  ['Expect return to prior level of function by week 12', 'Expect return to prior level of function by week 12'],
  ['Favorable prognosis', 'Favorable prognosis'],
  ['Prognosis is very good with adherence to HEP', 'Prognosis is very good with adherence to HEP'],
  ['Gains are expected to carry over to work tasks', 'Gains are expected to carry over to work tasks'],
  ['Anticipate return to full duty at 8 weeks', 'Anticipate return to full duty at 8 weeks'],
  ['Child is expected to make meaningful gains in school attendance', 'Child is expected to make meaningful gains in school attendance'],
  ['Rehab potential: excellent for stated goals', 'Rehab potential: excellent for stated goals'],
  ['If compliant with HEP, prognosis is good', 'If compliant with HEP, prognosis is good'],
];

const noOutcome: string[] = [
  'Prognosis: unknown',
  'Prognosis: TBD',
  'Rehab potential: not assessed',
  'No further improvement expected.',
  'Pt is not expected to return to prior level of function.',
  'Patient is unlikely to improve further.',
  'Improve function',
  'Pain 7/10, worse with sitting.',
  'Expected date of discharge 12/31/2026',
  'Return to work',
  'Pt feels good today',
  'Prognosis:',
  'What is the expected outcome?',
  'Goals: see above',
  'Discharge when goals met',
  'Patient has a good attitude',
  'Good tolerance to treatment',
  'Fair balance, poor endurance',
  'Expected to pay copay at each visit',
  'Benefits verified with payer',
  'Authorization expected in 5 business days',
  'Pt expects to be seen weekly',
  'No improvement is anticipated with further therapy.',
  'Recovery is not expected.',
  'Pt denies expecting improvement',
  'Unable to determine prognosis at this time',
  'Potential for falls',
  'Poor historian',
  'Good compliance with HEP',
  'Rehab potential: —',
  'Will reassess in 2 weeks',
  'Prognosis deferred pending MRI',
];

describe('detectExpectedOutcome', () => {
  it.each(outcomes)('finds an expected outcome in %j', (text, evidence) => {
    expect(detectExpectedOutcome(text)).toEqual({ found: true, evidence: [evidence] });
  });

  it.each(noOutcome)('finds no expected outcome in %j', (text) => {
    expect(detectExpectedOutcome(text)).toEqual({ found: false, evidence: [], missing: ['outcome'] });
  });
});

// Real-style prognosis lines: a phrase alone is its own evidence.
const realOutcomes: (string | [string, string])[] = [
  'Rehab potential: good for stated goals',
  'Prognosis: good w/ compliance to HEP',
  'Rehab pot: good',
  'Prognosis good',
  'Prognosis for RTW: good',
  'RTW full duty anticipated in 6 wks',
  'Expect full recovery w/in 8-12 wks',
  'Anticipate pt will return to PLOF in 8 wks',
  'Pt expected to achieve LTGs by DC',
  'Good potential to achieve goals',
  'Prognosis for recovery: good',
  'Client is expected to benefit from weekly CBT',
  'Prognosis is fair given chronicity and comorbid depression',
  'Prognosis: guarded',
  'Sx expected to decrease w/ continued tx',
  'Expected outcomes: ↓ pain, ↑ ROM, RTW full duty',
  'Pt should make good progress toward goals',
  'Good prognosis for return to PLOF',
  'Rehab potential excellent',
  'Pt has good potential for full recovery',
  'Anticipated recovery: 6-8 weeks',
  'Likely to respond well to manual therapy',
  'Prognosis fair to good',
  'Client is likely to benefit from continued psychotherapy',
  'Pt will likely return to full duty within 4 wks',
  'Prognosis: good for full functional recovery',
  'Significant functional improvement expected w/ skilled care',
  'Rehab potential = good',
  'Fair rehab potential secondary to comorbidities',
  'Excellent potential for return to sport',
  'Expect reduction in PHQ-9 by ≥ 50% over 12 wks',
  'Progress toward goals expected given motivation',
  'Expected to tolerate full workday by week 6',
];

const realNoOutcome: string[] = [
  'Rehab potential: TBD at re-eval',
  'Prognosis: unable to determine',
  'Rehab potential: N/A',
  'No expected improvement',
  'Return to work date: 12/15/2026',
  'Expected discharge: 12/31/2026',
  'Expected visits: 12',
  'Good effort during session',
  'Fair sitting balance',
  'Poor posture noted',
  'Pt in good spirits',
  'Good carryover of HEP',
  'Good understanding of HEP',
  'Prognosis',
  'Prognosis: ___',
  'Rehab potential: □ Good □ Fair □ Poor',
  'Rehab potential: poor/fair/good (circle one)',
  'No further gains anticipated',
  'Improvement not expected',
  'Pt is not likely to benefit from further PT',
  'Unlikely to improve',
  'Expected copay $40',
  'Insurance expected to cover 12 visits',
  'Pt hopes to get back to golf',
  'Anticipated start date 11/10/2026',
  'Prognosis deferred to MD',
  'Recovery time unknown',
  'Good days and bad days',
  'Potential for improvement: unknown',
  'Benefit period ends 12/31',
  'Expected to attend 2x/wk',
  'Will likely need surgery',
  'Progress not expected to continue',
];

describe('detectExpectedOutcome on real-style documentation', () => {
  it.each(realOutcomes)('finds an expected outcome in %j', (phrase) => {
    const [text, evidence] = typeof phrase === 'string' ? [phrase, phrase] : phrase;
    expect(detectExpectedOutcome(text)).toEqual({ found: true, evidence: [evidence] });
  });

  it.each(realNoOutcome)('finds no expected outcome in %j', (text) => {
    expect(detectExpectedOutcome(text)).toEqual({ found: false, evidence: [], missing: ['outcome'] });
  });
});
