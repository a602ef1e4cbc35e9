/**
 * A scan of a large page is a generator that yields between small pieces of work. The content script runs it a
 * slice at a time in idle time (see entrypoints/claim.content/idle-steps.ts), so a 50,000-field page never
 * freezes the tab; the CLI and the tests run the same generator straight through with runSteps.
 */
export type Steps<T> = Generator<void, T, undefined>;

/** Elements visited between two pauses of a document walk. */
export const WALK_STEP = 256;
/** Table rows laid out between two pauses. */
export const ROW_STEP = 64;
/** Fields classified or read between two pauses. */
export const FIELD_STEP = 4;

/** Runs a scan to its end at once and returns its result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
