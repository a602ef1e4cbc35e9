// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { attachedContainer, settle } from '../../test/support/preact-render';
import { DefaultChoiceSettings } from './DefaultChoiceSettings';

const container = attachedContainer();
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

async function show() {
  await act(() => render(<DefaultChoiceSettings />, container));
  await settle();
}

const select = (name: string) => container.querySelector<HTMLSelectElement>(`select[aria-labelledby="id-select-${name}"]`)!;

async function choose(name: string, value: string) {
  await act(() => {
    select(name).value = value;
    select(name).dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('DefaultChoiceSettings', () => {
  it('saves the default payer the user picks', async () => {
    await show();
    expect(select('default-payer').value).toBe('');
    await choose('default-payer', 'premera');
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { defaultPayer: 'premera', defaultService: null } });
  });

  it('shows an administrator\'s value as locked, over the user\'s own, and follows a policy set while open', async () => {
    await fakeBrowser.storage.local.set({ settings: { defaultPayer: 'premera', defaultService: 'massage' } });
    await fakeBrowser.storage.managed.set({ defaultPayer: 'medicare' });
    await show();
    expect(select('default-payer').value).toBe('medicare');
    expect(select('default-payer').disabled).toBe(true);
    expect(container.querySelector('[data-locked="defaultPayer"]')).not.toBeNull();
    expect(select('default-service').value).toBe('massage');
    expect(select('default-service').disabled).toBe(false);

    await act(() => fakeBrowser.storage.managed.set({ defaultService: 'therapy' }));
    await settle();
    expect(select('default-service').value).toBe('therapy');
    expect(container.querySelector('[data-locked="defaultService"]')).not.toBeNull();
  });

  it('says when the saved settings could not be read, until the user chooses again', async () => {
    await fakeBrowser.storage.local.set({ settings: { defaultPayer: 42 } });
    await show();
    expect(container.querySelector('[data-settings-corrupt]')).not.toBeNull();
    expect(select('default-payer').value).toBe('');
    await choose('default-payer', 'aetna');
    expect(container.querySelector('[data-settings-corrupt]')).toBeNull();
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { defaultPayer: 'aetna', defaultService: null } });
  });
});
