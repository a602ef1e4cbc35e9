import { describe, expect, it } from 'vitest';
import { BUNDLED_CHECKLIST_IDS } from './bundled-ids';
import { BUNDLED_CHECKLISTS } from './index';

describe('the bundled checklist ids known without their data', () => {
  it('are the bundled checklists’ own ids, in their order', () => {
    expect(BUNDLED_CHECKLIST_IDS).toEqual(BUNDLED_CHECKLISTS.map((checklist) => checklist.id));
  });
});
