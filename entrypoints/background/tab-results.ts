import { browser } from 'wxt/browser';
import { checkSnapshot } from '../../rules/check-snapshot';
import { MAX_HEADINGS, MAX_LEAD_LINES, type Finding, type Snapshot } from '../../rules/schema';
import { loadBundledChecklists } from '../../utils/checklists-loader';
import { loadIcd10Cm } from '../../utils/icd10cm-loader';
import { loadNcci } from '../../utils/ncci-loader';
import { tabResultStorageKey, type TabResult } from '../../utils/messages';
import { siteChoiceFor } from '../../utils/site-choices';
import { settingsCache } from './settings-cache';
import { fieldsFromOtherSteps, formOf, rememberStep, stepsKey, type WizardSteps } from './wizard-steps';

/*
 * Results and the snapshots they came from live in storage.session only: memory that the browser drops on
 * restart, never written to disk and not readable by content scripts. A tab's entries go when the tab closes.
 */
const framesKey = (tabId: number) => `frames:${tabId}`;
const choiceKey = (tabId: number) => `choice:${tabId}`;
/** A tab showing a claim file: its address and the claim the user selected (claim-file-tab.ts). */
export const claimFileKey = (tabId: number) => `claimFile:${tabId}`;

/** The payer / service / kind of document the user chose for this tab in the popup (null: read from the page). */
export interface TabChoice {
  payer: string | null;
  service: string | null;
  /** Absent in a choice stored before kinds existed: read from the page. */
  kind?: string | null;
}

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

/** Stores one frame's snapshot, re-evaluates the whole tab and keeps the result in session memory. */
export function recordSnapshot(tabId: number, frameId: number, snapshot: Snapshot): Promise<CheckedTab> {
  return inTabQueue(tabId, async () => {
    const { frames: stored, steps, choice } = await readTabState(tabId);
    // A new document in the top frame means the old frames belong to a page that is gone. An iframe often
    // reports before its top frame does: with no top frame stored yet, its frames belong to this page.
    const previousTop = stored?.['0']?.url;
    const keepOthers = frameId !== 0 || previousTop === undefined || previousTop === snapshot.url;
    const { places: _places, ...engineView } = snapshot;
    // Only the top frame names the wizard step; an iframe's snapshot leaves the steps as they are.
    const nextSteps = frameId === 0 ? rememberStep(steps, engineView) : steps;
    if (steps && !nextSteps) await browser.storage.session.remove(stepsKey(tabId));
    return checkFrames(tabId, { ...(keepOthers ? stored : {}), [String(frameId)]: engineView }, nextSteps, choice);
  });
}

/** What the tab keeps between checks, in one storage read (a re-check runs after every edit). */
async function readTabState(tabId: number): Promise<{ frames?: FrameSnapshots; steps?: WizardSteps; choice?: TabChoice }> {
  const stored = await browser.storage.session.get([framesKey(tabId), stepsKey(tabId), choiceKey(tabId)]);
  return {
    frames: stored[framesKey(tabId)] as FrameSnapshots | undefined,
    steps: stored[stepsKey(tabId)] as WizardSteps | undefined,
    choice: stored[choiceKey(tabId)] as TabChoice | undefined,
  };
}

/**
 * Records the user's payer / service / kind choice for the tab and checks its stored frames again with it. A
 * choice without `kind` (the payer and service selectors) keeps the kind chosen before.
 */
export function chooseForTab(tabId: number, choice: TabChoice): Promise<CheckedTab | null> {
  return inTabQueue(tabId, async () => {
    const { frames: stored, steps, choice: previous } = await readTabState(tabId);
    const chosen = { ...choice, kind: choice.kind !== undefined ? choice.kind : (previous?.kind ?? null) };
    await browser.storage.session.set({ [choiceKey(tabId)]: chosen });
    return stored && Object.keys(stored).length > 0 ? checkFrames(tabId, stored, steps, chosen) : null;
  });
}

/**
 * Checks the tab's stored frames again as they are (the settings or rule packs in force changed); null when the
 * tab has none stored (no page checked, or a claim file, whose text is not kept).
 */
export function recheckTab(tabId: number): Promise<CheckedTab | null> {
  return inTabQueue(tabId, async () => {
    const { frames: stored, steps, choice } = await readTabState(tabId);
    return stored && Object.keys(stored).length > 0 ? checkFrames(tabId, stored, steps, choice) : null;
  });
}

/** The tabs with a result in session memory: a checked page, or a claim file. */
export async function tabsWithResults(): Promise<number[]> {
  const keys = Object.keys(await browser.storage.session.get(null));
  const tabIds = keys.flatMap((key) => /^(?:frames|claimFile):(\d+)$/.exec(key)?.[1] ?? []).map(Number);
  return [...new Set(tabIds)];
}

