import { describe, expect, it } from 'vitest';
import type { Steps } from '../../utils/fields';
import { runInIdleTime } from './idle-steps';

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

/** An idle scheduler whose every idle period has room for `stepsPerSlice` steps; it counts the slices. */
function fakeIdle(stepsPerSlice: number) {
  const queue: Array<(deadline: IdleDeadline) => void> = [];
  let slices = 0;
  return {
    schedule: (callback: (deadline: IdleDeadline) => void) => void queue.push(callback),
    get slices() {
      return slices;
    },
    /** Runs idle periods until nothing is scheduled. */
    drain() {
      while (queue.length > 0) {
        slices++;
        let left = stepsPerSlice;
        queue.shift()!({ didTimeout: false, timeRemaining: () => (left-- > 0 ? 5 : 0) });
      }
    },
  };
}

describe('runInIdleTime', () => {
  it('runs a long scan across many idle periods and resolves with its result', async () => {
    const progress = { done: 0, closed: false };
    const idle = fakeIdle(10);
    const result = runInIdleTime(countingScan(95, progress), () => true, idle.schedule);
    expect(progress.done).toBe(0); // nothing runs before the page is idle
    idle.drain();
    await expect(result).resolves.toBe('read 95');
    // Time is checked after each step: a period with room for 10 runs 11; 96 resumptions (95 pauses + the end).
    expect(idle.slices).toBe(Math.ceil(96 / 11));
  });

  it('drops the rest of a scan that is no longer wanted, and closes it', async () => {
    const progress = { done: 0, closed: false };
    let wanted = true;
    const queue: Array<(deadline: IdleDeadline) => void> = [];
    const result = runInIdleTime(countingScan(1000, progress), () => wanted, (callback) => void queue.push(callback));
    let left = 10;
    queue.shift()!({ didTimeout: false, timeRemaining: () => (left-- > 0 ? 5 : 0) });
    expect(progress.done).toBe(11);
    wanted = false; // a newer scan started
    queue.shift()!({ didTimeout: false, timeRemaining: () => 5 });
    await expect(result).resolves.toBeNull();
    expect(progress.done).toBe(11);
    expect(progress.closed).toBe(true);
    expect(queue).toHaveLength(0);
  });

  it('rejects when the scan throws, so the caller can report it', async () => {
    const idle = fakeIdle(10);
    const failing = (function* (): Steps<string> {
      yield;
      throw new Error('broken page');
    })();
    const result = runInIdleTime(failing, () => true, idle.schedule);
    idle.drain();
    await expect(result).rejects.toThrow('broken page');
  });

  it('keeps each slice short even when the page never goes idle', async () => {
    // Steps of at least 3 ms each, no idle time offered: a 12 ms slice holds at most 4 of them.
    const slowScan = (function* (): Steps<string> {
      for (let step = 0; step < 40; step++) {
        const until = performance.now() + 3;
        while (performance.now() < until);
        yield;
      }
      return 'done';
    })();
    const queue: Array<(deadline: IdleDeadline) => void> = [];
    const result = runInIdleTime(slowScan, () => true, (callback) => void queue.push(callback));
    let slices = 0;
    while (queue.length > 0) {
      slices++;
      queue.shift()!({ didTimeout: true, timeRemaining: () => 0 });
    }
    await expect(result).resolves.toBe('done');
    expect(slices).toBeGreaterThanOrEqual(10);
  });
});
