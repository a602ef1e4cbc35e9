import { describe, expect, it } from 'vitest';
import { npiCheckDigit, readNpi } from './npi';

describe('NPI', () => {
  it('accepts the CMS spec example and other valid NPIs', () => {
    expect(npiCheckDigit('123456789')).toBe(3);
    expect(readNpi('1234567893')).toEqual({ ok: true, npi: '1234567893' });
    expect(readNpi('1245319599').ok).toBe(true);
    expect(readNpi('1987654328').ok).toBe(true);
    expect(readNpi('2000000002').ok).toBe(true);
  });

  it('strips spaces a biller may type', () => {
    expect(readNpi(' 12345 67893 ')).toEqual({ ok: true, npi: '1234567893' });
  });

  it('says why an NPI is wrong', () => {
    expect(readNpi('1234567890')).toMatchObject({ ok: false, reason: 'check-digit' });
    expect(readNpi('123456789')).toMatchObject({ ok: false, reason: 'length' });
    expect(readNpi('3234567893')).toMatchObject({ ok: false, reason: 'first-digit' });
    expect(readNpi('12345-6789')).toMatchObject({ ok: false, reason: 'not-digits' });
  });
});
