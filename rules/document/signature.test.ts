import { describe, expect, it } from 'vitest';
import { readDocument } from './read-document';
import { splitBlocks } from './blocks';
import { letterParts } from './letter-parts';
import { findSignature } from './signature';

const signature = (text: string) => {
  const blocks = splitBlocks(text);
  const parts = letterParts(blocks);
  return Object.fromEntries(findSignature(text, blocks.slice(parts.signatureStart), { afterClosing: parts.closing !== null })
    .map(({ concept, value }) => [concept, value]));
};
const BODY = 'She needs skilled therapy to restore her range of motion and return to work.\n\n';

describe('findSignature', () => {
  it('splits the name from the credentials under the closing, and takes the typed name as the signature line', () => {
    expect(signature(`${BODY}Sincerely,\n\nDana Wu, LCSW\nHarbor Counseling`)).toEqual({
      'provider.name': 'Dana Wu',
      'provider.credentials': 'LCSW',
      'provider.signature': 'Dana Wu, LCSW',
    });
    expect(signature(`${BODY}Respectfully,\nDr. Ana Ruiz, PT, DPT`)).toMatchObject({ 'provider.name': 'Ana Ruiz', 'provider.credentials': 'PT, DPT' });
  });

  it('does not take a blank signature line with a blank date for a signature', () => {
    const note = 'Plan: continue.\n\nPhysician signature: ____________________   Date: __________\n';
    expect(readDocument(note).components.filter(({ concept }) => concept === 'provider.signature')).toEqual([]);
    const signed = readDocument('Plan: continue.\n\nPhysician signature: /s/ Helen Achebe, MD  Date: 11/25/2026\n');
    expect(signed.components.find(({ concept }) => concept === 'provider.signature')?.value).toBe('/s/ Helen Achebe, MD');
  });

  it('reads an electronic signature stamp after the signer on one line, but not one pending or refused', () => {
    const signature = (line: string) => readDocument(`Plan: continue 2x/week.\n\n${line}\n`).components.find(({ concept }) => concept === 'provider.signature')?.value ?? null;
    expect(signature('Therapist: Lucia Ferreira, PT, DPT    Electronically signed 11/24/2026 16:02')).toMatch(/Electronically signed/);
    for (const line of ['Note not electronically signed.', 'Lucia Ferreira, PT    Electronically signed: pending', 'Signature: unsigned', 'Therapist signature: pending review']) {
      expect(signature(line), line).toBeNull();
    }
  });

  it('reads an electronic signature with its date', () => {
    expect(signature(`${BODY}Electronically signed by Dana Wu, LCSW on 11/21/2026 14:02`)).toEqual({
      'provider.name': 'Dana Wu',
      'provider.credentials': 'LCSW',
      'provider.signature': 'Electronically signed by Dana Wu, LCSW on 11/21/2026 14:02',
      'provider.signatureDate': '11/21/2026',
    });
    expect(signature(`${BODY}/s/ Ana Ruiz, DPT`)).toMatchObject({ 'provider.signature': '/s/ Ana Ruiz, DPT', 'provider.name': 'Ana Ruiz' });
  });

  it('does not take an empty signature line for a signature, or a clinic line for the signer', () => {
    expect(signature(`${BODY}Signature: ____________________`)).toEqual({});
    expect(signature(`${BODY}Harbor Physical Therapy\n123 Main Street`)).toEqual({});
  });
});

describe('findSignature at the end of a note with no closing', () => {
  it('takes a name with credentials from the last lines as the signer, but not as a signature', () => {
    const text = `${BODY}Ana Ruiz, PT, DPT\nHarbor Physical Therapy`;
    const blocks = splitBlocks(text);
    const found = Object.fromEntries(findSignature(text, blocks.slice(1), { afterClosing: false, trailing: true }).map(({ concept, value }) => [concept, value]));
    expect(found).toEqual({ 'provider.name': 'Ana Ruiz', 'provider.credentials': 'PT, DPT' });
    const plain = `${BODY}Harbor Physical Therapy\nMain Street Clinic`;
    expect(findSignature(plain, splitBlocks(plain).slice(1), { afterClosing: false, trailing: true })).toEqual([]);
  });
});

describe('findSignature with "Electronically signed:"', () => {
  it('reads the signer after the colon, and the date after the name', () => {
    const text = `${BODY}Electronically signed: Rosa Diaz, OTR/L   11/16/2026`;
    expect(signature(text)).toMatchObject({ 'provider.name': 'Rosa Diaz', 'provider.credentials': 'OTR/L', 'provider.signatureDate': '11/16/2026' });
  });
});

