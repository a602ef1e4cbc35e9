import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MARKS_HIDDEN_KEY, parseMarksHidden, readMarksHidden, setMarksHidden } from './marks-setting';

describe('marks setting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the marks until the user hides them', async () => {
    expect(await readMarksHidden()).toBe(false);
    await setMarksHidden(true);
    expect(await readMarksHidden()).toBe(true);
    await setMarksHidden(false);
    expect(await readMarksHidden()).toBe(false);
  });

  it('reads anything but a boolean as shown', async () => {
    for (const stored of [undefined, null, 'true', 1, {}]) expect(parseMarksHidden(stored)).toBe(false);
    await fakeBrowser.storage.local.set({ [MARKS_HIDDEN_KEY]: 'yes' });
    expect(await readMarksHidden()).toBe(false);
  });
});
