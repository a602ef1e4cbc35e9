import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../schema';
import { field, snapshotOf } from '../testing/test-snapshot';
import { detectDocumentKind } from './document-kind';

const withHeadings = (headings: string[], fields = [field('patient.name', 'Test Patient')], title = 'Chart'): Snapshot => ({
  ...snapshotOf(fields),
  title,
  headings,
});

describe('detectDocumentKind', () => {
  it('takes a heading that names the kind as certain', () => {
    expect(detectDocumentKind(withHeadings(['Acme Rehab', 'Plan of Care', 'Short-term goals']))).toMatchObject({
      id: 'plan-of-care',
      certain: true,
      evidence: 'the heading “Plan of Care”',
    });
    expect(detectDocumentKind(withHeadings(['Letter of Medical Necessity']))).toMatchObject({ id: 'letter-of-medical-necessity', certain: true });
  });

  it('calls it a guess when the headings name two kinds', () => {
    const kind = detectDocumentKind(withHeadings(['Daily Note', 'Plan of care (copied forward)']));
    expect(kind).toMatchObject({ id: 'daily-note', certain: false });
  });

  it('is certain from fields only with enough of one kind\'s concepts', () => {
    const claim = [
      field('claim.icdIndicator', '0'),
      field('claim.diagnosis', 'M62.830', { index: 'A' }),
      field('line.diagnosisPointer', 'A', { index: 1 }),
      field('line.charges', '80.00', { index: 1 }),
    ];
    expect(detectDocumentKind(snapshotOf(claim))).toMatchObject({ id: 'professional-claim', certain: true });
    expect(detectDocumentKind(snapshotOf(claim.slice(0, 2)))).toMatchObject({ id: 'professional-claim', certain: false });
    expect(detectDocumentKind(snapshotOf([field('patient.name', 'Test Patient')]))).toBeNull();
  });

  it('takes a psychotherapy session for a psychotherapy note only when psychotherapy was read', () => {
    const session = [field('visit.date', '11/20/2026'), field('visit.startTime', '10:00'), field('visit.endTime', '10:53')];
    expect(detectDocumentKind(snapshotOf(session), ['psychotherapy'])?.id).toBe('psychotherapy-note');
    expect(detectDocumentKind(snapshotOf(session), ['therapy'])?.id).toBe('daily-note');
  });

  it('guesses from the page title alone', () => {
    expect(detectDocumentKind(withHeadings([], [], 'Progress Report – visit 10'))).toMatchObject({ id: 'progress-report', certain: false });
  });

  it('reads a claim file as a professional claim, or a PAS request by its use (never by words in its title)', () => {
    const file = (title: string, use?: 'claim' | 'preauthorization' | 'predetermination'): Snapshot =>
      ({ ...snapshotOf([]), source: { kind: 'claim-file', format: 'fhir-json', ...(use && { use }) }, title });
    expect(detectDocumentKind(file('FHIR Claim 1 of 1 (professional, claim)', 'claim'))).toMatchObject({ id: 'professional-claim', certain: true });
    expect(detectDocumentKind(file('FHIR Claim 1 of 1 (professional, preauthorization)', 'preauthorization'))).toMatchObject({ id: 'prior-auth-request', certain: true });
    expect(detectDocumentKind(file('FHIR Claim 1 of 1', 'predetermination'))).toMatchObject({ id: 'prior-auth-request', certain: true });
    // A claim id that happens to say "preauthorization" does not make a claim a request.
    expect(detectDocumentKind(file('FHIR Claim PREAUTHORIZATION-77 (professional, claim)', 'claim'))).toMatchObject({ id: 'professional-claim' });
  });
});

