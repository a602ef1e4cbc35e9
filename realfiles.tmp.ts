import { readdirSync } from 'node:fs';
import { launchWithExtension } from './scripts/support/launch-chromium';
import { serveFolder } from './scripts/support/static-server';
const root = '/work/shared/fixtures/real/claims';
const server = await serveFolder(root);
const browser = await launchWithExtension('.output/chrome-mv3-test', { headless: true });
for (const dir of ['x12', 'fhir']) for (const name of readdirSync(`${root}/${dir}`)) {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/${dir}/${name}`);
  const tabId = await browser.worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)!.id!, page.url());
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  try {
    await popup.waitForSelector('.claim-file, .status-message:not(:text("Checking"))', { timeout: 10000 });
    await popup.waitForTimeout(300);
  } catch {}
  const summary = await popup.locator('.claim-file-summary').allInnerTexts();
  const options = await popup.locator('select[name="claim"] option, .claim-only').allInnerTexts();
  const status = await popup.locator('.status-message').allInnerTexts();
  const counts = await popup.locator('.counts').allInnerTexts();
  console.log(`${dir}/${name}\n  ${summary.join('|')} ${options.join(' | ')}\n  status: ${status.join('|')} counts: ${counts.join('|').replace(/\n/g, ' ')}`);
  await popup.close(); await page.close();
}
await browser.close(); await server.close();
