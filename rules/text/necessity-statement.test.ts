import { describe, expect, it } from 'vitest';
import { detectNecessityStatement } from './necessity-statement';

// [text, the clause quoted back as evidence]
const statements: [string, string][] = [
  ['Treatment is medically necessary to restore cervical motion.', 'Treatment is medically necessary to restore cervical motion'],
  ['Skilled therapy is required because of the complexity of post-operative precautions.',
    'Skilled therapy is required because of the complexity of post-operative precautions'],
  ['Requires the skills of a licensed therapist to progress joint mobilization safely.',
    'Requires the skills of a licensed therapist to progress joint mobilization safely'],
  ['There is no less costly alternative that would produce equivalent results.', 'There is no less costly alternative that would produce equivalent results'],
  ['Necessary to restore function for return to work.', 'Necessary to restore function for return to work'],
  ['Soft-tissue restriction and spasm limit the therapeutic exercise program; massage on the same visit is needed to restore cervical motion.',
    'massage on the same visit is needed to restore cervical motion'],
  ['Manual release of these trigger points is required to reduce headache frequency', 'Manual release of these trigger points is required to reduce headache frequency'],
  ['Skilled exercise and soft-tissue work are needed to restore rotation before muscle guarding becomes chronic.',
    'Skilled exercise and soft-tissue work are needed to restore rotation before muscle guarding becomes chronic'],
  ['Pt requires skilled mobilization to progress GH capsular mobility.', 'Pt requires skilled mobilization to progress GH capsular mobility'],
  ['I am writing to document the medical necessity of medical massage for my patient.',
    'I am writing to document the medical necessity of medical massage for my patient'],
  ['Medical massage is medically indicated for cervicalgia with muscle spasm.', 'Medical massage is medically indicated for cervicalgia with muscle spasm'],
  ['Continued skilled PT is medically necessary due to fall risk.', 'Continued skilled PT is medically necessary due to fall risk'],
  ['Psychotherapy remains clinically necessary given ongoing panic attacks.', 'Psychotherapy remains clinically necessary given ongoing panic attacks'],
  ['The service meets medical necessity criteria under the plan.', 'The service meets medical necessity criteria under the plan'],
  ["Services are reasonable and necessary for the treatment of the patient's condition", "Services are reasonable and necessary for the treatment of the patient's condition"],
  ['Skilled intervention is necessary to prevent further functional decline.', 'Skilled intervention is necessary to prevent further functional decline'],
  ['The judgment of a qualified therapist is required to grade manual techniques', 'The judgment of a qualified therapist is required to grade manual techniques'],
  ['This treatment is essential to restore her ability to work.', 'This treatment is essential to restore her ability to work'],
  ['Needs skilled PT to address gait deviations and fall risk', 'Needs skilled PT to address gait deviations and fall risk'],
  ['There is a need for skilled massage therapy to reduce spasm', 'There is a need for skilled massage therapy to reduce spasm'],
  ['Treatment is warranted because conservative care failed', 'Treatment is warranted because conservative care failed'],
  ['Medical massage is necessary in order to restore muscle function', 'Medical massage is necessary in order to restore muscle function'],
  ['Not more costly than an alternative service likely to produce equivalent results', 'Not more costly than an alternative service likely to produce equivalent results'],
  ['Massage therapy is medically required as an adjunct to therapeutic exercise', 'Massage therapy is medically required as an adjunct to therapeutic exercise'],
  ['Ongoing sessions are needed to reduce suicidal ideation and stabilize mood', 'Ongoing sessions are needed to reduce suicidal ideation and stabilize mood'],
  ["Skilled care is needed because the patient's condition requires ongoing assessment", "Skilled care is needed because the patient's condition requires ongoing assessment"],
  ['Care requires the expertise of a licensed mental health professional', 'Care requires the expertise of a licensed mental health professional'],
  ['PT is clinically indicated for post-op rehab', 'PT is clinically indicated for post-op rehab'],
  ['Medically necessary: yes', 'Medically necessary: yes'],
  ['Least costly effective treatment option', 'Least costly effective treatment option'],
  ['Pt denies pain at rest but skilled PT is required to restore overhead reach', 'Pt denies pain at rest but skilled PT is required to restore overhead reach'],
  ['Medical necessity: soft-tissue restriction limits the exercise program', 'Medical necessity: soft-tissue restriction limits the exercise program'],
];

const noStatement: string[] = [
  'Not medically necessary.',
  'Massage is not medically necessary for this condition.',
  'Therapy is no longer medically necessary; pt discharged.',
  'Medical necessity: not established',
  'Does not meet medical necessity criteria.',
  'Why is this treatment medically necessary?',
  '[Explain why the service is medically necessary]',
  'Medical massage may be considered medically necessary when all criteria are met.',
  'If medically necessary, the plan may authorize more visits.',
  'Prior authorization is required for PT',
  'Signature required',
  'Skilled care not required at this time.',
  'Pt does not require skilled therapy.',
  'Massage is not necessary to restore function.',
  'Medical necessity denied by payer.',
  'Unable to establish medical necessity.',
  'Pt feels better.',
  'Medical necessity',
  'Treatment plan: massage 1x/week',
  'Patient wants massage for relaxation.',
  'Letter of Medical Necessity',
  'Medical necessity review pending',
  'See attached medical necessity form',
  'Utilization review for medical necessity pending',
  'Therapy may be medically necessary if progress is documented.',
  'Is massage medically necessary for chronic neck pain?',
  'Requested treatment: medical massage 97124',
  'Skilled services are not needed.',
  'Maintenance program does not require skilled services.',
  'Whether therapy is medically necessary will be determined on review.',
  'Pt requires assistance with ADLs.',
  'No skilled need identified; discharge to HEP.',
  'Necessary documents attached.',
  'The plan covers medically necessary services only.',
  'Generally, three things inform medical necessity.',
  'How to document medical necessity: best practices',
  'In order to establish medical necessity, attach the evaluation.',
];

