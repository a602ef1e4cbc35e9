/** What runInIdleTime (idle-steps.ts) needs from the page to decide when to run; tests give their own. */
export interface PageScheduling {
  /** Runs `callback` in the page's next idle period, or after `timeout` ms at the latest (then `didTimeout`). */
  idle(callback: (deadline: IdleDeadline) => void, options: { timeout: number }): void;
  /** Runs `callback` in a task of its own, as soon as the tasks already queued have run. */
  soon(callback: () => void): void;
  /** Whether the user's input (a key, a click) is waiting for the main thread; false where the browser cannot tell. */
  inputPending(): boolean;
  /** Releases what `soon` holds open; called once, when the work is over. */
  close(): void;
}

/** Chromium's navigator.scheduling (not in TypeScript's DOM types); Firefox and Safari have none. */
interface InputPendingProbe {
  scheduling?: { isInputPending?: (options?: { includeContinuous?: boolean }) => boolean };
}

/** Without requestIdleCallback (happy-dom, older Safari) every slice is treated as a busy page's: short ones. */
const NO_IDLE_DEADLINE: IdleDeadline = { didTimeout: true, timeRemaining: () => 0 };

/**
 * The page's own scheduling for one scan. Plain requestIdleCallback rather than ctx.requestIdleCallback: that
 * adds an invalidation listener per call, and a large page takes hundreds of slices per scan. `soon` posts to a
 * MessageChannel rather than setTimeout(0), which browsers clamp to 4 ms once timers nest.
 */
export function pageScheduling(): PageScheduling {
  let channel: MessageChannel | null = null;
  const waiting: Array<() => void> = [];
  const probe = (globalThis.navigator as (Navigator & InputPendingProbe) | undefined)?.scheduling;
  return {
    idle(callback, options) {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, options);
      else setTimeout(() => callback(NO_IDLE_DEADLINE));
    },
    soon(callback) {
      if (!channel) {
        channel = new MessageChannel();
        channel.port1.onmessage = () => waiting.shift()?.();
      }
      waiting.push(callback);
      channel.port2.postMessage(null);
    },
    // Continuous events (mouse moves) are left out: a pointer resting over the page would stop every slice.
    inputPending: () => probe?.isInputPending?.({ includeContinuous: false }) ?? false,
    close() {
      channel?.port1.close();
      channel?.port2.close();
      channel = null;
    },
  };
}
