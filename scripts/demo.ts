/**
 * `npm run demo`: builds the extension, serves the sample pages on 127.0.0.1, starts Chromium with ClaimLint
 * loaded (headed when a display exists, headless otherwise), checks the sample pages, prints the findings and
 * saves screenshots of the marked pages and of the popup: the popup's first screen at Chrome's popup size
 * (`<page>-popup-first.png`, 400 × 600, what a user sees without scrolling) and the whole popup (`<page>-popup.png`).
 * `npm run demo -- --readme-images` also copies the README's screenshots from them into docs/.
 *
 * On a fresh machine: with no Chromium-family browser, root with apt-get installs Debian's chromium first;
 * anyone else gets one line saying what to install, then the same pages checked from the command line.
 * `CLAIMLINT_DEMO_NO_BROWSER=1` makes the demo see no browser, to try that path on a machine that has one.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { renderTable } from '../cli/render-table';
import { checklistsById } from '../cli/run-check';
import type { Snapshot } from '../rules/schema';
import type { TabResult } from '../utils/messages';
import { browserForDemo, withoutBrowsers } from './support/browser-for-demo';
import { printCliFindings } from './support/cli-findings';
import { launchWithExtension, thisMachine, type ExtensionBrowser } from './support/launch-chromium';
import { serveFolder } from './support/static-server';
import { recordSentSnapshots, sentSnapshot } from '../test/e2e/support/sent-snapshots';

const PAGES_DIR = 'test/fixtures/pages';
/** A claim, a plan of care and a letter: the three kinds of page a biller checks. */
const SAMPLE_PAGES = ['cms1500-claim.html', 'pt-plan-of-care.html', 'lmn-letter.html'];
/** Chrome's popup at its largest height, at the popup's own width: the first screen a user sees. */
const POPUP_FIRST_SCREEN = { width: 400, height: 600 };
/** The README's screenshots (docs/), each a copy of one demo output, so the README shows what the demo shows. */
const README_IMAGES: ReadonlyArray<[output: string, readme: string]> = [
  ['cms1500-claim-page.png', 'claim-page.png'],
  ['cms1500-claim-popup-first.png', 'claim-popup-first.png'],
  ['pt-plan-of-care-popup-first.png', 'plan-of-care-popup-first.png'],
  ['lmn-letter-popup-first.png', 'letter-popup-first.png'],
  ['cms1500-claim-medicare-popup-first.png', 'claim-medicare-popup-first.png'],
  ['cms1500-claim-medicare-popup-cant-tell.png', 'claim-medicare-popup-cant-tell.png'],
];
const OUTPUT_DIR = resolve('demo-output');
const headed = Boolean(process.env.DISPLAY) && process.env.CI !== 'true' && !process.argv.includes('--headless');

try {
  const machine = process.env.CLAIMLINT_DEMO_NO_BROWSER === '1' ? withoutBrowsers(thisMachine()) : thisMachine();
  const executablePath = browserForDemo(machine, (text) => process.stdout.write(text));
  if (!executablePath) {
    await printSamplePagesFromCli();
  } else {
    try {
      await showInBrowser(executablePath);
    } catch (error) {
      // The browser part broke (a build error, a browser that will not start): still show what ClaimLint finds.
      console.error(`demo: the browser run with ${executablePath} stopped: ${firstLine(error)}. Showing the command-line findings instead.`);
      process.exitCode = 1;
      await printSamplePagesFromCli();
    }
  }
} catch (error) {
  console.error(`demo: ${firstLine(error)}`);
  process.exitCode = 1;
}

async function printSamplePagesFromCli(): Promise<void> {
  console.log('');
  await printCliFindings(SAMPLE_PAGES.map((sample) => `${PAGES_DIR}/${sample}`));
}

