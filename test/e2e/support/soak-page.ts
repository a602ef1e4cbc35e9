import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../../scripts/support/launch-chromium';
import type { Finding } from '../../../rules/schema';
import { tabResultStorageKey } from '../../../utils/messages';

/** Served on its own: the soak page is not a detection sample and has no expected JSON (see the page's comment). */
export const SOAK_PAGES_DIR = resolve('test/fixtures/e2e');
export const SOAK_PAGE = 'spa-soak.html';

/**
 * One round trip through the app, as a biller goes: claim -> diagnoses -> service lines (pushState), then the
 * app's Back button twice (popstate). A run of whole round trips ends on the claim view it started from, so its
 * marks can be compared with the baseline's.
 */
export const ROUTE_CYCLE = ['next', 'next', 'back', 'back'] as const;

interface PageCounts {
  inputs: number;
  lastInputAt: number;
  renders: number;
  route: string;
}

/** The soak page in a tab of the test browser, driven like a user: route changes and keystrokes. */
export interface SoakPage {
  page: Page;
  tabId: number;
  /** Route change number `index` (0-based) of the cycle above; resolves once the app has rendered the new view. */
  changeRoute(index: number): Promise<void>;
  /** Types `count` characters into one of the view's edit targets (the `nth`, in turn), replacing its value. */
  typeEdits(nth: number, count: number): Promise<void>;
  /**
   * Types `count` characters into every edit target of the view, so later edits change values but not which
   * fields are empty. Resolves with the number of keystrokes typed.
   */
  fillEditTargets(count: number): Promise<number>;
  /** Resolves once ClaimLint has stored a result taken after the page's last input event. */
  waitForCheck(): Promise<void>;
  /** Resolves once the marks on the page are those of the stored result (its reply reaches the page after it is stored). */
  waitForMarks(): Promise<void>;
  /** The page's own count of input events it received. */
  inputsSeen(): Promise<number>;
}

const counts = (page: Page) => page.evaluate(() => ({ ...(window as unknown as { soakPage: PageCounts }).soakPage }));

/** Opens the soak page and waits for ClaimLint's first check of it. */
export async function openSoakPage(browser: ExtensionBrowser, origin: string): Promise<SoakPage> {
  const page = await browser.context.newPage();
  await page.goto(`${origin}/${SOAK_PAGE}`);
  const title = await page.title();
  const tabId = await browser.worker.evaluate(async (wanted) => {
    const tab = (await chrome.tabs.query({})).find((candidate) => candidate.title === wanted);
    if (tab?.id === undefined) throw new Error(`no tab titled ${wanted}`);
    return tab.id;
  }, title);
  const resultKey = tabResultStorageKey(tabId);

  const waitForResultAfter = (since: number) =>
    browser.worker.evaluate(async ({ key, since }) => {
      // A plain polling loop: tsx (npm run soak) names inner functions with a helper the worker does not have.
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        const stored = (await chrome.storage.session.get(key))[key] as { checkedAt?: string } | undefined;
        if (Date.parse(stored?.checkedAt ?? '') >= since) return;
        await new Promise((done) => setTimeout(done, 50));
      }
      throw new Error('ClaimLint stored no check within 30 s of the last edit');
    }, { key: resultKey, since });

  const typeInto = async (nth: number, count: number) => {
    // The value is selected first, so typing replaces it and values stay the same length however long the run.
    await page.evaluate((index) => {
      const targets = document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-soak-edit]');
      const target = targets[index % targets.length]!;
      target.focus();
      target.select();
    }, nth);
    await page.keyboard.type(editText(nth, count));
  };

  const soakPage: SoakPage = {
    page,
    tabId,
    changeRoute: async (index) => {
      const before = (await counts(page)).renders;
      await page.click(ROUTE_CYCLE[index % ROUTE_CYCLE.length] === 'next' ? '#nav-next' : '#nav-back');
      // Back is history.back(): the popstate that renders the view comes after the click returns.
      await page.waitForFunction((renders) => (window as unknown as { soakPage: PageCounts }).soakPage.renders > renders, before, { polling: 20 });
    },
    typeEdits: typeInto,
    fillEditTargets: async (count) => {
      const targets = await page.locator('[data-soak-edit]').count();
      for (let nth = 0; nth < targets; nth++) await typeInto(nth, count);
      return targets * count;
    },
    waitForCheck: async () => waitForResultAfter((await counts(page)).lastInputAt),
    waitForMarks: async () => {
      const wanted = await browser.worker.evaluate(async (key) => {
        const stored = (await chrome.storage.session.get(key))[key] as { findings: Pick<Finding, 'status' | 'fieldKey' | 'frameId'>[] } | undefined;
        const keys = (stored?.findings ?? []).filter((finding) => finding.status === 'fail' && (finding.frameId ?? 0) === 0).map((finding) => finding.fieldKey);
        return [...new Set(keys.filter((fieldKey) => fieldKey !== null))].sort().join(' ');
      }, resultKey);
      await page.waitForFunction((wanted) => {
        const boxes = document.querySelector('claimlint-marks')?.shadowRoot?.querySelectorAll('[data-claimlint-field-key]') ?? [];
        return [...new Set([...boxes].map((box) => box.getAttribute('data-claimlint-field-key')))].sort().join(' ') === wanted;
      }, wanted, { polling: 50, timeout: 15_000 });
    },
    inputsSeen: async () => (await counts(page)).inputs,
  };
  await waitForResultAfter(0);
  return soakPage;
}

/**
 * `count` characters, digits only, different from one target to the next: each edit changes a value but not the
 * kind of value, so the findings (and ClaimLint's marks) stay the same from one round trip to the next.
 */
function editText(nth: number, count: number): string {
  return String(nth).padStart(count, '0').slice(-count);
}
