/**
 * `claimlint letter` when the packaged ICD-10-CM descriptions cannot be read (a damaged install): the letter is still
 * drafted, each diagnosis as its source wrote it and none described, and standard error says why.
 */
import { describe, expect, it, vi } from 'vitest';
import { runClaimlint as claimlint } from '../test/support/run-claimlint';

vi.mock('./load-icd10cm-descriptions', () => ({
  loadDescriptionsFor: async () => {
    throw new Error('The ICD-10-CM descriptions: chunk M is not valid (base.M542: a description is empty)');
  },
}));

describe('claimlint letter without the descriptions', () => {
  it('drafts with the diagnoses as written, no description, and says on standard error that they could not be read', async () => {
    const { code, stdout, stderr } = await claimlint('letter', 'test/fixtures/documents/massage-lmn-fsa-gaps.md');
    expect(code).toBe(1);
    expect(stdout).toContain('Diagnosis (ICD-10-CM): M54.2; M62.830\n');
    expect(stdout).not.toContain('— Cervicalgia');
    expect(stderr).toBe('claimlint: the official ICD-10-CM descriptions could not be read (The ICD-10-CM descriptions: chunk M is not valid '
      + '(base.M542: a description is empty)); diagnoses are written as the sources wrote them\n');
  });
});
