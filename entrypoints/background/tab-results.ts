import { browser } from 'wxt/browser';
import { checkSnapshot, type CheckResult } from '../../rules/check-snapshot';
import { createIncrementalCheck } from '../../rules/incremental-check';
import { MAX_HEADINGS, MAX_LEAD_LINES, type Field, type Finding, type Snapshot } from '../../rules/schema';
import { loadBundledChecklists } from '../../utils/checklists-loader';
import { loadIcd10Cm } from '../../utils/icd10cm-loader';
import { loadNcci } from '../../utils/ncci-loader';
import { tabResultStorageKey, type FieldChangesMessage, type TabResult } from '../../utils/messages';
import { siteChoiceFor } from '../../utils/site-choices';
import { withheldView } from '../../utils/withheld-view';
import { settingsCache } from './settings-cache';
import { askFramesToRescan } from './check-tab';
import { choiceKey, dropHeldTab, heldClaimFileSnapshot, heldTab, holdTab, type HeldTab, type TabChoice } from './held-tabs';
import { fieldsFromOtherSteps, formOf, rememberStep, stepsKey, type WizardSteps } from './wizard-steps';

/** A tab showing a claim file: its address and the claim the user selected (claim-file-tab.ts). */
export const claimFileKey = (tabId: number) => `claimFile:${tabId}`;

export type { TabChoice } from './held-tabs';

/** Each frame's latest snapshot, by frame id, without the places (only the content script needs those). */
type FrameSnapshots = Record<string, Snapshot>;

/** Serializes work per tab, so snapshots from several frames cannot overwrite each other's storage writes. */
const tabQueues = new Map<number, Promise<unknown>>();
export function inTabQueue<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const previous = tabQueues.get(tabId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  tabQueues.set(tabId, next);
  // Work that fails rejects `next` for its caller; the queue's own bookkeeping must not reject a second time.
  const forget = () => {
    if (tabQueues.get(tabId) === next) tabQueues.delete(tabId);
  };
  void next.then(forget, forget);
  return next;
}

export interface CheckedTab {
  result: TabResult;
  /** Findings per frame (each finding's fieldKey is local to its frame), for the inline marks. */
  findingsByFrame: Map<number, Finding[]>;
}

/**
 * Holds one frame's snapshot (and its revision, the base of its next changes) and checks the tab again. After a
 * worker restart the tab's other frames are asked to send theirs, so the result covers every frame again.
 */
export function recordSnapshot(tabId: number, frameId: number, snapshot: Snapshot, revision?: number): Promise<CheckedTab> {
  return inTabQueue(tabId, async () => {
    const { tab, resumed } = await holdTab(tabId);
    if (resumed) void askFramesToRescan(tabId);
    // A new document in the top frame means the old frames belong to a page that is gone. An iframe often
    // reports before its top frame does: with no top frame held yet, its frames belong to this page.
    const previousTop = tab.frames['0']?.url;
    if (frameId === 0 && previousTop !== undefined && previousTop !== snapshot.url) {
      tab.frames = {};
      tab.revisions = {};
      tab.marked = {};
    }
    const { places: _places, ...engineView } = snapshot;
    await holdFrame(tabId, tab, frameId, engineView);
    tab.revisions[String(frameId)] = revision;
    return checkFrames(tabId, tab);
  });
}

/**
 * Applies a frame's edited fields (same keys, new values) to the snapshot held for it and checks the tab again;
 * null (the frame must send its whole snapshot) when the worker holds no snapshot of that revision, a key is
 * new to it, or a field now reads as another concept or row (which fields a document or a wizard's other steps
 * add beside the page's depends on those, so only the whole snapshot can say).
 */