describe('detectDocumentKind from a whole document', () => {
  const document = (lead: string[], fields = [field('patient.name', 'Test Patient', { document: 'letter' })], headings: string[] = []): Snapshot => ({
    ...snapshotOf(fields),
    source: { kind: 'document' },
    title: 'letter.txt',
    headings,
    lead,
  });

  it('guesses the kind from the opening words, never certain', () => {
    expect(detectDocumentKind(document(['To Whom It May Concern:', 'Massage therapy is medically necessary for Ms. Doe.'])))
      .toMatchObject({ id: 'letter-of-medical-necessity', certain: false, evidence: expect.stringContaining('To Whom It May Concern') });
    expect(detectDocumentKind(document(['Dear Appeals Committee,', 'I am writing to appeal the denial of physical therapy for my patient.'])))
      .toMatchObject({ id: 'appeal-letter', certain: false });
    expect(detectDocumentKind(document(['I am requesting prior authorization for 12 visits of physical therapy.'])))
      .toMatchObject({ id: 'prior-auth-request', certain: false });
    // A letter that asks for care without the words "medical necessity".
    expect(detectDocumentKind(document(['Dear Reviewer,', 'I am asking that speech therapy continue twice a week for 8 more weeks.'])))
      .toMatchObject({ id: 'letter-of-medical-necessity', certain: false });
  });

  it('takes a heading naming one kind over the words, and a psychotherapy treatment plan by its title', () => {
    expect(detectDocumentKind(document(['I am writing to appeal the denial.'], undefined, ['Letter of Medical Necessity'])))
      .toMatchObject({ id: 'letter-of-medical-necessity', certain: true });
    expect(detectDocumentKind(document([], undefined, ['Psychotherapy Treatment Plan'])))
      .toMatchObject({ id: 'psychotherapy-treatment-plan', certain: true });
  });

  it('takes a discipline\'s treatment plan for a plan of care, and a psychotherapy treatment plan for its own kind', () => {
    expect(detectDocumentKind(document([], undefined, ['Occupational Therapy Treatment Plan']))).toMatchObject({ id: 'plan-of-care', certain: true });
    expect(detectDocumentKind(document([], undefined, ['Acupuncture treatment plan – 2026']))).toMatchObject({ id: 'plan-of-care', certain: true });
    expect(detectDocumentKind(document([], undefined, ['Individual Therapy Treatment Plan']))).toMatchObject({ id: 'psychotherapy-treatment-plan' });
    expect(detectDocumentKind(document(['Pt seen today.'], undefined, ['Treatment Plan']))).toBeNull();
    expect(detectDocumentKind(document([], undefined, ['TREATMENT PLAN - OUTPATIENT PSYCHOTHERAPY']))).toMatchObject({ id: 'psychotherapy-treatment-plan', certain: true });
    expect(detectDocumentKind(document([], undefined, ['Treatment plan: physical therapy']))).toMatchObject({ id: 'plan-of-care', certain: true });
    expect(detectDocumentKind(document(['Pt seen today.'], undefined, ['Treatment plan reviewed with the client and her mental health team']))).toBeNull();
  });

  it('reads a short title that names no kind with the words it heads ("Individualized Treatment Plan" over psychotherapy)', () => {
    const lead = ['Client: Jo Ames', 'Client reports low mood and poor sleep since March.', 'Frequency: weekly individual psychotherapy for 16 weeks.'];
    expect(detectDocumentKind(document(lead, undefined, ['Individualized Treatment Plan']), ['psychotherapy']))
      .toMatchObject({ id: 'psychotherapy-treatment-plan', certain: false });
    // Without the title the same words are a session note's.
    expect(detectDocumentKind(document(lead), ['psychotherapy'])).toMatchObject({ id: 'psychotherapy-note' });
  });

  it('takes a letter headed as a request for prior authorization for one, even with a letter of necessity\'s fields', () => {
    const letterFields = [field('lmn.date', '11/18/2026', { document: 'letter' }), field('doc.necessityStatement', 'Therapy is medically necessary.', { document: 'letter' }),
      field('doc.alternativesTried', 'Home exercise for 6 weeks without relief.', { document: 'letter' })];
    expect(detectDocumentKind(document(['Dear Reviewer,'], letterFields, ['Request for Prior Authorization: Outpatient Occupational Therapy'])))
      .toMatchObject({ id: 'prior-auth-request', certain: true });
  });

  it('does not count what the document lacks toward a kind', () => {
    const missing = ['cert.startDate', 'cert.period', 'doc.longTermGoals', 'doc.shortTermGoals'] as const;
    const fields = missing.map((concept) => field(concept, '', { document: 'plan' }));
    expect(detectDocumentKind(document(['Pt seen for low back pain.'], fields))).toBeNull();
  });

  it('names no kind from words that name none', () => {
    expect(detectDocumentKind(document(['Thank you for seeing my patient for her knee.']))).toBeNull();
  });
});
