import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedItem } from './setting-storage';

const tick = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe("a setting's storage key", () => {
  it('reads the fallback when nothing is stored, and writing null removes the key', async () => {
    const item = storedItem('local:marksHidden', false);
    expect(await item.getValue()).toBe(false);
    await item.setValue(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ marksHidden: true });
    await item.setValue(null);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('reports each changed value to its watcher, the fallback when removed, and not a write of an equal value', async () => {
    const item = storedItem('local:sites', []);
    const seen: unknown[] = [];
    const stop = item.watch((value) => seen.push(value));
    await item.setValue({ a: 1, b: [2] });
    await item.setValue({ b: [2], a: 1 });
    await item.setValue(null);
    await fakeBrowser.storage.local.set({ other: 1 });
    await tick();
    stop();
    await item.setValue(['after']);
    await tick();
    expect(seen).toEqual([{ a: 1, b: [2] }, []]);
  });

  it('reads an administrator policy that cannot be read as the fallback', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    await expect(storedItem('managed:defaultPayer', null).getValue()).resolves.toBeNull();
  });
});
