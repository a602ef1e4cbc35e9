// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { attachedContainer, settle } from '../../test/support/preact-render';
import { ShowMarksSetting } from './ShowMarksSetting';

const container = attachedContainer();
beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const checkbox = () => container.querySelector<HTMLInputElement>('input[type="checkbox"]')!;

describe('ShowMarksSetting', () => {
  it('shows the marks until the user hides them, and saves the choice for every tab', async () => {
    await act(() => render(<ShowMarksSetting />, container));
    await settle();
    expect(checkbox().checked).toBe(true);
    await act(() => checkbox().click());
    await settle();
    expect(checkbox().checked).toBe(false);
    expect(await fakeBrowser.storage.local.get('marksHidden')).toEqual({ marksHidden: true });
  });

  it('follows a change made elsewhere (another popup) while it is open', async () => {
    await act(() => render(<ShowMarksSetting />, container));
    await settle();
    await act(() => fakeBrowser.storage.local.set({ marksHidden: true }));
    await settle();
    expect(checkbox().checked).toBe(false);
  });

  it('puts the switch back and says so when the choice cannot be saved', async () => {
    await act(() => render(<ShowMarksSetting />, container));
    await settle();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await act(() => checkbox().click());
    await settle();
    expect(checkbox().checked).toBe(true);
    expect(container.querySelector('[role="alert"]')!.textContent).toBe("Couldn't save the setting: QUOTA_BYTES quota exceeded");
  });
});
