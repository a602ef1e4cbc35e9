import { describe, expect, it } from 'vitest';
import { loadIcd10Cm } from './load-icd10cm';

describe('loadIcd10Cm (command line)', () => {
  it('reads public/data/icd10cm.json from the package root, once', async () => {
    const icd10cm = await loadIcd10Cm();
    expect(icd10cm?.statusOn('I10', '2026-03-01')).toBe('billable');
    expect(icd10cm?.statusOn('D6911', '2026-10-01')).toBe('billable');
    expect(await loadIcd10Cm()).toBe(icd10cm);
  });
});
