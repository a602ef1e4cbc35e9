/**
 * Every ClaimLint setting is defined with defineSetting: a WXT storage item whose value must pass a zod schema.
 * Nothing stored reads as the fallback. A stored value the schema refuses (edited by hand, left by an older
 * version, damaged) reads as the fallback too, flagged as corrupt so the options page can say so, with a console
 * notice that names the key and never the value: a bad value can neither throw in a page nor reach the engine.
 */
import * as z from 'zod/mini';
import { storedItem, type SettingKey, type StoredItem, type Unwatch } from './setting-storage';

export interface SettingRead<T> {
  value: T;
  /** Something was stored but the schema refused it, so `value` is the fallback. */
  corrupt: boolean;
}

export interface SettingOptions<T> {
  /** Checks what is read and what is written; its output is the setting's value. */
  schema: z.ZodMiniType<T>;
  /** The value when nothing usable is stored; it must pass the schema. */
  fallback: NoInfer<T>;
}

export interface Setting<T> {
  /** Area and key, e.g. "local:settings"; the key on disk is the part after the colon. */
  readonly key: SettingKey;
  readonly fallback: T;
  /** What a stored value reads as (undefined or null: nothing stored). Pure: no storage, no notice. */
  parse(stored: unknown): SettingRead<T>;
  /** The stored value, or the fallback (corrupt, with a notice) when the schema refuses it. */
  read(): Promise<SettingRead<T>>;
  getValue(): Promise<T>;
  /** Stores a value as the schema outputs it; rejects, storing nothing, when the schema refuses it. */
  setValue(value: T): Promise<void>;
  /** Calls back with each new value stored; the returned function stops watching. */
  watch(onChange: (value: T, corrupt: boolean) => void): Unwatch;
  /**
   * Calls back with the current value, then with each new one, until the returned function is called. A change
   * that arrives while the first read is pending wins over that read.
   */
  follow(onValue: (value: T, corrupt: boolean) => void, onError?: (error: unknown) => void): Unwatch;
}

/** A setting stored under `key` ("local:…", or "managed:…" for an administrator's policy, read-only). */
export function defineSetting<T>(key: SettingKey, { schema, fallback }: SettingOptions<T>): Setting<T> {
  // Defined on first use: a module that only imports a setting (the command line, a test) touches no storage.
  let item: StoredItem | undefined;
  const stored = () => (item ??= storedItem(key, fallback));

  const parse = (value: unknown): SettingRead<T> => {
    if (value === undefined || value === null) return { value: structuredClone(fallback), corrupt: false };
    const parsed = schema.safeParse(value);
    return parsed.success ? { value: parsed.data, corrupt: false } : { value: structuredClone(fallback), corrupt: true };
  };
  const parseWithNotice = (value: unknown): SettingRead<T> => {
    const read = parse(value);
    if (read.corrupt) console.warn(`ClaimLint: the stored setting "${key}" could not be read, so its default is used.`);
    return read;
  };
  const read = async () => parseWithNotice(await stored().getValue());
  const watch = (onChange: (value: T, corrupt: boolean) => void): Unwatch =>
    stored().watch((value) => {
      const next = parseWithNotice(value);
      onChange(next.value, next.corrupt);
    });

  return {
    key,
    fallback,
    parse,
    read,
    getValue: async () => (await read()).value,
    setValue: async (value) => stored().setValue(schema.parse(value)),
    watch,
    follow(onValue, onError = reportReadError) {
      let changed = false;
      let stopped = false;
      const unwatch = watch((value, corrupt) => {
        changed = true;
        onValue(value, corrupt);
      });
      read().then(
        ({ value, corrupt }) => {
          if (!changed && !stopped) onValue(value, corrupt);
        },
        (error: unknown) => {
          if (!stopped) onError(error);
        },
      );
      return () => {
        stopped = true;
        unwatch();
      };
    },
  };
}

/**
 * An array schema that keeps the entries `entry` accepts and drops the others one by one, so one bad entry
 * neither empties the list nor is written back at the next change.
 */
export function validEntriesOf<T>(entry: z.ZodMiniType<T>) {
  return z.pipe(
    z.array(z.unknown()),
    z.transform((entries) => entries.flatMap((candidate) => {
      const parsed = entry.safeParse(candidate);
      return parsed.success ? [parsed.data] : [];
    })),
  );
}

function reportReadError(error: unknown): void {
  console.warn('ClaimLint: a setting could not be read:', error instanceof Error ? error.message : error);
}
