import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rememberSiteChoice, siteChoiceFor, siteChoices } from './site-choices';

beforeEach(() => fakeBrowser.reset());

it('keeps one answer per site, ids only, and finds it for any page of the site', async () => {
  await rememberSiteChoice('https://emr.example/patients/1/poc?mrn=123', 'medicare', 'plan-of-care');
  await rememberSiteChoice('https://emr.example/patients/2/note', 'aetna', 'daily-note');
  await rememberSiteChoice('chrome://extensions', 'aetna', null);
  const stored = await siteChoices.getValue();
  expect(stored).toEqual([{ site: 'https://emr.example', payer: 'aetna', kind: 'daily-note' }]);
  expect(siteChoiceFor(stored, 'https://emr.example/anything')).toMatchObject({ payer: 'aetna' });
  expect(siteChoiceFor(stored, 'https://other.example/')).toBeNull();
});

it('drops a stored entry it cannot read, keeping the others', async () => {
  await fakeBrowser.storage.local.set({
    siteChoices: [{ site: 'https://emr.example', payer: 'medicare', kind: null }, { site: 'https://x.example', payer: 'Jane Doe' }],
  });
  expect(await siteChoices.getValue()).toEqual([{ site: 'https://emr.example', payer: 'medicare', kind: null }]);
});