/** What the popup shows of one snapshot's check. */
export type TabCheck = Pick<TabResult, 'checklists' | 'findings'> & { context: NonNullable<TabResult['context']> };

/**
 * Checks snapshots of the page at `url` as the tab is to be checked: the popup's choice for this tab wins, then
 * the user's answer for this site ("Who is this claim for?"), then the defaults, then the page itself. Settings
 * and packs come from memory (kept current by storage watchers), not from storage on every keystroke's re-check.
 */
export async function tabChecker(url: string, chosen: TabChoice | undefined): Promise<(snapshot: Snapshot) => TabCheck> {
  const choice = chosen ?? { payer: null, service: null };
  const { settings, rulePacks, siteChoices } = await settingsCache.current();
  const site = siteChoiceFor(siteChoices, url);
  const payer = choice.payer ?? site?.payer ?? settings.defaultPayer;
  const service = choice.service ?? settings.defaultService;
  const kind = choice.kind ?? site?.kind ?? null;
  const options = {
    checklists: [...(await loadBundledChecklists()), ...rulePacks],
    choice: { ...(payer && { payer }), ...(service && { service }), ...(kind && { kind }) },
    references: { icd10cm: await loadIcd10Cm(), ncci: await loadNcci() },
  };
  return (snapshot) => {
    const { checklists, context, choice: checkedAs, findings } = checkSnapshot(snapshot, options);
    return {
      checklists: checklists.map(({ id, title, payer, service, vintage, source }) => ({ id, title, payer, service, vintage, source })),
      findings,
      context: {
        ...context,
        choice: checkedAs,
        chosen: { payer: choice.payer, service: choice.service, kind: choice.kind ?? null },
        defaults: { payer: settings.defaultPayer, service: settings.defaultService },
        ...(site && { site: { payer: site.payer, kind: site.kind } }),
      },
    };
  };
}

/** The popup's choice for the tab (null: none). */
export async function tabChoice(tabId: number): Promise<TabChoice | undefined> {
  return (await readTabState(tabId)).choice;
}

async function checkFrames(
  tabId: number, frames: FrameSnapshots, steps: WizardSteps | undefined, chosen: TabChoice | undefined,
): Promise<CheckedTab> {
  const merged = mergeFrames(frames, steps);
  const { checklists, findings, context } = (await tabChecker(merged.url, chosen))(merged);
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
  await browser.storage.session.set({ [framesKey(tabId)]: frames, [tabResultStorageKey(tabId)]: result, ...(steps && { [stepsKey(tabId)]: steps }) });
  return { result, findingsByFrame: splitFindingsByFrame(findings, Object.keys(frames).map(Number)) };
}

/** Drops everything kept for a tab that closed. */
export function forgetTab(tabId: number): Promise<void> {
  return inTabQueue(tabId, () => browser.storage.session.remove([framesKey(tabId), tabResultStorageKey(tabId), choiceKey(tabId), stepsKey(tabId), claimFileKey(tabId)]));
}

/**
 * Drops the result of a page the tab navigated away from. The wizard steps stay when the new address is the
 * same form (a wizard that loads each step as a page of its own); any other address drops them too.
 */
export function forgetPage(tabId: number, url: string): Promise<void> {
  return inTabQueue(tabId, async () => {
    const sameForm = (await readTabState(tabId)).steps?.form === formOf(url);
    await browser.storage.session.remove([
      framesKey(tabId), tabResultStorageKey(tabId), choiceKey(tabId), claimFileKey(tabId), ...(sameForm ? [] : [stepsKey(tabId)]),
    ]);
  });
}

/**
 * One snapshot for the whole tab: every frame's fields, each marked with its frame (keys stay local to their
 * frame, so a finding names its field by frameId + fieldKey), then the fields of the wizard's other steps that
 * the page on screen does not have, each marked with its step.
 */
export function mergeFrames(frames: FrameSnapshots, steps?: WizardSteps): Snapshot {
  const entries = Object.entries(frames).sort(([a], [b]) => Number(a) - Number(b));
  const top = frames['0'] ?? entries[0]![1];
  const onScreen = entries.flatMap(([frameId, snapshot]) => snapshot.fields.map((field) => ({ ...field, frameId: Number(frameId) })));
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

function splitFindingsByFrame(findings: Finding[], frameIds: number[]): Map<number, Finding[]> {
  const byFrame = new Map<number, Finding[]>(frameIds.map((id) => [id, []]));
  for (const finding of findings) {
    if (finding.fieldKey === null || finding.frameId === undefined) continue;
    byFrame.get(finding.frameId)?.push(finding);
  }
  return byFrame;
}