/** One line, never a stack trace: playwright's messages carry a call log after their first line. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.replace(/\.$/, '');
}

async function showInBrowser(executablePath: string): Promise<void> {
  console.log('Building the extension (test build: may run on 127.0.0.1)…');
  execFileSync('npx', ['wxt', 'build', '--mode', 'test'], { stdio: ['ignore', 'ignore', 'inherit'] });
  await mkdir(OUTPUT_DIR, { recursive: true });

  const server = await serveFolder(resolve(PAGES_DIR));
  try {
    const browser = await launchWithExtension(resolve('.output/chrome-mv3-test'), { headless: !headed, executablePath });
    await recordSentSnapshots(browser.worker);
    console.log(`${executablePath} started ${headed ? 'with a window' : 'headless'}; sample pages at ${server.origin}/\n`);
    try {
      await checkSamplePages(browser, server.origin);
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

async function checkSamplePages(browser: ExtensionBrowser, origin: string): Promise<void> {
  for (const sample of SAMPLE_PAGES) {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/${sample}`);
    const { result, snapshot } = await waitForResult(browser, page);
    const checklists = checklistsById(result.checklists.map((checklist) => checklist.id));
    const choice = result.context?.choice ?? { payer: null, kind: null, certain: false, evidence: 'not recorded' };
    console.log(renderTable({ source: page.url(), snapshot, checklists, choice, findings: result.findings }));
    const name = sample.replace(/\.html$/, '');
    await page.screenshot({ path: resolve(OUTPUT_DIR, `${name}-page.png`), fullPage: true });
    const popup = await browser.context.newPage();
    await popup.setViewportSize(POPUP_FIRST_SCREEN);
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${result.tabId}`);
    await popup.locator('[data-group="fail"]').first().waitFor({ timeout: 10_000 }).catch(() => {});
    // The popup re-checks the page as it opens; shoot it once that check is done (the small "checking…" gone).
    await popup.locator('.popup[aria-busy="false"]').waitFor({ timeout: 10_000 }).catch(() => {});
    await popup.screenshot({ path: resolve(OUTPUT_DIR, `${name}-popup-first.png`) });
    await popup.screenshot({ path: resolve(OUTPUT_DIR, `${name}-popup.png`), fullPage: true });
    if (sample === 'cms1500-claim.html') await showAsMedicareTherapy(popup, name);
    if (!headed) await popup.close();
  }
  console.log(`Screenshots saved in ${OUTPUT_DIR}/`);
  if (process.argv.includes('--readme-images')) {
    for (const [output, readme] of README_IMAGES) await copyFile(resolve(OUTPUT_DIR, output), resolve('docs', readme));
    console.log(`README screenshots copied to docs/: ${README_IMAGES.map(([, readme]) => readme).join(', ')}`);
  }
  if (headed) {
    console.log('Chromium stays open so you can edit the pages and watch the marks; press Ctrl+C to finish.');
    await new Promise<void>((done) => process.once('SIGINT', () => done()));
  }
}

/**
 * The sample claim checked as Medicare outpatient therapy, as a biller would choose it under "change": the plan of
 * care's requirements cannot be on a claim, and the popup says so in one line rather than as a list of can't-tells.
 */
async function showAsMedicareTherapy(popup: Page, name: string): Promise<void> {
  await popup.getByRole('button', { name: 'change' }).click();
  await popup.getByLabel('Payer', { exact: true }).selectOption('medicare');
  await popup.locator('.checked-against-names').filter({ hasText: /Medicare/ }).waitFor({ timeout: 10_000 });
  await popup.getByLabel('Service', { exact: true }).selectOption('therapy');
  await popup.locator('.elsewhere-line').waitFor({ timeout: 10_000 });
  await popup.getByRole('button', { name: 'done' }).click();
  await popup.locator('.popup[aria-busy="false"]').waitFor({ timeout: 10_000 });
  await popup.evaluate(() => scrollTo(0, 0));
  await popup.screenshot({ path: resolve(OUTPUT_DIR, `${name}-medicare-popup-first.png`) });
  await popup.screenshot({ path: resolve(OUTPUT_DIR, `${name}-medicare-popup.png`), fullPage: true });
  // Scrolled to what it can't tell: the claim's own fields listed, the plan of care's items in one line.
  await popup.locator('[data-group="cantTell"]').evaluate((group) => group.scrollIntoView({ block: 'start' }));
  await popup.screenshot({ path: resolve(OUTPUT_DIR, `${name}-medicare-popup-cant-tell.png`) });
}

/**
 * The latest result the background keeps in session memory for the page's tab, once the content script has
 * reported, with the top frame's snapshot as the page sent it (keys as the findings name them) for the field column.
 */
async function waitForResult(browser: ExtensionBrowser, page: Page): Promise<{ result: TabResult; snapshot: Snapshot }> {
  const title = await page.title();
  for (let attempt = 0; attempt < 100; attempt++) {
    const result = await browser.worker.evaluate(async (wanted) => {
      const tab = (await chrome.tabs.query({})).find((candidate) => candidate.title === wanted);
      if (tab?.id === undefined) return null;
      return ((await chrome.storage.session.get(`tabResult:${tab.id}`))[`tabResult:${tab.id}`] as TabResult | undefined) ?? null;
    }, title);
    // The sample pages have no frames: the top frame's snapshot names every field the findings point at.
    const snapshot = result ? await sentSnapshot(browser.worker, { title }) : null;
    if (result && snapshot) return { result, snapshot };
    await page.waitForTimeout(150);
  }
  throw new Error(`ClaimLint did not report on ${page.url()} within 15 s`);
}
