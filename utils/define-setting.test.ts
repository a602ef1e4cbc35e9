import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import { holdLocalReads } from '../test/support/hold-storage-reads';
import { defineSetting, validEntriesOf } from './define-setting';

const schema = z.object({ size: z.number().check(z.int(), z.gte(1)) });
const fallback = { size: 3 };
const tick = () => new Promise((done) => setTimeout(done, 0));

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fakeBrowser.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('a setting', () => {
  it('reads as its fallback until something is stored, and stores under the same key on disk', async () => {
    const setting = defineSetting('local:pageSize', { schema, fallback });
    expect(await setting.read()).toEqual({ value: { size: 3 }, corrupt: false });
    await setting.setValue({ size: 5 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ pageSize: { size: 5 } });
    expect(await setting.getValue()).toEqual({ size: 5 });
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads a value the schema refuses as the fallback, flagged, with a notice that never quotes the value', async () => {
    const setting = defineSetting('local:pageSize', { schema, fallback });
    await fakeBrowser.storage.local.set({ pageSize: { size: 'ZZQ-SECRET-81' } });
    expect(await setting.read()).toEqual({ value: { size: 3 }, corrupt: true });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0])).toContain('local:pageSize');
    expect(String(warn.mock.calls[0])).not.toContain('ZZQ-SECRET-81');
    expect(setting.parse('nonsense')).toEqual({ value: { size: 3 }, corrupt: true });
    expect(setting.parse(undefined)).toEqual({ value: { size: 3 }, corrupt: false });
  });

  it('never hands out its fallback object itself, so no caller can change the default', async () => {
    const setting = defineSetting('local:pageSize', { schema, fallback });
    (await setting.getValue()).size = 99;
    setting.parse(undefined).value.size = 99;
    expect(await setting.getValue()).toEqual({ size: 3 });
  });

  it('refuses to store a value its schema refuses, storing nothing', async () => {
    const setting = defineSetting('local:pageSize', { schema, fallback });
    await expect(setting.setValue({ size: 0 })).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('stores what the schema outputs: keys it does not know are dropped', async () => {
    const setting = defineSetting('local:pageSize', { schema, fallback });
    await setting.setValue({ size: 4, value: 'from the page' } as never);
    expect(await fakeBrowser.storage.local.get('pageSize')).toEqual({ pageSize: { size: 4 } });
  });

  it('does not touch storage until it is used', () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    defineSetting('local:pageSize', { schema, fallback });
    expect(get).not.toHaveBeenCalled();
  });
});

describe('watching a setting', () => {
  it('reports each stored change, checked, until unwatched', async () => {
    const setting = defineSetting('local:pageSize', { schema, fallback });
    const changes: unknown[] = [];
    const unwatch = setting.watch((value, corrupt) => changes.push([value, corrupt]));
    await setting.setValue({ size: 7 });
    await fakeBrowser.storage.local.set({ pageSize: 'broken' });
    await fakeBrowser.storage.local.remove('pageSize');
    unwatch();
    await setting.setValue({ size: 8 });
    expect(changes).toEqual([
      [{ size: 7 }, false],
      [{ size: 3 }, true],
      [{ size: 3 }, false],
    ]);
  });

  it('follows: the current value first, then each change, and nothing after it is stopped', async () => {
    const setting = defineSetting('local:pageSize', { schema, fallback });
    await setting.setValue({ size: 2 });
    const seen: unknown[] = [];
    const stop = setting.follow((value) => seen.push(value.size));
    await tick();
    await setting.setValue({ size: 6 });
    stop();
    await setting.setValue({ size: 9 });
    expect(seen).toEqual([2, 6]);
  });

  it('follows: a change made while the first read is pending wins over that read', async () => {
    const setting = defineSetting('local:pageSize', { schema, fallback });
    await setting.setValue({ size: 2 });
    const release = holdLocalReads();
    const seen: unknown[] = [];
    setting.follow((value) => seen.push(value.size));
    await setting.setValue({ size: 6 });
    release();
    await tick();
    expect(seen).toEqual([6]);
  });

  it('follows: nothing is reported when stopped before the first read ends', async () => {
    const setting = defineSetting('local:pageSize', { schema, fallback });
    const onValue = vi.fn();
    setting.follow(onValue)();
    await tick();
    expect(onValue).not.toHaveBeenCalled();
  });
});

describe('a setting an administrator sets by policy (managed:)', () => {
  it('reads the policy value, checked, and follows a policy change', async () => {
    const setting = defineSetting('managed:pageSize', { schema: z.nullable(schema), fallback: null });
    expect(await setting.getValue()).toBeNull();
    await fakeBrowser.storage.managed.set({ pageSize: { size: 12 } });
    expect(await setting.getValue()).toEqual({ size: 12 });
    const seen: unknown[] = [];
    setting.watch((value) => seen.push(value));
    await fakeBrowser.storage.managed.set({ pageSize: { size: -1 } });
    expect(seen).toEqual([null]);
  });

  it('reads as its fallback, without an uncaught error, where the browser has no managed storage', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    const setting = defineSetting('managed:pageSize', { schema: z.nullable(schema), fallback: null });
    expect(await setting.read()).toEqual({ value: null, corrupt: false });
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('validEntriesOf', () => {
  it('drops the entries its schema refuses, one by one, and refuses what is not a list', () => {
    const sizes = validEntriesOf(schema);
    expect(sizes.parse([{ size: 1 }, { size: 'x' }, 42, { size: 2 }])).toEqual([{ size: 1 }, { size: 2 }]);
    expect(sizes.safeParse({ 0: { size: 1 } }).success).toBe(false);
  });
});
