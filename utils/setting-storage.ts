/**
 * Where a setting's value is kept: one key of one storage area, read, written and watched with the browser's own
 * storage API. It does what the settings used of WXT's storage module (a fallback for a missing value, a missing
 * value when null is written, a watcher that ignores a write of an equal value), without carrying the module,
 * its migrations and its metadata into every page's content script.
 */
import { browser } from 'wxt/browser';

/** "area:key", e.g. "local:settings"; the key on disk is the part after the colon. */
export type SettingKey = `${'local' | 'session' | 'sync' | 'managed'}:${string}`;
export type Unwatch = () => void;

/** What a setting keeps in storage, unchecked. */
export interface StoredItem {
  getValue(): Promise<unknown>;
  setValue(value: unknown): Promise<void>;
  /** Calls back with each new value (the fallback when it was removed) until the returned function is called. */
  watch(onChange: (value: unknown) => void): Unwatch;
}

type StorageChanges = Record<string, { newValue?: unknown; oldValue?: unknown }>;

export function storedItem(key: SettingKey, fallback: unknown): StoredItem {
  const at = key.indexOf(':');
  const areaName = key.slice(0, at) as 'local' | 'session' | 'sync' | 'managed';
  const name = key.slice(at + 1);
  const area = () => browser.storage[areaName];
  const item: StoredItem = {
    getValue: async () => (await area().get(name))[name] ?? fallback,
    setValue: async (value) => {
      if (value === undefined || value === null) await area().remove(name);
      else await area().set({ [name]: value });
    },
    watch(onChange) {
      const listener = (changes: StorageChanges) => {
        const change = changes[name];
        if (!change || sameValue(change.newValue, change.oldValue)) return;
        onChange(change.newValue ?? fallback);
      };
      area().onChanged.addListener(listener);
      return () => area().onChanged.removeListener(listener);
    },
  };
  if (areaName !== 'managed') return item;
  // An administrator's policy is often absent, and Firefox without policies.json rejects every storage.managed
  // read (and may have no storage.managed.onChanged): no policy reads as the fallback, and is never watched.
  return {
    ...item,
    getValue: () => item.getValue().catch(() => fallback),
    watch(onChange) {
      try {
        return item.watch(onChange);
      } catch {
        return () => {};
      }
    },
  };
}

/** Whether two values read from storage (plain JSON data) are equal, key order aside. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
