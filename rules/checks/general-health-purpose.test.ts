import { describe, expect, it } from 'vitest';
import { contextOf, field } from '../testing/test-snapshot';
import { generalHealthPurpose } from './general-health-purpose';

const options = generalHealthPurpose.options.parse({ concepts: ['doc.treatmentPlan', 'doc.necessityStatement'] });
const run = (fields: Parameters<typeof contextOf>[0]) => generalHealthPurpose.run(contextOf(fields), options);

describe('general-health-purpose', () => {
  it('fails wording that gives relaxation or general health as the purpose, quoting it', () => {
    const [outcome] = run([field('doc.treatmentPlan', 'Massage twice a month for relaxation and overall wellness.')]);
    expect(outcome!.status).toBe('fail');
    expect(outcome!.message).toMatch(/for relaxation/);
  });

  it('passes plateau and prevention wording, which IRC §213(d) allows as mitigation or prevention', () => {
    const [outcome] = run([
      field('doc.treatmentPlan', 'Progress has plateaued; monthly massage to prevent deterioration of shoulder range of motion.'),
      field('doc.necessityStatement', 'Medically necessary to mitigate pain from adhesive capsulitis (M75.02).'),
    ]);
    expect(outcome!.status).toBe('pass');
  });

  it('is not applicable when nothing is written, and cannot tell when the fields are not there', () => {
    expect(run([field('doc.treatmentPlan', '')])[0]!.status).toBe('notApplicable');
    expect(run([field('patient.name', 'Pat Example')])[0]!.status).toBe('cantTell');
  });
});
