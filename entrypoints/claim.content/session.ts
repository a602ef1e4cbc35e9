import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { answerMessages, type MessageSender } from '../../utils/answer-messages';
import type { Field, Finding } from '../../rules/schema';
import { fieldMappings, type FieldMappings } from '../../utils/field-mappings';
import { scanPageSteps } from '../../utils/fields/collect-fields';
import { rereadEditedControl, type ControlEdits } from '../../utils/fields/control-edits';
import type { TextPlace } from '../../utils/fields/document-regions';
import { locatorSelectorFor } from '../../utils/fields/selector';
import { guardSitesInForce, isSubmitGuardOn, managedSubmitGuardSites, submitGuardSites } from '../../utils/guard-settings';
import { marksHidden } from '../../utils/marks-setting';
import { toContentMessageSchema, type Reply } from '../../utils/messages';
import { siteOf } from '../../utils/sites';
import { trackContextTarget } from './context-target';
import { focusField } from './focus-field';
import { runInIdleTime } from './idle-steps';
import { sendToBackground } from './send-to-background';
import { siteAdapterOverrides } from './site-adapter-overrides';
import { marksForFindings, placesInText, textRange } from './document-marks';
import { MarkCard } from './mark-card';
import { MarkLayer, type FieldMark } from './mark-layer';
import { startSubmitGuard } from './submit-guard';
import { showTeachNotice } from './teach-notice';
import { TextMarks } from './text-marks';
import { TypingHold } from './typing-hold';

const TEACH_NOTHING = 'ClaimLint: there is no field or value where you right-clicked. Right-click the box itself, '
  + 'its label, or the value (select its text first), then choose "ClaimLint: this field is…" again.';
import { watchPage } from './watch';

/** What the last whole scan left to read an edit against, until the next scan starts. */
interface EditBase {
  edits: ControlEdits;
  /** The fields as the background last heard them, by key. */
  sent: Map<string, Field>;
}

/**
 * One ClaimLint session in one frame: scan the fields, send the snapshot to the background, draw the marks it
 * answers with, and scan again (debounced) as the user edits. Everything it starts is tied to `ctx`, so an
 * extension update or reload leaves nothing behind in the page.
 */
