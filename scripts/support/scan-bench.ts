/**
 * The page scan against its floor, in real Chromium (issue 15: "a scan near the floor"). ClaimLint's scan is
 * bundled by esbuild as an IIFE from the source the content script runs (scan-bench-entry.ts) and injected into a
 * plain page (no extension: the scan's own cost, without idle slicing or messaging); the floor runs in the same
 * page. Each size is a fresh page (scan-bench-page.ts); medians of repeated runs after a warm-up, timed inside the
 * page. The scan reads every control (its field limit is raised to the page's size), so the growth it shows is the
 * scan's own and not the limit's. Speed is measured here, never asserted in tests.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium } from './launch-chromium';
import { scanBenchPage } from './scan-bench-page';

export interface ScanFigures {
  /** Page size (controls) -> median milliseconds of one scan. */
  scanMs: Record<number, number>;
  /** Page size (controls) -> median milliseconds of the floor on the same page. */
  floorMs: Record<number, number>;
  /** The scan over the floor at 1,000 controls. */
  scanRatio1000: number;
  /** The slope of log(scan ms) over log(controls) across the sizes: 1 is linear, 2 quadratic. */
  scanGrowthExponent: number;
}

/** Time one size may take (warm-up excluded) before its runs stop, so the whole bench stays under a minute. */
const BUDGET_MS = 6_000;
const MIN_RUNS = 3;
const MAX_RUNS = 15;
const FLOOR_RUNS = 21;

/** The scan bundle: the content script's scan source as one IIFE that sets globalThis.claimlintScanBench. */
export async function scanBundle(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./scan-bench-entry.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** A headless Chromium without extensions, and a page holding `controls` controls with the scan injected. */
export async function launchForScan(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

export async function openScanPage(browser: Browser, bundle: string, controls: number): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent(scanBenchPage(controls));
  await page.addScriptTag({ content: bundle });
  return page;
}

interface PageRuns {
  scan: number[];
  floor: number[];
  fields: number;
}

/** Runs the scan and the floor in the page, warm-up first, until MAX_RUNS or the budget is spent. */
async function runInPage(page: Page, controls: number): Promise<PageRuns> {
  return page.evaluate(
    ({ controls, budget, minRuns, maxRuns, floorRuns }) => {
      const bench = (globalThis as unknown as { claimlintScanBench: { scan(limit: number): number; floor(): number } }).claimlintScanBench;
      const fields = bench.scan(controls);
      bench.floor();
      const scan: number[] = [];
      const floor: number[] = [];
      let spent = 0;
      while (scan.length < maxRuns && (scan.length < minRuns || spent < budget)) {
        const began = performance.now();
        bench.scan(controls);
        const took = performance.now() - began;
        scan.push(took);
        spent += took;
      }
      for (let run = 0; run < floorRuns; run++) {
        const began = performance.now();
        bench.floor();
        floor.push(performance.now() - began);
      }
      return { scan, floor, fields };
    },
    { controls, budget: BUDGET_MS, minRuns: MIN_RUNS, maxRuns: MAX_RUNS, floorRuns: FLOOR_RUNS },
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Least-squares slope of log(y) over log(x). */
export function growthExponent(points: ReadonlyArray<readonly [number, number]>): number {
  const logs = points.map(([x, y]) => [Math.log(x), Math.log(y)] as const);
  const meanX = logs.reduce((sum, [x]) => sum + x, 0) / logs.length;
  const meanY = logs.reduce((sum, [, y]) => sum + y, 0) / logs.length;
  const covariance = logs.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0);
  const variance = logs.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  return covariance / variance;
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/** The scan and the floor at each size, in one Chromium. */
export async function measureScan(sizes: readonly number[] = [100, 1_000, 5_000, 10_000]): Promise<ScanFigures> {
  const bundle = await scanBundle();
  const browser = await launchForScan();
  const scanMs: Record<number, number> = {};
  const floorMs: Record<number, number> = {};
  try {
    for (const controls of sizes) {
      const page = await openScanPage(browser, bundle, controls);
      const runs = await runInPage(page, controls);
      await page.close();
      scanMs[controls] = round(median(runs.scan), 2);
      floorMs[controls] = round(median(runs.floor), 3);
    }
  } finally {
    await browser.close();
  }
  const at1000 = sizes.includes(1_000) ? scanMs[1_000]! / floorMs[1_000]! : Number.NaN;
  return {
    scanMs,
    floorMs,
    scanRatio1000: round(at1000, 1),
    scanGrowthExponent: round(growthExponent(sizes.map((size) => [size, scanMs[size]!] as const)), 2),
  };
}
