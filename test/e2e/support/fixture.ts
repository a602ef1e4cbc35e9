import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../../scripts/support/launch-chromium';
import { serveFolder, type StaticServer } from '../../../scripts/support/static-server';

export const PAGES_DIR = resolve('test/fixtures/pages');
export const TEST_BUILD_DIR = resolve('.output/chrome-mv3-test');

export interface ExpectedPage {
  fields: Record<string, { concept: string; index: string | number | null }>;
}

export function readExpected(page: string): ExpectedPage {
  return JSON.parse(readFileSync(resolve(PAGES_DIR, page.replace(/\.html$/, '.json')), 'utf8')) as ExpectedPage;
}

/** The element id the sample page uses for a concept (and index), read from the page's expected JSON. */
export function idFor(expected: ExpectedPage, concept: string, index: string | number | null = null): string {
  const entry = Object.entries(expected.fields).find(([, field]) => field.concept === concept && field.index === index);
  if (!entry) throw new Error(`the sample page has no ${concept}${index === null ? '' : ` ${index}`} field`);
  return entry[0];
}

export interface Session {
  browser: ExtensionBrowser;
  server: StaticServer;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  const server = await serveFolder(PAGES_DIR);
  const browser = await launchWithExtension(TEST_BUILD_DIR, { headless: true });
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The browser's tab id for a page (found by its title: keep one open tab per page), asked of the service worker. */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  const title = await page.title();
  return session.browser.worker.evaluate(async (wanted) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((candidate) => candidate.title === wanted);
    if (tab?.id === undefined) throw new Error(`no tab titled ${wanted}`);
    return tab.id;
  }, title);
}

/** Screen rectangles of ClaimLint's marks in a page or frame (inside its own shadow layer). */
export async function markRects(target: Page | Frame) {
  return target.evaluate(() => {
    const host = document.querySelector('claimlint-marks');
    const boxes = host?.shadowRoot ? [...host.shadowRoot.querySelectorAll<HTMLElement>('[data-claimlint-field-key]')] : [];
    return boxes
      .filter((box) => getComputedStyle(box).display !== 'none')
      .map((box) => {
        const rect = box.getBoundingClientRect();
        return { key: box.dataset.claimlintFieldKey!, rules: box.dataset.claimlintRuleIds!, x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      });
  });
}

/**
 * True when a mark is drawn over the element (same box within 2px), in the page or frame that holds it.
 * `key` is a fixture key: an element id, or "<host id> >>> <inner id>" inside an open shadow root.
 */
export async function isMarked(target: Page | Frame, key: string): Promise<boolean> {
  const rect = await target.evaluate((fixtureKey) => {
    let scope: Document | ShadowRoot = document;
    let element: Element | null = null;
    for (const id of fixtureKey.split(' >>> ')) {
      element = scope.getElementById(id);
      if (!element) return null;
      if (element.shadowRoot) scope = element.shadowRoot;
    }
    const box = element!.getBoundingClientRect();
    return { x: box.x, y: box.y, width: box.width, height: box.height };
  }, key);
  if (!rect) return false;
  const marks = await markRects(target);
  return marks.some((mark) =>
    Math.abs(mark.x - rect.x) <= 2 && Math.abs(mark.y - rect.y) <= 2 &&
    Math.abs(mark.width - rect.width) <= 2 && Math.abs(mark.height - rect.height) <= 2,
  );
}

/** Every form control's value, to prove ClaimLint changed none of them. */
export async function formValues(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input, textarea, select')].map((element) =>
      element.type === 'checkbox' || element.type === 'radio' ? String(element.checked) : element.value,
    ),
  );
}

/** Polls until the condition holds (for hooks, where expect.poll is not allowed). */
export async function waitUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
