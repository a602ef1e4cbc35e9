import { describe, expect, it } from 'vitest';
import { detectMaintenanceLanguage } from './maintenance-language';

// [text, the maintenance words quoted back]
const maintenance: [string, string[]][] = [
  ['Maintenance care', ['Maintenance care']],
  ['Continue massage to maintain current level of function.', ['to maintain current level of function']],
  ['Patient has plateaued.', ['has plateaued']],
  ['No further progress expected.', ['No further progress expected']],
  ['Skilled therapy to prevent deterioration', ['prevent deterioration']],
  ['Wellness massage monthly', ['Wellness massage']],
  ['Relaxation massage requested by client', ['Relaxation massage']],
  ['Massage for stress relief', ['Massage for stress relief']],
  ['Pt has reached maximum medical improvement.', ['maximum medical improvement']],
  ['Condition is chronic and stable.', ['chronic and stable']],
  ['Pt continues on maintenance, 1x/month', ['on maintenance']],
  ['Supportive care only.', ['Supportive care']],
  ['Progress has plateaued over the last 3 visits', ['has plateaued']],
  ['Further improvement is not expected.', ['Further improvement is not expected']],
  ['Pt is not expected to make further gains', ['not expected to make further gains']],
  ['Goal: maintain her current mobility', ['maintain her current mobility']],
  ['Monthly visits for wellness', ['for wellness']],
  ['Treatment will preserve current function and prevent regression.', ['preserve current function', 'prevent regression']],
  ['Continue maintenance program at home with periodic visits', ['maintenance program']],
  ['Massage promotes relaxation and general well-being', ['promotes relaxation', 'general well-being']],
  ['Pt reached a plateau in ROM gains', ['reached a plateau']],
  ['MMI reached per ortho', ['MMI']],
  ['Patient is unlikely to progress further', ['unlikely to progress']],
  ['Preventive care visits every 4 weeks', ['Preventive care']],
  ['Spa massage', ['Spa massage']],
  ['Client requests sessions for relaxation and stress relief', ['for relaxation', 'stress relief']],
  ['No additional functional gains noted in 6 weeks', ['No additional functional gains noted']],
  ['Pt in maintenance phase of treatment', ['in maintenance phase']],
  ['Chronic, stable low back pain; PRN visits', ['Chronic, stable']],
  ['Skilled maintenance therapy per Jimmo', ['maintenance therapy']],
  ['Therapy to prevent further decline in mobility', ['prevent further decline']],
  ['Pt denies new complaints, has plateaued with HEP', ['has plateaued']],
];

const notMaintenance: string[] = [
  'Health Maintenance Organization (HMO) plan',
  'Continue sertraline maintenance dose',
  'Difficulty with home maintenance tasks',
  'This is rehabilitative, not maintenance, care.',
  'Pt has not plateaued; steady gains in ROM.',
  'Not a maintenance program.',
  'Continued improvement is expected.',
  'Taught progressive muscle relaxation',
  'Relaxation techniques reviewed',
  'Muscle relaxants PRN',
  'Medical massage, distinct from relaxation or spa services',
  'Will discharge to HEP once pt plateaus',
  'Rather than maintenance, treatment targets measurable gains',
  'Pt is making steady progress toward goals',
  'Annual wellness visit with PCP',
  'Discharge when goals met or plateau reached',
  'No plateau noted',
  'Yard maintenance aggravates back pain',
  'If no further progress is made, will discharge',
  'Diaphragmatic breathing taught for relaxation',
  'Improve posture to prevent recurrence',
  'Significant improvement expected with continued care',
  'Pt is expected to make further gains',
  'Has been maintaining HEP independently',
  'Maintain gains after discharge with HEP',
  'Stress reduction techniques',
  'Rehabilitative massage to restore cervical ROM',
  'Pt not yet at maximum medical improvement',
  'Pt denies stress relief from prior massage',
  'Assess for plateau at re-eval',
  'Maintenance of certification on file',
  'Prevent falls with balance training',
];

describe('detectMaintenanceLanguage', () => {
  it.each(maintenance)('finds maintenance language in %j', (text, evidence) => {
    expect(detectMaintenanceLanguage(text)).toEqual({ found: true, evidence });
  });

  it.each(notMaintenance)('finds no maintenance language in %j', (text) => {
    expect(detectMaintenanceLanguage(text)).toEqual({ found: false, evidence: [] });
  });
});
