import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Holds every storage.local read from now on until the returned function is called; each then answers with
 * what was stored when it began, as a slow read would. For testing what happens to a change made meanwhile.
 */
export function holdLocalReads(): () => void {
  let release!: () => void;
  const gate = new Promise<void>((done) => (release = done));
  const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
  vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys?: unknown) => {
    const stored = await get(keys as string);
    await gate;
    return stored;
  });
  return release;
}
