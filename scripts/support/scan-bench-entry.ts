/**
 * What the scan bench injects into a page (bundled as an IIFE by scan-bench.ts): ClaimLint's page scan from the
 * very source the content script runs (scanPageSteps), run straight through, and the floor it is compared with.
 * Bench only: nothing in the extension imports this.
 */
import { scanPageSteps } from '../../utils/fields/collect-fields';
import { runSteps } from '../../utils/fields/steps';

/** Reads the whole page (no field limit below its size), as the content script does; returns the fields found. */
function scan(limit: number): number {
  return runSteps(scanPageSteps(document, { limit })).snapshot.fields.length;
}

/**
 * The floor: what any reader of a form must do at least. Every control by the browser's own selector engine, its
 * value, and the text of its label[for], looked up in one map built from one query.
 */
function floor(): number {
  const labels = new Map<string, string>();
  for (const label of document.querySelectorAll('label[for]')) labels.set(label.getAttribute('for')!, label.textContent ?? '');
  const read: Array<[string, string]> = [];
  for (const control of document.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
    read.push([control.value, labels.get(control.id) ?? '']);
  }
  return read.length;
}

Object.assign(globalThis, { claimlintScanBench: { scan, floor } });
