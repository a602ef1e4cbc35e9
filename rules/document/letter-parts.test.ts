import { describe, expect, it } from 'vitest';
import { splitBlocks } from './blocks';
import { letterParts } from './letter-parts';

describe('letterParts', () => {
  it('finds the header before the salutation and the signature after the last closing', () => {
    const blocks = splitBlocks('Harbor PT\n\nMarch 3, 2026\n\nDear Reviewer,\n\nThank you for your consideration of this request for care.\n\nSincerely,\n\nDana Wu, PT');
    const parts = letterParts(blocks);
    expect(blocks[parts.bodyStart]?.text).toBe('Dear Reviewer,');
    expect(blocks[parts.closing!]?.text).toBe('Sincerely,');
    expect(blocks[parts.signatureStart]?.text).toBe('Dana Wu, PT');
  });

  it('starts a note without a salutation at its first paragraph, and its signature at a signature line', () => {
    const blocks = splitBlocks('Date of service: 11/20/2026\n\nSubjective:\nPt reports less pain with sitting today.\n\nElectronically signed by Ana Ruiz, DPT');
    const parts = letterParts(blocks);
    expect(blocks[parts.bodyStart]?.text).toBe('Subjective:');
    expect(parts.closing).toBeNull();
    expect(blocks[parts.signatureStart]?.text).toBe('Electronically signed by Ana Ruiz, DPT');
  });

  it('has no signature region when nothing closes or signs the text', () => {
    const blocks = splitBlocks('Pt tolerated treatment well and will continue the plan.');
    expect(letterParts(blocks).signatureStart).toBe(blocks.length);
  });
});
