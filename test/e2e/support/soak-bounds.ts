import type { SoakRow } from './soak-run';

/*
 * What "returns to its baseline" allows, each figure read after a forced garbage collection, on the same view
 * with the same marks as the baseline. Measured here (Chromium 156, 2 cores): listeners, ClaimLint's nodes and
 * storage.session came back exactly, page nodes within 1, over 32, 256 and 1,000 route changes. The slack is there for
 * a one-off (a listener or node created late, a pending mark redraw), and stays far below what a leak of one
 * item per route change would add over even the short run (32 route changes).
 */

/** The leak this guards against added about one listener per keystroke and 14 per route change. */
export const LISTENER_SLACK = 10;
/** One mark is three nodes (outline, badge, its text). */
export const INJECTED_NODE_SLACK = 3;
/** One view of the soak page is about 1,000 nodes: keeping even one stale view would be far over this. */
export const PAGE_NODE_SLACK = 50;
/** Values typed replace values of the same length, so the tab's stored snapshot and result keep their size. */
export const SESSION_SLACK_BYTES = 1_000;

const MB = 1_000_000;
/** The bound: the content script's heap grows by less than 1 MB per 1,000 edits. */
export const HEAP_GROWTH_PER_EDIT = MB / 1_000;
/**
 * The floor under that bound, for short runs. JSHeapUsedSize is the page's whole isolate (the page's scripts,
 * Playwright's helpers and ClaimLint's isolated world), and after the warm-up it still rises by a few hundred
 * kB as V8 keeps compiling and optimizing (0.33 MB over the first 32 route changes here, then 0.01-0.1 MB per
 * 32). The same run without ClaimLint rises by 0.08 MB. Below 1,000 edits that noise would be the whole bound.
 */
export const HEAP_GROWTH_FLOOR = MB;

export function allowedHeapGrowth(edits: number): number {
  return Math.max(HEAP_GROWTH_FLOOR, edits * HEAP_GROWTH_PER_EDIT);
}

/** Each bound the end of a run breaks, as one line with both figures; empty when it came back to its baseline. */
export function brokenBounds(baseline: SoakRow, end: SoakRow): string[] {
  const broken: string[] = [];
  const grew = (what: string, from: number, to: number, allowed: number, unit = '') => {
    if (to - from > allowed) broken.push(`${what}: ${from}${unit} -> ${to}${unit} (+${to - from}${unit}, allowed +${allowed}${unit})`);
  };
  grew('page JS event listeners', baseline.listeners, end.listeners, LISTENER_SLACK);
  grew('page DOM nodes', baseline.nodes, end.nodes, PAGE_NODE_SLACK);
  grew('storage.session', baseline.sessionBytes, end.sessionBytes, SESSION_SLACK_BYTES, ' B');
  grew(`page JS heap after ${end.edits} edits`, baseline.heapBytes, end.heapBytes, allowedHeapGrowth(end.edits), ' B');
  // Fewer nodes than at the baseline is wrong too: the view's marks are missing.
  if (Math.abs(end.injectedNodes - baseline.injectedNodes) > INJECTED_NODE_SLACK) {
    broken.push(`ClaimLint's nodes in the page: ${baseline.injectedNodes} -> ${end.injectedNodes} (allowed ±${INJECTED_NODE_SLACK})`);
  }
  return broken;
}