export function startClaimLintSession(ctx: ContentScriptContext): void {
  // Marks the user chose to ignore on this claim, by rule and field: in this page's memory only, never stored.
  const ignored = new Set<string>();
  const ignoreKey = (finding: Finding) => `${finding.ruleId}\u0000${finding.fieldKey}`;
  let shownMarks = new Map<string, FieldMark>();
  const card = new MarkCard(document, {
    elementFor: (fieldKey) => elementsByKey.get(fieldKey),
    ignore(finding) {
      ignored.add(ignoreKey(finding));
      const element = elementsByKey.get(finding.fieldKey ?? '');
      if (latestFindings) showMarks(latestFindings);
      // Focus goes back to the field the card was about (not into an editor's text: that would move its caret).
      if (element instanceof HTMLElement && !textPlaces.has(finding.fieldKey ?? '')) element.focus({ preventScroll: true });
    },
  }, ctx.signal);
  const layer = new MarkLayer(document, (fieldKey, badge) => {
    const mark = shownMarks.get(fieldKey);
    if (mark) card.toggle(mark, badge);
  });
  const textMarks = new TextMarks(document);
  const contextTarget = trackContextTarget(ctx);
  let elementsByKey = new Map<string, Element>();
  let textPlaces = new Map<string, TextPlace>();
  // What the submit guard asks about: null until a check answers, and again when one fails.
  let latestFindings: Finding[] | null = null;
  let submitGuardOn = false;
  ctx.onInvalidated(() => {
    card.close({ restoreFocus: false });
    layer.destroy();
    textMarks.destroy();
  });
  // What each field's mark shows now: while the user types in a field, its mark keeps this until a pause or blur.
  let shownByField = new Map<string, Finding[]>();
  const typingHold = new TypingHold(document, ctx.signal, () => {
    if (latestFindings) showMarks(latestFindings);
  });

  // Taught mappings are read once and then kept current by their watcher, not re-read on every edit.
  let taughtMappings: FieldMappings | null = null;

  // A site adapter's mappings, asked of the background on the first scan of a page one matches.
  const adapterOverridesFor = siteAdapterOverrides();

  // Each scan's number: a scan still running when the page changes again is dropped for the newer one.
  let latestScan = 0;
  // Messages sent (whole snapshots and field changes): an answer to any but the latest is out of date.
  let revision = 0;
  // Bumped when the page's elements change: a scan that saw an older page leaves nothing to read edits against.
  let structure = 0;
  let editBase: EditBase | null = null;

  async function scanAndCheck(): Promise<void> {
    if (!ctx.isValid) return;
    const scan = ++latestScan;
    const structureAtStart = structure;
    editBase = null;
    if (taughtMappings === null) {
      const read = await fieldMappings.getValue();
      // A mapping taught while this read was pending is newer than what it read.
      taughtMappings ??= read;
    }
    const adapterOverrides = await adapterOverridesFor(location.href, () => ctx.isValid && scan === latestScan);
    if (adapterOverrides === null) return;
    const site = siteOf(location.href);
    const userOverrides = (site && taughtMappings[site]) || [];
    const steps = scanPageSteps(document, { adapterOverrides, userOverrides });
    const result = await runInIdleTime(steps, () => ctx.isValid && scan === latestScan);
    if (!result) return;
    // The background needs the engine's view only; where each field is (places) stays here, with the elements.
    const { snapshot: { places: _places, ...snapshot }, elements, documents } = result;
    elementsByKey = elements;
    const sentRevision = ++revision;
    const message = documents.length > 0
      ? { type: 'claimlint/snapshot' as const, snapshot, documents: documents.map((found) => found.page), revision: sentRevision }
      : { type: 'claimlint/snapshot' as const, snapshot, revision: sentRevision };
    const reply = await sendToBackground(message, () => ctx.isValid && scan === latestScan);
    if (reply === null || scan !== latestScan) return;
    textPlaces = placesInText(documents, reply.ok ? reply.data.spans : undefined, elements);
    if (reply.ok && structure === structureAtStart) {
      editBase = { edits: result.edits, sent: new Map(snapshot.fields.map((field) => [field.key, field])) };
    }
    if (reply.ok) showMarks(reply.data.findings);
    // A refused snapshot (malformed, say) leaves no answer to hold submits on; the marks shown stay until the next check.
    else latestFindings = null;
  }

  function showMarks(findings: Finding[]): void {
    latestFindings = findings;
    const byField = new Map<string, Finding[]>();
    for (const finding of findings) {
      if (finding.status !== 'fail' || finding.fieldKey === null || ignored.has(ignoreKey(finding))) continue;
      byField.set(finding.fieldKey, [...(byField.get(finding.fieldKey) ?? []), finding]);
    }
    shownByField = typingHold.hold(byField, elementsByKey, shownByField);
    const { marks, gapText } = marksForFindings(shownByField, elementsByKey, textPlaces);
    shownMarks = new Map(marks.map((mark) => [mark.fieldKey, mark]));
    // A card about a field whose mark went (fixed, ignored, gone from the page) closes with it.
    if (card.fieldKey !== null && !shownMarks.has(card.fieldKey)) card.close({ restoreFocus: false });
    layer.render(marks);
    textMarks.render(gapText);
  }

  // Edits waiting for the field-changes message in flight to be answered; sent together after it.
  const editedControls = new Set<Element>();
  let sendingChanges = false;

  function onValueEdits(targets: Element[]): void {
    // No scan to read against (one is running, or the page changed since): the whole re-check reads the edit.
    if (!editBase) return page.scheduleRecheck();
    targets.forEach((target) => editedControls.add(target));
    if (!sendingChanges) void sendFieldChanges().catch(reportError);
  }

  /**
   * Sends the edited controls' fields, read again on their own, as field changes against the last message. A
   * control the scan did not read, or whose reading changed beyond its value, waits for a whole re-check; a
   * background that no longer holds the base answers stale and gets the whole snapshot now.
   */
  async function sendFieldChanges(): Promise<void> {
    sendingChanges = true;
    try {
      while (editedControls.size > 0 && editBase && ctx.isValid) {
        const base = editBase;
        const targets = [...editedControls];
        editedControls.clear();
        const changed = new Map<string, Field>();
        for (const target of targets) {
          const reading = rereadEditedControl(base.edits, base.sent, target);
          if (reading === 'rescan') {
            editBase = null;
            return page.scheduleRecheck();
          }
          if (reading.field && reading.field.value !== base.sent.get(reading.key)?.value) changed.set(reading.key, reading.field);
        }
        if (changed.size === 0) continue;
        const from = revision;
        const sentRevision = ++revision;
        for (const [key, field] of changed) base.sent.set(key, field);
        const message = {
          type: 'claimlint/field-changes' as const, base: from, revision: sentRevision, takenAt: new Date().toISOString(), fields: [...changed.values()],
        };
        const reply = await sendToBackground(message, () => ctx.isValid && sentRevision === revision);
        if (reply === null || sentRevision !== revision) return;
        if (!reply.ok || 'stale' in reply.data) {
          editBase = null;
          return runSafely();
        }
        showMarks(reply.data.findings);
      }
    } finally {
      sendingChanges = false;
      // Edits that came while no scan was there to read them against: the whole re-check reads them.
      if (editedControls.size > 0 && !editBase) {
        editedControls.clear();
        page.scheduleRecheck();
      }
    }
  }

  // A check that could not reach the background even after retries keeps the last answer (the marks on screen
  // and what the submit guard holds on) rather than dropping to "nothing known"; the next edit checks again.
  const runSafely = () => void scanAndCheck().catch(reportError);

  function focusGap(fieldKey: string): boolean {
    const element = elementsByKey.get(fieldKey);
    if (!element?.isConnected) return false;
    const place = textPlaces.get(fieldKey);
    const range = place && textRange(place);
    if (range) {
      // Scrolled to, never focused: focusing an editor would move the user's caret.
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
      textMarks.flash(range);
      layer.flash(fieldKey);
      return true;
    }
    focusField(element);
    layer.flash(fieldKey);
    return true;
  }

  function onMessage(raw: unknown, sender: MessageSender): Promise<Reply<unknown>> | undefined {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = toContentMessageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    switch (message.type) {
      case 'claimlint/marks':
        showMarks(message.findings);
        return Promise.resolve({ ok: true, data: null });
      case 'claimlint/rescan':
        runSafely();
        return Promise.resolve({ ok: true, data: null });
      case 'claimlint/teach-target': {
        const target = contextTarget();
        const site = siteOf(location.href);
        if (!target || !site) {
          // Only the frame the user right-clicked in says so, and only when ClaimLint can point at nothing there.
          if (!target && site) showTeachNotice(document, TEACH_NOTHING);
          return Promise.resolve({ ok: false, error: 'No field was right-clicked in this frame.' });
        }
        return Promise.resolve({ ok: true, data: { selector: locatorSelectorFor(target), origin: site } });
      }
      case 'claimlint/focus-field': {
        // Not in this frame: another frame's content script answers.
        if (!focusGap(message.fieldKey)) return undefined;
        return Promise.resolve({ ok: true, data: null });
      }
    }
  }
  ctx.onInvalidated(answerMessages(onMessage));

  // Each setting has its own watcher, released with ctx, so an extension update leaves no listener behind.
  // A mapping taught from the context menu applies at once.
  ctx.onInvalidated(fieldMappings.watch((mappings) => {
    taughtMappings = mappings;
    runSafely();
  }));
  ctx.onInvalidated(marksHidden.follow((hidden) => {
    if (hidden) card.close({ restoreFocus: false });
    layer.setVisible(!hidden);
    textMarks.setVisible(!hidden);
  }, reportError));
  // The guard holds nothing until the user's list is read. An administrator's list (managed storage) replaces the
  // user's once it answers; Chromium's first managed read in a page can take seconds, longer than the first check
  // takes now, so meanwhile the user's own list counts: a submit the user asked to guard is not let through unheld.
  const guardLists: { user?: string[]; managed?: string[] | null } = {};
  const updateSubmitGuard = () => {
    const { user, managed } = guardLists;
    submitGuardOn = user !== undefined && isSubmitGuardOn(guardSitesInForce(user, managed ?? null), siteOf(location.href));
  };
  ctx.onInvalidated(submitGuardSites.follow((sites) => {
    guardLists.user = sites;
    updateSubmitGuard();
  }, reportError));
  ctx.onInvalidated(managedSubmitGuardSites.follow((sites) => {
    guardLists.managed = sites;
    updateSubmitGuard();
  }, reportError));
  startSubmitGuard(ctx, {
    isEnabled: () => submitGuardOn,
    latestFindings: () => latestFindings,
    reviewGap: (gap) => gap.fieldKey !== null && focusGap(gap.fieldKey),
  });

  const page = watchPage(ctx, {
    onEdit: runSafely,
    onValueEdits,
    // The scan's base stays for edits meanwhile: pages change text on every keystroke (a counter, a message
    // under the box), and the whole re-check this change schedules corrects whatever it moved. An edited control
    // the scan did not read, or whose reading moved, asks for that re-check itself.
    onStructureChange: () => structure++,
    onLayout: () => {
      layer.scheduleReposition();
      card.scheduleReposition();
    },
  });
  runSafely();
}

function reportError(error: unknown): void {
  // The page must never see ClaimLint fail; the message names ClaimLint's own state only.
  console.debug('ClaimLint:', error instanceof Error ? error.message : error);
}
