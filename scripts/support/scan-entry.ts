// The bench's page-side entry (bundled as an IIFE by scan-bench.ts, never shipped): ClaimLint's scan as the
// content script runs it (scanPageSteps: collect + classify), run to the end in one go, and the floor beside it.
import { scanPageSteps } from '../../utils/fields/collect-fields';
import { runSteps } from '../../utils/fields/steps';

declare global {
  interface Window {
    claimlintBenchScan(limit: number): number;
    claimlintBenchFloor(): number;
  }
}

/** ClaimLint's scan of the whole page; returns how many fields it classified (so the work cannot be skipped). */
window.claimlintBenchScan = (limit) => runSteps(scanPageSteps(document, { limit })).snapshot.fields.length;

/** The floor: every control's value and its label[for] text, with one querySelectorAll for each. */
window.claimlintBenchFloor = () => {
  const labels = new Map<string, string>();
  for (const label of document.querySelectorAll<HTMLLabelElement>('label[for]')) labels.set(label.htmlFor, label.textContent ?? '');
  let read = 0;
  for (const control of document.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
    if (control.value !== undefined && labels.get(control.id) !== undefined) read += 1;
  }
  return read;
};
