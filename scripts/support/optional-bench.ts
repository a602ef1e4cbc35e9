/**
 * A bench function another part of the work delivers (its module may not be on this branch yet): the function
 * when its module exports it, else why not, so the bench prints "not measured (why)" and null instead of failing.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export type Optional<T> = { kind: 'found'; value: T } | { kind: 'missing'; why: string };

/** The export `name` of the project module `path` (e.g. scripts/support/engine-bench.ts). */
export async function optionalExport<T>(path: string, name: string): Promise<Optional<T>> {
  const file = resolve(import.meta.dirname, '../..', path);
  if (!existsSync(file)) return { kind: 'missing', why: `${path} is not in this checkout` };
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  if (typeof module[name] !== 'function') return { kind: 'missing', why: `${path} does not export ${name}()` };
  return { kind: 'found', value: module[name] as T };
}

/** Runs a measure; an error becomes "not measured" with its first line, so one broken figure spares the rest. */
export async function attempt<T>(measure: () => Promise<T> | T): Promise<Optional<T>> {
  try {
    return { kind: 'found', value: await measure() };
  } catch (error) {
    return { kind: 'missing', why: (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200) };
  }
}
