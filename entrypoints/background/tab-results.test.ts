import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists';
import { field, snapshotOf } from '../../rules/testing/test-snapshot';
import { userSettings } from '../../utils/default-choice-settings';
import { rulePacks } from '../../utils/settings';
import { rememberSiteChoice } from '../../utils/site-choices';
import { settingsCache } from './settings-cache';
import { chooseForTab, mergeFrames, recordSnapshot } from './tab-results';
import { dropHeldTabs } from './held-tabs';

vi.mock('../../utils/icd10cm-loader', () => ({ loadIcd10Cm: async () => undefined }));
vi.mock('../../utils/ncci-loader', () => ({ loadNcci: async () => undefined }));

const massageLine = snapshotOf([field('line.procedureCode', '97124', { index: 0 })]);
const ids = (checked: { result: { checklists: { id: string }[] } }) => checked.result.checklists.map((checklist) => checklist.id);

describe('which checklists a tab is checked against', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // A fresh worker: no tab held in memory.
    dropHeldTabs();
    // The reset drops the cache's storage watchers; start it afresh so it reads this test's settings.
    settingsCache.stop();
  });

  it('uses the default payer from the settings when the tab has no choice, and the tab\'s choice over it', async () => {
    expect(ids(await recordSnapshot(1, 0, massageLine))).not.toContain('premera-physical-medicine');
    await userSettings.setValue({ defaultPayer: 'premera', defaultService: null });
    expect(ids(await recordSnapshot(1, 0, massageLine))).toContain('premera-physical-medicine');
    const chosen = await chooseForTab(1, { payer: 'aetna', service: null });
    expect(ids(chosen!)).not.toContain('premera-physical-medicine');
    expect(chosen!.result.context?.chosen).toEqual({ payer: 'aetna', service: null, kind: null });
  });

    it('applies the answer remembered for the site below the tab\'s choice and above the defaults', async () => {
    const note = { ...snapshotOf([field('doc.longTermGoals', 'Walk 500 ft')]), url: 'https://emr.example/patients/1/poc' };
    await userSettings.setValue({ defaultPayer: 'premera', defaultService: 'therapy' });
    const before = await recordSnapshot(3, 0, note);
    expect(before.result.context?.choice).toMatchObject({ payer: 'premera', kind: null, certain: false });
    await rememberSiteChoice('https://emr.example/other/page', 'medicare', 'plan-of-care');
    const answered = await recordSnapshot(3, 0, note);
    expect(answered.result.context?.choice).toMatchObject({ payer: 'medicare', kind: 'plan-of-care', certain: true });
    expect(answered.result.context?.site).toEqual({ payer: 'medicare', kind: 'plan-of-care' });
    expect(ids(answered)).toEqual(['plan-of-care', 'medicare-outpatient-therapy']);
    const tabChoice = await chooseForTab(3, { payer: 'aetna', service: null, kind: 'daily-note' });
    expect(tabChoice!.result.context?.choice).toMatchObject({ payer: 'aetna', kind: 'daily-note' });
    // The payer / service selectors send no kind: the kind chosen before stays.
    const payerOnly = await chooseForTab(3, { payer: 'regence', service: null });
    expect(payerOnly!.result.context?.choice).toMatchObject({ payer: 'regence', kind: 'daily-note' });
  });

  it('reads the payer from the top frame\'s banner', async () => {
    const framed = { ...snapshotOf([field('doc.longTermGoals', 'Walk 500 ft')]), headings: ['Primary: Medicare Part B', 'Plan of Care'] };
    const checked = await recordSnapshot(4, 0, framed);
    expect(checked.result.context?.choice).toMatchObject({ payer: 'medicare', kind: 'plan-of-care', certain: true });
  });

  it('reads the kind from the opening words of a letter in an editor\'s own frame', async () => {
    await recordSnapshot(5, 0, snapshotOf([field('patient.name', 'Test Patient')]));
    const editor = { ...snapshotOf([field('doc.necessityStatement', 'Massage is medically necessary to restore motion.', { document: 'letter' })]), lead: ['I am writing to appeal the denial of massage therapy.'] };
    const checked = await recordSnapshot(5, 7, editor);
    expect(checked.result.context?.choice).toMatchObject({ kind: 'appeal-letter', certain: false });
  });

it('adds the user\'s valid rule packs to the bundled checklists', async () => {
    const pack = { ...structuredClone(BUNDLED_CHECKLISTS.find((checklist) => checklist.id === 'premera-physical-medicine')!), id: 'clinic-claims', payers: ['any'] };
    await rulePacks.setValue([pack]);
    expect(ids(await recordSnapshot(2, 0, massageLine))).toContain('clinic-claims');
  });
});

describe('what a tab is, in messages', () => {
  const letter = { ...snapshotOf([field('doc.alternativesTried', '', { document: 'letter' })]), source: { kind: 'document' as const } };
  const toolbar = snapshotOf([]);

  it('is a document when every frame with fields is one (a letter in an editor\'s frame under a bare toolbar)', () => {
    expect(mergeFrames({ 0: toolbar, 3: letter }).source).toEqual({ kind: 'document' });
  });

  it('is a page when any frame shows a form beside the letter', () => {
    expect(mergeFrames({ 0: massageLine, 3: letter }).source).toEqual({ kind: 'page' });
  });
});
