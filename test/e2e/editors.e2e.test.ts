/**
 * Letters written in real editors (Quill, TinyMCE in its iframe, Lexical), loaded from node_modules and served
 * from 127.0.0.1: ClaimLint reads each editor as one document, lists its planted gaps in the popup, highlights
 * the sentence a gap is about (CSS Custom Highlight API), puts a badge where a missing part belongs, re-checks
 * as the user types the missing sentence, and never changes the editor's text or moves its caret.
 * CLAIMLINT_SCREENSHOT=1 also writes the README's screenshot (docs/letter-in-editor.png).
 */
import { mkdtempSync, rmSync, symlinkSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/support/launch-chromium';
import { serveFolder, type StaticServer } from '../../scripts/support/static-server';
import { TEST_BUILD_DIR, waitUntil } from './support/fixture';

const EDITORS_DIR = resolve('test/e2e/editors');
const FIX_ALTERNATIVES = ' Before this request the patient completed six weeks of physical therapy and a course of ibuprofen; neither relieved the pain for more than a day.';

interface EditorCase {
  page: string;
  /** The editor's root element, in the frame that holds it. */
  root: string;
  /** The frame holding the editor: the page itself, or TinyMCE's iframe. */
  frame(page: Page): Promise<Frame>;
  /** What the popup must list: one pattern per planted gap. */
  gaps: RegExp[];
  /** The paragraph the fixing sentence is typed at the end of. */
  typeAfter: string;
}

const ALTERNATIVES = /tried|alternative/i;
const CASES: EditorCase[] = [
  { page: 'quill.html', root: '.ql-editor', frame: async (page) => page.mainFrame(), gaps: [ALTERNATIVES, /without another therapeutic procedure/i], typeAfter: 'I recommend medical massage' },
  {
    page: 'tinymce.html',
    root: 'body',
    frame: async (page) => {
      const iframe = await page.waitForSelector('iframe.tox-edit-area__iframe');
      return (await iframe.contentFrame())!;
    },
    gaps: [ALTERNATIVES, /2024/],
    typeAfter: 'I am requesting 2 visits',
  },
  { page: 'lexical.html', root: '#letter', frame: async (page) => page.mainFrame(), gaps: [ALTERNATIVES, /2024/], typeAfter: 'Chiropractic manipulative treatment' },
];

let served: string;
let server: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  // The editors come from node_modules, as a site would self-host them; Lexical is bundled here like an app would.
  served = mkdtempSync(join(tmpdir(), 'claimlint-editors-'));
  for (const file of readdirSync(EDITORS_DIR)) if (/\.(html|js)$/.test(file)) copyFileSync(join(EDITORS_DIR, file), join(served, file));
  symlinkSync(resolve('node_modules/quill/dist'), join(served, 'quill'));
  symlinkSync(resolve('node_modules/tinymce'), join(served, 'tinymce'));
  await build({ entryPoints: [join(EDITORS_DIR, 'lexical-editor.ts')], bundle: true, format: 'iife', outfile: join(served, 'lexical-editor.js'), logLevel: 'error' });
  server = await serveFolder(served);
  browser = await launchWithExtension(TEST_BUILD_DIR, { headless: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (served) rmSync(served, { recursive: true, force: true });
});

async function tabIdOf(page: Page): Promise<number> {
  const title = await page.title();
  return browser.worker.evaluate(async (wanted) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((candidate) => candidate.title === wanted);
    if (tab?.id === undefined) throw new Error(`no tab titled ${wanted}`);
    return tab.id;
  }, title);
}

/**
 * The popup for the page's tab; when it asks what the page is, the answer a user would give for these letters.
 * The question can go away by itself while it is answered: the editor's frame reports after the top frame, and
 * its letter may name the payer.
 */
