/**
 * The options page paints once, with the user's stored values: no empty section, no default that then changes.
 * The state is taken at the first DOM change of #app, in a MutationObserver callback, which runs before the
 * browser paints that change: what it sees is what the first frame shows.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists';
import { startSession, type Session } from './support/fixture';

interface FirstPaint {
  defaultPayer: string | null;
  defaultService: string | null;
  bundled: number;
  taught: string;
  sites: string;
  sections: number;
}

let session: Session;
let options: Page;

beforeAll(async () => {
  session = await startSession();
  await session.browser.worker.evaluate(() =>
    chrome.storage.local.set({
      settings: { defaultPayer: 'premera', defaultService: null },
      fieldMappings: { 'https://portal.example': [{ selector: '#box26', concept: 'patient.accountNumber' }] },
    }),
  );
  options = await session.browser.context.newPage();
  await options.addInitScript(() => {
    const state = (app: HTMLElement): FirstPaint => {
      const select = (name: string) => {
        const label = [...document.querySelectorAll('label')].find((item) => item.textContent?.trim().startsWith(name));
        const control = label?.control ?? label?.querySelector('select');
        return control instanceof HTMLSelectElement ? control.value : null;
      };
      const sections = [...app.querySelectorAll('section')];
      return {
        defaultPayer: select('Default payer'),
        defaultService: select('Default service'),
        bundled: app.querySelectorAll('.options-bundled [data-checklist-id]').length,
        taught: app.querySelector('[aria-labelledby="taught-heading"]')?.textContent ?? '',
        sites: app.querySelector('[aria-labelledby="sites-heading"]')?.textContent ?? '',
        sections: sections.length,
      };
    };
    const record = () => {
      const app = document.getElementById('app');
      if (!app || app.childElementCount === 0 || 'claimlintFirstPaint' in window) return;
      (window as unknown as { claimlintFirstPaint: FirstPaint }).claimlintFirstPaint = state(app);
    };
    (window as unknown as { claimlintState: () => FirstPaint }).claimlintState = () => state(document.getElementById('app')!);
    new MutationObserver(record).observe(document, { childList: true, subtree: true });
  });
  await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
  await options.waitForFunction(() => 'claimlintFirstPaint' in window);
});

afterAll(async () => {
  await session?.close();
});

describe('the options page\'s first paint', () => {
  it('shows the stored default payer, the taught field and every bundled checklist', async () => {
    const first = await options.evaluate(() => (window as unknown as { claimlintFirstPaint: FirstPaint }).claimlintFirstPaint);
    expect(first.defaultPayer).toBe('premera');
    expect(first.defaultService).toBe('');
    expect(first.taught).toContain('#box26');
    expect(first.taught).not.toMatch(/None\./);
    expect(first.bundled).toBe(BUNDLED_CHECKLISTS.length);
    expect(first.sections).toBeGreaterThanOrEqual(4);
  });

  it('is what the page still shows once everything has answered: nothing filled in or changed after it', async () => {
    const first = await options.evaluate(() => (window as unknown as { claimlintFirstPaint: FirstPaint }).claimlintFirstPaint);
    await options.waitForTimeout(1_500);
    expect(await options.evaluate(() => (window as unknown as { claimlintState: () => FirstPaint }).claimlintState())).toEqual(first);
  });
});
