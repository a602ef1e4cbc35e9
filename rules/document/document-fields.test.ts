import { detectDocumentKind } from '../select/document-kind';
import { describe, expect, it } from 'vitest';
import { fieldSchema } from '../schema';
import { SAMPLE_LMN, SAMPLE_LMN_WITH_GAPS } from '../testing/sample-letter';
import { documentFields } from './document-fields';
import { COMPONENTS_SOUGHT, readDocument } from './read-document';

describe('documentFields', () => {
  it('makes one valid field per component, keyed by prefix, concept and index, marked with the document word', () => {
    const { fields, spans } = documentFields(readDocument(SAMPLE_LMN, { seek: COMPONENTS_SOUGHT.letter }), { keyPrefix: 'editor-1:', word: 'letter', whole: true });
    for (const field of fields) expect(fieldSchema.safeParse(field).success).toBe(true);
    expect(fields.find((field) => field.key === 'editor-1:claim.diagnosis[B]')).toMatchObject({ concept: 'claim.diagnosis', index: 'B', value: 'M54.50', document: 'letter' });
    expect(fields.find((field) => field.key === 'editor-1:line.procedureCode[1]')?.value).toBe('97124');
    const goals = fields.find((field) => field.concept === 'doc.goals')!;
    expect(goals.label).toBe('Goals');
    expect(SAMPLE_LMN.slice(spans[goals.key]!.start, spans[goals.key]!.end)).toMatch(/^reduce pain from 7\/10/);
    expect(new Set(fields.map((field) => field.key)).size).toBe(fields.length);
  });

  it('turns each absent component of a whole document into an empty field at its anchor', () => {
    const reading = readDocument(SAMPLE_LMN_WITH_GAPS, { seek: COMPONENTS_SOUGHT.letter });
    const whole = documentFields(reading, { keyPrefix: 'd:', word: 'letter', whole: true });
    const gap = whole.fields.find((field) => field.concept === 'doc.alternativesTried');
    expect(gap).toMatchObject({ key: 'd:doc.alternativesTried', value: '', document: 'letter' });
    expect(whole.spans['d:doc.alternativesTried']).toEqual({ start: reading.absent[0]!.anchor, end: reading.absent[0]!.anchor });
  });

  it('leaves out what a part of a document lacks: unseen is not missing', () => {
    const reading = readDocument(SAMPLE_LMN_WITH_GAPS, { seek: COMPONENTS_SOUGHT.letter });
    const part = documentFields(reading, { keyPrefix: 'd:', word: 'letter', whole: false });
    expect(part.fields.some((field) => field.concept === 'doc.alternativesTried')).toBe(false);
  });

  it('gives the headings and the opening words that name the kind of document', () => {
    const text = 'Letter of Medical Necessity\n\nRE: Jane Doe, DOB 03/30/1986\n\nTo whom it may concern:\n\nMassage therapy is medically necessary for Ms. Doe.';
    const { headings, lead } = documentFields(readDocument(text), { keyPrefix: '', word: 'letter', whole: false });
    expect(headings).toEqual(['Letter of Medical Necessity', 'Jane Doe, DOB 03/30/1986']);
    expect(lead).toContain('To whom it may concern:');
  });

  it('reads a letter of one paragraph past its opening words, so its request names the kind', () => {
    const text = [
      'March 3, 2027', '', 'Dear Reviewer,', '',
      'I am the treating occupational therapist for Tobias Lindgren (date of birth 02/14/1949), who had a right hip '
        + 'fracture on 11/20/2026. Since discharge from the skilled nursing facility he has been unable to dress his lower '
        + 'body or step into the shower without help. I have seen him for outpatient therapy twice a week since 01/06/2027 '
        + 'and he now stands for five minutes at the sink. I am asking that therapy continue twice a week for 8 more weeks '
        + 'so that he can bathe on his own.',
      '', 'Sincerely,', 'Wren Okafor, OTR/L',
    ].join('\n');
    const { fields, headings, lead } = documentFields(readDocument(text), { keyPrefix: '', word: 'document', whole: true });
    expect(lead.some((line) => line.startsWith('I am asking that therapy continue'))).toBe(true);
    const kind = detectDocumentKind({ source: { kind: 'document' }, url: '', title: '', takenAt: '2027-03-03T00:00:00Z', fields, headings, lead });
    expect(kind?.id).toBe('letter-of-medical-necessity');
  });
});

