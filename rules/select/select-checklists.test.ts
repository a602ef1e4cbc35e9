import { describe, expect, it } from 'vitest';
import { BUNDLED_CHECKLISTS } from '../checklists';
import type { Checklist, Field } from '../schema';
import { field, snapshotOf } from '../testing/test-snapshot';
import { selectChecklists } from './select-checklists';

const claimPage = (extra: Field[] = []): Field[] => [
  field('claim.icdIndicator', '0'),
  field('claim.diagnosis', 'M62.830', { index: 'A' }),
  field('line.procedureCode', '97124', { index: 1 }),
  field('line.diagnosisPointer', 'A', { index: 1 }),
  ...extra,
];
const letterPage = (): Field[] => [
  field('lmn.date', '11/14/2026'),
  field('doc.necessityStatement', 'Massage is medically necessary to restore cervical range of motion.'),
  field('doc.treatmentPlan', 'Medical massage 97124, 2x/week for 6 weeks'),
];
const ids = (checklists: Checklist[]) => checklists.map((checklist) => checklist.id);

const base = BUNDLED_CHECKLISTS.find((checklist) => checklist.id === 'cms1500-basics')!;
const aetnaMassage: Checklist = { ...base, id: 'aetna-massage', payers: ['aetna'], services: ['massage'] };
const medicareTherapy: Checklist = { ...base, id: 'medicare-therapy', payers: ['medicare'], services: ['therapy'] };
const all = [base, aetnaMassage, medicareTherapy];

describe('selectChecklists', () => {
  it('offers the claim checklist on a claim page and the LMN checklist on a letter', () => {
    expect(ids(selectChecklists(snapshotOf(claimPage()), BUNDLED_CHECKLISTS).checklists)).toEqual(['cms1500-basics']);
    expect(ids(selectChecklists(snapshotOf(letterPage()), BUNDLED_CHECKLISTS).checklists)).toEqual(['lmn-core']);
    expect(selectChecklists(snapshotOf([field('patient.name', 'x')]), BUNDLED_CHECKLISTS).checklists).toEqual([]);
  });

  it('does not count what a whole document lacks as present: its empty fields pull in no checklist', () => {
    const missing = (concept: Parameters<typeof field>[0]) => field(concept, '', { document: 'note' as const });
    const note = [
      field('visit.date', '11/20/2026', { document: 'note' }),
      missing('lmn.date'), missing('doc.necessityStatement'), missing('doc.alternativesTried'),
      missing('claim.icdIndicator'), missing('line.diagnosisPointer'),
    ];
    expect(ids(selectChecklists(snapshotOf(note), BUNDLED_CHECKLISTS).checklists)).toEqual([]);
    // An empty box on a page is still a box the page has.
    const pageBoxes = [field('lmn.date', ''), field('doc.necessityStatement', '')];
    expect(ids(selectChecklists(snapshotOf(pageBoxes), BUNDLED_CHECKLISTS).checklists)).toEqual(['lmn-core']);
  });

  it('judges a visit note by what a visit note must show, not by what a plan must (kinds / exceptKinds)', () => {
    const visit = [
      field('visit.date', '11/20/2026'),
      field('doc.history', 'Low back pain since a fall in March; cannot sit longer than 20 minutes.'),
      field('doc.treatmentPlan', 'Therapeutic exercise 97110 x 2 units; continue plan of care.'),
      field('doc.progress', 'Flexion improved from 40 to 55 degrees since the evaluation.'),
    ];
    const headed = (heading: string) => ({ ...snapshotOf(visit), headings: [heading] });
    expect(ids(selectChecklists(headed('Daily Treatment Note'), BUNDLED_CHECKLISTS).checklists)).toEqual(['treatment-note']);
    // The same words under a plan's heading are a plan: the plan-of-care checklist, and no visit-note one.
    expect(ids(selectChecklists(headed('Plan of Care'), BUNDLED_CHECKLISTS).checklists)).toEqual(['plan-of-care']);
    // A user who says "check this as a daily note" gets the visit-note checklist on a page whose kind was not read.
    expect(ids(selectChecklists(snapshotOf(visit), BUNDLED_CHECKLISTS, { kind: 'daily-note' }).checklists)).toEqual(['treatment-note']);
  });

  it('does not take a letter that quotes a CPT code and a diagnosis for a claim', () => {
    const letterWithCodes = [...letterPage(), field('line.procedureCode', '97124', { index: 1 }), field('claim.diagnosis', 'M62.830', { index: 'A' })];
    // Its codes are judged as a document's (codes-on-documents), not as a claim's boxes.
    expect(ids(selectChecklists(snapshotOf(letterWithCodes), BUNDLED_CHECKLISTS).checklists)).toEqual(['lmn-core', 'codes-on-documents']);
  });

  it('adds a payer\'s own checklist when the page names that payer and the service matches', () => {
    const selection = selectChecklists(snapshotOf(claimPage([field('payer.name', 'Aetna Choice POS II')])), all);
    expect(ids(selection.checklists)).toEqual(['cms1500-basics', 'aetna-massage']);
    expect(selection.context.payer).toMatchObject({ id: 'aetna', evidence: 'payer field “Aetna Choice POS II”' });
    expect(selection.context.services.map((service) => service.id)).toEqual(['massage']);
  });

  it('leaves payer checklists out when the payer is unknown, rather than guessing', () => {
    expect(ids(selectChecklists(snapshotOf(claimPage()), all).checklists)).toEqual(['cms1500-basics']);
  });

  it('lets the user\'s choice of payer and service win over the page', () => {
    const page = snapshotOf(claimPage([field('payer.name', 'Aetna')]));
    expect(ids(selectChecklists(page, all, { payer: 'medicare', service: 'therapy' }).checklists)).toEqual([
      'cms1500-basics',
      'medicare-therapy',
    ]);
  });
});