describe('findSignature with the licence, NPI or date on the signer’s line', () => {
  it('reads the signer whose credentials are followed by a licence or NPI', () => {
    expect(signature(`${BODY}Electronically signed by Farida Haddad, OTR/L · State License OT-1182 · NPI 1003000126 · 12/01/2026`)).toMatchObject({
      'provider.name': 'Farida Haddad', 'provider.credentials': 'OTR/L', 'provider.signatureDate': '12/01/2026',
    });
    expect(signature(`${BODY}Digitally signed by Gregor M. Lindqvist, DC, NPI 1003000126`)).toMatchObject({
      'provider.name': 'Gregor M. Lindqvist', 'provider.credentials': 'DC',
    });
    expect(signature(`${BODY}With gratitude,\n\nDr. Imani Okonkwo, ND\nState License ND-5521`)).toMatchObject({
      'provider.name': 'Imani Okonkwo', 'provider.credentials': 'ND',
    });
  });

  it('takes a name, credentials and a date typed at the end of a note as its signature', () => {
    const text = `${BODY}Plan: continue twice weekly.\n\nM. Ferreira-Santos, COTA    02/14/2027`;
    const blocks = splitBlocks(text);
    const found = Object.fromEntries(findSignature(text, blocks.slice(-1), { afterClosing: false, trailing: true }).map(({ concept, value }) => [concept, value]));
    expect(found).toEqual({
      'provider.name': 'M. Ferreira-Santos',
      'provider.credentials': 'COTA',
      'provider.signature': 'M. Ferreira-Santos, COTA    02/14/2027',
      'provider.signatureDate': '02/14/2027',
    });
  });

  it('takes a name with credentials and a date alone on the line under it as the signature, but not a bare name', () => {
    const text = `${BODY}Plan: continue twice weekly.\n\nRuth Amsel, LMT\n03/09/2027`;
    const found = Object.fromEntries(findSignature(text, splitBlocks(text).slice(-2), { afterClosing: false, trailing: true }).map(({ concept, value }) => [concept, value]));
    expect(found).toMatchObject({ 'provider.name': 'Ruth Amsel', 'provider.signature': 'Ruth Amsel, LMT\n03/09/2027', 'provider.signatureDate': '03/09/2027' });
    const undated = `${BODY}Ruth Amsel, LMT\nHarbor Bodywork`;
    expect(findSignature(undated, splitBlocks(undated).slice(-2), { afterClosing: false, trailing: true }).map(({ concept }) => concept)).not.toContain('provider.signature');
  });

  it('does not take a clinic and a date for a signature', () => {
    const text = `${BODY}Harbor Physical Therapy  02/14/2027`;
    expect(findSignature(text, splitBlocks(text).slice(-1), { afterClosing: false, trailing: true })).toEqual([]);
  });
});

describe('findSignature after a role word', () => {
  it('reads "Therapist signature:" and "Provider signature: /s/" lines', () => {
    expect(signature(`${BODY}Counselor signature: /s/ Idris Kahn, LPC 04/02/2027`)).toMatchObject({
      'provider.name': 'Idris Kahn', 'provider.credentials': 'LPC', 'provider.signatureDate': '04/02/2027',
    });
    expect(signature(`${BODY}Physician's signature: ______________`)).toEqual({});
  });

  it('takes a credential spelled out under the signer’s name', () => {
    expect(signature(`${BODY}Kind regards,\n\nOlu Adebayo\nLicensed Clinical Social Worker, NY License 088112`)).toMatchObject({
      'provider.name': 'Olu Adebayo', 'provider.credentials': 'Licensed Clinical Social Worker',
    });
    expect(signature(`${BODY}Kind regards,\n\nOlu Adebayo\nDoctor of Chiropractic`)).toMatchObject({ 'provider.credentials': 'Doctor of Chiropractic' });
    expect(signature(`${BODY}Kind regards,\n\nOlu Adebayo\nClinic Director`)).not.toHaveProperty('provider.credentials');
  });

  it('takes "Signature on file" as signed', () => {
    expect(signature(`${BODY}Signature on file`)).toEqual({ 'provider.signature': 'Signature on file' });
  });
});

describe('an unlabelled license beside the signer', () => {
  const license = (text: string) => readDocument(text).components.find(({ concept }) => concept === 'provider.license')?.value ?? null;

  it('reads a state code and board number printed bare on the signer\'s lines', () => {
    expect(license(`${BODY}Sincerely,\n\nRowan Tetley, MS, OTR/L\nOccupational Therapist · NPI 1234567893 · OR OT40021877\n`)).toBe('OR OT40021877');
    expect(license(`${BODY}Sincerely,\n\nKai Brandvold, PT, DPT   NV PT-005532\n`)).toBe('NV PT-005532');
  });

  it('never takes an NPI, a ZIP code, a member ID or a claim number for a license', () => {
    expect(license(`${BODY}Sincerely,\n\nRowan Tetley, MS, OTR/L\nNPI 1234567893\nHarbor Rehab, 12 Pier St, Astoria OR 97103\n`)).toBeNull();
    expect(license(`${BODY}Sincerely,\n\nRowan Tetley, MS, OTR/L\nRe member ID: CA AB123456 · Claim # TX K7781234\n`)).toBeNull();
    // Before the signer, the same shape is the patient's or the payer's, not the writer's.
    expect(license(`Member: TX AB778812\n\n${BODY}Sincerely,\n\nRowan Tetley, MS, OTR/L\n`)).toBeNull();
  });
});