export function applyFieldChanges(tabId: number, frameId: number, changes: Pick<FieldChangesMessage, 'base' | 'revision' | 'takenAt' | 'fields'>): Promise<CheckedTab | null> {
  return inTabQueue(tabId, async () => {
    const tab = heldTab(tabId);
    const held = tab?.frames[String(frameId)];
    if (!tab || !held || tab.revisions[String(frameId)] !== changes.base) return null;
    const positions = new Map(held.fields.map((field, position) => [field.key, position]));
    const sameSlot = (field: Field) => {
      const before = positions.get(field.key) === undefined ? undefined : held.fields[positions.get(field.key)!];
      return before !== undefined && before.concept === field.concept && before.index === field.index;
    };
    if (!changes.fields.every(sameSlot)) return null;
    const fields = [...held.fields];
    const marked = tab.marked[String(frameId)] ? [...tab.marked[String(frameId)]!] : undefined;
    for (const field of changes.fields) {
      const position = positions.get(field.key)!;
      fields[position] = field;
      if (marked) marked[position] = { ...field, frameId };
    }
    const steps = tab.steps;
    await holdFrame(tabId, tab, frameId, { ...held, fields, takenAt: changes.takenAt }, marked);
    tab.revisions[String(frameId)] = changes.revision;
    // The engine compares only the changed fields' places in the tab's merged snapshot; the wizard's other steps'
    // fields stay what they were unless the steps changed (then it compares every field).
    const edited = tab.steps === steps ? mergedPositions(tab, frameId, changes.fields.map((field) => positions.get(field.key)!)) : undefined;
    return checkFrames(tabId, tab, edited);
  });
}

/** Where a frame's fields (by their place in the frame) are in mergeFrames' snapshot: after lower frame ids' fields. */
function mergedPositions(tab: HeldTab, frameId: number, inFrame: number[]): number[] {
  let offset = 0;
  for (const [id, snapshot] of Object.entries(tab.frames)) if (Number(id) < frameId) offset += snapshot.fields.length;
  return inFrame.map((position) => offset + position);
}

/** Keeps a frame's new snapshot; the top frame's also updates the wizard's steps, kept in storage.session. */
async function holdFrame(tabId: number, tab: HeldTab, frameId: number, snapshot: Snapshot, marked?: Field[]): Promise<void> {
  tab.frames[String(frameId)] = snapshot;
  // The frame's fields marked with their frame, as mergeFrames gives them: patched per edit, so unchanged fields
  // stay the same objects (the engine then compares only the changed ones).
  tab.marked[String(frameId)] = marked ?? markedWithFrame(snapshot.fields, frameId);
  // Only the top frame names the wizard step; an iframe's snapshot leaves the steps as they are.
  if (frameId !== 0) return;
  const steps = rememberStep(tab.steps, snapshot);
  if (steps === tab.steps) return;
  tab.steps = steps;
  // A step's page may be gone by the time the worker restarts, so the steps outlive it (session memory only).
  if (steps) await browser.storage.session.set({ [stepsKey(tabId)]: steps });
  else await browser.storage.session.remove(stepsKey(tabId));
}

/**
 * Records the user's payer / service / kind choice for the tab and checks its frames again with it. A choice
 * without `kind` (the payer and service selectors) keeps the kind chosen before. Null when the worker holds no
 * frames: the page is asked to scan again, and its frames are checked with the choice when they arrive.
 */
export function chooseForTab(tabId: number, choice: TabChoice): Promise<CheckedTab | null> {
  return inTabQueue(tabId, async () => {
    const { tab, resumed } = await holdTab(tabId);
    const chosen = { ...choice, kind: choice.kind !== undefined ? choice.kind : (tab.choice?.kind ?? null) };
    tab.choice = chosen;
    await browser.storage.session.set({ [choiceKey(tabId)]: chosen });
    if (Object.keys(tab.frames).length > 0) return checkFrames(tabId, tab);
    if (resumed && !(await showsClaimFileNow(tabId))) void askFramesToRescan(tabId);
    return null;
  });
}

/**
 * Checks the tab's frames again as they are (the settings or rule packs in force changed); null when the worker
 * holds none (no page checked, a claim file, whose text is not kept, or a worker that restarted): the caller
 * asks the page to scan again.
 */
export function recheckTab(tabId: number): Promise<CheckedTab | null> {
  return inTabQueue(tabId, async () => {
    const tab = heldTab(tabId);
    return tab && Object.keys(tab.frames).length > 0 ? checkFrames(tabId, tab) : null;
  });
}

/** The tabs with a result in session memory: a checked page, or a claim file. */
export async function tabsWithResults(): Promise<number[]> {
  const keys = Object.keys(await browser.storage.session.get(null));
  const tabIds = keys.flatMap((key) => /^(?:tabResult|claimFile):(\d+)$/.exec(key)?.[1] ?? []).map(Number);
  return [...new Set(tabIds)];
}

async function showsClaimFileNow(tabId: number): Promise<boolean> {
  return (await browser.storage.session.get(claimFileKey(tabId)))[claimFileKey(tabId)] !== undefined;
}

/** What the popup shows of one snapshot's check. */
export type TabCheck = Pick<TabResult, 'checklists' | 'findings'> & { context: NonNullable<TabResult['context']> };

