import { describe, expect, it } from 'vitest';
import { checkSnapshot } from '../check-snapshot';
import { BUNDLED_CHECKLISTS } from '../checklists';
import { field, snapshotOf } from '../testing/test-snapshot';
import { checkForLetter } from './check-for-letter';

describe('checkForLetter', () => {
  const claim = snapshotOf([field('patient.name', 'Rivera, Sam Q'), field('claim.diagnosis', 'M54.50', { index: 'A' }), field('line.procedureCode', '97110', { index: 1 })]);

  it('adds lmn-core to a claim, keeping the checklists, payer and kind checkSnapshot chose', () => {
    const plain = checkSnapshot(claim, { checklists: BUNDLED_CHECKLISTS });
    expect(plain.checklists.map((checklist) => checklist.id)).not.toContain('lmn-core');
    const forLetter = checkForLetter(claim, { checklists: BUNDLED_CHECKLISTS });
    expect(forLetter.checklists.map((checklist) => checklist.id)).toEqual(['lmn-core', ...plain.checklists.map((checklist) => checklist.id)]);
    expect(forLetter.choice).toEqual(plain.choice);
    expect(forLetter.findings.filter((finding) => finding.checklistId === 'lmn-core' && finding.ruleId === 'alternatives-tried').map((finding) => finding.status)).not.toContain('pass');
  });

  it('leaves a letter lmn-core already applied to as checkSnapshot checked it', () => {
    const letter = snapshotOf([field('lmn.date', '2026-11-01'), field('doc.necessityStatement', 'Massage is medically necessary to reduce spasm.'), field('doc.alternativesTried', 'Six weeks of home exercise.')]);
    expect(checkForLetter(letter, { checklists: BUNDLED_CHECKLISTS })).toEqual(checkSnapshot(letter, { checklists: BUNDLED_CHECKLISTS }));
  });
});
