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

  it('keeps a title heading and the date under it in the header', () => {
    const blocks = splitBlocks('# Plan of Care\n\nDate: 10/01/2026\n\n## Goals\n- Walk 500 ft by week 4');
    const parts = letterParts(blocks);
    expect(blocks.slice(0, parts.bodyStart).map((block) => block.text)).toEqual(['# Plan of Care', 'Date: 10/01/2026']);
    expect(blocks[parts.bodyStart]?.text).toBe('## Goals');
  });

  it('opens a form filled in as text at its first section, though no paragraph comes before the end', () => {
    const text = 'REQUEST FOR SERVICES\n\nMember name ...... Ortega, Lucia\nHealth plan ...... Regence\nDiagnosis ........ M54.50\nFrequency ........ 2x per week x 4 weeks\n\nRequesting provider signature: Lee Moss, PT';
    const blocks = splitBlocks(text);
    const parts = letterParts(blocks);
    expect(blocks.slice(0, parts.bodyStart).map((block) => block.text)).toEqual(['REQUEST FOR SERVICES', 'Member name ...... Ortega, Lucia', 'Health plan ...... Regence']);
    expect(blocks[parts.signatureStart]?.text).toBe('Requesting provider signature: Lee Moss, PT');
  });

  it('starts an unclosed plan\'s signature block at the therapist, license and NPI lines right above the signature line', () => {
    const blocks = splitBlocks('PLAN\nInterventions: 97110, 97140.\nTherapist: Lee Moss, PT   License: PT10023\nNPI: 1234567893\nSignature: /s/ Lee Moss, PT');
    const parts = letterParts(blocks);
    expect(blocks[parts.signatureStart]?.text).toBe('Therapist: Lee Moss, PT   License: PT10023');
  });

  it('has no signature region when nothing closes or signs the text', () => {
    const blocks = splitBlocks('Pt tolerated treatment well and will continue the plan.');
    expect(letterParts(blocks).signatureStart).toBe(blocks.length);
  });
});
