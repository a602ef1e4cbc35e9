// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Steps } from '../../utils/fields';
import { runInIdleTime } from './idle-steps';
import { pageScheduling, type PageScheduling } from './page-scheduling';

/** A scan of `count` steps that records how far it got and whether it was closed. */
function countingScan(count: number, progress: { done: number; closed: boolean }): Steps<string> {
  return (function* () {
    try {
      for (let step = 0; step < count; step++) {
        progress.done = step + 1;
        yield;
      }
      return `read ${count}`;
    } finally {
      progress.closed = true;
    }
  })();
}

/** The page's clock, as performance.now() reads it in these tests: only the scans' steps move it. */
let now = 0;

/** A scan of `count` steps of `ms` milliseconds each (of the test clock, so a loaded machine changes nothing). */
function slowScan(count: number, ms: number, progress = { done: 0, closed: false }): Steps<string> {
  return (function* () {
    for (let step = 0; step < count; step++) {
      now += ms;
      progress.done = step + 1;
      yield;
    }
    return 'done';
  })();
}

type Task = { kind: 'idle'; run: (deadline: IdleDeadline) => void } | { kind: 'soon'; run: () => void };

interface FakePage {
  inputWaiting: boolean;
  queue: Task[];
  ran: { idle: number; soon: number };
  readonly closed: number;
  scheduling: PageScheduling;
  runNext(): void;
  drain(): void;
}

/**
 * A page whose every idle period has room for `stepsPerPeriod` steps (or is a busy page's timeout), with a
 * queue of what the scan asked to run; `inputWaiting` is what isInputPending answers.
 */
function fakePage(period: { stepsPerPeriod: number } | 'timed out'): FakePage {
  const queue: Task[] = [];
  const ran = { idle: 0, soon: 0 };
  let closed = 0;
  const page: FakePage = {
    inputWaiting: false,
    queue,
    ran,
    get closed() {
      return closed;
    },
    scheduling: {
      idle: (run) => void queue.push({ kind: 'idle', run }),
      soon: (run) => void queue.push({ kind: 'soon', run }),
      inputPending: () => page.inputWaiting,
      close: () => void closed++,
    } satisfies PageScheduling,
    /** Runs the next queued task, as the browser would. */
    runNext() {
      const task = queue.shift()!;
      ran[task.kind]++;
      if (task.kind === 'soon') return task.run();
      if (period === 'timed out') return task.run({ didTimeout: true, timeRemaining: () => 0 });
      let left = period.stepsPerPeriod;
      // The margin is 2 ms: the period has room while more than that is left.
      task.run({ didTimeout: false, timeRemaining: () => (left-- > 0 ? 5 : 1) });
    },
    drain() {
      while (queue.length > 0) page.runNext();
    },
  };
  return page;
}