describe('documentFields and the date at the head of a document', () => {
  const reading = readDocument('Date: 11/20/2026\n\nPt reports less pain with sitting today.');
  const conceptOfDate = (word: 'letter' | 'note' | 'plan' | 'document') =>
    documentFields(reading, { keyPrefix: '', word, whole: false }).fields.find((field) => field.value === '11/20/2026')?.concept;

  it('dates a letter, a note\'s visit and a plan by its own word', () => {
    expect(conceptOfDate('letter')).toBe('lmn.date');
    expect(conceptOfDate('document')).toBe('lmn.date');
    expect(conceptOfDate('note')).toBe('visit.date');
    expect(conceptOfDate('plan')).toBe('doc.date');
  });
});

describe('documentFields and a date its label gives the document', () => {
  const reading = readDocument('Progress report date: 02/11/2027\n\nPt reports less pain with sitting today.', { seek: ['visit.date'] });
  const conceptOfDate = (word: 'letter' | 'note' | 'plan' | 'document') =>
    documentFields(reading, { keyPrefix: '', word, whole: true }).fields.filter((field) => field.concept.endsWith('date')).map((field) => [field.concept, field.value]);

  it('dates a note’s visit, a plan, and a letter by its own word', () => {
    expect(conceptOfDate('note')).toEqual([['visit.date', '02/11/2027']]);
    expect(conceptOfDate('plan')).toEqual([['doc.date', '02/11/2027']]);
    expect(conceptOfDate('letter')).toEqual([['lmn.date', '02/11/2027']]);
  });
});

describe('documentFields headings and the inside address', () => {
  it('does not take an address line ("Prior Authorization Department") for a title', () => {
    const text = 'November 12, 2026\n\nUnitedHealthcare\nPrior Authorization Department\n\nDear Team,\n\nShe cannot sit for 20 minutes.';
    expect(documentFields(readDocument(text), { keyPrefix: '', word: 'letter', whole: false }).headings).toEqual([]);
  });

  it("takes a first line joining a practice's name and the document's kind with a dash for its title", () => {
    const text = 'Riverbend Physical Therapy — Daily Treatment Note\nPatient: Marta Quill\n\nS: Pt reports less stiffness. Plan: progress report due next visit.';
    expect(documentFields(readDocument(text), { keyPrefix: '', word: 'note', whole: false }).headings[0])
      .toBe('Riverbend Physical Therapy — Daily Treatment Note');
  });

  it('takes a first line for its title with the visit or date after a dash ("OT Treatment Note — Visit 3 of 10")', () => {
    const text = 'OT Treatment Note — Visit 3 of 10\nPatient: Marta Quill\n\nS: Pt reports less stiffness.';
    expect(documentFields(readDocument(text), { keyPrefix: '', word: 'note', whole: false }).headings[0]).toBe('OT Treatment Note — Visit 3 of 10');
    const sentence = 'Seen today for 45 minutes - pain 4/10\n\nS: Pt reports less stiffness.';
    expect(documentFields(readDocument(sentence), { keyPrefix: '', word: 'note', whole: false }).headings).toEqual(['S']);
  });

  it('takes a header line that names the letter for a heading, even with its subject after a colon', () => {
    const text = 'Harbor Spine Clinic\n12 Bay Road, Astoria, OR 97103\n\nMay 2, 2026\n\nRegence BlueShield\nAppeals and Grievances Department\n\n'
      + 'Pre-certification request – lumbar physical therapy\nPatient: Ana Ruiz\n\nDear Reviewer,\n\nShe cannot sit for 20 minutes.';
    expect(documentFields(readDocument(text), { keyPrefix: '', word: 'letter', whole: false }).headings)
      .toEqual(['Harbor Spine Clinic', 'Pre-certification request – lumbar physical therapy']);
  });

  it('does not take a sentence in the body that begins the same way for a heading', () => {
    const text = 'Dear Reviewer,\n\nShe cannot sit for 20 minutes at work.\n\nRequest for coverage of 8 visits\n\nSincerely,\nDr. Lee';
    expect(documentFields(readDocument(text), { keyPrefix: '', word: 'letter', whole: false }).headings).toEqual([]);
  });
});

