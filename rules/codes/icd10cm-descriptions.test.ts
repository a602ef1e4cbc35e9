import { describe, expect, it } from 'vitest';
import { ICD10CM_DESCRIPTIONS_FORMAT, type DescriptionChunk } from './icd10cm-descriptions-data';
import { createIcd10CmDescriptions } from './icd10cm-descriptions';

const YEARS = [
  { name: 'FY2026', from: '2025-10-01', to: '2026-09-30' },
  { name: 'FY2027', from: '2026-10-01', to: '2027-09-30' },
];

/** Small chunks in the packaged shape; the wording is the official one for these codes. */
const chunkL: DescriptionChunk = {
  format: ICD10CM_DESCRIPTIONS_FORMAT,
  prefix: 'L',
  fiscalYears: YEARS,
  base: { L02232: 'Carbuncle of back [any part, except buttock]', L0291: 'Cutaneous abscess, unspecified' },
  changes: [{ described: { L02232: 'Carbuncle of back [any part, except buttock and flank]', L02236: 'Carbuncle of flank' }, removed: ['L0291'] }],
};
const chunkM: DescriptionChunk = {
  format: ICD10CM_DESCRIPTIONS_FORMAT, prefix: 'M', fiscalYears: YEARS, base: { M542: 'Cervicalgia', M545: 'Low back pain' }, changes: [{ described: {}, removed: [] }],
};

describe('createIcd10CmDescriptions', () => {
  const descriptions = createIcd10CmDescriptions([chunkL, chunkM]);

  it('describes a code as people write it, dotted or not, any case', () => {
    expect(descriptions.describe('M54.2', '2026-03-01')).toBe('Cervicalgia');
    expect(descriptions.describe(' m542 ', '2026-03-01')).toBe('Cervicalgia');
    expect(descriptions.describe('M54.5')).toBe('Low back pain');
  });

  it("gives the wording of the date of service's fiscal year, and the latest year without a date", () => {
    expect(descriptions.describe('L02.232', '2026-09-30')).toBe('Carbuncle of back [any part, except buttock]');
    expect(descriptions.describe('L02.232', '2026-10-01')).toBe('Carbuncle of back [any part, except buttock and flank]');
    expect(descriptions.describe('L02.232')).toBe('Carbuncle of back [any part, except buttock and flank]');
    expect(descriptions.onDate('2026-01-15').describe('L02.232')).toBe('Carbuncle of back [any part, except buttock]');
  });

  it('describes no code the year does not have, and no date the data does not cover', () => {
    expect(descriptions.describe('L02.236', '2026-03-01')).toBeNull();
    expect(descriptions.describe('L02.236', '2027-03-01')).toBe('Carbuncle of flank');
    expect(descriptions.describe('L02.91', '2026-03-01')).toBe('Cutaneous abscess, unspecified');
    expect(descriptions.describe('L02.91', '2027-03-01')).toBeNull();
    expect(descriptions.describe('M54.2', '2025-09-30')).toBeNull();
    expect(descriptions.describe('M54.2', '2027-10-01')).toBeNull();
    expect(descriptions.describe('M54.2', '03/01/2026')).toBeNull();
    expect(descriptions.describe('M54.9', '2026-03-01')).toBeNull();
    // Chunk E was not loaded: nothing is said about E11.9.
    expect(descriptions.describe('E11.9')).toBeNull();
    expect(descriptions.coverage).toEqual({ from: '2025-10-01', to: '2027-09-30' });
  });

  it('reads a code from the chunk with the longest prefix that fits it', () => {
    const s = { ...chunkM, prefix: 'S', base: { S134XXA: 'from S' } };
    const s1 = { ...chunkM, prefix: 'S1', base: { S134XXA: 'Sprain of ligaments of cervical spine, initial encounter' } };
    expect(createIcd10CmDescriptions([s, s1]).describe('S13.4XXA')).toBe('Sprain of ligaments of cervical spine, initial encounter');
  });

  it('refuses a broken chunk with a message that names it, never describing from it', () => {
    expect(() => createIcd10CmDescriptions([{ ...chunkM, format: 'other' }])).toThrow(/chunk M is not valid \(format/);
    expect(() => createIcd10CmDescriptions([{ ...chunkM, base: { 'M54.2': 'Cervicalgia' } }])).toThrow(/chunk M is not valid \(base.M54.2/);
    expect(() => createIcd10CmDescriptions([{ ...chunkM, base: { M542: '' } }])).toThrow(/chunk M is not valid/);
    expect(() => createIcd10CmDescriptions([{ ...chunkM, base: { L0291: 'Cutaneous abscess, unspecified' } }])).toThrow(/L0291 does not start with M/);
    expect(() => createIcd10CmDescriptions([{ ...chunkM, changes: [] }])).toThrow(/2 fiscal years but 0 change sets/);
    expect(() => createIcd10CmDescriptions([chunkM, { ...chunkL, fiscalYears: [YEARS[0]!], changes: [] }])).toThrow(/chunk L covers other fiscal years/);
    expect(() => createIcd10CmDescriptions([chunkM, chunkM])).toThrow(/chunk M was given twice/);
    expect(() => createIcd10CmDescriptions([])).toThrow(/no chunk/);
    expect(() => createIcd10CmDescriptions(['not json'])).toThrow(/chunk 1 is not valid/);
  });

  it('refuses a change that removes a code the year before lacked', () => {
    expect(() => createIcd10CmDescriptions([{ ...chunkM, changes: [{ described: {}, removed: ['M549'] }] }]))
      .toThrow(/chunk M is not valid \(it removes M549 in FY2027, which the year before did not have\)/);
  });
});
