import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists';
import { field, snapshotOf } from '../../rules/testing/test-snapshot';
import { rulePacks, userSettings } from '../../utils/settings';
import { settingsCache } from './settings-cache';
import { chooseForTab, recordSnapshot } from './tab-results';

vi.mock('../../utils/icd10cm-loader', () => ({ loadIcd10Cm: async () => undefined }));

const massageLine = snapshotOf([field('line.procedureCode', '97124', { index: 0 })]);
const ids = (checked: { result: { checklists: { id: string }[] } }) => checked.result.checklists.map((checklist) => checklist.id);

describe('which checklists a tab is checked against', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The reset drops the cache's storage watchers; start it afresh so it reads this test's settings.
    settingsCache.stop();
  });

  it('uses the default payer from the settings when the tab has no choice, and the tab\'s choice over it', async () => {
    expect(ids(await recordSnapshot(1, 0, massageLine))).not.toContain('premera-physical-medicine');
    await userSettings.setValue({ defaultPayer: 'premera', defaultService: null });
    expect(ids(await recordSnapshot(1, 0, massageLine))).toContain('premera-physical-medicine');
    const chosen = await chooseForTab(1, { payer: 'aetna', service: null });
    expect(ids(chosen!)).not.toContain('premera-physical-medicine');
    expect(chosen!.result.context?.chosen).toEqual({ payer: 'aetna', service: null });
  });

  it('adds the user\'s valid rule packs to the bundled checklists', async () => {
    const pack = { ...structuredClone(BUNDLED_CHECKLISTS.find((checklist) => checklist.id === 'premera-physical-medicine')!), id: 'clinic-claims', payers: ['any'] };
    await rulePacks.setValue([pack]);
    expect(ids(await recordSnapshot(2, 0, massageLine))).toContain('clinic-claims');
  });
});
