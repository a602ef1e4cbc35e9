import { describe, expect, it } from 'vitest';
import { normalizeIcd10, readIcd10Format } from './icd10-format';

describe('ICD-10-CM format', () => {
  it('normalizes case, spaces and the optional dot', () => {
    expect(normalizeIcd10('m54.50')).toBe('M54.50');
    expect(normalizeIcd10(' M5450 ')).toBe('M54.50');
    expect(normalizeIcd10('S13.4XXA')).toBe('S13.4XXA');
    expect(normalizeIcd10('s134xxa')).toBe('S13.4XXA');
    expect(normalizeIcd10('M62.830')).toBe('M62.830');
    expect(normalizeIcd10('R51')).toBe('R51');
    expect(normalizeIcd10('U07.1')).toBe('U07.1');
  });

  it('reads the QA0 codes (new in FY2026), whose second character is a letter', () => {
    expect(normalizeIcd10('qa00101')).toBe('QA0.0101');
    expect(normalizeIcd10('QA0.0101')).toBe('QA0.0101');
  });

  it('keeps the compact form a paper CMS-1500 uses', () => {
    expect(readIcd10Format('M54.50')).toEqual({ ok: true, code: 'M54.50', compact: 'M5450' });
  });

  it('refuses ICD-9 codes and says why', () => {
    const read = readIcd10Format('724.2');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(/starts with a letter/);
    expect(normalizeIcd10('2724')).toBe(null);
  });

  it('refuses codes that are too short, too long or misplaced dots', () => {
    expect(normalizeIcd10('M5')).toBe(null);
    expect(normalizeIcd10('M54.50123')).toBe(null);
    expect(normalizeIcd10('M5.450')).toBe(null);
    expect(normalizeIcd10('M54.')).toBe(null);
    expect(normalizeIcd10('M54..5')).toBe(null);
    expect(normalizeIcd10('MA4.5')).toBe(null);
    expect(normalizeIcd10('M54-5')).toBe(null);
    expect(normalizeIcd10('')).toBe(null);
  });
});