/**
 * Checks snapshots of the page at `url` as the tab is to be checked: the popup's choice for this tab wins, then
 * the user's answer for this site ("Who is this claim for?"), then the defaults, then the page itself. Settings
 * and packs come from memory (kept current by storage watchers), not from storage on every keystroke's re-check.
 */
export async function tabChecker(url: string, chosen: TabChoice | undefined): Promise<(snapshot: Snapshot) => TabCheck> {
  const { options, describe } = await tabCheckOptions(url, chosen);
  return (snapshot) => describe(checkSnapshot(snapshot, options));
}

async function tabCheckOptions(url: string, chosen: TabChoice | undefined) {
  const choice = chosen ?? { payer: null, service: null };
  const { settings, rulePacks, siteChoices } = await settingsCache.current();
  const site = siteChoiceFor(siteChoices, url);
  const payer = choice.payer ?? site?.payer ?? settings.defaultPayer;
  const service = choice.service ?? settings.defaultService;
  const kind = choice.kind ?? site?.kind ?? null;
  const references = { icd10cm: await loadIcd10Cm(), ncci: await loadNcci() };
  const options = {
    checklists: [...(await loadBundledChecklists()), ...rulePacks],
    choice: { ...(payer && { payer }), ...(service && { service }), ...(kind && { kind }) },
    references,
  };
  // The engine keeps findings between checks only while these stay the same (packs are compiled once each).
  const engineKey: readonly unknown[] = [...rulePacks, JSON.stringify(options.choice), references.icd10cm, references.ncci];
  const describe = ({ checklists, context, choice: checkedAs, findings }: CheckResult): TabCheck => ({
    checklists: checklists.map(({ id, title, payer, service, vintage, source }) => ({ id, title, payer, service, vintage, source })),
    findings,
    context: {
      ...context,
      choice: checkedAs,
      chosen: { payer: choice.payer, service: choice.service, kind: choice.kind ?? null },
      defaults: { payer: settings.defaultPayer, service: settings.defaultService },
      ...(site && { site: { payer: site.payer, kind: site.kind } }),
    },
  });
  return { options, describe, engineKey };
}

/**
 * The tab's page as one snapshot (every frame merged, the wizard's other steps added) and the options it is checked
 * with, for drafting a letter from it; null when the worker holds no frames (no page checked yet, a claim file, or
 * a worker that restarted: the page is asked to scan again).
 */
export function tabSnapshotForLetter(tabId: number): Promise<{ snapshot: Snapshot; options: Awaited<ReturnType<typeof tabCheckOptions>>['options'] } | null> {
  return inTabQueue(tabId, async () => {
    const tab = heldTab(tabId);
    if (tab && Object.keys(tab.frames).length > 0) {
      const snapshot = mergeFrames(tab.frames, tab.steps, tab.marked);
      return { snapshot, options: (await tabCheckOptions(snapshot.url, tab.choice)).options };
    }
    // A claim file the tab shows: the claim selected in the popup.
    const claim = heldClaimFileSnapshot(tabId);
    return claim ? { snapshot: claim, options: (await tabCheckOptions(claim.url, await tabChoice(tabId))).options } : null;
  });
}

/** The popup's choice for the tab (null: none). */
export async function tabChoice(tabId: number): Promise<TabChoice | undefined> {
  const held = heldTab(tabId);
  if (held) return held.choice;
  return (await browser.storage.session.get(choiceKey(tabId)))[choiceKey(tabId)] as TabChoice | undefined;
}

/**
 * Checks the tab's held frames with its engine (re-running only the rules that read what changed); `edited`: the
 * places in the merged snapshot of the only fields changed since the last check (applyFieldChanges knows them).
 */
async function checkFrames(tabId: number, tab: HeldTab, edited?: number[]): Promise<CheckedTab> {
  const merged = mergeFrames(tab.frames, tab.steps, tab.marked);
  const { options, describe, engineKey } = await tabCheckOptions(merged.url, tab.choice);
  if (!tab.engine || !sameKey(tab.engine.key, engineKey)) tab.engine = { key: engineKey, check: createIncrementalCheck(options) };
  const { checklists, findings, context } = describe(tab.engine.check(merged, edited));
  const result: TabResult = {
    tabId,
    url: merged.url,
    title: merged.title,
    checkedAt: merged.takenAt,
    fieldCount: merged.fields.length,
    ...(merged.truncated && { truncated: merged.truncated }),
    checklists,
    findings,
    context,
  };
  result.withheld = withheldView(result, merged.fields);
  await browser.storage.session.set({ [tabResultStorageKey(tabId)]: result });
  return { result, findingsByFrame: splitFindingsByFrame(findings, Object.keys(tab.frames).map(Number)) };
}

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((part, at) => part === b[at]);
}

