import type { MessageSender } from '../../utils/answer-messages';
import { browser } from 'wxt/browser';
import { mustAskFirst, toBackgroundMessageSchema, type Reply, type SnapshotAnswer, type StaleAnswer, type ToBackgroundMessage } from '../../utils/messages';
import { loadIcd10Cm } from '../../utils/icd10cm-loader';
import { diagnosisCodeTest, readPageDocuments, withDocumentFields } from '../../utils/page-documents';
import { showGapBadge } from './badge';
import { checkTab } from './check-tab';
import { letterSourcesForTab } from './letter-sources';
import { acceptClaimFile, selectClaim, showsClaimFile } from './claim-file-tab';
import { siteAdapterFields } from './site-adapter-requests';
import { importRulePackText, listRulePacks, removeRulePack } from './rule-pack-requests';
import { isFromContentScript, isFromExtensionPage } from './sender';
import { applyFieldChanges, chooseForTab, recordSnapshot, type CheckedTab } from './tab-results';

type SnapshotMessage = Extract<ToBackgroundMessage, { type: 'claimlint/snapshot' }>;

export interface ExtensionIdentity {
  id: string;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/ */
  origin: string;
}

/**
 * The background's one message handler. Every message is parsed with zod and its sender checked before any
 * work: a malformed or foreign message gets a refusal, never an exception.
 */
export function createMessageHandler(self: ExtensionIdentity) {
  return async function handleMessage(raw: unknown, sender: MessageSender): Promise<Reply<unknown>> {
    const parsed = toBackgroundMessageSchema.safeParse(raw);
    if (!parsed.success) return refuse('ClaimLint: malformed message refused.');
    try {
      return await dispatch(parsed.data, sender);
    } catch (error) {
      return refuse(error instanceof Error ? error.message : String(error));
    }
  };

  async function dispatch(message: ToBackgroundMessage, sender: MessageSender): Promise<Reply<unknown>> {
    if (message.type === 'claimlint/snapshot') {
      if (!isFromContentScript(sender, self.id, self.origin)) return refuse('Snapshot refused: not from a page.');
      return { ok: true, data: await acceptSnapshot(sender.tab.id, sender.frameId ?? 0, message) };
    }
    if (message.type === 'claimlint/field-changes') {
      if (!isFromContentScript(sender, self.id, self.origin)) return refuse('Changes refused: not from a page.');
      const frameId = sender.frameId ?? 0;
      const checked = await applyFieldChanges(sender.tab.id, frameId, message);
      // The worker holds no snapshot these changes apply to (it restarted, a message was lost): send it whole.
      if (!checked) return { ok: true, data: { stale: true } satisfies StaleAnswer };
      await showResult(sender.tab.id, frameId, checked);
      return { ok: true, data: { findings: checked.findingsByFrame.get(frameId) ?? [] } satisfies SnapshotAnswer };
    }
    if (message.type === 'claimlint/claim-file') {
      if (!isFromContentScript(sender, self.id, self.origin)) return refuse('Claim file refused: not from a page.');
      // A claim file is a tab's whole document; a frame's text would be mistaken for the tab's.
      if ((sender.frameId ?? 0) !== 0) return refuse('Claim file refused: not the top frame.');
      const result = await acceptClaimFile(sender.tab.id, message);
      // No marks: a raw file has no fields to mark (findingsByFrame stays empty).
      await showResult(sender.tab.id, null, { result, findingsByFrame: new Map() });
      return { ok: true, data: null };
    }
    if (message.type === 'claimlint/site-adapter') {
      if (!isFromContentScript(sender, self.id, self.origin)) return refuse('Site adapter refused: not from a page.');
      return { ok: true, data: await siteAdapterFields(message.id) };
    }
    if (!isFromExtensionPage(sender, self.id, self.origin)) return refuse('Request refused: not from ClaimLint.');
    // The popup reads results from storage.session; these answer only whether the work started.
    if (message.type === 'claimlint/set-choice') {
      const { payer, service, kind } = message;
      const checked = await chooseForTab(message.tabId, { payer, service, ...(kind !== undefined && { kind }) });
      if (checked) await showResult(message.tabId, null, checked);
      // A claim file's text is not kept: the page sends it again and it is checked with the choice.
      else if (await showsClaimFile(message.tabId)) await checkTab(message.tabId);
      return { ok: true, data: null };
    }
    // The letter's sources are the reply: built on request, never stored (the letter page drafts in its own memory).
    if (message.type === 'claimlint/letter-sources') return { ok: true, data: await letterSourcesForTab(message) };
    if (message.type === 'claimlint/rule-packs') return { ok: true, data: await listRulePacks(message) };
    if (message.type === 'claimlint/import-rule-pack') return importRulePackText(message);
    if (message.type === 'claimlint/remove-rule-pack') {
      await removeRulePack(message.id);
      return { ok: true, data: null };
    }
    if (message.type === 'claimlint/select-claim') {
      await selectClaim(message.tabId, message.position);
      await checkTab(message.tabId);
      return { ok: true, data: null };
    }
    await checkTab(message.tabId);
    return { ok: true, data: null };
  }
}

/**
 * Re-checks the tab with this frame's fields and the fields of its whole documents (read here, so the content
 * script does not carry the reader); answers the sender with its own marks and where each document field's
 * words are, and updates the others.
 */
async function acceptSnapshot(tabId: number, frameId: number, { snapshot, documents = [], revision }: SnapshotMessage): Promise<SnapshotAnswer> {
  if (documents.length === 0) {
    const checked = await recordSnapshot(tabId, frameId, snapshot, revision);
    await showResult(tabId, frameId, checked);
    return { findings: checked.findingsByFrame.get(frameId) ?? [] };
  }
  // The table the checks load anyway (one load per background): codes in prose are then told from look-alikes.
  const isDiagnosisCode = diagnosisCodeTest(await loadIcd10Cm(), snapshot.takenAt);
  const read = readPageDocuments(documents, snapshot.takenAt, { ...(isDiagnosisCode && { isDiagnosisCode }) });
  const checked = await recordSnapshot(tabId, frameId, withDocumentFields(snapshot, read), revision);
  await showResult(tabId, frameId, checked);
  return { findings: checked.findingsByFrame.get(frameId) ?? [], spans: read.spans };
}

/**
 * Badge and marks for a fresh result. Every frame but `answered` (which gets its marks in the reply) is sent its
 * own: a fix in one frame can change a finding shown in another (a pointer here, its diagnosis there).
 */
export async function showResult(tabId: number, answered: number | null, { result, findingsByFrame }: CheckedTab): Promise<void> {
  await showGapBadge(tabId, mustAskFirst(result) ? 'ask' : result.checklists.length > 0 ? result.findings : null);
  for (const [targetFrame, findings] of findingsByFrame) {
    if (targetFrame === answered) continue;
    // A frame may be gone by now; its marks go with it.
    void Promise.resolve()
      .then(() => browser.tabs.sendMessage(tabId, { type: 'claimlint/marks', findings }, { frameId: targetFrame }))
      .catch(() => {});
  }
}

function refuse(error: string): Reply<never> {
  return { ok: false, error };
}
