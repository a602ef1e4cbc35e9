import type { ExtensionBrowser } from '../../../scripts/support/launch-chromium';
import { openSoakMeter, type SoakFigures } from './soak-metrics';
import { openSoakPage, ROUTE_CYCLE } from './soak-page';

export interface SoakPlan {
  /** Round trips through the app before the baseline: lazy one-time allocations are not growth. */
  warmUpCycles: number;
  /** Route changes after the baseline; whole round trips, so the run ends on the baseline's view. */
  routes: number;
  /** Keystrokes typed on each route, each one an input event. */
  editsPerRoute: number;
  /** Figures are also read every this many routes, and handed to `onFigures` as they come. */
  reportEvery?: number;
  onFigures?(row: SoakRow): void;
}

/** Figures after `routes` route changes and `edits` keystrokes since the baseline. */
export interface SoakRow extends SoakFigures {
  routes: number;
  edits: number;
  seconds: number;
}

export interface SoakResult {
  baseline: SoakRow;
  end: SoakRow;
  /** Keystrokes typed over the whole run (warm-up included), and input events the page itself received. */
  inputsTyped: number;
  inputsSeen: number;
}

/**
 * Opens the soak page in `browser` (the test build loaded), warms up, takes the baseline, then changes route
 * `plan.routes` times, typing on each route and letting ClaimLint's debounced re-check finish before moving on,
 * as a biller pausing between fields would. Every figure is read after a forced garbage collection.
 */
export async function runSoak(browser: ExtensionBrowser, origin: string, plan: SoakPlan): Promise<SoakResult> {
  if (plan.routes % ROUTE_CYCLE.length !== 0) throw new Error(`routes must be whole round trips of ${ROUTE_CYCLE.length}`);
  const soak = await openSoakPage(browser, origin);
  const meter = await openSoakMeter(browser, soak.page);
  try {
    let inputsTyped = 0;
    for (let route = 0; route < plan.warmUpCycles * ROUTE_CYCLE.length; route++) {
      await soak.changeRoute(route);
      inputsTyped += await soak.fillEditTargets(plan.editsPerRoute);
      await soak.waitForCheck();
    }
    const started = Date.now();
    const read = async (routes: number): Promise<SoakRow> => {
      await soak.waitForMarks();
      const figures = await meter.measure();
      return { routes, edits: routes * plan.editsPerRoute, seconds: Math.round((Date.now() - started) / 1000), ...figures };
    };
    const baseline = await read(0);
    plan.onFigures?.(baseline);
    let end = baseline;
    for (let route = 0; route < plan.routes; route++) {
      await soak.changeRoute(route);
      await soak.typeEdits(route, plan.editsPerRoute);
      inputsTyped += plan.editsPerRoute;
      await soak.waitForCheck();
      const done = route + 1;
      if (done === plan.routes || (plan.reportEvery && done % plan.reportEvery === 0)) {
        end = await read(done);
        plan.onFigures?.(end);
      }
    }
    return { baseline, end, inputsTyped, inputsSeen: await soak.inputsSeen() };
  } finally {
    await meter.close();
    await soak.page.close();
  }
}

const COLUMNS = ['routes', 'edits', 'listeners', 'nodes', 'ClaimLint nodes', 'page heap MB', 'storage.session kB', 'worker heap MB', 'seconds'];
// Every figure fits under its title, so rows printed one at a time during a long run line up.
const WIDTHS = COLUMNS.map((title) => Math.max(title.length, 7));

/** The table's title line: what the soak test and `npm run soak` print above their rows. */
export function soakTableHeader(): string {
  return COLUMNS.map((title, column) => title.padStart(WIDTHS[column]!)).join('  ');
}

/** One reading as a row of that table. */
export function soakTableRow(row: SoakRow): string {
  const mb = (bytes: number) => (bytes / 1_000_000).toFixed(2);
  return [
    row.routes, row.edits, row.listeners, row.nodes, row.injectedNodes, mb(row.heapBytes), (row.sessionBytes / 1_000).toFixed(1),
    row.workerHeapBytes === null ? 'unavailable' : mb(row.workerHeapBytes), row.seconds,
  ].map((cell, column) => String(cell).padStart(WIDTHS[column]!)).join('  ');
}
