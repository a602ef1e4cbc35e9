import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type StaticServer } from '../../scripts/support/static-server';
import { idFor, isMarked, readExpected, startSession, tabIdOf, waitUntil, type Session } from './support/fixture';

const CLAIM_PAGE = 'cms1500-claim.html';
const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

let session: Session;
let emptyPagesServer: StaticServer;
let claimTabId: number;
let emptyTabId: number;

beforeAll(async () => {
  session = await startSession();
  emptyPagesServer = await serveFolder(resolve('test/fixtures/e2e'));
  const claimPage = await session.browser.context.newPage();
  await claimPage.goto(`${session.server.origin}/${CLAIM_PAGE}`);
  await waitUntil(() => isMarked(claimPage, idFor(readExpected(CLAIM_PAGE), 'referring.npi')), 'the claim page is marked');
  claimTabId = await tabIdOf(session, claimPage);
  const emptyPage = await session.browser.context.newPage();
  await emptyPage.goto(`${emptyPagesServer.origin}/no-fields.html`);
  emptyTabId = await tabIdOf(session, emptyPage);
});

afterAll(async () => {
  await session?.close();
  await emptyPagesServer?.close();
});

/**
 * Runs axe-core in the page's main world. Extension pages allow only their own scripts, so a <script> tag with
 * axe's source is refused; DevTools' Runtime.evaluate (what page.evaluate uses) is not bound by the page's CSP.
 */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const results = await axe.run({ resultTypes: ['violations'] });
    return results.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact: impact ?? null,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  });
}

function describeViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}\n  at ${JSON.stringify(node.target)}\n  ${(node.failureSummary ?? '').replace(/\n/g, '\n  ')}`,
      ),
    )
    .join('\n');
}

async function expectNoViolations(page: Page): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    const violations = await axeViolations(page);
    expect(describeViolations(violations), `axe in the ${scheme} theme`).toBe('');
  }
}

async function openExtensionPage(path: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/${path}`);
  return page;
}

describe('axe-core finds no accessibility violations', () => {
  it('in the popup listing gaps, every group shown and Passed opened', async () => {
    const popup = await openExtensionPage(`popup.html?tabId=${claimTabId}`);
    await expect.poll(() => popup.locator('[data-group="fail"] [data-status="fail"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await popup.locator('[data-group="pass"] summary').click();
    // The to-do list's disclosures open too: a gap's why and source, and the checklist choice behind "change".
    await popup.locator('[data-group="fail"] .finding-toggle').first().click();
    await popup.getByRole('button', { name: 'change' }).click();
    expect(await popup.locator('[data-group="pass"] details').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    await expectNoViolations(popup);
    await popup.close();
  });

  it('in the popup for a page without claim fields', async () => {
    const popup = await openExtensionPage(`popup.html?tabId=${emptyTabId}`);
    await expect.poll(() => popup.locator('.status-message').innerText(), { timeout: 10_000 }).toMatch(/No claim or documentation fields/);
    await expectNoViolations(popup);
    await popup.close();
  });

  it('in the printable report', async () => {
    const report = await openExtensionPage(`report.html?tabId=${claimTabId}&patient=0`);
    await expect.poll(() => report.locator('[data-group="fail"] [data-status="fail"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expectNoViolations(report);
    await report.close();
  });

  it('in the options page', async () => {
    const options = await openExtensionPage('options.html');
    await expect.poll(() => options.locator('h1').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await options.waitForTimeout(300);
    await expectNoViolations(options);
    await options.close();
  });
});
