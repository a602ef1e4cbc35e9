import type { Steps } from '../../utils/fields';

/** Longest piece of work between two returns to the page, even when the page never goes idle. */
const MAX_SLICE_MS = 12;
/** A busy page still gets its scan: an idle callback runs after this long at the latest. */
const IDLE_TIMEOUT_MS = 500;

type IdleScheduler = (callback: (deadline: IdleDeadline) => void, options: { timeout: number }) => void;

const defaultScheduler: IdleScheduler = (callback, options) => void requestIdleCallback(callback, options);

/**
 * Runs a scan (see utils/fields/steps.ts) a slice at a time in the page's idle time, so the page keeps
 * answering the user while a huge form is read. Resolves with the result, or null when `stillWanted` says no
 * (a newer scan started, or the content script was invalidated) — the rest of the work is then dropped.
 * Plain requestIdleCallback rather than ctx.requestIdleCallback: that adds an invalidation listener per call,
 * and a large page takes hundreds of slices per scan.
 */
export function runInIdleTime<T>(steps: Steps<T>, stillWanted: () => boolean, schedule: IdleScheduler = defaultScheduler): Promise<T | null> {
  return new Promise<T | null>((resolve, reject) => {
    const slice = (deadline: IdleDeadline) => {
      if (!stillWanted()) {
        steps.return(null as T);
        return resolve(null);
      }
      const started = performance.now();
      try {
        for (;;) {
          const next = steps.next();
          if (next.done) return resolve(next.value);
          const spent = performance.now() - started;
          if (spent >= MAX_SLICE_MS || (!deadline.didTimeout && deadline.timeRemaining() < 1)) break;
        }
      } catch (error) {
        return reject(error);
      }
      schedule(slice, { timeout: IDLE_TIMEOUT_MS });
    };
    schedule(slice, { timeout: IDLE_TIMEOUT_MS });
  });
}