/** Drops everything kept for a tab that closed. */
export function forgetTab(tabId: number): Promise<void> {
  return inTabQueue(tabId, () => {
    dropHeldTab(tabId);
    return browser.storage.session.remove([tabResultStorageKey(tabId), choiceKey(tabId), stepsKey(tabId), claimFileKey(tabId)]);
  });
}

/**
 * Drops the result of a page the tab navigated away from. The wizard steps stay when the new address is the
 * same form (a wizard that loads each step as a page of its own); any other address drops them too.
 */
export function forgetPage(tabId: number, url: string): Promise<void> {
  return inTabQueue(tabId, async () => {
    const steps = heldTab(tabId)?.steps ?? (await browser.storage.session.get(stepsKey(tabId)))[stepsKey(tabId)] as WizardSteps | undefined;
    const sameForm = steps?.form === formOf(url);
    dropHeldTab(tabId);
    await browser.storage.session.remove([
      tabResultStorageKey(tabId), choiceKey(tabId), claimFileKey(tabId), ...(sameForm ? [] : [stepsKey(tabId)]),
    ]);
  });
}

/**
 * One snapshot for the whole tab: every frame's fields, each marked with its frame (keys stay local to their
 * frame, so a finding names its field by frameId + fieldKey), then the fields of the wizard's other steps that
 * the page on screen does not have, each marked with its step. `marked`: frames' fields already marked (held).
 */
export function mergeFrames(frames: FrameSnapshots, steps?: WizardSteps, marked: Record<string, Field[]> = {}): Snapshot {
  const entries = Object.entries(frames).sort(([a], [b]) => Number(a) - Number(b));
  const top = frames['0'] ?? entries[0]![1];
  const onScreen = entries.flatMap(([frameId, snapshot]) => marked[frameId] ?? markedWithFrame(snapshot.fields, Number(frameId)));
  const fields = [...onScreen, ...fieldsFromOtherSteps(steps, frames['0'], onScreen)];
  const truncatedFrames = entries.map(([, snapshot]) => snapshot.truncated).filter((t) => t !== undefined);
  const newest = entries.map(([, snapshot]) => snapshot.takenAt).sort().at(-1)!;
  // The top frame's banner and headings first: they name the payer and the kind of document for the whole tab.
  const headings = [...new Set(entries.flatMap(([, snapshot]) => snapshot.headings ?? []))].slice(0, MAX_HEADINGS);
  // A document's opening words name its kind, wherever its editor is (an editor's iframe is a frame of its own).
  const lead = entries.flatMap(([, snapshot]) => snapshot.lead ?? []).slice(0, MAX_LEAD_LINES);
  // A tab showing nothing but documents (a letter in an editor, a rendered note) is one: "in this document".
  const withFields = entries.filter(([, snapshot]) => snapshot.fields.length > 0);
  const documentOnly = withFields.length > 0 && withFields.every(([, snapshot]) => snapshot.source.kind === 'document');
  return {
    source: documentOnly ? { kind: 'document' } : { kind: 'page' },
    url: top.url,
    title: top.title,
    takenAt: newest,
    fields,
    ...(headings.length > 0 && { headings }),
    ...(lead.length > 0 && { lead }),
    ...(frames['0']?.step !== undefined && { step: frames['0'].step }),
    ...(truncatedFrames.length > 0 && {
      truncated: {
        limit: truncatedFrames.reduce((sum, t) => sum + t.limit, 0),
        seen: truncatedFrames.reduce((sum, t) => sum + t.seen, 0),
      },
    }),
  };
}

function markedWithFrame(fields: readonly Field[], frameId: number): Field[] {
  return fields.map((field) => ({ ...field, frameId }));
}

function splitFindingsByFrame(findings: Finding[], frameIds: number[]): Map<number, Finding[]> {
  const byFrame = new Map<number, Finding[]>(frameIds.map((id) => [id, []]));
  for (const finding of findings) {
    if (finding.fieldKey === null || finding.frameId === undefined) continue;
    byFrame.get(finding.frameId)?.push(finding);
  }
  return byFrame;
}
