import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { adapterOverridesFor } from '../../utils/fields/site-adapters';
import { createMessageHandler } from '../background/handle-message';
import { siteAdapterOverrides } from './site-adapter-overrides';

const self = { id: fakeBrowser.runtime.id, origin: 'chrome-extension://claimlint-test-id/' };
const handle = createMessageHandler(self);
const fromPage = { id: self.id, tab: { id: 7 }, frameId: 0, url: 'https://emr.example/interface/forms/prior_auth/new.php' } as never;
const OPENEMR_FORM = 'https://emr.example/interface/forms/prior_auth/new.php';
const wanted = () => true;

let sent: unknown[];
beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  // The page's messages reach the background's own handler, as in the browser.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
    sent.push(message);
    return handle(message, fromPage);
  }) as never);
});

describe("a site adapter's mappings, asked of the background", () => {
  it('are the bundled adapter’s mappings on a page it matches, asked once per script', async () => {
    const overridesFor = siteAdapterOverrides();
    const expected = adapterOverridesFor(OPENEMR_FORM);
    expect(expected.length).toBeGreaterThan(0);
    await expect(overridesFor(OPENEMR_FORM, wanted)).resolves.toEqual(expected);
    await expect(overridesFor(OPENEMR_FORM, wanted)).resolves.toEqual(expected);
    expect(sent).toEqual([{ type: 'claimlint/site-adapter', id: 'openemr' }]);
  });

  it('are none, with no message, on a page no adapter matches', async () => {
    await expect(siteAdapterOverrides()('https://portal.example/claim', wanted)).resolves.toEqual([]);
    expect(sent).toEqual([]);
  });

  it('are left out when the background refuses, and asked again on the next scan', async () => {
    const overridesFor = siteAdapterOverrides();
    vi.mocked(fakeBrowser.runtime.sendMessage).mockImplementationOnce((async () => ({ ok: false, error: 'no adapters' })) as never);
    await expect(overridesFor(OPENEMR_FORM, wanted)).resolves.toEqual([]);
    await expect(overridesFor(OPENEMR_FORM, wanted)).resolves.toEqual(adapterOverridesFor(OPENEMR_FORM));
  });

  it('are refused to anyone but a page, and for an adapter ClaimLint does not have', async () => {
    const fromPopup = { id: self.id, url: `${self.origin}popup.html` } as never;
    await expect(handle({ type: 'claimlint/site-adapter', id: 'openemr' }, fromPopup)).resolves.toMatchObject({ ok: false });
    await expect(handle({ type: 'claimlint/site-adapter', id: 'no-such-emr' }, fromPage)).resolves.toMatchObject({ ok: false });
  });
});
