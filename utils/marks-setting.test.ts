import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { marksHidden } from './marks-setting';

describe('marks setting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the marks until the user hides them', async () => {
    expect(await marksHidden.getValue()).toBe(false);
    await marksHidden.setValue(true);
    expect(await marksHidden.getValue()).toBe(true);
    expect(await fakeBrowser.storage.local.get('marksHidden')).toEqual({ marksHidden: true });
    await marksHidden.setValue(false);
    expect(await marksHidden.getValue()).toBe(false);
  });

  it('reads anything but a boolean as shown', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const stored of [undefined, null, 'true', 1, {}]) expect(marksHidden.parse(stored).value).toBe(false);
    await fakeBrowser.storage.local.set({ marksHidden: 'yes' });
    expect(await marksHidden.getValue()).toBe(false);
    vi.restoreAllMocks();
  });
});
