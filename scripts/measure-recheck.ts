/**
 * The re-check after one typed character on the 1,001-control page, alone (scripts/support/recheck-bench.ts says
 * how it measures); `npm run bench` prints the same figure. Measures the build in .output/chrome-mv3-test (or the
 * folder given), which it does not build: run `npx wxt build --mode test` first.
 * Usage: tsx scripts/measure-recheck.ts [edits] [extension folder]
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './support/launch-chromium';
import { measureRecheck, recheckPage } from './support/recheck-bench';
import { serveFolder } from './support/static-server';

async function main(): Promise<void> {
  const edits = Number(process.argv[2] ?? 20);
  const extension = resolve(process.argv[3] ?? '.output/chrome-mv3-test');
  const folder = await mkdtemp(join(tmpdir(), 'claimlint-recheck-'));
  await writeFile(join(folder, 'recheck.html'), recheckPage(await readFile(resolve('test/fixtures/pages/cms1500-claim.html'), 'utf8')));
  const server = await serveFolder(folder);
  const browser = await launchWithExtension(extension, { headless: true });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/recheck.html`);
    const figures = await measureRecheck(page, { edits });
    console.log(`re-check after one typed character, ${figures.controls} controls: median ${figures.medianMs} ms, p95 ${figures.p95Ms} ms (${figures.edits} edits)`);
  } finally {
    await browser.close();
    await server.close();
    await rm(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
