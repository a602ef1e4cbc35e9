/**
 * Bench: ClaimLint's scan of a page (collect + classify, the content script's scanPageSteps run to the end) against
 * the floor (one querySelectorAll for the controls, one for label[for], each control's value and label text) in
 * the same Chromium page, on forms of 100, 1,000, 5,000 and 10,000 labelled controls. The scan is bundled from
 * source with esbuild as an IIFE and added to the page, so no extension timing (idle slices, messaging) is in it.
 * Runs alternate scan and floor; each figure is the median of its runs after one warm-up.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { SCAN_SIZES } from './bench-figures';
import { findChromium } from './launch-chromium';

export interface ScanFigures {
  /** Controls on the page -> median ms of ClaimLint's scan and of the floor. */
  sizes: Array<{ controls: number; scanMs: number; floorMs: number; fields: number }>;
  /** Slope of log(scan ms) against log(controls): 1 is linear, 2 quadratic. */
  growthExponent: number;
}

const WORDS = ['Patient name', 'Date of birth', 'Member ID', 'Diagnosis code', 'Units', 'Charges', 'Rendering NPI', 'Place of service', 'Notes', 'Comments'];

/** A form of `controls` labelled text inputs, ten to a fieldset, the shape of a long EHR screen. */
export function formPage(controls: number): string {
  const sections: string[] = [];
  for (let s = 0; s * WORDS.length < controls; s++) {
    const rows = WORDS.slice(0, Math.min(WORDS.length, controls - s * WORDS.length))
      .map((word, i) => `<label for="f${s}_${i}">${word} ${s}</label><input id="f${s}_${i}" name="field_${s}_${i}" value="${i}">`);
    sections.push(`<fieldset><legend>Section ${s}</legend>${rows.join('')}</fieldset>`);
  }
  return `<!doctype html><html><head><title>Form of ${controls} controls</title></head><body><form>${sections.join('')}</form></body></html>`;
}

/** Least-squares slope of log(y) on log(x). */
export function growthExponent(points: ReadonlyArray<{ x: number; y: number }>): number {
  const xs = points.map((point) => Math.log(point.x));
  const ys = points.map((point) => Math.log(Math.max(point.y, 1e-3)));
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - meanX) * (ys[i]! - meanY);
    den += (x - meanX) ** 2;
  });
  return num / den;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The scan bundle, as one script to add to a page. */
async function scanScript(): Promise<string> {
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, 'scan-entry.ts')],
    bundle: true, format: 'iife', write: false, platform: 'browser', target: 'chrome120', minify: true,
    // WXT's auto-imports are not used by utils/fields; `browser` is never touched by the scan.
    define: { 'import.meta.env.BROWSER': '"chrome"' },
  });
  return out.outputFiles[0]!.text;
}

/** Runs per size: fewer on the big pages, where one scan takes seconds. */
const RUNS: Record<number, number> = { 100: 15, 1_000: 9, 5_000: 5, 10_000: 3 };

export async function measureScan(sizes: readonly number[] = SCAN_SIZES): Promise<ScanFigures> {
  const script = await scanScript();
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    const results: ScanFigures['sizes'] = [];
    for (const controls of sizes) {
      await page.setContent(formPage(controls));
      await page.addScriptTag({ content: script });
      const scan: number[] = [];
      const floor: number[] = [];
      let fields = 0;
      for (let run = 0; run <= (RUNS[controls] ?? 5); run++) {
        const timed = await page.evaluate((limit) => {
          let began = performance.now();
          const found = window.claimlintBenchScan(limit);
          const scanMs = performance.now() - began;
          // The floor is far below the clock's 0.1 ms grain on small pages: timed over repeats.
          const repeats = 20;
          began = performance.now();
          for (let repeat = 0; repeat < repeats; repeat++) window.claimlintBenchFloor();
          return { found, scanMs, floorMs: (performance.now() - began) / repeats };
        }, controls + 100);
        if (run === 0) continue;
        scan.push(timed.scanMs);
        floor.push(timed.floorMs);
        fields = timed.found;
      }
      results.push({ controls, scanMs: median(scan), floorMs: median(floor), fields });
    }
    return { sizes: results, growthExponent: growthExponent(results.map((size) => ({ x: size.controls, y: size.scanMs }))) };
  } finally {
    await browser.close();
  }
}
