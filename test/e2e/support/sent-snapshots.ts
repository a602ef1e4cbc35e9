import type { Worker } from 'playwright-core';
import type { Snapshot } from '../../../rules/schema';

/*
 * The background keeps a tab's snapshots in its own memory, not in storage.session, so a test that wants to see
 * what the content script read listens to the same messages in the worker: each top frame's last whole snapshot,
 * with the fields of any later changes message applied by key (as the background applies them).
 */

/** Starts recording in the worker (again after a worker restart: a new worker has no listener). */
export async function recordSentSnapshots(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as typeof globalThis & { claimlintSent?: Map<number, Snapshot> };
    if (scope.claimlintSent) return;
    const sent = new Map<number, Snapshot>();
    scope.claimlintSent = sent;
    chrome.runtime.onMessage.addListener((message: { type?: string; snapshot?: Snapshot; fields?: Snapshot['fields'] }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return undefined;
      if (message.type === 'claimlint/snapshot' && message.snapshot) sent.set(tabId, message.snapshot);
      const held = sent.get(tabId);
      if (message.type === 'claimlint/field-changes' && held && message.fields) {
        const changed = new Map(message.fields.map((field) => [field.key, field]));
        sent.set(tabId, { ...held, fields: held.fields.map((field) => changed.get(field.key) ?? field) });
      }
      // No answer: the background's own listener answers the page.
      return undefined;
    });
  });
}

/** The top frame's snapshot as last sent by the tab found by `match` (its title or address), or null. */
export function sentSnapshot(worker: Worker, match: { title?: string; url?: string }): Promise<Snapshot | null> {
  return worker.evaluate(async (wanted) => {
    const tab = (await chrome.tabs.query({})).find((candidate) => (wanted.title === undefined || candidate.title === wanted.title) && (wanted.url === undefined || candidate.url === wanted.url));
    const sent = (globalThis as typeof globalThis & { claimlintSent?: Map<number, Snapshot> }).claimlintSent;
    return tab?.id === undefined ? null : (sent?.get(tab.id) ?? null);
  }, match);
}

/** Every recorded snapshot as JSON: what the worker holds of the pages, in its memory. */
export function sentSnapshotsText(worker: Worker): Promise<string> {
  return worker.evaluate(() => JSON.stringify([...((globalThis as typeof globalThis & { claimlintSent?: Map<number, Snapshot> }).claimlintSent?.values() ?? [])]));
}
