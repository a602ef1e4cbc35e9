import { describe, expect, it } from 'vitest';
import { loadDescriptionsFor } from './load-icd10cm-descriptions';

describe('loadDescriptionsFor (command line)', () => {
  it('reads the packaged chunks from the package root: the official long descriptions', async () => {
    const descriptions = await loadDescriptionsFor(['M54.2', 'M54.50', 'E11.9', 'S13.4XXA', 'U09.9']);
    expect(descriptions.describe('M54.2')).toBe('Cervicalgia');
    expect(descriptions.describe('M54.50')).toBe('Low back pain, unspecified');
    expect(descriptions.describe('M54.5')).toBe('Low back pain');
    expect(descriptions.describe('E11.9')).toBe('Type 2 diabetes mellitus without complications');
    expect(descriptions.describe('S13.4XXA')).toBe('Sprain of ligaments of cervical spine, initial encounter');
    expect(descriptions.describe('U09.9')).toBe('Post COVID-19 condition, unspecified');
  });

  it("gives a code retitled in FY2027 the wording of its date of service's year", async () => {
    const descriptions = await loadDescriptionsFor(['L02.232', 'D69.11']);
    expect(descriptions.describe('L02.232', '2026-09-30')).toBe('Carbuncle of back [any part, except buttock]');
    expect(descriptions.describe('L02.232', '2026-10-01')).toBe('Carbuncle of back [any part, except buttock and flank]');
    expect(descriptions.describe('Z29.14', '2026-03-01')).toBe(null); // chunk Z was not asked for
    // D69.11 is new in FY2027: no FY2026 wording exists.
    expect(descriptions.describe('D69.11', '2026-03-01')).toBeNull();
    expect(descriptions.describe('D69.11', '2027-03-01')).toBe('Glanzmann thrombasthenia');
  });

  it('describes no code the table lacks', async () => {
    const descriptions = await loadDescriptionsFor(['M54.99', 'A00.00']);
    expect(descriptions.describe('M54.99')).toBeNull();
    expect(descriptions.describe('A00.00')).toBeNull();
  });
});