describe('runInIdleTime', () => {
  beforeEach(() => {
    now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('runs a long scan across idle periods and resolves with its result', async () => {
    const progress = { done: 0, closed: false };
    const page = fakePage({ stepsPerPeriod: 10 });
    const result = runInIdleTime(countingScan(95, progress), () => true, page.scheduling);
    expect(progress.done).toBe(0); // nothing runs before the page is idle
    page.drain();
    await expect(result).resolves.toBe('read 95');
    expect(page.closed).toBe(1);
  });

  it('uses the whole idle period the browser offers, not a fixed short slice', () => {
    const progress = { done: 0, closed: false };
    const page = fakePage({ stepsPerPeriod: 30 });
    void runInIdleTime(slowScan(60, 1, progress), () => true, page.scheduling);
    page.runNext();
    // Steps of 1 ms in a period with room for 30 (time is checked after each step, so 31 run): well past the
    // 12 ms a slice gets without a deadline, and not past the period.
    expect(progress.done).toBe(31);
  });

  it('carries on at once when an idle period ran out, then waits for idle time again', async () => {
    const progress = { done: 0, closed: false };
    const page = fakePage({ stepsPerPeriod: 10 });
    // Steps of 1 ms: the 12 ms continuation cannot finish the scan.
    const result = runInIdleTime(slowScan(100, 1, progress), () => true, page.scheduling);
    page.runNext(); // the idle period: 11 steps
    expect(progress.done).toBe(11);
    expect(page.queue.map((task) => task.kind)).toEqual(['soon']);
    page.runNext(); // the continuation: no deadline to go by, so a short slice, then back to idle time
    expect(progress.done).toBe(23); // 12 steps of 1 ms
    expect(page.queue.map((task) => task.kind)).toEqual(['idle']);
    page.drain();
    await expect(result).resolves.toBe('done');
    // 100 steps as 11 in an idle period and 12 in its continuation: four of each, a fifth period that ends the
    // scan, and the hand-over of the result.
    expect(page.ran).toEqual({ idle: 5, soon: 5 });
  });

  it('stops a slice as soon as the user has input waiting, and waits for idle time rather than carrying on', () => {
    const progress = { done: 0, closed: false };
    const page = fakePage({ stepsPerPeriod: 10 });
    void runInIdleTime(countingScan(1000, progress), () => true, page.scheduling);
    page.inputWaiting = true;
    page.runNext();
    expect(progress.done).toBe(1);
    expect(page.queue.map((task) => task.kind)).toEqual(['idle']);
    page.inputWaiting = false;
    page.runNext();
    expect(progress.done).toBe(12);
  });

  it('drops the rest of a scan that is no longer wanted, and closes it', async () => {
    const progress = { done: 0, closed: false };
    let wanted = true;
    const page = fakePage({ stepsPerPeriod: 10 });
    const result = runInIdleTime(countingScan(1000, progress), () => wanted, page.scheduling);
    page.runNext();
    expect(progress.done).toBe(11);
    wanted = false; // a newer scan started
    page.drain();
    await expect(result).resolves.toBeNull();
    expect(progress.done).toBe(11);
    expect(progress.closed).toBe(true);
    expect(page.queue).toHaveLength(0);
    expect(page.closed).toBe(1);
  });

  it('rejects when the scan throws, so the caller can report it', async () => {
    const page = fakePage({ stepsPerPeriod: 10 });
    const failing = (function* (): Steps<string> {
      yield;
      throw new Error('broken page');
    })();
    const result = runInIdleTime(failing, () => true, page.scheduling);
    page.drain();
    await expect(result).rejects.toThrow('broken page');
    expect(page.closed).toBe(1);
  });

  it('hands the result over in a task of its own, not at the end of the last slice', async () => {
    const page = fakePage({ stepsPerPeriod: 10 });
    let handed = false;
    void runInIdleTime(countingScan(3, { done: 0, closed: false }), () => true, page.scheduling).then(() => (handed = true));
    page.runNext();
    await Promise.resolve();
    expect(handed).toBe(false);
    expect(page.queue.map((task) => task.kind)).toEqual(['soon']);
    page.runNext();
    await Promise.resolve();
    expect(handed).toBe(true);
  });

  it('keeps each slice short when the page never goes idle', async () => {
    // Steps of 3 ms each, no idle time offered: a 12 ms slice holds 4 of them.
    const page = fakePage('timed out');
    const result = runInIdleTime(slowScan(40, 3), () => true, page.scheduling);
    page.drain();
    await expect(result).resolves.toBe('done');
    expect(page.ran.idle).toBe(11); // ten of 4 steps, and one that finds the scan over
    expect(page.ran.soon).toBe(1); // only the hand-over: a busy page's slices never carry on at once
  });

  it('keeps an idle slice within 40 ms even when the browser offers a longer period', async () => {
    const progress = { done: 0, closed: false };
    const page = fakePage({ stepsPerPeriod: Infinity });
    const result = runInIdleTime(slowScan(40, 5, progress), () => true, page.scheduling);
    page.runNext();
    // Steps of 5 ms: 40 ms holds 8 of them.
    expect(progress.done).toBe(8);
    page.drain();
    await expect(result).resolves.toBe('done');
  });

  it('scans through in short timer slices where the browser has no requestIdleCallback (happy-dom)', async () => {
    expect(typeof globalThis.requestIdleCallback).toBe('undefined');
    const progress = { done: 0, closed: false };
    await expect(runInIdleTime(countingScan(500, progress), () => true, pageScheduling())).resolves.toBe('read 500');
    await expect(runInIdleTime(slowScan(10, 3), () => true)).resolves.toBe('done');
  });
});
