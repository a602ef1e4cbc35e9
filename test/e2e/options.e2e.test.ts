import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists';
import { importRulePack } from '../../utils/settings';
import { idFor, isMarked, readExpected, startSession, tabIdOf, waitUntil, type Session } from './support/fixture';

const CLAIM_PAGE = 'cms1500-claim.html';
const validPack = { ...structuredClone(BUNDLED_CHECKLISTS[0]!), id: 'clinic-own-pack', title: 'Our clinic’s own pack' };
const schemaInvalid = { ...validPack, id: 'clinic-broken-pack', rules: [] };

let session: Session;
let options: Page;
let dir: string;

async function importFile(name: string, text: string): Promise<void> {
  const path = join(dir, name);
  await writeFile(path, text);
  await options.getByLabel('Import a rule pack (JSON file)').setInputFiles(path);
}

function expectedError(text: string): string {
  const result = importRulePack(text, []);
  if (result.ok) throw new Error('expected the import to be refused');
  return result.error;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimlint-packs-'));
  session = await startSession();
  options = await session.browser.context.newPage();
  await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
});

afterAll(async () => {
  await session?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the options page', () => {
  it('lists the checklists that come with ClaimLint', async () => {
    await expect.poll(() => options.locator('.options-bundled [data-checklist-id]').count(), { timeout: 10_000 }).toBe(BUNDLED_CHECKLISTS.length);
  });

  it('imports a valid rule pack and lists it', async () => {
    await importFile('valid.json', JSON.stringify(validPack));
    const listed = options.locator(`[data-rule-packs] [data-checklist-id="${validPack.id}"]`);
    await expect.poll(() => listed.count(), { timeout: 10_000 }).toBe(1);
    expect(await listed.innerText()).toContain(validPack.title);
  });

  it('refuses malformed JSON with its position, keeping the valid pack', async () => {
    await importFile('malformed.json', '{"id": ');
    const error = options.locator('[data-import-error]');
    await expect.poll(() => error.innerText(), { timeout: 10_000 }).toBe(expectedError('{"id": '));
    expect(await error.innerText()).toContain('line 1, column 8');
    expect(await options.locator(`[data-rule-packs] [data-checklist-id]`).count()).toBe(1);
  });

  it('refuses a checklist that fails the schema with parseChecklist\'s error, keeping the valid pack', async () => {
    const text = JSON.stringify(schemaInvalid);
    await importFile('invalid.json', text);
    const error = options.locator('[data-import-error]');
    await expect.poll(() => error.innerText(), { timeout: 10_000 }).toBe(expectedError(text));
    expect(await options.locator(`[data-rule-packs] [data-checklist-id="${validPack.id}"]`).count()).toBe(1);
    await options.reload();
    await expect.poll(() => options.locator('[data-rule-packs] [data-checklist-id]').count(), { timeout: 10_000 }).toBe(1);
  });

  it('checks a page against the default payer chosen here when the popup has no choice', async () => {
    await options.getByLabel('Default payer', { exact: true }).selectOption('premera');
    await waitUntil(
      () => session.browser.worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { defaultPayer?: string } | undefined)?.defaultPayer === 'premera'),
      'the default payer is saved',
    );
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/${CLAIM_PAGE}`);
    await waitUntil(() => isMarked(page, idFor(readExpected(CLAIM_PAGE), 'referring.npi')), 'the empty referring NPI box (17b) is marked');
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${await tabIdOf(session, page)}`);
    await expect.poll(() => popup.locator('.checked-against-names').innerText(), { timeout: 10_000 }).toMatch(/Premera 8\.03\.502/);
    await popup.getByRole('button', { name: 'change' }).click();
    const premera = popup.locator('[data-checklist-id="premera-physical-medicine"]');
    await expect.poll(() => premera.count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.locator('body').innerText()).toMatch(/Premera 8\.03\.502/);
    // The popup says the payer comes from the user's default, not from the page.
    expect(await popup.getByLabel('Payer').locator('option').first().innerText()).toBe('Your default: Premera Blue Cross');
  });
});
