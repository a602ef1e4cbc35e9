/**
 * `npm run bench`: the table (issue 15), measured side by side in one run — ClaimLint beside its floor or
 * peer, as ratios of medians of repeated runs, in real Chromium and node — and never asserted in tests.
 * `npm run bench -- --json` prints the same figures as one JSON object (scripts/support/bench-figures.ts says
 * which keys); a figure whose measure is not on this branch, or failed, is null and `notMeasured` says why.
 *   - scan: ClaimLint's collect + classify against bare querySelectorAll + value + label[for], in one page, on
 *     forms of 100 to 10,000 controls (scripts/support/scan-bench.ts, measureScan);
 *   - re-check after one typed character on 1,001 controls (scripts/support/recheck-bench.ts, measureRecheck);
 *   - page load to the first mark, the first page after the browser starts and the same page later (Chromium's
 *     trace through the DevTools protocol, the test build of the extension);
 *   - re-check of a 3,000-word letter in an editor: ClaimLint's main-thread time per edit
 *     (scripts/support/document-edit-bench.ts);
 *   - the engine against json-rules-engine on the same rules (scripts/support/engine-bench.ts, measureEngine);
 *   - gzip sizes of the production build (scripts/support/bundle-sizes.ts, bundleGzipKb);
 *   - the CLI: its start (scripts/bench-cli.ts) and `claimlint check` on 10,000-claim 837P and FHIR batches,
 *     claims/s and peak RSS, beside the split-only and JSON.parse floors (scripts/support/batch-bench.ts).
 * The floor and json-rules-engine live in the bench only. More: `npm run bench:x12` (100,000-claim streams),
 * `npm run bench:cli` (every start case). Builds what it measures first (`wxt build`, `wxt build --mode test`),
 * so do not run it during `npm run test:e2e`. BENCHMARKS.md keeps the latest figures.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { measureCliStart } from './bench-cli';
import { measureBatch } from './support/batch-bench';
import {
  benchJson, benchTable, collectFigures, type BenchRunner, type EngineResult, type GzipResult, type RecheckResult, type ScanResult,
} from './support/bench-figures';
import { letterEditorPage, longLetter, measureDocumentEdits } from './support/document-edit-bench';
import { launchWithExtension } from './support/launch-chromium';
import { attempt, optionalExport, type Optional } from './support/optional-bench';
import { tasksRunning, type TraceEvent } from './support/trace-tasks';
import { serveFolder } from './support/static-server';

interface PageFigures {
  firstMarkMs: number;
  longestTaskMs: number;
  totalMs: number;
  tasks: number;
}

const CONTENT_SCRIPT = 'content-scripts/claim.js';
/** The measure: re-checking a 3,000-word document after an edit. */
const LETTER_WORDS = 3_000;

/**
 * The page opened twice in one browser: first right after the browser starts (the service worker starts, and the
 * page's renderer compiles ClaimLint's patterns for the first time), then again as every later page is checked.
 */
async function measurePage(url: string): Promise<{ cold: PageFigures; warm: PageFigures }> {
  const browser = await launchWithExtension(resolve('.output/chrome-mv3-test'), { headless: true });
  try {
    const cold = await tracePage(browser.context, url);
    const warm = await tracePage(browser.context, url);
    return { cold, warm };
  } finally {
    await browser.close();
  }
}

async function tracePage(context: BrowserContext, url: string): Promise<PageFigures> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  const started = Date.now();
  await page.goto(url, { timeout: 180_000 });
  await waitForFirstMark(page);
  const firstMarkMs = Date.now() - started;
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  return claimLintWork(events, firstMarkMs);
}

async function waitForFirstMark(page: Page): Promise<void> {
  // Polled every 100 ms: on the huge page a tighter poll would itself load the page's main thread.
  await page.waitForFunction(() => document.querySelector('claimlint-marks')?.shadowRoot?.querySelector('[data-claimlint-field-key]'), null, {
    timeout: 180_000,
    polling: 100,
  });
}

/** The tasks on the page's threads that ran the content script: their count, longest and summed durations. */
function claimLintWork(events: TraceEvent[], firstMarkMs: number): PageFigures {
  const calls = events.filter((event) => event.name === 'FunctionCall' && event.args?.data?.url?.includes(CONTENT_SCRIPT));
  const ours = tasksRunning(events, CONTENT_SCRIPT);
  const durations = ours.map((task) => task.dur! / 1000);
  if (process.env.CLAIMLINT_BENCH_DETAIL) {
    // What the longest of ClaimLint's tasks spent its time on (script, layout it forced, garbage collection).
    for (const task of [...ours].sort((a, b) => b.dur! - a.dur!).slice(0, 3)) {
      const inside = events.filter((event) => event.pid === task.pid && event.tid === task.tid && event !== task && event.dur !== undefined && event.ts >= task.ts && event.ts + event.dur <= task.ts + task.dur! && event.dur > 5_000);
      console.log(`task ${Math.round(task.dur! / 1000)} ms:`, inside.map((event) => `${event.name} ${Math.round(event.dur! / 1000)}`).join(', '));
    }
  }
  return {
    firstMarkMs,
    longestTaskMs: Math.round(Math.max(0, ...durations)),
    totalMs: Math.round(calls.reduce((sum, call) => sum + (call.dur ?? 0), 0) / 1000),
    tasks: ours.length,
  };
}

