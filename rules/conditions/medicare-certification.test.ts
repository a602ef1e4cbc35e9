import { describe, expect, it } from 'vitest';
import { BUNDLED_CHECKLISTS } from '../checklists';
import { checkSnapshot } from '../check-snapshot';
import type { Field } from '../schema';
import { field, snapshotOf } from '../testing/test-snapshot';

// A Medicare PT visit whose initial plan is certified either by signature or, since 2025, by an order on file.
const visit = (date: string, extra: Field[]): Field[] => [
  field('payer.name', 'Medicare Part B'),
  field('line.procedureCode', '97110', { index: 1 }),
  field('line.modifier', 'GP', { index: 1 }),
  field('line.dateFrom', date, { index: 1 }),
  ...extra,
];
const finding = (fields: Field[], ruleId: string) => checkSnapshot(snapshotOf(fields), { checklists: BUNDLED_CHECKLISTS }).findings
  .find((candidate) => candidate.ruleId === ruleId && candidate.checklistId === 'medicare-outpatient-therapy');

describe('Medicare initial certification: signature, or since 2025 an order on file (42 CFR 424.24(c))', () => {
  it('takes an order on file for the signature from 2025, and then wants the plan sent within 30 days', () => {
    const order = [field('cert.startDate', '07/06/2026'), field('order.date', '06/30/2026')];
    expect(finding(visit('08/20/2026', [...order, field('cert.sentDate', '07/08/2026')]), 'certified-within-30-days')).toMatchObject({
      status: 'notApplicable', message: expect.stringMatching(/^Not applicable: since 1 January 2025 a signed and dated order or referral on file certifies the initial plan/),
    });
    expect(finding(visit('08/20/2026', [...order, field('cert.sentDate', '07/08/2026')]), 'plan-sent-within-30-days')?.status).toBe('pass');
    expect(finding(visit('08/20/2026', [...order, field('cert.sentDate', '08/12/2026')]), 'plan-sent-within-30-days')).toMatchObject({
      status: 'fail', message: expect.stringMatching(/37 days after Start of care/i),
    });
    expect(finding(visit('08/20/2026', order), 'plan-sent-within-30-days')?.status).toBe('cantTell');
  });

  it('still needs the signature within 30 days before 2025, order or not', () => {
    const fields = [field('cert.startDate', '03/04/2024'), field('order.date', '03/01/2024'), field('cert.signatureDate', '04/22/2024')];
    expect(finding(visit('04/25/2024', fields), 'certified-within-30-days')).toMatchObject({ status: 'fail' });
    expect(finding(visit('04/25/2024', fields.slice(0, 2)), 'plan-sent-within-30-days')).toMatchObject({
      status: 'notApplicable', message: expect.stringMatching(/dates of service are from 2025 on and a dated order or referral is on file/),
    });
  });

  it('needs the signature without an order on file, and asks nothing of the sending once the plan is signed', () => {
    const signedLate = [field('cert.startDate', '07/06/2026'), field('cert.signatureDate', '08/20/2026')];
    expect(finding(visit('08/25/2026', signedLate), 'certified-within-30-days')?.status).toBe('fail');
    const signed = [field('cert.startDate', '07/06/2026'), field('order.date', '06/30/2026'), field('cert.signatureDate', '07/10/2026')];
    expect(finding(visit('08/25/2026', signed), 'plan-sent-within-30-days')).toMatchObject({
      status: 'notApplicable', message: expect.stringMatching(/the physician or NPP signed and dated the plan/),
    });
  });
});
