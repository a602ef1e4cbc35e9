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

const quiet = { onValueEdits: () => {}, onStructureChange: () => {}, onLayout: () => {} };

describe('watchPage', () => {
  it('hands on the edited control in the next frame, all edits of one task together, and scans nothing for them', async () => {
    const onEdit = vi.fn();
    const onValueEdits = vi.fn();
    watchPage(ctx, { ...quiet, onEdit, onValueEdits });
    type(20);
    // Within the next frame, before the hidden-tab timer.
    await vi.advanceTimersByTimeAsync(20);
    expect(onValueEdits).toHaveBeenCalledTimes(1);
    expect(onValueEdits).toHaveBeenLastCalledWith([document.getElementById('units')]);
    type(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(onValueEdits).toHaveBeenCalledTimes(2);
    expect(onEdit).not.toHaveBeenCalled();
  });

  it('hands the edit on all the same in a tab that runs no animation frames (hidden)', async () => {
    const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const onValueEdits = vi.fn();
    watchPage(ctx, { ...quiet, onEdit: () => {}, onValueEdits });
    type(1);
    await vi.advanceTimersByTimeAsync(20);
    expect(onValueEdits).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(onValueEdits).toHaveBeenCalledTimes(1);
    frames.mockRestore();
  });

  it('names the control inside a shadow root, not its host', async () => {
    const onValueEdits = vi.fn();
    watchPage(ctx, { ...quiet, onEdit: () => {}, onValueEdits });
    const host = document.createElement('div');
    document.body.append(host);
    const inner = document.createElement('input');
    host.attachShadow({ mode: 'open' }).append(inner);
    inner.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await vi.advanceTimersByTimeAsync(20);
    expect(onValueEdits).toHaveBeenLastCalledWith([inner]);
  });

  it('re-checks the whole page once after a burst of DOM changes, and at once says the structure changed', async () => {
    const onEdit = vi.fn();
    const onStructureChange = vi.fn();
    watchPage(ctx, { ...quiet, onEdit, onStructureChange });
    for (let i = 0; i < 5; i++) {
      document.querySelector('form')!.append(document.createElement('input'));
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(onStructureChange).toHaveBeenCalled();
    expect(onEdit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000);
    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  it('re-checks the whole page once, debounced, when the session asks', async () => {
    const onEdit = vi.fn();
    const page = watchPage(ctx, { ...quiet, onEdit });
    page.scheduleRecheck();
    page.scheduleRecheck();
    await vi.advanceTimersByTimeAsync(2000);
    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  it('adds nothing to the script lifetime per keystroke, so an all-day tab does not grow', async () => {
    watchPage(ctx, { ...quiet, onEdit: () => {} });
    const lifetimeListeners = vi.spyOn(ctx.signal, 'addEventListener');
    for (let round = 0; round < 100; round++) {
      type(10);
      await vi.advanceTimersByTimeAsync(round % 2 === 0 ? 100 : 2000);
    }
    expect(lifetimeListeners).not.toHaveBeenCalled();
  });

  it('runs no re-check that was pending when the script was invalidated', async () => {
    const onEdit = vi.fn();
    const onValueEdits = vi.fn();
    const page = watchPage(ctx, { ...quiet, onEdit, onValueEdits });
    type(1);
    page.scheduleRecheck();
    ctx.notifyInvalidated();
    await vi.advanceTimersByTimeAsync(5000);
    expect(onEdit).not.toHaveBeenCalled();
    expect(onValueEdits).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
