/**
 * `npx tsx scripts/bench-document.ts`: the cost of re-checking a 3,000-word letter in an editor after an edit,
 * measured — never asserted. The page's share (reading the editor's text with its DOM map, in Chromium, in the
 * idle-time slices the content script uses) and the background's share (the document reader over that text,
 * in Node). Prints the median of 15 runs of each, and the longest slice the page ran once warm (the first run
 * also compiles the code).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { readPageDocuments } from '../utils/page-documents';
import { findChromium } from './support/launch-chromium';

const RUNS = 15;
const PARAGRAPH = 'Since a fall at work in June 2025 the patient has had low back pain rated 6/10 with sitting, which limits her to 20 minutes at a desk and has kept her from lifting her child. ';

/** A letter of about 3,000 words: header, 40 body paragraphs, signature. */
function letterHtml(): string {
  const body = Array.from({ length: 40 }, (_, n) => `<p>${PARAGRAPH.repeat(2)}Visit ${n + 1} notes the same limits.</p>`).join('');
  return `<p>November 20, 2026</p><p>Aetna Utilization Review</p><p>RE: Casey Example, DOB 12/19/1990, Member ID W555012345</p><p>Dear reviewer,</p>${body}<p>Sincerely,</p><p>Riley Example-Okafor, DC</p><p>NPI 1093817462</p>`;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'claimlint-bench-document-'));
  try {
    await writeFile(join(folder, 'entry.ts'), `
      import { scanPageSteps } from '${process.cwd()}/utils/fields/collect-fields';
      (window as any).scanOnce = () => {
        const slices: number[] = [];
        const steps = scanPageSteps(document);
        let started = performance.now();
        for (;;) {
          const next = steps.next();
          const now = performance.now();
          if (next.done) { slices.push(now - started); return { slices, text: next.value.documents[0]?.page.text ?? '' }; }
          if (now - started >= 12) { slices.push(now - started); started = performance.now(); }
        }
      };`);
    await build({ entryPoints: [join(folder, 'entry.ts')], bundle: true, format: 'iife', outfile: join(folder, 'scan.js'), logLevel: 'error' });
    const browser = await chromium.launch({ executablePath: findChromium(), headless: true });
    const page = await browser.newPage();
    await page.setContent(`<h1>Letter of medical necessity</h1><div contenteditable="true">${letterHtml()}</div>`);
    await page.addScriptTag({ path: join(folder, 'scan.js') });
    const pageRuns: number[] = [];
    let longestSlice = 0;
    let text = '';
    for (let run = 0; run < RUNS; run++) {
      const result = await page.evaluate(() => (window as unknown as { scanOnce(): { slices: number[]; text: string } }).scanOnce());
      pageRuns.push(result.slices.reduce((sum, slice) => sum + slice, 0));
      if (run > 0) longestSlice = Math.max(longestSlice, ...result.slices);
      text = result.text;
    }
    await browser.close();
    const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    const readerRuns: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      readPageDocuments([{ keyPrefix: 'r0-', text, headings: [], word: 'letter', label: 'Letter of medical necessity' }], '2026-12-01T12:00:00Z');
      readerRuns.push(performance.now() - started);
    }
    console.log(`letter of ${words} words in an editor`);
    console.log(`page: scan incl. editor text map, median ${median(pageRuns).toFixed(1)} ms, longest slice after the first run ${longestSlice.toFixed(1)} ms (slice budget 12 ms)`);
    console.log(`background: document reader, median ${median(readerRuns).toFixed(1)} ms`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

await main();
