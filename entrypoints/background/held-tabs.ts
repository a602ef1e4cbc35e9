import { browser } from 'wxt/browser';
import type { IncrementalCheck } from '../../rules/incremental-check';
import type { Field, Snapshot } from '../../rules/schema';
import { tabResultStorageKey } from '../../utils/messages';
import { stepsKey, type WizardSteps } from './wizard-steps';

/*
 * What the background holds of each tab in the worker's own memory: every frame's latest snapshot with its
 * revision, and the engine that checked them last (it keeps each rule's findings, so an edit re-runs only the
 * rules that read what changed). Chromium stops an idle worker after ~30 s and this memory goes with it; then a
 * frame's changes are answered stale (it sends its whole snapshot) and a re-check asks the frames to scan again.
 *
 * storage.session keeps only what must outlive the worker: the result the popup watches (`tabResult:<tab>`), the
 * popup's choice for the tab (`choice:<tab>`) and a wizard's earlier steps (`steps:<tab>`; a step's page may
 * be gone, so nothing could send them again). Never the snapshots themselves. Nothing here reaches disk.
 */

/** The popup's payer / service / kind for the tab (null: read from the page). */
export interface TabChoice {
  payer: string | null;
  service: string | null;
  /** Absent in a choice stored before kinds existed: read from the page. */
  kind?: string | null;
}

export const choiceKey = (tabId: number) => `choice:${tabId}`;

export interface HeldTab {
  /** Each frame's latest snapshot, by frame id, without the places (only the content script needs those). */
  frames: Record<string, Snapshot>;
  /** Each frame's fields marked with their frame, as the tab's merged snapshot holds them (kept with `frames`). */
  marked: Record<string, Field[]>;
  /** Each frame's count of messages (snapshot message `revision`); absent: the frame sends none, so changes can't apply. */
  revisions: Record<string, number | undefined>;
  steps?: WizardSteps;
  choice?: TabChoice;
  /** The engine that checked the frames last, and the options it was made for (a change of them makes a new one). */
  engine?: { key: readonly unknown[]; check: IncrementalCheck };
}

const held = new Map<number, HeldTab>();

/** The tab's memory, or undefined when the worker holds none (it restarted, or the tab sent nothing yet). */
export function heldTab(tabId: number): HeldTab | undefined {
  return held.get(tabId);
}

/**
 * The tab's memory, made from what storage.session kept when the worker holds none. `resumed` says a result was
 * stored before (a navigation drops it): the worker restarted mid-page, and the tab's other frames must send again.
 */
export async function holdTab(tabId: number): Promise<{ tab: HeldTab; resumed: boolean }> {
  const existing = held.get(tabId);
  if (existing) return { tab: existing, resumed: false };
  const stored = await browser.storage.session.get([stepsKey(tabId), choiceKey(tabId), tabResultStorageKey(tabId)]);
  const tab: HeldTab = {
    frames: {},
    marked: {},
    revisions: {},
    ...(stored[stepsKey(tabId)] !== undefined && { steps: stored[stepsKey(tabId)] as WizardSteps }),
    ...(stored[choiceKey(tabId)] !== undefined && { choice: stored[choiceKey(tabId)] as TabChoice }),
  };
  held.set(tabId, tab);
  return { tab, resumed: stored[tabResultStorageKey(tabId)] !== undefined };
}

/**
 * The claim selected in a claim file a tab shows (an 837P or FHIR file open as text), as read and checked: held in
 * worker memory only, like a page's frames, so a letter can be drafted from it. The file's text is never kept.
 */
const heldClaims = new Map<number, Snapshot>();

export function holdClaimFileSnapshot(tabId: number, snapshot: Snapshot | undefined): void {
  if (snapshot) heldClaims.set(tabId, snapshot);
  else heldClaims.delete(tabId);
}

export function heldClaimFileSnapshot(tabId: number): Snapshot | undefined {
  return heldClaims.get(tabId);
}

/** Forgets the tab's memory (the tab closed, or its page is gone). */
export function dropHeldTab(tabId: number): void {
  held.delete(tabId);
  heldClaims.delete(tabId);
}

/** Forgets every tab, as a worker restart does (tests). */
export function dropHeldTabs(): void {
  held.clear();
  heldClaims.clear();
}

/** The tabs the worker holds a page or a claim of, for drafting a letter from every open tab about one patient. */
export function heldTabIds(): number[] {
  return [...new Set([...held.keys(), ...heldClaims.keys()])];
}
