import type { Field, Snapshot } from '../schema';
import { field, snapshotOf } from './test-snapshot';

/** A plan of care's fields holding every component a plan needs (synthetic), plus `extra`. */
export function samplePlanFields(extra: Field[] = []): Field[] {
  return [
    field('payer.name', 'Example Health Plan PPO'),
    field('claim.diagnosis', 'M54.16', { index: 'A' }),
    field('doc.diagnosisText', 'Lumbar radiculopathy'),
    field('doc.functionalLimitation', 'Unable to sit longer than 15 minutes'),
    field('doc.longTermGoals', 'Sit 60 minutes without pain within 8 weeks'),
    field('doc.treatmentPlan', 'Therapeutic exercise (97110) and manual therapy (97140)'),
    field('doc.frequencyDuration', '2x/week for 8 weeks'),
    field('doc.expectedOutcome', 'Rehab potential good'),
    field('provider.signature', 'Dana Sample, PT'),
    field('provider.credentials', 'PT'),
    ...extra,
  ];
}

/**
 * A plan-of-care page with gaps (synthetic): who the patient is, the diagnosis and the treatment, but no goals and
 * nothing tried before. `patientName` lets a test put hostile text where page text goes.
 */
export function planPageWithGaps(patientName = 'Quinn Fablewood'): Snapshot {
  return snapshotOf([
    field('patient.name', patientName),
    field('patient.dob', '1984-02-11'),
    field('patient.memberId', 'QFW-5531-TEST'),
    field('claim.diagnosis', 'M54.50', { index: 'A' }),
    field('line.procedureCode', '97110', { index: 1 }),
  ]);
}