/** Re-checks of a long letter as the user types in it (scripts/support/document-edit-bench.ts). */
async function measureEdits(url: string) {
  const browser = await launchWithExtension(resolve('.output/chrome-mv3-test'), { headless: true });
  try {
    return await measureDocumentEdits(browser.context, url, CONTENT_SCRIPT);
  } finally {
    await browser.close();
  }
}

/** scripts/support/scan-bench.ts: the scan against its floor per page size, in one Chromium. */
type MeasureScan = () => Promise<{ scanMs: Record<number, number>; floorMs: Record<number, number>; scanGrowthExponent: number }>;
/** scripts/support/recheck-bench.ts: edits in an opened page made by recheckPage. */
type MeasureRecheck = (page: Page, options?: { edits?: number }) => Promise<RecheckResult>;
type RecheckPage = (claimHtml: string) => string;
type MeasureEngine = () => Promise<EngineResult>;
type BundleGzipKb = (outputDir: string) => Promise<GzipResult>;

/** The re-check bench's page (written by main, served with the others) opened in the test build, then measured. */
async function measureRecheckPage(origin: string, measure: MeasureRecheck): Promise<RecheckResult> {
  const browser = await launchWithExtension(resolve('.output/chrome-mv3-test'), { headless: true });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/recheck.html`);
    return await measure(page);
  } finally {
    await browser.close();
  }
}

/** Runs a measuring module's function, or says why it could not (the bench prints every other figure regardless). */
async function optionalRun<F extends (...args: never[]) => unknown, T>(path: string, name: string, run: (fn: F) => Promise<T>): Promise<Optional<T>> {
  const fn = await optionalExport<F>(path, name);
  return fn.kind === 'found' ? attempt(() => run(fn.value)) : fn;
}

/** The real measures, each on this machine; pages are served from a temporary folder while the bench runs. */
function realRunner(origin: () => string): BenchRunner {
  return {
    cliStart: () => attempt(() => {
      const { floorMs, cases } = measureCliStart(resolve('.'));
      return { ms: cases.find((entry) => entry.key === 'nodeCheck')!.ms, nodeMs: floorMs };
    }),
    batch: (format) => attempt(() => measureBatch(format)),
    engine: () => optionalRun<MeasureEngine, EngineResult>('scripts/support/engine-bench.ts', 'measureEngine', (measure) => measure()),
    gzip: () => optionalRun<BundleGzipKb, GzipResult>('scripts/support/bundle-sizes.ts', 'bundleGzipKb', (measure) => measure(resolve('.output/chrome-mv3'))),
    scan: () => optionalRun<MeasureScan, ScanResult>('scripts/support/scan-bench.ts', 'measureScan', async (measure) => {
      const figures = await measure();
      const sizes = Object.keys(figures.scanMs).map(Number).sort((a, b) => a - b);
      return {
        sizes: sizes.map((controls) => ({ controls, scanMs: figures.scanMs[controls]!, floorMs: figures.floorMs[controls]! })),
        growthExponent: figures.scanGrowthExponent,
      };
    }),
    recheck: async () => {
      const page = await optionalExport<RecheckPage>('scripts/support/recheck-bench.ts', 'recheckPage');
      if (page.kind === 'missing') return page;
      return optionalRun<MeasureRecheck, RecheckResult>('scripts/support/recheck-bench.ts', 'measureRecheck', (measure) => measureRecheckPage(origin(), measure));
    },
    firstResult: () => attempt(async () => {
      const { cold, warm } = await measurePage(`${origin()}/claim.html`);
      return { coldMs: cold.firstMarkMs, warmMs: warm.firstMarkMs };
    }),
    recheckText: () => attempt(async () => ({ medianMs: (await measureEdits(`${origin()}/letter.html`)).medianMs })),
  };
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const progress = (what: string) => process.stderr.write(`bench: ${what}…\n`);
  // Builds first: the CLI figures need dist/cli current, the pages the test build, the sizes the production build.
  progress('building (dist/cli, wxt build, wxt build --mode test)');
  execFileSync(process.execPath, ['scripts/build-cli.js'], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('npx', ['wxt', 'build', '--mode', 'test'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const folder = await mkdtemp(join(tmpdir(), 'claimlint-bench-'));
  await writeFile(join(folder, 'claim.html'), await readFile(resolve('test/fixtures/pages/cms1500-claim.html'), 'utf8'));
  await writeFile(join(folder, 'letter.html'), letterEditorPage(longLetter(LETTER_WORDS)));
  const recheckPage = await optionalExport<RecheckPage>('scripts/support/recheck-bench.ts', 'recheckPage');
  if (recheckPage.kind === 'found') await writeFile(join(folder, 'recheck.html'), recheckPage.value(await readFile(resolve('test/fixtures/pages/cms1500-claim.html'), 'utf8')));
  const server = await serveFolder(folder);
  try {
    const figures = benchJson(await collectFigures(realRunner(() => server.origin), progress));
    console.log(json ? JSON.stringify(figures, null, 2) : benchTable(figures));
  } finally {
    await server.close();
    await rm(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
