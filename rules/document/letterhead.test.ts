import { describe, expect, it } from 'vitest';
import { readDocument } from './read-document';

const provider = (text: string) => Object.fromEntries(readDocument(text).components
  .filter(({ concept }) => concept.startsWith('provider.'))
  .map(({ concept, value }) => [concept, value]));

const BODY = 'Dear Claims Reviewer,\n\nMs. Tran has had daily migraines since a fall in March and cannot work a full shift.\n';

describe('the writer named in a letterhead', () => {
  it('reads an unsigned letter’s writer from the letterhead above the date', () => {
    const text = `Cedar Hollow Acupuncture\nWeronika Sobczak, L.Ac. | License AC-00481\n\nJanuary 8, 2027\n\n${BODY}`;
    expect(provider(text)).toMatchObject({ 'provider.name': 'Weronika Sobczak', 'provider.credentials': 'L.Ac.' });
  });

  it('does not take the payer’s medical director in the inside address for the writer', () => {
    const text = `Cedar Hollow Acupuncture\n\nJanuary 8, 2027\n\nDr. Ruth Alvarez, MD\nMedical Director, Moda Health\n\n${BODY}`;
    expect(provider(text)['provider.name']).toBeUndefined();
  });

  it('prefers the signer to the letterhead', () => {
    const text = `Weronika Sobczak, L.Ac.\n\nJanuary 8, 2027\n\n${BODY}\nSincerely,\n\nTheo Brandt, L.Ac.`;
    expect(provider(text)).toMatchObject({ 'provider.name': 'Theo Brandt' });
  });
});
