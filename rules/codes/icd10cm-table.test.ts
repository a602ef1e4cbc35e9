import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupByCategory, type Icd10CmData } from './icd10cm-data';
import { createIcd10CmLookup } from './icd10cm-table';

/** The generated file the extension and the CLI ship (public/data/icd10cm.json). */
const bundled: unknown = JSON.parse(readFileSync(new URL('../../public/data/icd10cm.json', import.meta.url), 'utf8'));
const icd10cm = createIcd10CmLookup(bundled);

const FY2026_LAST_DAY = '2026-09-30';
const FY2027_FIRST_DAY = '2026-10-01';

describe('ICD-10-CM table (bundled data)', () => {
  it('covers FY2026 and the derived FY2027', () => {
    expect(icd10cm.coverage).toEqual({ from: '2025-10-01', to: '2027-09-30' });
  });

  it('knows M54.5 is a header whose billable children are M54.50, M54.51 and M54.59', () => {
    expect(icd10cm.statusOn('M545', '2026-03-01')).toBe('header');
    expect(icd10cm.statusOn('M5450', '2026-03-01')).toBe('billable');
    expect(icd10cm.billableChildrenOn('M545', '2026-03-01')).toEqual(['M5450', 'M5451', 'M5459']);
  });

  it('reads codes as people type them: dot, lower case, spaces', () => {
    expect(icd10cm.statusOn(' m54.50 ', '2026-03-01')).toBe('billable');
    expect(icd10cm.billableChildrenOn('M54.5', '2026-03-01')).toEqual(['M5450', 'M5451', 'M5459']);
  });

  it('knows I10 is billable in both fiscal years', () => {
    expect(icd10cm.statusOn('I10', '2025-10-01')).toBe('billable');
    expect(icd10cm.statusOn('I10', '2027-09-30')).toBe('billable');
  });

  it('gives a 7th-character header its X-placeholder codes as children', () => {
    expect(icd10cm.statusOn('S0000', '2026-03-01')).toBe('header');
    expect(icd10cm.statusOn('S0000X', '2026-03-01')).toBe('unknown');
    expect(icd10cm.billableChildrenOn('S0000', '2026-03-01')).toEqual(['S0000XA', 'S0000XD', 'S0000XS']);
  });

  it('lists only the billable codes directly below a header, not those under its subheaders', () => {
    const children = icd10cm.billableChildrenOn('M54', '2026-03-01');
    expect(children).toContain('M542');
    expect(children).not.toContain('M5450');
    expect(icd10cm.billableChildrenOn('M5450', '2026-03-01')).toEqual([]);
  });

  it('knows D69.11, added on 2026-10-01, only from that day', () => {
    expect(icd10cm.statusOn('D6911', FY2026_LAST_DAY)).toBe('unknown');
    expect(icd10cm.statusOn('D6911', FY2027_FIRST_DAY)).toBe('billable');
  });

  it('turns D69.1 and I42.0 from billable codes into headers on 2026-10-01', () => {
    for (const code of ['D691', 'I420']) {
      expect(icd10cm.statusOn(code, FY2026_LAST_DAY)).toBe('billable');
      expect(icd10cm.statusOn(code, FY2027_FIRST_DAY)).toBe('header');
    }
    expect(icd10cm.billableChildrenOn('D691', FY2026_LAST_DAY)).toEqual([]);
    expect(icd10cm.billableChildrenOn('D691', FY2027_FIRST_DAY)).toEqual(['D6911', 'D6919']);
    expect(icd10cm.billableChildrenOn('I420', FY2027_FIRST_DAY)).toEqual(['I4200', 'I4201', 'I4209']);
  });

  it('reads the QA0 codes new in FY2026', () => {
    expect(icd10cm.statusOn('QA00101', '2026-03-01')).toBe('billable');
  });

  it('does not know a made-up code', () => {
    expect(icd10cm.statusOn('M5499X', '2026-03-01')).toBe('unknown');
    expect(icd10cm.statusOn('M54.99X', FY2027_FIRST_DAY)).toBe('unknown');
  });

  it("can't tell outside its dates of service (null), or for a date it can't read", () => {
    expect(icd10cm.statusOn('I10', '2025-09-30')).toBeNull();
    expect(icd10cm.statusOn('I10', '2027-10-01')).toBeNull();
    expect(icd10cm.statusOn('I10', '10/01/2026')).toBeNull();
    expect(icd10cm.billableChildrenOn('M545', '2024-01-01')).toEqual([]);
  });
});

describe('ICD-10-CM table (validation)', () => {
  const small = (): Icd10CmData => ({
    format: 'claimlint-icd10cm/1',
    provenance: { summary: 'test', sources: [{ file: 'x', origin: 'test', sha256: '0'.repeat(64), bytes: 1 }] },
    fiscalYears: [
      { name: 'FY2026', from: '2025-10-01', to: '2026-09-30', basis: 'test', billableCount: 2, headerCount: 1 },
      { name: 'FY2027', from: '2026-10-01', to: '2027-09-30', basis: 'test', billableCount: 3, headerCount: 1 },
    ],
    base: { billable: groupByCategory(['M5450', 'I10']), header: groupByCategory(['M545']) },
    changes: [{ addedBillable: ['M5451'], removedBillable: [], addedHeader: [], removedHeader: [] }],
  });

  it('works on a small hand-made table', () => {
    const lookup = createIcd10CmLookup(small());
    expect(lookup.statusOn('M5451', '2026-09-30')).toBe('unknown');
    expect(lookup.statusOn('M5451', '2026-10-01')).toBe('billable');
    expect(lookup.billableChildrenOn('M545', '2026-10-01')).toEqual(['M5450', 'M5451']);
  });

  it('refuses data that is not an ICD-10-CM table, saying so', () => {
    expect(() => createIcd10CmLookup(null)).toThrow(/ICD-10-CM data file is not valid/);
    expect(() => createIcd10CmLookup({ ...small(), format: 'other/1' })).toThrow(/not valid \(format/);
    expect(() => createIcd10CmLookup({ ...small(), base: { billable: { M54: '5-0' }, header: {} } })).toThrow(/base\.billable\.M54/);
  });

  it('refuses fiscal years with a gap and change sets that do not match the years', () => {
    const gap = small();
    gap.fiscalYears[1]!.from = '2026-10-02';
    expect(() => createIcd10CmLookup(gap)).toThrow(/does not follow on/);
    expect(() => createIcd10CmLookup({ ...small(), changes: [] })).toThrow(/2 fiscal years but 0 change sets/);
  });

  it('notices a truncated table on first use of that year', () => {
    const truncated = small();
    truncated.fiscalYears[1]!.billableCount = 4;
    const lookup = createIcd10CmLookup(truncated);
    expect(lookup.statusOn('I10', '2026-01-01')).toBe('billable');
    expect(() => lookup.statusOn('I10', '2026-10-01')).toThrow(/FY2027 has 3 billable codes .* states 4/);
  });
});
