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

// Real-style wording from chiropractic, massage and therapy notes: [text, the maintenance words quoted back].
const realMaintenance: [string, string[]][] = [
  ['maintenance care', ['maintenance care']],
  ['Supportive care', ['Supportive care']],
  ['Patient has plateaued, continue monthly to prevent regression', ['has plateaued', 'prevent regression']],
  ['Pt at MMI, maintenance tx 1x/mo', ['MMI', 'maintenance tx']],
  ['Pt is in the maintenance phase of care', ['maintenance phase']],
  ['Elective/maintenance care, no AT modifier', ['maintenance care']],
  ['Goal: maintain current functional status', ['maintain current functional status']],
  ['Tx plan: preventive care 1x/mo', ['preventive care']],
  ['Plateau in progress noted over last 4 visits', ['Plateau']],
  ['Progress has leveled off over the past month', ['Progress has leveled off']],
  ['Sx have stabilized; further improvement not anticipated', ['further improvement not anticipated']],
  ['Continue care to prevent decompensation', ['prevent decompensation']],
  ['Skilled maintenance program per Jimmo to slow decline', ['maintenance program', 'slow decline']],
  ['Chiropractic maintenance care 1x/month', ['maintenance care']],
  ['Wellness visits monthly', ['Wellness visits']],
  ['Massage for general relaxation', ['Massage for general relaxation']],
  ['Client seeks massage for stress reduction', ['massage for stress reduction']],
  ['Pt has reached maximum therapeutic benefit', ['maximum therapeutic benefit']],
  ['Pt is at MMI', ['MMI']],
  ['Periodic visits to prevent deterioration', ['prevent deterioration']],
  ['Tx goal: maintain functional status and prevent regression', ['maintain functional status', 'prevent regression']],
  ['Supportive tx only', ['Supportive tx']],
  ['No further improvement expected; monthly visits to maintain', ['No further improvement expected']],
  ['Further gains unlikely', ['Further gains unlikely']],
  ['Pt has maximized rehab potential', ['maximized rehab potential']],
  ['Pt requests monthly tune-ups', ['tune-ups']],
  ['Maintenance: 1x/mo', ['Maintenance']],
  ['Elective care for wellness', ['for wellness']],
  ['Chronic/stable LBP, seen PRN', ['Chronic/stable']],
  ['Prophylactic visits q 4 wks', ['Prophylactic visits']],
  ['Condition is static; continue PRN', ['Condition is static']],
  ['Therapy to slow further deterioration in function', ['slow further deterioration']],
  // The issue's own example: a home program to keep gains says the aim is now maintenance.
  ['Home program to maintain ROM gains', ['Home program to maintain ROM gains']],
  ['HEP to maintain gains after DC', ['HEP to maintain gains']],
  ['Pt independent w/ maintenance HEP at discharge', ['maintenance HEP']],
  ['Discharged to home maintenance program', ['home maintenance program']],
  ['Pt demonstrates excellent carryover; HEP to maintain gains', ['HEP to maintain gains']],
];

// Not maintenance: relaxation of a muscle is a treatment effect, and "maintain" of a posture, a precaution or a
// balance time is a task, not the aim of the care.
const realNotMaintenance: string[] = [
  'Promotes relaxation of hypertonic upper trapezius',
  'Pt instructed in HEP; performed with good form',
  'HEP updated to progress resistance bands',
  'Maintain HEP compliance 5x/wk to reach LTGs',
  'Continue skilled PT to restore ROM lost since surgery',
  'Reduce hypertonicity and promote relaxation of the cervical paraspinals',
  'Soft tissue mobilization to promote muscle relaxation',
  'Muscle relaxation achieved in L rhomboids',
  'Pt making steady gains; not yet plateaued',
  'Progressing toward LTGs; continue skilled PT',
  'Maintain NWB precautions',
  'Maintain spinal neutral during lifting',
  'Maintain sobriety',
  'Pt able to maintain sitting balance 2 min',
  'Maintains upright posture w/ cues',
  'This is active care, not maintenance care',
  'Active tx; AT modifier appended',
  'Further improvement is expected',
  'Expect continued gains over next 4 weeks',
  'Health maintenance: colonoscopy due',
  'Prevent re-injury with body mechanics training',
  'Progress noted; plateau not reached',
  'If pt plateaus, transition to HEP',
  'Will d/c to HEP when plateau reached',
  'Maintenance dose of Lexapro',
  'Massage to reduce spasm and promote tissue healing',
  'Wellness check',
  'Preventive services: flu vaccine',
  'Stress management techniques taught',
  'Continue skilled PT to progress strength; pt not at MMI',
  'Relaxation of paraspinals noted post-tx',
  'Static balance impaired',
  'Post-op knee, progressing well, no plateau',
  'History of slow decline in memory per family',
];

describe('detectMaintenanceLanguage on real-style notes', () => {
  it.each(realMaintenance)('finds maintenance language in %j', (text, evidence) => {
    expect(detectMaintenanceLanguage(text)).toEqual({ found: true, evidence });
  });

  it.each(realNotMaintenance)('finds no maintenance language in %j', (text) => {
    expect(detectMaintenanceLanguage(text)).toEqual({ found: false, evidence: [] });
  });
});