async function openPopup(page: Page): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${await tabIdOf(page)}`);
  await waitUntil(async () => {
    if ((await popup.locator('[data-group="fail"] [data-status="fail"]').count()) > 0) return true;
    if (await popup.locator('form.choice-question').count()) {
      await popup.locator('select[name="payer"]').selectOption('aetna', { timeout: 2_000 })
        .then(() => popup.locator('select[name="kind"]').selectOption('letter-of-medical-necessity', { timeout: 2_000 }))
        .then(() => popup.locator('button.choice-check').click({ timeout: 2_000 }))
        .catch(() => {});
    }
    return false;
  }, 'the popup lists gaps');
  return popup;
}

function gapTexts(popup: Page): Promise<string[]> {
  return popup.locator('[data-group="fail"] [data-status="fail"]').allInnerTexts();
}

/** ClaimLint's gap highlights in the frame: how many ranges, and whether every one lies in the editor's text. */
function gapHighlights(frame: Frame, root: string) {
  return frame.evaluate((selector) => {
    const editor = document.querySelector(selector)!;
    const highlight = CSS.highlights.get('claimlint-gap');
    const ranges = highlight ? ([...highlight] as Range[]) : [];
    // Each gap's words are painted in exactly one severity's look (colour and underline style).
    const bySeverity = ['critical', 'serious', 'moderate', 'minor'].flatMap((severity) => [...(CSS.highlights.get(`claimlint-gap-${severity}`) ?? [])] as Range[]);
    const inOneSeverity = ranges.every((range) => bySeverity.filter((painted) => painted === range).length === 1) && bySeverity.length === ranges.length;
    return { count: ranges.length, inEditor: ranges.every((range) => editor.contains(range.commonAncestorContainer)), inOneSeverity, text: ranges.map(String) };
  }, root);
}

/** Badges drawn in the text (not around a whole field), with the rules they are for. */
function textBadges(frame: Frame) {
  return frame.evaluate(() => {
    const host = document.querySelector('claimlint-marks');
    const boxes = host?.shadowRoot ? [...host.shadowRoot.querySelectorAll<HTMLElement>('[data-claimlint-in-text]')] : [];
    return boxes.filter((box) => getComputedStyle(box).display !== 'none').map((box) => box.dataset.claimlintRuleIds!);
  });
}

/** The editor's markup and the caret: where it is, as a path of child indexes from the editor root, and its offset. */
function editorState(frame: Frame, root: string) {
  return frame.evaluate((selector) => {
    const editor = document.querySelector(selector)!;
    const selection = getSelection();
    const path: number[] = [];
    for (let node = selection?.anchorNode ?? null; node && node !== editor; node = node.parentNode) {
      path.unshift([...(node.parentNode?.childNodes ?? [])].indexOf(node as ChildNode));
    }
    return { html: editor.innerHTML, text: (editor as HTMLElement).innerText, caret: { path, offset: selection?.anchorOffset ?? -1, collapsed: selection?.isCollapsed ?? null } };
  }, root);
}

describe.each(CASES)('a letter in $page', (editorCase) => {
  let page: Page;
  let frame: Frame;
  let popup: Page;

  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(`${server.origin}/${editorCase.page}`);
    frame = await editorCase.frame(page);
    await frame.waitForSelector(editorCase.root);
    popup = await openPopup(page);
  });

  afterAll(async () => {
    await popup?.close();
    await page?.close();
  });

  it('lists the planted gaps in the popup', async () => {
    for (const gap of editorCase.gaps) {
      await expect.poll(async () => (await gapTexts(popup)).some((text) => gap.test(text)), { timeout: 15_000 }).toBe(true);
    }
  });

  it('highlights the text a gap is about, inside the editor, and badges the place a missing part belongs', async () => {
    await expect.poll(async () => (await gapHighlights(frame, editorCase.root)).count, { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await gapHighlights(frame, editorCase.root)).inEditor).toBe(true);
    expect((await gapHighlights(frame, editorCase.root)).inOneSeverity).toBe(true);
    await expect.poll(async () => (await textBadges(frame)).some((rules) => /alternatives/.test(rules)), { timeout: 10_000 }).toBe(true);
    if (process.env.CLAIMLINT_SCREENSHOT === '1' && editorCase.page === 'quill.html') {
      await page.screenshot({ path: resolve('docs/letter-in-editor.png') });
    }
  });

  it('hides the highlights and badges with the popup\'s "Show marks" switch, and shows them again', async () => {
    const showMarks = popup.getByLabel('Show marks on the page');
    await showMarks.uncheck();
    await expect.poll(async () => (await gapHighlights(frame, editorCase.root)).count, { timeout: 5_000 }).toBe(0);
    expect(await textBadges(frame)).toEqual([]);
    await showMarks.check();
    await expect.poll(async () => (await gapHighlights(frame, editorCase.root)).count, { timeout: 5_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await textBadges(frame)).length, { timeout: 5_000 }).toBeGreaterThan(0);
  });

  it('"Go to field" scrolls the gap\'s sentence into view and flashes it, without focusing the editor', async () => {
    await page.setViewportSize({ width: 1000, height: 320 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const before = await editorState(frame, editorCase.root);
    const gap = popup.locator('[data-group="fail"] [data-status="fail"]').filter({ hasText: editorCase.gaps[1]! }).first();
    await gap.getByRole('button', { name: /Go to field/ }).click();
    await expect.poll(() => frame.evaluate(() => CSS.highlights.has('claimlint-focus')), { timeout: 5_000 }).toBe(true);
    const flashed = await frame.evaluate((selector) => {
      const [range] = [...CSS.highlights.get('claimlint-focus')!] as Range[];
      const rect = range!.getBoundingClientRect();
      return { inEditor: document.querySelector(selector)!.contains(range!.commonAncestorContainer), top: rect.top, bottom: rect.bottom, focused: document.hasFocus() && document.activeElement === document.querySelector(selector) };
    }, editorCase.root);
    const frameTop = frame === page.mainFrame() ? 0 : await page.locator('iframe.tox-edit-area__iframe').evaluate((iframe) => iframe.getBoundingClientRect().top);
    expect(flashed.inEditor).toBe(true);
    expect(flashed.focused).toBe(false);
    expect(flashed.top + frameTop).toBeGreaterThanOrEqual(0);
    expect(flashed.bottom + frameTop).toBeLessThanOrEqual(320);
    expect(await editorState(frame, editorCase.root)).toEqual(before);
    await page.setViewportSize({ width: 1000, height: 900 });
  });

  it('re-checks as the user types the missing sentence, without changing the text or moving the caret', async () => {
    const paragraph = frame.locator(`${editorCase.root} :is(p, div)`, { hasText: editorCase.typeAfter }).last();
    await paragraph.click();
    await page.keyboard.press('End');
    await page.keyboard.type(FIX_ALTERNATIVES);
    const typed = await editorState(frame, editorCase.root);
    expect(typed.text).toContain(FIX_ALTERNATIVES.trim());

    await expect.poll(async () => (await textBadges(frame)).some((rules) => /alternatives/.test(rules)), { timeout: 15_000 }).toBe(false);
    await expect.poll(async () => (await gapTexts(popup)).some((text) => ALTERNATIVES.test(text)), { timeout: 15_000 }).toBe(false);
    // The other planted gap is still there: the re-check read the letter again, it did not just clear the marks.
    expect((await gapTexts(popup)).some((text) => editorCase.gaps[1]!.test(text))).toBe(true);
    expect(await editorState(frame, editorCase.root)).toEqual(typed);
  });
});

describe('a letter in TinyMCE\'s iframe on a site ClaimLint does not run on by itself', () => {
  it('is read when the popup\'s check injects ClaimLint into every frame, the editor\'s about:blank iframe included', async () => {
    await browser.worker.evaluate(async () => {
      await chrome.scripting.unregisterContentScripts();
    });
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/tinymce.html`);
    const frame = await CASES[1]!.frame(page);
    await frame.waitForSelector('body#tinymce p');
    await page.waitForTimeout(1000);
    expect(await textBadges(frame)).toEqual([]);
    const popup = await openPopup(page);
    await expect.poll(async () => (await textBadges(frame)).some((rules) => /alternatives/.test(rules)), { timeout: 10_000 }).toBe(true);
    await popup.close();
    await page.close();
  });
});
