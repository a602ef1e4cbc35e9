import { describe, expect, it } from 'vitest';
import { BUNDLED_CHECKLISTS } from '../checklists';
import type { Field, Snapshot } from '../schema';
import { field, snapshotOf } from '../testing/test-snapshot';
import { selectChecklists } from './select-checklists';

const planOfCare = (): Field[] => [
  field('doc.treatmentPlan', 'Therapeutic exercise 97110 and manual therapy 97140, 2x/week'),
  field('doc.functionalLimitation', 'Cannot lift a grocery bag overhead'),
  field('doc.longTermGoals', 'Lift 10 lb overhead in 6 weeks'),
];
const page = (fields: Field[], extra: Partial<Snapshot> = {}): Snapshot => ({ ...snapshotOf(fields), ...extra });
const choiceOf = (snapshot: Snapshot, choice = {}) => selectChecklists(snapshot, BUNDLED_CHECKLISTS, choice).choice;

describe('the choice a check is made with', () => {
  it('reads the payer from a banner as certain, and the kind from a plan-of-care heading', () => {
    const snapshot = page(planOfCare(), { headings: ['Test Patient · Primary: Medicare Part B · Secondary: Aetna', 'Plan of Care'] });
    expect(choiceOf(snapshot)).toEqual({
      payer: 'medicare',
      kind: 'plan-of-care',
      certain: true,
      evidence:
        'payer from the heading or banner “Test Patient · Primary: Medicare Part B · Secondary: Aetna”; kind from the heading “Plan of Care”',
    });
    const selection = selectChecklists(snapshot, BUNDLED_CHECKLISTS);
    // Every plan of care gets the any-payer plan checklist; Medicare's own checklist adds what Medicare requires.
    expect(selection.checklists.map((checklist) => checklist.id)).toEqual(['plan-of-care', 'medicare-outpatient-therapy']);
  });

  it('calls a payer read only from the address a guess', () => {
    const snapshot = page(planOfCare(), { url: 'https://provider.aetna.example/notes/1', headings: ['Plan of Care'] });
    expect(choiceOf(snapshot)).toMatchObject({ payer: 'aetna', kind: 'plan-of-care', certain: false });
    expect(choiceOf(snapshot).evidence).toContain('payer guessed from only the page address or title');
  });

  it('is not certain when no payer is read at all', () => {
    expect(choiceOf(page(planOfCare(), { headings: ['Plan of Care'] }))).toMatchObject({ payer: null, certain: false });
  });

  it('takes a payer field naming an unknown plan as another payer, certainly', () => {
    const snapshot = page([...planOfCare(), field('payer.name', 'Example Health Plan PPO')], { headings: ['Plan of Care'] });
    expect(choiceOf(snapshot)).toMatchObject({ payer: 'other', kind: 'plan-of-care', certain: true });
  });

  it('makes the user\'s answer certain, and a chosen kind runs that kind\'s checklists', () => {
    const sparse = page([field('doc.longTermGoals', 'Walk 500 ft without a cane')]);
    expect(selectChecklists(sparse, BUNDLED_CHECKLISTS).checklists).toEqual([]);
    const chosen = selectChecklists(sparse, BUNDLED_CHECKLISTS, { payer: 'medicare', kind: 'plan-of-care', service: 'therapy' });
    expect(chosen.choice).toMatchObject({ payer: 'medicare', kind: 'plan-of-care', certain: true });
    expect(chosen.checklists.map((checklist) => checklist.id)).toEqual(['plan-of-care', 'medicare-outpatient-therapy']);
  });
});
