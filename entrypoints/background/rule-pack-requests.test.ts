import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists';
import { createMessageHandler } from './handle-message';

const self = { id: 'claimlint-test-id', origin: 'chrome-extension://claimlint-test-id/' };
const handle = createMessageHandler(self);
const fromOptions = { id: self.id, url: `${self.origin}options.html` } as never;
const fromPage = { id: self.id, tab: { id: 7 }, frameId: 0, url: 'https://portal.example/claim' } as never;

const pack = { ...JSON.parse(JSON.stringify(BUNDLED_CHECKLISTS[0]!)), id: 'clinic-massage', title: 'Our clinic: massage' };
const list = (area: string) => handle({ type: 'claimlint/rule-packs', area }, fromOptions);

beforeEach(() => fakeBrowser.reset());

describe("the options page's rule packs, validated by the background", () => {
  it('imports a pack, lists it as plain data and removes it', async () => {
    await expect(handle({ type: 'claimlint/import-rule-pack', text: JSON.stringify(pack) }, fromOptions)).resolves.toEqual({
      ok: true,
      data: { title: 'Our clinic: massage' },
    });
    const listed = await list('local');
    expect(listed).toEqual({ ok: true, data: [pack] });
    await expect(handle({ type: 'claimlint/remove-rule-pack', id: 'clinic-massage' }, fromOptions)).resolves.toEqual({ ok: true, data: null });
    await expect(list('local')).resolves.toEqual({ ok: true, data: [] });
  });

  it('refuses a pack the engine rejects, saying why, and stores nothing', async () => {
    const broken = { ...pack, rules: [{ ...pack.rules[0], check: 'no-such-check' }] };
    const reply = await handle({ type: 'claimlint/import-rule-pack', text: JSON.stringify(broken) }, fromOptions);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('unknown check "no-such-check"') });
    await expect(list('local')).resolves.toEqual({ ok: true, data: [] });
  });

  it('lists the bundled checklists and no managed packs when there is no policy', async () => {
    const bundled = await list('bundled');
    expect(bundled.ok && (bundled.data as Array<{ id: string }>).map((checklist) => checklist.id)).toEqual(BUNDLED_CHECKLISTS.map((checklist) => checklist.id));
    await expect(list('managed')).resolves.toEqual({ ok: true, data: [] });
  });

  it('answers only ClaimLint pages', async () => {
    await expect(handle({ type: 'claimlint/import-rule-pack', text: JSON.stringify(pack) }, fromPage)).resolves.toMatchObject({ ok: false });
    await expect(handle({ type: 'claimlint/rule-packs', area: 'local' }, fromPage)).resolves.toMatchObject({ ok: false });
    await expect(list('local')).resolves.toEqual({ ok: true, data: [] });
  });
});
