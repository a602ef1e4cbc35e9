/**
 * `npm run soak`: the long run of the soak test (test/e2e/soak.e2e.test.ts runs the short one in `npm test`).
 * Builds the test extension, opens the single-page-app claim (test/fixtures/e2e/spa-soak.html) in Chromium with
 * ClaimLint loaded, and makes 1,000 route changes with 10 keystrokes each (10,000 edits), letting each re-check
 * finish. Prints the figures (after a forced garbage collection) at the baseline, every 100 route changes and
 * at the end, then the same bounds the test asserts; exits with status 1 when one is broken. About 11 minutes
 * on 2 cores. CLAIMLINT_SOAK_ROUTES changes the number of route changes (whole round trips of 4).
 */
import { execFileSync } from 'node:child_process';
import { launchWithExtension } from './support/launch-chromium';
import { serveFolder } from './support/static-server';
import { TEST_BUILD_DIR } from '../test/e2e/support/fixture';
import { allowedHeapGrowth, brokenBounds } from '../test/e2e/support/soak-bounds';
import { SOAK_PAGES_DIR } from '../test/e2e/support/soak-page';
import { runSoak, soakTableHeader, soakTableRow } from '../test/e2e/support/soak-run';

const ROUTES = Number(process.env.CLAIMLINT_SOAK_ROUTES ?? 1_000);
const EDITS_PER_ROUTE = 10;
const REPORT_EVERY = 100;

async function main(): Promise<number> {
  console.log('Building the test extension…');
  execFileSync('npx', ['wxt', 'build', '--mode', 'test'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const server = await serveFolder(SOAK_PAGES_DIR);
  const browser = await launchWithExtension(TEST_BUILD_DIR, { headless: true });
  try {
    console.log(`Soak: ${ROUTES} route changes, ${ROUTES * EDITS_PER_ROUTE} edits; figures after a forced garbage collection.\n`);
    console.log(soakTableHeader());
    const run = await runSoak(browser, server.origin, {
      warmUpCycles: 2,
      routes: ROUTES,
      editsPerRoute: EDITS_PER_ROUTE,
      reportEvery: REPORT_EVERY,
      onFigures: (row) => console.log(soakTableRow(row)),
    });
    const growth = run.end.heapBytes - run.baseline.heapBytes;
    console.log(`\npage heap growth: ${(growth / 1_000_000).toFixed(2)} MB over ${run.end.edits} edits ` +
      `(${((growth / run.end.edits) * 1_000 / 1_000_000).toFixed(3)} MB per 1,000 edits; allowed ${(allowedHeapGrowth(run.end.edits) / 1_000_000).toFixed(2)} MB)`);
    console.log(`keystrokes typed: ${run.inputsTyped}, input events the page received: ${run.inputsSeen}`);
    const broken = brokenBounds(run.baseline, run.end);
    if (run.inputsSeen !== run.inputsTyped) broken.push('the page missed keystrokes');
    console.log(broken.length === 0 ? 'every figure came back to its baseline' : `broken:\n  ${broken.join('\n  ')}`);
    return broken.length === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(`soak: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exit(2);
  },
);
