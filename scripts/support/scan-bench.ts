/**
 * The page scan against its floor, in real Chromium (issue 15: "a scan near the floor"). ClaimLint's scan is
 * bundled by esbuild as an IIFE from the source the content script runs (scan-bench-entry.ts) and injected into a
 * plain page (no extension: the scan's own cost, without idle slicing or messaging); the floor runs in the same
 * page. Each size is a fresh page (scan-bench-page.ts); figures are medians of repeated runs after the first, in
 * the page's main-thread CPU time (see runInPage), which a machine shared with other work disturbs far less than
 * wall time. The scan reads every control (its field limit is raised to the page's size), so the growth it shows
 * is the scan's own and not the limit's. Speed is measured here, never asserted in tests.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium } from './launch-chromium';
import { scanBenchPage } from './scan-bench-page';

export interface ScanFigures {
  /** Page size (controls) -> median milliseconds of one scan. */
  scanMs: Record<number, number>;
  /**
   * Page size (controls) -> milliseconds of the first scan in a fresh page (one run: code not yet optimised, the
   * scan's remembered texts empty), as on page load; scanMs is every later scan, as after an edit.
   */
  firstScanMs: Record<number, number>;
  /** Page size (controls) -> median milliseconds of the floor on the same page. */
  floorMs: Record<number, number>;
  /** The scan over the floor at 1,000 controls. */
  scanRatio1000: number;
  /** The slope of log(scan ms) over log(controls) across the sizes: 1 is linear, 2 quadratic. */
  scanGrowthExponent: number;
}

/** Time one size may take (warm-up excluded) before its runs stop, so the whole bench stays under a minute. */
const BUDGET_MS = 4_000;
const MIN_RUNS = 3;
const MAX_RUNS = 15;
const FLOOR_RUNS = 9;
/** Floor runs timed together. */
const FLOOR_BATCH = 20;

/**
 * The scan bundle: the content script's scan source as one IIFE that sets globalThis.claimlintScanBench.
 * `sourceRoot` measures another checkout's scan (before/after a change) with this bench's entry and floor.
 */
export async function scanBundle(sourceRoot?: string): Promise<string> {
  const entry = fileURLToPath(new URL('./scan-bench-entry.ts', import.meta.url));
  const result = await build({
    ...(sourceRoot
      ? { stdin: { contents: await readFile(entry, 'utf8'), loader: 'ts' as const, resolveDir: join(sourceRoot, 'scripts/support'), sourcefile: entry } }
      : { entryPoints: [entry] }),
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
  first: number;
  scan: number[];
  floor: number[];
}

/** The bench's functions in the page (scan-bench-entry.ts), called by name from page.evaluate. */
type Bench = { claimlintScanBench: { scan(limit: number): number; floor(): number } };

/**
 * Runs the scan and the floor in the page, first scan apart, until MAX_RUNS or the budget is spent; each figure
 * is the page's main-thread CPU time (Chromium's ThreadTime metric), so other work on a shared machine, which
 * takes the CPU away from the page, does not count, less the cost of one empty evaluate.
 */
async function runInPage(page: Page, controls: number): Promise<PageRuns> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
  const cpuOf = async (run: () => Promise<unknown>) => {
    const before = await threadMs();
    await run();
    return (await threadMs()) - before;
  };
  const overheads: number[] = [];
  for (let run = 0; run < FLOOR_RUNS; run++) overheads.push(await cpuOf(() => page.evaluate(() => 0)));
  const overhead = median(overheads);
  const scanOnce = () => page.evaluate((limit) => (globalThis as unknown as Bench).claimlintScanBench.scan(limit), controls);
  const first = (await cpuOf(scanOnce)) - overhead;
  const scan: number[] = [];
  let spent = 0;
  while (scan.length < MAX_RUNS && (scan.length < MIN_RUNS || spent < BUDGET_MS)) {
    const took = (await cpuOf(scanOnce)) - overhead;
    scan.push(took);
    spent += took;
  }
  // The floor takes about as long as an empty evaluate: it is timed in batches, each batch's CPU shared out.
  const floor: number[] = [];
  const floorBatch = () => page.evaluate((times) => {
    for (let run = 0; run < times; run++) (globalThis as unknown as Bench).claimlintScanBench.floor();
  }, FLOOR_BATCH);
  await floorBatch();
  for (let batch = 0; batch < FLOOR_RUNS; batch++) floor.push(((await cpuOf(floorBatch)) - overhead) / FLOOR_BATCH);
  await cdp.detach();
  return { first, scan, floor };
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

/** The scan and the floor at each size, in one Chromium; `sourceRoot` as for scanBundle. */
export async function measureScan(sizes: readonly number[] = [100, 1_000, 5_000, 10_000], sourceRoot?: string): Promise<ScanFigures> {
  const bundle = await scanBundle(sourceRoot);
  const browser = await launchForScan();
  const scanMs: Record<number, number> = {};
  const firstScanMs: Record<number, number> = {};
  const floorMs: Record<number, number> = {};
  try {
    for (const controls of sizes) {
      const page = await openScanPage(browser, bundle, controls);
      const runs = await runInPage(page, controls);
      await page.close();
      scanMs[controls] = round(median(runs.scan), 2);
      firstScanMs[controls] = round(runs.first, 2);
      floorMs[controls] = round(median(runs.floor), 3);
    }
  } finally {
    await browser.close();
  }
  const at1000 = sizes.includes(1_000) ? scanMs[1_000]! / floorMs[1_000]! : Number.NaN;
  return {
    scanMs,
    firstScanMs,
    floorMs,
    scanRatio1000: round(at1000, 1),
    scanGrowthExponent: round(growthExponent(sizes.map((size) => [size, scanMs[size]!] as const)), 2),
  };
}
