/**
 * Bench: the re-check after one typed character, on a page of 1,001 controls (the sample CMS-1500 claim with
 * supply rows appended, as the huge-page bench builds its page). How it measures:
 *   - the page's referring NPI box (17b) holds nine digits, "123456789", so it is marked (not a valid NPI);
 *   - each edit is one real key press in that box, alternately "3" (now "1234567893", a valid NPI: its mark goes)
 *     and Backspace (its mark comes back), so every edit changes what the layer shows, whatever build runs;
 *   - the time runs from the input event's own timestamp (the key press, in the page's clock) to the moment the
 *     mark layer applies the answer to that edit (a MutationObserver in the page sees the layer's
 *     `data-claimlint-checked` count go up), before the frame that paints it. Not to the mark's own change: while
 *     the user types in a field, a new problem's mark waits for a 1 s pause on purpose (typing-hold.ts), and that
 *     wait is a choice about what to show, not the time a re-check takes;
 *   - edits are 600 ms apart, so no re-check of one edit overlaps the next.
 * Median and 95th percentile over the edits, in milliseconds.
 */
import type { Page } from 'playwright-core';
import { hugeClaimPage } from '../../test/e2e/support/huge-page';

export interface RecheckFigures {
  edits: number;
  medianMs: number;
  p95Ms: number;
  /** Form controls on the page (input, select, textarea). */
  controls: number;
}

const FIELD = '#box17b-npi';
/** Nine of the ten digits of a valid NPI: one key press makes it valid, Backspace makes it invalid again. */
const NEARLY_NPI = '123456789';
const LAST_DIGIT = '3';
/** Controls on the page the issue measures; the sample claim's own are counted and supply rows make up the rest. */
export const RECHECK_PAGE_CONTROLS = 1_001;

/** The sample claim with its 17b NPI one digit short and supply rows up to `controls` controls in all. */
export function recheckPage(claimHtml: string, controls = RECHECK_PAGE_CONTROLS): string {
  const withNpi = claimHtml.replace('<input id="box17b-npi" name="ref_npi" value="">', `<input id="box17b-npi" name="ref_npi" value="${NEARLY_NPI}">`);
  if (withNpi === claimHtml) throw new Error('the claim page has no empty 17b NPI box to fill');
  const own = withNpi.match(/<(input|select|textarea)\b/g)?.length ?? 0;
  return hugeClaimPage(withNpi, Math.max(0, controls - own));
}

/**
 * Types `edits` single characters into the 17b box of a page made by `recheckPage` (already opened, extension
 * loaded) and measures input → marks updated for each. See the file's comment for how.
 */
export async function measureRecheck(page: Page, options: { edits?: number; timeoutMs?: number } = {}): Promise<RecheckFigures> {
  const edits = options.edits ?? 20;
  const timeoutMs = options.timeoutMs ?? 30_000;
  // The first check has run when the 17b box's mark is drawn (the layer has marks).
  await page.waitForFunction(() => document.querySelector('claimlint-marks')?.shadowRoot?.querySelector('[data-claimlint-field-key]'), null, { timeout: 120_000 });
  await page.waitForTimeout(1_000);
  const controls = await page.evaluate(() => document.querySelectorAll('input, select, textarea').length);
  await page.evaluate((selector) => {
    const state = { inputAt: 0, doneAt: 0, armed: false };
    (window as unknown as { claimlintRecheck: typeof state }).claimlintRecheck = state;
    document.querySelector(selector)!.addEventListener('input', (event) => {
      if (state.armed && state.inputAt === 0) state.inputAt = event.timeStamp;
    }, { capture: true });
    const host = document.querySelector('claimlint-marks')!;
    new MutationObserver(() => {
      if (state.armed && state.inputAt > 0 && state.doneAt === 0) state.doneAt = performance.now();
    }).observe(host, { attributes: true, attributeFilter: ['data-claimlint-checked'] });
  }, FIELD);
  await page.locator(FIELD).focus();
  await page.keyboard.press('End');

  const times: number[] = [];
  for (let edit = 0; edit < edits; edit++) {
    await page.evaluate(() => {
      const state = (window as unknown as { claimlintRecheck: { inputAt: number; doneAt: number; armed: boolean } }).claimlintRecheck;
      Object.assign(state, { inputAt: 0, doneAt: 0, armed: true });
    });
    await page.keyboard.press(edit % 2 === 0 ? LAST_DIGIT : 'Backspace');
    await page.waitForFunction(() => (window as unknown as { claimlintRecheck: { doneAt: number } }).claimlintRecheck.doneAt > 0, null, { timeout: timeoutMs, polling: 50 });
    const { inputAt, doneAt } = await page.evaluate(() => (window as unknown as { claimlintRecheck: { inputAt: number; doneAt: number } }).claimlintRecheck);
    times.push(doneAt - inputAt);
    await page.waitForTimeout(600);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    edits,
    medianMs: round(sorted[Math.floor(sorted.length / 2)]!),
    p95Ms: round(sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!),
    controls,
  };
}
