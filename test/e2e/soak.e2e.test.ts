/**
 * Issue 18, item 2: ClaimLint in a tab left open all day. On a single-page app with a ~150-field claim
 * (test/fixtures/e2e/spa-soak.html), route changes (pushState and popstate, each replacing the form's nodes)
 * and typing must leave nothing behind: after a forced garbage collection, the page's event listeners and DOM
 * nodes, ClaimLint's own nodes and storage.session come back to the baseline (± a small constant), and the
 * page's JS heap grows by less than 1 MB per 1,000 edits. The bounds and why they are what they are:
 * test/e2e/support/soak-bounds.ts. This is the short run; `npm run soak` runs 1,000 route changes and 10,000
 * edits and prints the figures as it goes.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/support/launch-chromium';
import { serveFolder, type StaticServer } from '../../scripts/support/static-server';
import { TEST_BUILD_DIR } from './support/fixture';
import { brokenBounds } from './support/soak-bounds';
import { SOAK_PAGES_DIR } from './support/soak-page';
import { runSoak, soakTableHeader, soakTableRow } from './support/soak-run';

const ROUTES = 32;
const EDITS_PER_ROUTE = 10;

let server: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await serveFolder(SOAK_PAGES_DIR);
  browser = await launchWithExtension(TEST_BUILD_DIR, { headless: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it(`comes back to its baseline after ${ROUTES} route changes and ${ROUTES * EDITS_PER_ROUTE} edits`, async () => {
  const run = await runSoak(browser, server.origin, { warmUpCycles: 2, routes: ROUTES, editsPerRoute: EDITS_PER_ROUTE });
  console.log(['soak (short):', soakTableHeader(), soakTableRow(run.baseline), soakTableRow(run.end)].join('\n'));
  expect(brokenBounds(run.baseline, run.end)).toEqual([]);
  // ClaimLint listened all along without taking a keystroke from the page.
  expect(run.inputsSeen).toBe(run.inputsTyped);
}, 120_000);