describe('detectNecessityStatement', () => {
  it.each(statements)('finds a necessity statement in %j', (text, evidence) => {
    expect(detectNecessityStatement(text)).toEqual({ found: true, evidence: [evidence] });
  });

  it.each(noStatement)('finds no necessity statement in %j', (text) => {
    expect(detectNecessityStatement(text)).toEqual({ found: false, evidence: [], missing: ['statement'] });
  });
});

// Real-style necessity wording from plans of care, LMNs and auth requests: a phrase alone is its own evidence.
const realStatements: (string | [string, string])[] = [
  'Skilled PT is medically necessary to address deficits and reduce fall risk',
  'Pt requires skilled PT to progress ther ex safely',
  "Skilled intervention required 2/2 complexity of pt's condition",
  'Med nec: pt unable to perform ADLs w/o skilled intervention',
  'Continued skilled services are necessary to achieve LTGs',
  'Tx is reasonable and necessary per LCD L34049',
  'Services require the skills of a therapist d/t fall risk',
  'Skilled care needed for gait training and pt/caregiver education',
  'Medically necessary to decrease pain and restore function',
  'Chiropractic manipulation is medically necessary to correct subluxation at L5',
  'CMT is necessary to restore spinal joint function',
  'Massage is clinically indicated to reduce myofascial restriction',
  'Psychotherapy is medically necessary given PHQ-9 of 17 and impaired work functioning',
  'Client meets medical necessity for weekly psychotherapy',
  'Medical necessity: pt has failed conservative care and continues to have functional deficits',
  'Pt continues to require skilled OT to improve UE function',
  'Needs continued skilled PT to reach LTGs',
  'Intervention requires clinical judgment of a PT to modify tx based on response',
  'Without skilled tx, pt is at risk for further decline',
  'Outpatient psychotherapy is the least restrictive appropriate level of care',
  'Treatment is necessary for pt to return to work',
  'Skilled PT warranted d/t high fall risk (Berg 38/56)',
  "Pt's condition requires skilled services",
  'Manual therapy by a licensed therapist is required to reduce joint restriction',
  "Interventions are reasonable, necessary, and specific to the pt's condition",
  'Ongoing tx medically necessary to prevent regression',
  'Sessions are needed to stabilize mood and prevent hospitalization',
  'Requires the expertise of a licensed clinician to address trauma symptoms',
  'Skilled services remain necessary d/t complexity of HEP progression',
  'Massage is medically necessary as an adjunct to PT',
  'Chiropractic care is medically necessary for acute L4 subluxation',
  'Without continued therapy, client is likely to require a higher level of care',
];

const realNoStatement: string[] = [
  'Medically necessary? Y / N',
  'Med nec: ____',
  'Medical necessity: not documented',
  'Skilled care not indicated',
  'No skilled need',
  'Pt no longer requires skilled PT; d/c to HEP',
  'Services not medically necessary per reviewer',
  'Denied as not medically necessary',
  'Medical necessity criteria: see LCD',
  'Pt requests massage to relax',
  'Necessary paperwork completed',
  'It is necessary to obtain auth before eval',
  'Prior authorization required',
  'Pt is required to bring ID to first visit',
  'Requires assistance w/ ADLs',
  'Needs help with stairs',
  'Pt needs to continue HEP',
  'If skilled care is required, submit a POC',
  'Medical necessity will be reviewed at recert',
  'Documentation must support medical necessity',
  'Payer requests proof of medical necessity',
  'Medical necessity unclear',
  'Not reasonable and necessary',
  'Treatment not warranted at this time',
  'Skilled therapy not needed; pt independent with HEP',
  'Care may be required in the future',
  'Continue per POC',
  'Necessity of surgery to be determined by ortho',
  'Medical Necessity Review Form',
  'Does pt require skilled care?',
  'Pt was told treatment is not necessary',
  'Without insurance, pt is unable to attend',
];

describe('detectNecessityStatement on real-style documentation', () => {
  it.each(realStatements)('finds a necessity statement in %j', (phrase) => {
    const [text, evidence] = typeof phrase === 'string' ? [phrase, phrase] : phrase;
    expect(detectNecessityStatement(text)).toEqual({ found: true, evidence: [evidence] });
  });

  it.each(realNoStatement)('finds no necessity statement in %j', (text) => {
    expect(detectNecessityStatement(text)).toEqual({ found: false, evidence: [], missing: ['statement'] });
  });
});
