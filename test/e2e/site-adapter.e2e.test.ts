import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type StaticServer } from '../../scripts/support/static-server';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/support/launch-chromium';
import { TEST_BUILD_DIR } from './support/fixture';

/*
 * The content script carries only the adapters' URL patterns; on a page one matches it asks the background for
 * the adapter's mappings. The same form served at an OpenEMR form's address and at another one: only the first
 * reads the control the adapter maps (OpenEMR's medical-record number box: neither its label nor its name says
 * what it is, so the heuristics leave it out).
 */
const form = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body>
<h1>PT care plan</h1>
<form>
  <label>Patient name <input name="patient_name" value="Avery Sample"></label>
  <label>Date of birth <input name="dob" value="1970-02-03"></label>
  <table><tr><td>Row 8</td><td><input name="physician_orders_mr" value="MR-20417"></td></tr></table>
</form></body></html>`;

let folder: string;
let server: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'claimlint-adapter-'));
  await mkdir(join(folder, 'interface/forms/ptcareplan'), { recursive: true });
  await mkdir(join(folder, 'plain'), { recursive: true });
  await writeFile(join(folder, 'interface/forms/ptcareplan/new.html'), form('Adapter page'));
  await writeFile(join(folder, 'plain/other.html'), form('Plain page'));
  server = await serveFolder(folder);
  browser = await launchWithExtension(TEST_BUILD_DIR, { headless: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(folder, { recursive: true, force: true });
});

interface StoredResult {
  fieldCount?: number;
}

/** The result the background holds for the page's tab, once it has checked it. */
async function resultOf(path: string, title: string): Promise<StoredResult> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${path}`);
  let stored: StoredResult | undefined;
  await expect
    .poll(async () => {
      stored = await browser.worker.evaluate(async (wanted) => {
        const tab = (await chrome.tabs.query({})).find((candidate) => candidate.title === wanted);
        const key = `tabResult:${tab?.id}`;
        return (await chrome.storage.session.get(key))[key] as StoredResult | undefined;
      }, title);
      return stored?.fieldCount ?? 0;
    }, { timeout: 15_000 })
    .toBeGreaterThan(0);
  return stored!;
}

describe('a site adapter in the browser', () => {
  it('maps its controls on the pages it matches, and only there', async () => {
    const plain = await resultOf('/plain/other.html', 'Plain page');
    const adapted = await resultOf('/interface/forms/ptcareplan/new.html', 'Adapter page');
    expect(adapted.fieldCount).toBe(plain.fieldCount! + 1);
  });
});
