import { describe, expect, it } from 'vitest';
import { SAMPLE_LMN_WITH_GAPS } from '../rules/testing/sample-letter';
import { readPageDocuments } from './page-documents';

const page = (text: string, keyPrefix = 'r0-') => ({ keyPrefix, text, headings: [], word: 'letter' as const, label: '' });
const TODAY = '2026-12-01T12:00:00Z';

/** A letter-shaped message that is no clinical document: a note to a colleague about a retirement party. */
const PARTY_NOTE = `Dear Sam,

Thank you for organising the retirement party for Pat on Friday. The cake was wonderful and everyone from the front desk came along, even the people who usually leave early on Fridays to beat the traffic.

We collected enough for a gift card and a framed photo of the whole team in the garden last spring. Pat said it was the nicest send-off the office has had in years, and asked me to pass on her thanks to all of you.

Next month we will plan the summer picnic; let me know which weekend suits you and whether the park near the library is still free to book.

Best regards,
Robin`;

describe('whole documents a page sent', () => {
  it('reads each into fields with its own key prefix, what it lacks as empty fields', () => {
    const read = readPageDocuments([page(SAMPLE_LMN_WITH_GAPS), page(SAMPLE_LMN_WITH_GAPS, 'r1-')], TODAY);
    expect(read.fields.find((field) => field.key === 'r0-doc.alternativesTried')).toMatchObject({ value: '', document: 'letter' });
    expect(read.fields.find((field) => field.key === 'r1-lmn.date')).toMatchObject({ value: 'March 3, 2024' });
    expect(new Set(read.fields.map((field) => field.key)).size).toBe(read.fields.length);
  });

  it('gives no fields for a letter-shaped text that is no clinical document, rather than every part reported missing', () => {
    expect(readPageDocuments([page(PARTY_NOTE)], TODAY).fields).toEqual([]);
  });
});
