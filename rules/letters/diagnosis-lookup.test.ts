import { describe, expect, it } from 'vitest';
import { checkSnapshot } from '../check-snapshot';
import type { Denial } from '../denials/denial';
import type { Field } from '../schema';
import { field, snapshotOf } from '../testing/test-snapshot';
import { diagnosisLookupIn } from './diagnosis-lookup';
import type { CheckedSource } from './letter-sources';

const checked = (...fields: Field[]): CheckedSource => {
  const snapshot = snapshotOf(fields);
  return { snapshot, result: checkSnapshot(snapshot, { checklists: [] }) };
};
const denial = (extra: Partial<Denial>): Denial => ({ reasons: [], source: { format: 'manual', what: 'denial.txt' }, ...extra });

describe('diagnosisLookupIn', () => {
  it("collects every source's diagnosis codes as the drafters read them: picker values, bare codes, each once", () => {
    const lookup = diagnosisLookupIn([
      checked(field('claim.diagnosis', 'm5450', { index: 'A' }), field('claim.diagnosis', 'Cervicalgia (M54.2)', { index: 'B' })),
      checked(field('claim.diagnosis', 'M54.50 - Low back pain, unspecified'), field('claim.diagnosis', 'Neck pain after the fall'),
        field('claim.diagnosis', 'M54.2, M54.50'), field('doc.diagnosisText', 'E11.9')),
    ]);
    // Two codes in one value are not one diagnosis the drafters describe, and words hold none.
    expect(lookup.codes).toEqual(['M54.50', 'M54.2']);
  });

  it('dates the descriptions by the earliest service line, else a visit date, else not at all (the latest year)', () => {
    expect(diagnosisLookupIn([checked(field('line.dateFrom', '11/18/2026', { index: 2 }), field('line.dateFrom', '09/15/2026', { index: 1 }), field('visit.date', '2025-01-02'))]).dateOfService).toBe('2026-09-15');
    expect(diagnosisLookupIn([checked(field('line.dateFrom', 'soon', { index: 1 })), checked(field('visit.date', '10/02/2026'))]).dateOfService).toBe('2026-10-02');
    expect(diagnosisLookupIn([checked(field('claim.diagnosis', 'M54.2'))])).toEqual({ codes: ['M54.2'] });
  });

  it("takes a denial's dates of service over the sources': the letter answers that claim", () => {
    const sources = [checked(field('line.dateFrom', '11/18/2026', { index: 1 }))];
    expect(diagnosisLookupIn(sources, denial({ datesOfService: { from: '2026-09-15', to: '2026-09-30' } })).dateOfService).toBe('2026-09-15');
    expect(diagnosisLookupIn(sources, denial({ lines: [{ dateOfService: '2026-09-20', reasons: [] }, { dateOfService: '2026-09-16', reasons: [] }] })).dateOfService).toBe('2026-09-16');
    expect(diagnosisLookupIn(sources, denial({})).dateOfService).toBe('2026-11-18');
  });
});
