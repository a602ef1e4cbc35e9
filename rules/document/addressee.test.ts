import { describe, expect, it } from 'vitest';
import { findAddressee } from './addressee';
import { splitBlocks } from './blocks';

const addressee = (text: string) => {
  const blocks = splitBlocks(text);
  const salutation = blocks.find((block) => /^dear/i.test(block.text));
  return findAddressee(text, blocks.filter((block) => block !== salutation), salutation)?.value ?? null;
};

describe('findAddressee', () => {
  it('takes the line of the inside address that names an insurer or a review department', () => {
    expect(addressee('Aetna Utilization Review\nPO Box 5450\nLexington, KY 40512')).toBe('Aetna Utilization Review');
    expect(addressee('Attn: Appeals Department\nBlue Cross of Idaho')).toBe('Blue Cross of Idaho');
  });

  it('takes a health or spending account administrator for the payer', () => {
    expect(addressee('Harborview FSA Services\nPO Box 118\nTacoma, WA 98402')).toBe('Harborview FSA Services');
    expect(addressee('Meridian Benefits Administrators\nPO Box 9')).toBe('Meridian Benefits Administrators');
  });

  it('takes the administrator’s name, not the role line above it', () => {
    expect(addressee('Benefits Administrator\nTidewater Benefit Partners\nPO Box 40')).toBe('Tidewater Benefit Partners');
  });

  it('does not take a line of labels that names the insurer for the address', () => {
    expect(addressee('Client: Okoye, Ada   Insurance: Moda Health')).toBeNull();
  });

  it('does not take a street, a PO Box or a city line', () => {
    expect(addressee('PO Box 5450\n40 Health Plaza Drive\nLexington, KY 40512')).toBeNull();
  });

  it('reads the payer from the salutation, without the role words', () => {
    expect(addressee('Dear Cigna Medical Review Team,')).toBe('Cigna');
    expect(addressee('Dear Medical Reviewer,')).toBeNull();
    expect(addressee('Dear Dr. Smith,')).toBeNull();
  });
});
