// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPage } from './watch';

// happy-dom has no idle callbacks; a timer stands in for one.
vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 10 })));
vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));

let ctx: ContentScriptContext;
beforeEach(() => {
  vi.useFakeTimers();
  fakeBrowser.reset();
  document.body.innerHTML = '<form><input id="units"></form>';
  ctx = new ContentScriptContext('claim');
});
afterEach(() => {
  ctx.notifyInvalidated();
  vi.useRealTimers();
});

const type = (times: number) => {
  const input = document.getElementById('units') as HTMLInputElement;
  for (let i = 0; i < times; i++) {
    input.value = String(i);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
};

describe('watchPage', () => {
  it('re-checks once after a burst of typing, and again after the next one', async () => {
    const onEdit = vi.fn();
    watchPage(ctx, { onEdit, onLayout: () => {} });
    type(20);
    await vi.advanceTimersByTimeAsync(2000);
    expect(onEdit).toHaveBeenCalledTimes(1);
    type(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(onEdit).toHaveBeenCalledTimes(2);
  });

  it('adds nothing to the script lifetime per keystroke, so an all-day tab does not grow', async () => {
    watchPage(ctx, { onEdit: () => {}, onLayout: () => {} });
    const lifetimeListeners = vi.spyOn(ctx.signal, 'addEventListener');
    for (let round = 0; round < 100; round++) {
      type(10);
      await vi.advanceTimersByTimeAsync(round % 2 === 0 ? 100 : 2000);
    }
    expect(lifetimeListeners).not.toHaveBeenCalled();
  });

  it('runs no re-check that was pending when the script was invalidated', async () => {
    const onEdit = vi.fn();
    watchPage(ctx, { onEdit, onLayout: () => {} });
    type(1);
    ctx.notifyInvalidated();
    await vi.advanceTimersByTimeAsync(5000);
    expect(onEdit).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
