// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { attachedContainer, settle } from '../../test/support/preact-render';
import { AutoRunSite } from './AutoRunSite';

const container = attachedContainer();
beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('AutoRunSite', () => {
  it('requests the permission for this site only when the user clicks', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    await act(() => render(<AutoRunSite pageUrl="https://portal.example.com/claims/new" />, container));
    await settle();
    expect(request).not.toHaveBeenCalled();
    const button = container.querySelector('button')!;
    expect(button.textContent).toBe('Check portal.example.com automatically');
    await act(() => button.click());
    await settle();
    expect(request).toHaveBeenCalledWith({ origins: ['https://portal.example.com/*'] });
    expect(container.querySelector('button')!.textContent).toBe('Stop checking portal.example.com automatically');
  });

  it('lets the user take the permission back', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true as never);
    await act(() => render(<AutoRunSite pageUrl="https://portal.example.com/claims/new" />, container));
    await settle();
    await act(() => container.querySelector('button')!.click());
    await settle();
    expect(remove).toHaveBeenCalledWith({ origins: ['https://portal.example.com/*'] });
    expect(container.querySelector('button')!.textContent).toBe('Check portal.example.com automatically');
  });
});
