import { describe, expect, it } from 'vitest';
import { contextOf, field } from '../testing/test-snapshot';
import { maintenanceLanguage } from './maintenance-language';

const run = (fields: Parameters<typeof contextOf>[0], policy: 'exclude' | 'informational') =>
  maintenanceLanguage.run(contextOf(fields), { concepts: ['doc.progress', 'doc.treatmentPlan'], policy });

describe('maintenance-language', () => {
  const plateau = [field('doc.progress', 'Gains in ROM this month.'), field('doc.treatmentPlan', 'Patient has plateaued; continue for maintenance care.')];

  it('fails maintenance language where the payer excludes maintenance, quoting the words', () => {
    const [outcome] = run(plateau, 'exclude');
    expect(outcome).toMatchObject({ status: 'fail', fieldKey: 'doc.treatmentPlan' });
    expect(outcome?.message).toMatch(/^Reads as maintenance or general-wellness care: “has plateaued”, “for maintenance care”; this checklist covers only treatment/);
  });

  it('passes it with a skilled-maintenance note where the payer covers skilled maintenance (Jimmo)', () => {
    const [outcome] = run(plateau, 'informational');
    expect(outcome).toMatchObject({ status: 'pass', fieldKey: 'doc.treatmentPlan' });
    expect(outcome?.message).toBe(
      "Maintenance language seen: “has plateaued”, “for maintenance care”; skilled maintenance is covered only when the notes show why a therapist's skill is needed",
    );
  });

  it('passes rehabilitative text under either policy', () => {
    const rehab = [field('doc.progress', 'Rehabilitative, not maintenance: flexion +14° since last note; continued gains expected.')];
    expect(run(rehab, 'exclude')[0]).toMatchObject({ status: 'pass', message: 'No maintenance language', fieldKey: 'doc.progress' });
    expect(run(rehab, 'informational')[0]?.status).toBe('pass');
  });

  it("can't tell without the fields, and has nothing to check in empty ones", () => {
    expect(run([field('patient.name', 'Test Patient')], 'exclude')[0]).toMatchObject({
      status: 'cantTell', fieldKey: null, message: 'ClaimLint could not find a Progress toward goals field on this page',
    });
    expect(run([field('doc.progress', '')], 'exclude')[0]).toMatchObject({ status: 'notApplicable', fieldKey: 'doc.progress' });
  });

  it('refuses an unknown policy', () => {
    expect(maintenanceLanguage.options.safeParse({ concepts: ['doc.progress'], policy: 'maybe' }).success).toBe(false);
  });
});
