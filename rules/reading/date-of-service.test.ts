import { describe, expect, it } from 'vitest';
import { claimDateOfService } from './date-of-service';
import { SnapshotFields } from './snapshot-fields';
import { field, snapshotOf } from '../testing/test-snapshot';

const dateOf = (fields: Parameters<typeof snapshotOf>[0]) => claimDateOfService(new SnapshotFields(snapshotOf(fields)), '2026-11-22');

describe('claimDateOfService', () => {
  it("takes the earliest readable service-line date, whatever the lines' order", () => {
    expect(dateOf([
      field('line.dateFrom', '11/10/2026', { index: 1 }),
      field('line.dateFrom', '09/30/2026', { index: 2 }),
      field('line.dateFrom', 'soon', { index: 3 }),
      field('visit.date', '2026-08-01'),
    ])).toEqual({ date: '2026-09-30', source: 'line' });
  });

  it('falls back to the visit date, then to the day the page was checked', () => {
    expect(dateOf([field('line.dateFrom', '', { index: 1 }), field('visit.date', 'Oct 2, 2026')]))
      .toEqual({ date: '2026-10-02', source: 'visit' });
    expect(dateOf([field('visit.date', 'unknown')])).toEqual({ date: '2026-11-22', source: 'today' });
  });
});
