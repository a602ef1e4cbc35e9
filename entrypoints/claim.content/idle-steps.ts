import type { Steps } from '../../utils/fields';
import { pageScheduling, type PageScheduling } from './page-scheduling';

/** Longest slice when the browser gives no idle deadline to go by (a busy page's timeout, or a continuation). */
const BUSY_SLICE_MS = 12;
/**
 * Longest slice in idle time. Browsers offer idle periods of up to 50 ms; stopping at 40 leaves room for the
 * step that overruns it (and a garbage collection), so a task stays under the 50 ms at which a page feels slow.
 */
const MAX_IDLE_SLICE_MS = 40;
/** An idle slice stops with this much of the period left, so the step that overruns it still ends inside it. */
const IDLE_MARGIN_MS = 2;
/** A busy page still gets its scan: an idle callback runs after this long at the latest. */
const IDLE_TIMEOUT_MS = 500;

/**
 * Runs a scan (see utils/fields/steps.ts) a slice at a time in the page's idle time, so the page keeps
 * answering the user while a huge form is read. Resolves with the result, or null when `stillWanted` says no
 * (a newer scan started, or the content script was invalidated) — the rest of the work is then dropped.
 *
 * A slice in an idle period runs until the browser says the period is nearly over (up to 40 ms). When it ran
 * the period out and no input is waiting, the page is still idle, so the next slice runs as a task at once
 * instead of waiting for the next idle period (which can come ~50 ms later): on an idle page the scan gets
 * nearly all of the main thread, not a quarter of it. A slice stops as soon as the user's input is waiting,
 * and then waits for idle time again. On a busy page (the idle callback timed out) slices stay short.
 */
export function runInIdleTime<T>(steps: Steps<T>, stillWanted: () => boolean, scheduling: PageScheduling = pageScheduling()): Promise<T | null> {
  return new Promise<T | null>((resolve, reject) => {
    /** `deadline` is null for a slice that continues an idle period the previous slice ran out. */
    const slice = (deadline: IdleDeadline | null) => {
      if (!stillWanted()) {
        steps.return(null as T);
        return settle(() => resolve(null));
      }
      const idle = deadline !== null && !deadline.didTimeout;
      const started = performance.now();
      let ranOut = false;
      try {
        for (;;) {
          const next = steps.next();
          if (next.done) return settle(() => resolve(next.value));
          if (scheduling.inputPending()) break;
          const spent = performance.now() - started;
          ranOut = idle ? spent >= MAX_IDLE_SLICE_MS || deadline.timeRemaining() < IDLE_MARGIN_MS : spent >= BUSY_SLICE_MS;
          if (ranOut) break;
        }
      } catch (error) {
        return settle(() => reject(error));
      }
      if (idle && ranOut) scheduling.soon(() => slice(null));
      else scheduling.idle(slice, { timeout: IDLE_TIMEOUT_MS });
    };
    /** Settles in a task of its own, so the caller's work on the result does not lengthen the last slice. */
    const settle = (finish: () => void) =>
      scheduling.soon(() => {
        scheduling.close();
        finish();
      });
    scheduling.idle(slice, { timeout: IDLE_TIMEOUT_MS });
  });
}
