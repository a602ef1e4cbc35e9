/**
 * axe-core in real Chromium, for every ClaimLint screen, in light and dark and at 100% and 200% zoom. A screen's
 * test opens it and calls expectAxeClean(page, 'name', size); a new screen needs only that call, and ClaimLint's
 * part of someone else's page (a card on a claim page) passes its host: expectAxeClean(page, 'card', size, host).
 *
 * 200% zoom is emulated as Chromium zooms: the same window in device pixels, half as many CSS pixels, a device
 * pixel ratio of 2 (Emulation.setDeviceMetricsOverride). Layout, media queries and text wrapping then see what a
 * zoomed user's browser sees, which CSS `zoom` on the root would not give (it leaves the viewport's CSS width
 * alone). `size` is the screen's window at 100% in CSS pixels: a popup is at most 800 × 600, so a 400 × 600
 * popup at 200% has 400 CSS px of width (Chromium widens it to 800) but only 300 of height.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

export interface ScreenSize {
  width: number;
  height: number;
  /** Chromium's most for this kind of window (a popup: 800 × 600), which zoom cannot grow it past. */
  max?: { width: number; height: number };
}

/**
 * Runs axe-core in the page's main world. Extension pages allow only their own scripts, so a <script> tag with
 * axe's source is refused; DevTools' Runtime.evaluate (what page.evaluate uses) is not bound by the page's CSP.
 */
export async function axeViolations(page: Page, within?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const results = await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
    return results.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact: impact ?? null,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  }, within ?? null);
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}\n  at ${JSON.stringify(node.target)}\n  ${(node.failureSummary ?? '').replace(/\n/g, '\n  ')}`,
      ),
    )
    .join('\n');
}

// An emulation lasts as long as the DevTools session that set it, so each page keeps its session.
const sessions = new WeakMap<Page, CDPSession>();

/** Sets the page's window to `size` at this zoom (1 or 2), as Chromium lays out a zoomed page. */
export async function setZoom(page: Page, size: ScreenSize, zoom: number): Promise<void> {
  let cdp = sessions.get(page);
  if (!cdp) sessions.set(page, (cdp = await page.context().newCDPSession(page)));
  const device = { width: Math.min(size.width * zoom, size.max?.width ?? Infinity), height: Math.min(size.height * zoom, size.max?.height ?? Infinity) };
  // Chromium keeps one override per DevTools session and ignores a repeat of it, even after Playwright's own
  // session set another (for a screenshot or emulateMedia): clearing first makes this one the latest.
  await cdp.send('Emulation.clearDeviceMetricsOverride');
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: Math.floor(device.width / zoom),
    height: Math.floor(device.height / zoom),
    deviceScaleFactor: zoom,
    mobile: false,
  });
}

/** The page as the window shows it, taken through the same DevTools session so the zoom stays in force. */
async function screenshot(page: Page, path: string): Promise<void> {
  const { data } = await sessions.get(page)!.send('Page.captureScreenshot', { format: 'png' });
  await writeFile(path, Buffer.from(data, 'base64'));
}

/** How far the page scrolls sideways (0: it reflows into its width). */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

/**
 * No axe violation in light and dark, at 100% and 200% zoom, and no sideways scrolling at 200%. `within`: a
 * selector for ClaimLint's own part of a page it does not own (the shadow host of a card or mark layer), so the
 * page's own markup is not judged; axe looks into its shadow root. With CLAIMLINT_SHOTS set to a folder, each case
 * is saved there as <name>-<scheme>-<zoom>.png to look at.
 */
export async function expectAxeClean(page: Page, name: string, size: ScreenSize, within?: string): Promise<void> {
  for (const zoom of [1, 2]) {
    for (const scheme of ['light', 'dark'] as const) {
      // Playwright's emulateMedia sets its own device metrics again, so the zoom comes after it.
      await page.emulateMedia({ colorScheme: scheme });
      await setZoom(page, size, zoom);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      expect(await page.evaluate(() => devicePixelRatio)).toBe(zoom);
      const shots = process.env.CLAIMLINT_SHOTS;
      if (shots) await screenshot(page, join(shots, `${name}-${scheme}-${zoom * 100}.png`));
      expect(describeViolations(await axeViolations(page, within)), `axe on ${name}, ${scheme}, ${zoom * 100}%`).toBe('');
      // A page ClaimLint does not own may scroll sideways at 200% by its own design; ClaimLint's screens may not.
      if (zoom > 1 && within === undefined) expect(await sidewaysScroll(page), `${name} scrolls sideways at ${zoom * 100}%`).toBe(0);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await setZoom(page, size, 1);
}
