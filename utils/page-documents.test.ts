import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createIcd10CmLookup } from '../rules/codes/icd10cm-table';
import type { Snapshot } from '../rules/schema';
import { SAMPLE_LMN, SAMPLE_LMN_WITH_GAPS } from '../rules/testing/sample-letter';
import { diagnosisCodeTest, readPageDocuments, withDocumentFields } from './page-documents';

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

describe('what a document is read as', () => {
  const unnamed = (text: string) => ({ keyPrefix: 'r0-', text, headings: [], word: 'document' as const, label: '' });

  it('reads a document its label does not name as the kind its content shows, so it is sought for what that kind holds', () => {
    const [read] = readPageDocuments([unnamed(SAMPLE_LMN_WITH_GAPS)], TODAY).documents;
    expect(read?.word).toBe('letter');
    expect(read?.read.fields.find((field) => field.key === 'r0-doc.alternativesTried')).toMatchObject({ value: '', document: 'letter' });
  });

  it('reads it as what the user says (--as), whatever its label or content', () => {
    const [read] = readPageDocuments([page(SAMPLE_LMN)], TODAY, { as: 'note' }).documents;
    expect(read?.word).toBe('note');
    expect(read?.read.fields.every((field) => field.document === 'note')).toBe(true);
  });
});

describe('codes in prose told from look-alikes by the ICD-10-CM table', () => {
  const table = createIcd10CmLookup(JSON.parse(readFileSync(new URL('../public/data/icd10cm.json', import.meta.url), 'utf8')));
  const letter = SAMPLE_LMN.replace('(M54.50)', '(M54.50) and an old chart entry (M54.99)');
  const diagnoses = (options: Parameters<typeof readPageDocuments>[2]) =>
    readPageDocuments([page(letter)], TODAY, options).fields.filter((field) => field.concept === 'claim.diagnosis').map((field) => field.value);

  it('keeps a code the table knows and drops one it does not', () => {
    const isDiagnosisCode = diagnosisCodeTest(table, TODAY);
    expect(isDiagnosisCode?.('M54.50')).toBe(true);
    expect(isDiagnosisCode?.('M54.99')).toBe(false);
    expect(diagnoses({ isDiagnosisCode })).toContain('M54.50');
    expect(diagnoses({ isDiagnosisCode })).not.toContain('M54.99');
  });

  it('gives no test while the table is not loaded: the shape decides', () => {
    expect(diagnosisCodeTest(undefined, TODAY)).toBeUndefined();
    expect(diagnoses({})).toEqual(expect.arrayContaining(['M54.50', 'M54.99']));
  });
});

describe('a page with its documents', () => {
  const snapshot = (fields: Snapshot['fields']): Snapshot => ({ source: { kind: 'page' }, url: 'https://portal.example/letters', title: 'Letters', takenAt: TODAY, fields, headings: ['Portal'] });
  const read = readPageDocuments([page(SAMPLE_LMN)], TODAY);

  it('is a document when it has no fields of its own, with the letter\'s headings before the portal\'s', () => {
    const merged = withDocumentFields(snapshot([]), read);
    expect(merged.source).toEqual({ kind: 'document' });
    expect(merged.headings?.at(-1)).toBe('Portal');
    expect(merged.headings!.length).toBeGreaterThan(1);
    expect(merged.lead?.length).toBeGreaterThan(0);
  });

  it('keeps a form control\'s concept the form\'s: an empty Member ID box is not filled by the letter\'s words', () => {
    const memberId = { key: 'f0', concept: 'patient.memberId', index: null, value: '', label: 'Member ID', confidence: 0.9 } as const;
    const merged = withDocumentFields(snapshot([memberId]), read);
    expect(merged.source).toEqual({ kind: 'page' });
    expect(merged.fields.filter((field) => field.concept === 'patient.memberId')).toEqual([memberId]);
    expect(merged.fields.some((field) => field.concept === 'claim.diagnosis')).toBe(true);
  });
});

describe('a rendered page read as a document', () => {
  /** A portal's appointment reminder in headed prose: who the patient is, but no letter or note. */
  const REMINDER = `Appointment reminder

Patient: Jane Example
Date of birth: 01/02/1980
Member ID: W555012345

Your next appointment at Harbor Physical Therapy is on November 9, 2026 at 10:00. Please arrive ten minutes early, bring your insurance card and wear comfortable clothes. Parking is free behind the building; the entrance is next to the pharmacy.

Directions

From the highway take exit 12 and turn left at the second light. The clinic is on the right after the bakery.`;
  const reminder = { ...page(REMINDER), word: 'document' as const };

  it('needs four different components: a reminder page naming the patient gives no fields, though an editor holding it would', () => {
    expect(readPageDocuments([reminder], TODAY).documents).toHaveLength(1);
    expect(readPageDocuments([{ ...reminder, rendered: true }], TODAY).fields).toEqual([]);
  });

  it('reads a rendered letter with its many components', () => {
    expect(readPageDocuments([{ ...page(SAMPLE_LMN), rendered: true }], TODAY).documents).toHaveLength(1);
  });
});
