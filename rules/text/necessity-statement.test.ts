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
