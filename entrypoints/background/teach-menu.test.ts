import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onTeachMenuClicked } from './teach-menu';

const site = 'https://portal.example';
const tab = { id: 3 } as never;
const click = (menuItemId: string) => ({ menuItemId, frameId: 0, editable: true, pageUrl: `${site}/claim` }) as never;

/** What is on disk, under the key taught mappings have always had. */
async function storedMappings() {
  return (await fakeBrowser.storage.local.get('fieldMappings')).fieldMappings;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('teaching ClaimLint a field from the context menu', () => {
  it('stores the right-clicked element\'s selector and the chosen concept for the site, and nothing else', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, data: { selector: '#auth-box', origin: site } } as never);
    await onTeachMenuClicked(click('teach|claim.priorAuthNumber|'), tab);
    expect(send).toHaveBeenCalledWith(3, { type: 'claimlint/teach-target' }, { frameId: 0 });
    expect(await storedMappings()).toEqual({ [site]: [{ selector: '#auth-box', concept: 'claim.priorAuthNumber' }] });
  });

  it('keeps the diagnosis letter chosen in the submenu', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, data: { selector: '#dx3', origin: site } } as never);
    await onTeachMenuClicked(click('teach|claim.diagnosis|C'), tab);
    expect(await storedMappings()).toEqual({ [site]: [{ selector: '#dx3', concept: 'claim.diagnosis', index: 'C' }] });
  });

  it('forgets a taught field', async () => {
    await fakeBrowser.storage.local.set({ fieldMappings: { [site]: [{ selector: '#auth-box', concept: 'claim.priorAuthNumber' }] } });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, data: { selector: '#auth-box', origin: site } } as never);
    await onTeachMenuClicked(click('claimlint-forget'), tab);
    expect(await storedMappings()).toEqual({});
  });

  it('stores nothing when the page cannot say which field was clicked or answers nonsense', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    send.mockRejectedValueOnce(new Error('Could not establish connection'));
    await onTeachMenuClicked(click('teach|patient.dob|'), tab);
    send.mockResolvedValueOnce({ ok: true, data: { selector: '', origin: site } } as never);
    await onTeachMenuClicked(click('teach|patient.dob|'), tab);
    send.mockResolvedValueOnce({ ok: true, data: { selector: '#x', origin: 'javascript:' } } as never);
    await onTeachMenuClicked(click('teach|patient.dob|'), tab);
    expect(await storedMappings()).toBeUndefined();
  });
});
