/**
 * A practice's own letter template, imported on the options page, writes the next therapy letter; a file that is
 * not a template is refused there with the reason.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import therapy from '../../rules/letters/templates/physical-therapy.json' with { type: 'json' };
import { startSession, tabIdOf, type Session } from './support/fixture';

const PLAN_PAGE = 'pt-plan-of-care.html';
const PATIENT_NAME = 'Jordan Exampleton';
const PRACTICE_TITLE = 'Riverside Rehab — Letter of Medical Necessity';

/** The bundled therapy template with the practice's id, title and patient line. */
function practiceTemplate(): string {
  const template = structuredClone(therapy);
  template.id = 'riverside-therapy-lmn';
  template.title = PRACTICE_TITLE;
  template.sections[0]!.paragraphs![0]![0]!.text = 'Riverside Rehab patient: {patient.name|patient.lastName}';
  return JSON.stringify(template);
}

let session: Session;
let options: Page;
let dir: string;

async function importTemplate(name: string, text: string): Promise<void> {
  const path = join(dir, name);
  await writeFile(path, text);
  await options.getByLabel('Import a letter template (JSON file)').setInputFiles(path);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimlint-templates-'));
  session = await startSession();
  options = await session.browser.context.newPage();
  await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
});

afterAll(async () => {
  await session?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a practice\'s own letter template', () => {
  it('is refused on the options page when it is not a template, with the reason', async () => {
    await importTemplate('notes.json', JSON.stringify({ id: 'my-notes', title: 'Notes' }));
    const error = options.locator('[data-template-error]');
    await expect.poll(() => error.count(), { timeout: 10_000 }).toBe(1);
    expect(await error.innerText()).toMatch(/^Letter template notes\.json is not valid: /);
    expect(await options.locator('[data-letter-templates] li').count()).toBe(0);
  });

  it('is imported, listed, and writes the next therapy letter', async () => {
    await importTemplate('riverside.json', practiceTemplate());
    await expect.poll(() => options.locator('[data-letter-templates] li').count(), { timeout: 10_000 }).toBe(1);
    expect(await options.locator('[data-letter-templates] li').innerText()).toContain(PRACTICE_TITLE);

    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/${PLAN_PAGE}`);
    const tabId = await tabIdOf(session, page);
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${tabId}`);
    const draftButton = popup.getByRole('button', { name: 'Draft letter' });
    await draftButton.waitFor({ timeout: 15_000 });
    const [letter] = await Promise.all([session.browser.context.waitForEvent('page'), draftButton.click()]);
    await letter.locator('.letter-body').waitFor({ timeout: 15_000 });
    expect(await letter.locator('.letter-title').innerText()).toBe(PRACTICE_TITLE);
    expect(await letter.locator('.letter-body').innerText()).toContain(`Riverside Rehab patient: ${PATIENT_NAME}`);
  });
});
